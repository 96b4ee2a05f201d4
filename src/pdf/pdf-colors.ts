/** The few colours of Mandat's documents: near-black text, a muted grey for captions, rules and the table shade. */
export const PDF_COLOR = {
  text: "#1a1a1a",
  muted: "#5a5a5a",
  rule: "#b8b8b8",
  shade: "#eeeeee",
} as const;
