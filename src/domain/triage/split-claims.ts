import { foldText } from "./fold-text.ts";
import { type SourceLine, stripMessageNoise } from "./strip-message-noise.ts";

/** One request of a client's message. */
export interface Claim {
  /**
   * The request exactly as written: `text === source.slice(start, end)`. A wrapped item keeps its line break; render
   * it with collapsed white space.
   */
  text: string;
  start: number;
  end: number;
  /** The heading the item was listed under ("Page contact"), when that heading says what the item is about. */
  context?: string;
}

/** "1)", "1.", "1 -", "(2)", "a)", "b.", "-", "*", "•", "–", "◦", "[ ]" and their indentation. */
const MARKER =
  /^([ \t]*)(?:\(?\d{1,2}[.)]|\d{1,2}[ \t]*[-–—:]|\(?[a-zA-Z]\)|[a-zA-Z]\.(?=\s)|[-*•–—◦▪▫‣·●○■□➢➤→✓✔]|\[[ xX]?\])[ \t]+(?=\S)/u;
/** Words that open an additional request inside a paragraph ("… Also, the logo …", "… Aussi, le logo …"). */
const CONNECTOR =
  /^(?:also|aussi|de plus|en plus|et aussi|ensuite|enfin|finally|additionally|également|egalement|autre chose|another thing|oh and|and also|pis|puis)\b[,:]?\s*/iu;
/** Sentences that are courtesy, not requests (tested with typographic apostrophes made plain, see `isFiller`). */
const FILLER =
  /^(?:j'esp[eè]re|en esp[eé]rant|hope|i hope|we hope|n'h[eé]sit|don't hesitate|do not hesitate|feel free|let me know|let us know|looking forward|dans l'attente|au plaisir|thanks in advance|merci (?:à l'avance|d'avance)|voici|here is|here are|here's|ci-dessous|below|as discussed|comme discuté|tel que discuté|please find|veuillez trouver|j'ai fait le tour|nous avons fait le tour|on a fait le tour|i went through|we went through|i had a look|we had a look|merci pour la nouvelle|merci pour le nouveau|thanks for the update|thank you for the update|thanks for the new)/iu;
const isFiller = (text: string) => FILLER.test(text.trimStart().replace(/’/g, "'"));
/** Headings that only announce a list ("Voici ce qui manque :", "Here are the changes:"): dropped, not kept as context. */
const GENERIC_HEADING =
  /(?<!\p{L})(?:voici|here|ci-dessous|below|liste|list|manque|missing|suivant|following|correction|changes?|modif|commentaires|comments|feedback|points?|éléments|items|ajustements|tweaks|to ?do|à faire|issues|problèmes|notes?|remarques|discuté|discussed)/iu;

interface Block {
  kind: "item" | "paragraph";
  indent: number;
  /** Content lines (for an item, the first starts after its marker). */
  lines: SourceLine[];
}

const indentOf = (text: string) => (/^[ \t]*/.exec(text)?.[0] ?? "").replace(/\t/g, "  ").length;
const trimmedEnd = (line: SourceLine) => line.start + line.text.trimEnd().length;

function blocksOf(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const line of lines) {
    if (line.text.trim() === "") {
      current = undefined;
      continue;
    }
    const marker = MARKER.exec(line.text);
    if (marker) {
      current = {
        kind: "item",
        indent: indentOf(marker[1] ?? ""),
        lines: [{ text: line.text.slice(marker[0].length), start: line.start + marker[0].length }],
      };
      blocks.push(current);
      continue;
    }
    const afterHeading = current !== undefined && /:\s*$/u.test(current.lines[current.lines.length - 1]!.text);
    const continues =
      (current?.kind === "paragraph" && !afterHeading) ||
      (current?.kind === "item" && (indentOf(line.text) > current.indent || /^\s*[\p{Ll}(«"'0-9]/u.test(line.text)));
    if (current && continues) current.lines.push(line);
    else {
      current = { kind: "paragraph", indent: indentOf(line.text), lines: [line] };
      blocks.push(current);
    }
  }
  return blocks;
}

/**
 * The span `[start, end)` of `source` trimmed of white space, of leading ",", ";" and of trailing ",", ";", ":": the
 * bounds of a claim's text.
 */
export function trimSpan(
  source: string,
  { start, end }: { start: number; end: number },
): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s,;]/u.test(source[s]!)) s += 1;
  while (e > s && /[\s,;:]/u.test(source[e - 1]!)) e -= 1;
  return { start: s, end: e };
}

interface RequestsInput {
  source: string;
  start: number;
  end: number;
  /** A list item is one request, unless it inlines the next numbers ("1) form 2) logo"). */
  item: boolean;
}

/** Offsets (relative to `text`) after inline numbers "1) … 2) … 3) …" counting up from `first`. */
function inlineNumbers(text: string, first: number): number[] {
  const found = [...text.matchAll(/(?:^|\s)(\d{1,2})\)\s+/gu)];
  const sequence = found.filter((m, i) => Number(m[1]) === first + i);
  return sequence.length === found.length && found.length >= (first === 1 ? 2 : 1)
    ? sequence.map((m) => m.index + m[0].length)
    : [];
}

