/**
 * Secrets Mandat must read back (a TOTP secret), encrypted at rest with AES-256-GCM under a key derived (HKDF-SHA-256)
 * from the instance secret and a purpose, so a copy of the database alone does not reveal them. Changing
 * SESSION_SECRET makes them unreadable (as it ends sessions): second factors are then set up again.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

function keyFor(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "mandat-secret-box", purpose, 32));
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url. */
export function sealSecret(secret: string, purpose: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret, purpose), iv);
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The plaintext, or undefined when the box was not sealed with this secret and purpose (or was altered). */
export function openSecret(secret: string, purpose: string, sealed: string): string | undefined {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || data === undefined) return undefined;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(secret, purpose), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return undefined;
  }
}
