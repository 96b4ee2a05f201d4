import { isClosing, isSignatureLine, isSignatureName, isSignOff } from "./message-closings.ts";

/** One line of a message: its text without the line break, and the offset of its first character in the message. */
export interface SourceLine {
  text: string;
  start: number;
}

/** "Le lun. 3 mars 2025 à 10 h 12, Marie <m@x.ca> a écrit :", "On Mon, Mar 3, 2025 at 10:12 AM Marie wrote:". */
const REPLY_HEADER = /^\s*(?:le|on)\b.{0,200}\b(?:a\s+écrit|wrote)\s*:?\s*$/iu;
/** Outlook and Apple Mail separators. */
const ORIGINAL_MESSAGE =
  /^\s*(?:-{2,}\s*(?:original message|message d'origine|message original|courriel d'origine)\s*-{2,}|_{8,}|-{8,})\s*$/iu;
/** A forwarded message: its header is skipped and its text kept (an agency forwards its end client's list). */
const FORWARDED =
  /^\s*(?:-{2,}\s*(?:forwarded message|message transféré|courriel transféré)|(?:-{2,}\s*)?(?:début du message réexpédié|begin forwarded message)\s*:?)/iu;
/** One field of a pasted e-mail header, French (with its space before the colon) or English. */
const HEADER_FIELD =
  /^\s*\*?(?:de|from|envoyé|sent|date|à|pour|to|cc|cci|bcc|objet|sujet|subject|répondre à|reply-to)\s*\*?\s*:(?:\s|$)/iu;
const FROM_FIELD = /^\s*\*?(?:de|from)\s*\*?\s*:\s*\S/iu;
/** "-- " (the standard signature separator), "Sent from my iPhone", "Envoyé de mon iPhone". */
const SIGNATURE = /^\s*(?:--\s*|—\s*|(?:sent from|envoyé de|envoyé à partir de|get outlook for)\b.*)$/iu;
/** "Bonjour Alexandre,", "Hi team!", "Allo," at the start of the message. */
const GREETING =
  /^\s*(?:rebonjour|re-bonjour|bonjour|bonsoir|salut|allo|allô|coucou|hello again|hi again|hello|hi|hey|dear|cher|chère|chers|good morning|good afternoon|good evening|bon matin)(?!\p{L})(?:[ \t]+[\p{L}.'-]+){0,3}[ \t]*(?:[,!:.]+|$)[ \t]*/iu;

/** Splits a message into lines with their offsets (`\n`, `\r\n` or `\r`). */
export function messageLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  for (const match of source.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (match[0].length === 0 && match.index === source.length && lines.length > 0) break;
    lines.push({ text: match[0].replace(/[\r\n]+$/, ""), start: match.index });
  }
  return lines;
}

const isBlank = (line: SourceLine | undefined) => line === undefined || line.text.trim() === "";

function isReplyHeader(lines: readonly SourceLine[], i: number): boolean {
  const line = lines[i]!.text;
  if (REPLY_HEADER.test(line) || ORIGINAL_MESSAGE.test(line)) return true;
  // Gmail wraps a long attribution over two lines: "Le lun. 3 mars 2025, Marie <m@x.ca> a\nécrit :".
  const next = lines[i + 1]?.text;
  return /^\s*(?:le|on)\s/iu.test(line) && next !== undefined && REPLY_HEADER.test(`${line} ${next}`);
}

/** A block of header fields starting with "De :"/"From:": its length, or 0. */
function headerBlockLength(lines: readonly SourceLine[], i: number): number {
  if (!FROM_FIELD.test(lines[i]!.text)) return 0;
  let n = 1;
  while (i + n < lines.length && HEADER_FIELD.test(lines[i + n]!.text)) n += 1;
  return n >= 2 ? n : 0;
}

/**
 * Keeps only what the writer wrote in this message, as lines with their offsets (blank lines kept, they separate
 * paragraphs): the quoted thread is cut at the first reply attribution ("Le … a écrit :", "On … wrote:"), Outlook
 * header ("De : … Envoyé : …") or "Original Message" separator; lines quoted with ">" are returned blank (they still
 * separate paragraphs); a forwarded message's header is skipped but its text kept; the signature is cut at "--",
 * "Sent from my…" or a sign-off line
 * ("Merci,", "Cordialement", "Best regards" and a name); a greeting ("Bonjour Alexandre,", "Hi team,") is removed
 * from the first line.
 */
export function stripMessageNoise(source: string): SourceLine[] {
  const lines = messageLines(source);
  const kept: SourceLine[] = [];
  const hasContent = () => kept.some((l) => !isBlank(l));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FORWARDED.test(line.text)) {
      // What came before is the forwarder's cover note ("Je te transfère la liste du client."), not the list.
      kept.length = 0;
      while (i + 1 < lines.length && (HEADER_FIELD.test(lines[i + 1]!.text) || isBlank(lines[i + 1]))) i += 1;
      continue;
    }
    const header = headerBlockLength(lines, i);
    if (header > 0) {
      if (hasContent()) break;
      i += header - 1;
      continue;
    }
    if (HEADER_FIELD.test(line.text) && /^\s*\*?(?:objet|subject)/iu.test(line.text) && !hasContent()) continue;
    if (isReplyHeader(lines, i)) break;
    if (/^\s*>/u.test(line.text)) {
      // A quoted line (an inline reply quotes the list it answers) separates what comes before from what follows.
      kept.push({ text: "", start: line.start });
      continue;
    }
    if (SIGNATURE.test(line.text) || isSignOff(line.text) || (hasContent() && isClosing(line.text))) break;
    if (!hasContent()) {
      const greeting = GREETING.exec(line.text);
      if (greeting) {
        const rest = line.text.slice(greeting[0].length);
        if (rest.trim() !== "") kept.push({ text: rest, start: line.start + greeting[0].length });
        continue;
      }
    }
    kept.push(line);
  }
  return withoutTrailingSignature(kept);
}

/**
 * Drops a signature left without a sign-off: the last paragraph, when it opens with a person's name and every line
 * is a signature line (title, company, phone, address, legal footer), and something came before it.
 */
function withoutTrailingSignature(lines: SourceLine[]): SourceLine[] {
  let end = lines.length;
  while (end > 0 && isBlank(lines[end - 1])) end -= 1;
  let start = end;
  while (start > 0 && !isBlank(lines[start - 1])) start -= 1;
  const paragraph = lines.slice(start, end);
  const before = lines.slice(0, start).some((l) => !isBlank(l));
  // A name alone on the message's last line, right under a finished sentence (« …la semaine prochaine.\nJulie »):
  // signed without a sign-off or a blank line.
  const last = paragraph.at(-1);
  const above = paragraph.at(-2);
  if (
    last &&
    above &&
    isSignatureName(last.text) &&
    /[.!?…]\s*$/u.test(above.text) &&
    !/^\s*(?:[-*•]|\d+[.)])/u.test(last.text)
  ) {
    return lines.slice(0, end - 1);
  }
  if (!before || paragraph.length === 0 || paragraph.length > 8) return lines;
  if (!isSignatureName(paragraph[0]!.text) || !paragraph.every((l) => isSignatureLine(l.text))) return lines;
  return lines.slice(0, start);
}