/**
 * Splits a span into requests: a paragraph at "; ", before a sentence opened by "Also"/"Aussi" and around courtesy
 * sentences; a paragraph or an item at inline numbers "1) … 2) …".
 */
function requests({ source, start, end, item }: RequestsInput): { start: number; end: number }[] {
  const text = source.slice(start, end);
  const cuts = [0, ...inlineNumbers(text, item ? 2 : 1)];
  if (!item) {
    // a line opened by a connector ("pis le footer…", "also the logo…") is the next request
    for (const m of text.matchAll(/\n[ \t]*/gu)) {
      if (CONNECTOR.test(text.slice(m.index + m[0].length))) cuts.push(m.index + m[0].length);
    }
    for (const m of text.matchAll(/;\s+|[.!?]+\s+/gu)) {
      const after = m.index + m[0].length;
      const rest = text.slice(after);
      const before = text.slice(Math.max(...cuts.filter((c) => c <= m.index)), after).trim();
      if (m[0].startsWith(";") || CONNECTOR.test(rest) || isFiller(rest) || isFiller(before)) cuts.push(after);
    }
  }
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const pieces: { start: number; end: number }[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let s = start + sorted[i]!;
    let e = i + 1 < sorted.length ? start + sorted[i + 1]! : end;
    // drop the next inline number ("2) ") left at the end of this piece
    const tail = /\s\d{1,2}\)\s*$/u.exec(source.slice(s, e));
    if (tail) e -= tail[0].length;
    // drop the connectors that open the piece ("Pis aussi, …", "And also …")
    for (let c = CONNECTOR.exec(source.slice(s, e).trimStart()); c; c = CONNECTOR.exec(source.slice(s, e))) {
      const piece = source.slice(s, e);
      s += piece.length - piece.trimStart().length + c[0].length;
    }
    // "Quick list from Jason: 1) … 2) …": the words before the first number only introduce the list
    if (i === 0 && sorted.length > 1 && /:\s*$/u.test(source.slice(s, e))) continue;
    pieces.push(trimSpan(source, { start: s, end: e }));
  }
  return pieces;
}

/** A paragraph written as an unmarked list: several short lines, or lines that each end a sentence. */
function isUnmarkedList(lines: readonly SourceLine[]): boolean {
  if (lines.length < 2) return false;
  const short = lines.slice(0, -1).every((l) => l.text.trim().length < 50);
  const sentences = lines.every((l) => /[.!?]\s*$/u.test(l.text));
  return short || sentences;
}

function headingText(block: Block): string {
  return block.lines
    .map((l) => l.text.trim())
    .join(" ")
    .replace(/\s*:\s*$/u, "");
}

/**
 * Splits a client's message (e-mail or chat, French or English) into claims, one request each, with their offsets in
 * the message. Quoted replies, e-mail headers, signatures, sign-offs and greetings are removed first
 * ({@link stripMessageNoise}). Then every list item ("1)", "1.", "1 -", "a)", "-", "*", "•", "–", "◦") is a claim, with
 * its wrapped lines (indented, or starting in lower case); a loose paragraph is one claim, or one per request when
 * it chains them with "; " or sentences opened by "Also"/"Aussi"; short unmarked lines are one claim each. A line
 * ending with ":" that introduces items is a heading: kept as the items' `context` when it names something ("Page
 * contact :"), dropped when it only announces the list ("Voici ce qui manque :"). Courtesy sentences, empty items and
 * repeated items are dropped.
 */
export function splitClaims(source: string): Claim[] {
  const blocks = blocksOf(stripMessageNoise(source));
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const headings: { indent: number; text: string | undefined }[] = [];
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    const last = block.lines[block.lines.length - 1]!;
    // A line ending with ":" before items, or an item with deeper items under it ("- Shop page" / "  - images…").
    const introducesItems =
      next?.kind === "item" &&
      ((/:\s*$/u.test(last.text) && (block.kind === "paragraph" || next.indent > block.indent)) ||
        (block.kind === "item" && next.indent > block.indent));
    while (headings.length > 0 && block.kind === "item" && block.indent <= headings[headings.length - 1]!.indent) {
      headings.pop();
    }
    if (block.kind === "paragraph") headings.length = 0;
    if (introducesItems) {
      const text = headingText(block);
      const named = text.split(/\s+/u).length <= 6 && !GENERIC_HEADING.test(text) && !isFiller(text);
      headings.push({ indent: block.kind === "paragraph" ? -1 : block.indent, text: named ? text : undefined });
      return;
    }
    const start = block.lines[0]!.start;
    const end = trimmedEnd(last);
    const item = block.kind === "item";
    const spans =
      !item && isUnmarkedList(block.lines)
        ? block.lines.flatMap((l) => requests({ source, start: l.start, end: trimmedEnd(l), item }))
        : requests({ source, start, end, item });
    const context = [...headings].reverse().find((h) => h.text !== undefined)?.text;
    for (const s of spans) {
      const text = source.slice(s.start, s.end);
      const key = foldText(text)
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
      if (key === "" || seen.has(key) || isFiller(text)) continue;
      seen.add(key);
      claims.push(context ? { text, start: s.start, end: s.end, context } : { text, start: s.start, end: s.end });
    }
  });
  return claims;
}
