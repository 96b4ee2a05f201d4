/** Password hashing with argon2id (@node-rs/argon2, OWASP parameters: 19 MiB, 2 passes, 1 lane). */
import { hash, verify } from "@node-rs/argon2";

/** `algorithm: 2` is Algorithm.Argon2id (a const enum, not importable under verbatimModuleSyntax). */
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/**
 * Refuses a weak password (src/domain/auth/password-strength.ts). The estimator's dictionaries (several MB) are loaded
 * on the first password checked, not when the server starts.
 */
export async function requireStrongPassword(field: string, password: string, inputs: readonly string[]): Promise<void> {
  const { assertStrongPassword } = await import("../../domain/auth/password-strength.ts");
  assertStrongPassword(field, password, inputs);
}

/** A hash of nothing anyone knows, verified when the e-mail is unknown so timing does not reveal accounts. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(`decoy-${Math.random()}`);
  return decoy;
}
