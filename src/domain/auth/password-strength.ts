/**
 * Password strength, one rule for the server and the web form: zxcvbn-ts (a maintained estimator of how many guesses
 * a cracker needs, with common-password, English and French dictionaries and keyboard patterns) must rate the
 * password at least "safely unguessable" (score 3: about 10^8 guesses, the threshold zxcvbn's authors give for
 * online attacks; NIST SP 800-63B §5.1.1.2 asks to refuse commonly-used, expected or compromised values), and the
 * password must not be built from what the account already tells (its e-mail, name, workspace).
 *
 * The estimator answers with keys (`similarToCommon`, `anotherWord`…), never text: each interface says them in its
 * own language (web/src/i18n/areas/account.*.json).
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as fr from "@zxcvbn-ts/language-fr";
import { DomainError } from "../errors.ts";

/** The lowest zxcvbn score accepted (0 too guessable … 4 very unguessable). */
export const MIN_PASSWORD_SCORE = 3;
export const MIN_PASSWORD_LENGTH = 12;

export type PasswordScore = 0 | 1 | 2 | 3 | 4;

export interface PasswordStrength {
  score: PasswordScore;
  /** Whether the password may be used. */
  acceptable: boolean;
  /** Why it is weak (a zxcvbn warning key, or `tooShort`), or null. */
  warning: string | null;
  /** What would make it stronger (zxcvbn suggestion keys). */
  suggestions: string[];
}

let estimator: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  // Built on first use: the dictionaries are large, and most requests never check a password.
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

/** The words of what the account tells about itself, which a password must not lean on. */
function personalWords(inputs: readonly string[]): string[] {
  const words = new Set<string>();
  for (const input of inputs) {
    const text = input.trim().toLowerCase();
    if (!text) continue;
    words.add(text);
    for (const part of text.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

/** Rates a password; `inputs` are the account's e-mail, name and workspace name. */
export function passwordStrength(password: string, inputs: readonly string[] = []): PasswordStrength {
  if (password.length < MIN_PASSWORD_LENGTH) {
    const score = password.length === 0 ? 0 : (Math.min(zxcvbn().check(password).score, 2) as PasswordScore);
    return { score, acceptable: false, warning: "tooShort", suggestions: [] };
  }
  // zxcvbn's cost grows with the length; past 100 characters the rest adds nothing to a guesser's work.
  const result = zxcvbn().check(password.slice(0, 100), personalWords(inputs));
  const score = result.score as PasswordScore;
  const acceptable = score >= MIN_PASSWORD_SCORE;
  const warning = result.feedback.warning ?? (acceptable ? null : "guessable");
  return { score, acceptable, warning, suggestions: acceptable ? [] : result.feedback.suggestions };
}

/** Refuses a weak password: a 400 naming `field`, with the reason and the suggestions as keys. */
export function assertStrongPassword(field: string, password: string, inputs: readonly string[] = []): void {
  const strength = passwordStrength(password, inputs);
  if (strength.acceptable) return;
  const message =
    strength.warning === "tooShort"
      ? `at least ${MIN_PASSWORD_LENGTH} characters`
      : "this password is too easy to guess: add words or make it longer";
  throw new DomainError("validation", message, {
    fields: [{ path: field, issue: strength.warning === "tooShort" ? "too_small" : "weak_password", message }],
    strength,
  });
}
