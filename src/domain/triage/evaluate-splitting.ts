import { DomainError } from "../errors.ts";
import { splitClaims } from "./split-claims.ts";
import { messageLines } from "./strip-message-noise.ts";

/** One message of the splitting corpus with the claims a person would list. */
export interface SplitCase {
  id: string;
  /** The mail client it imitates ("gmail", "outlook", "apple-mail", "thunderbird", "iphone", "plain"). */
  client: string;
  lang: string;
  message: string;
  expected: string[];
}

/** A message the splitter did not split as expected. */
export interface SplitMiss {
  id: string;
  expected: string[];
  got: string[];
  /** Lines of the message that are not requests (greeting, closing, signature, quoted thread) found in a claim. */
  noise: string[];
}

/** Figures of {@link evaluateSplitting}. */
export interface SplitEvaluation {
  messages: number;
  /** Share of messages whose claims are exactly the expected ones, in order (0..1). */
  exact: number;
  /** Expected claims found among the claims (0..1), and claims that were expected (0..1). */
  recall: number;
  precision: number;
  /** Claims holding a line that is no request (greeting, closing, signature, quoted text): must be 0. */
  noisyClaims: number;
  misses: SplitMiss[];
}

const collapse = (text: string) => text.replace(/\s+/gu, " ").trim();

/**
 * Parses one corpus file: `key: value` lines (`client`, `lang`), a `---` line, the message as received, a
 * `=== expected` line, then one expected claim per line. Throws `validation` on a malformed file.
 */
export function parseSplitCase(id: string, file: string): SplitCase {
  const head = /^([\s\S]*?)\n---\n([\s\S]*?)\n=== expected\n([\s\S]*)$/u.exec(file);
  if (!head) throw new DomainError("validation", `${id}: expected a header, "---", the message and "=== expected"`);
  const fields = new Map(
    head[1]!.split("\n").flatMap((l) => {
      const m = /^(\w+):\s*(.*)$/u.exec(l.trim());
      return m ? [[m[1]!, m[2]!] as const] : [];
    }),
  );
  const expected = head[3]!.split("\n").map(collapse).filter(Boolean);
  if (expected.length === 0) throw new DomainError("validation", `${id}: no expected claim`);
  return { id, client: fields.get("client") ?? "plain", lang: fields.get("lang") ?? "fr", message: head[2]!, expected };
}

/**
 * Splits every message of the corpus ({@link splitClaims}) and compares with the expected claims (white space
 * collapsed). A line of the message that no expected claim holds (a greeting, a closing, a name, a title, a phone
 * number, a legal footer, a quoted line) must not appear in any claim: those are counted as `noisyClaims`.
 */
export function evaluateSplitting(cases: readonly SplitCase[]): SplitEvaluation {
  let exact = 0;
  let found = 0;
  let expectedTotal = 0;
  let gotTotal = 0;
  let noisyClaims = 0;
  const misses: SplitMiss[] = [];
  for (const c of cases) {
    const got = splitClaims(c.message).map((claim) => collapse(claim.text));
    const expectedText = c.expected.join("\n");
    const notRequests = messageLines(c.message)
      .map((l) => collapse(l.text.replace(/^>+/u, "")))
      .filter((l) => /\p{L}{2}/u.test(l) && !expectedText.includes(l) && !c.expected.some((e) => l.includes(e)));
    const noise = got.flatMap((g) => notRequests.filter((l) => g.includes(l)));
    noisyClaims += got.filter((g) => notRequests.some((l) => g.includes(l))).length;
    expectedTotal += c.expected.length;
    gotTotal += got.length;
    found += c.expected.filter((e) => got.includes(e)).length;
    const same = got.length === c.expected.length && got.every((g, i) => g === c.expected[i]);
    if (same) exact += 1;
    else misses.push({ id: c.id, expected: c.expected, got, noise });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    messages: cases.length,
    exact: ratio(exact, cases.length),
    recall: ratio(found, expectedTotal),
    precision: ratio(found, gotTotal),
    noisyClaims,
    misses,
  };
}
