/**
 * The mailbox password at rest: AES-256-GCM under a key derived (HKDF-SHA-256) from the instance secret
 * (`SESSION_SECRET`, or the one kept by the installation), so it is never stored in clear and a copy of the table
 * alone does not reveal it. Format: `v1.<iv>.<tag>.<ciphertext>`, base64url parts. Changing the secret makes stored
 * passwords unreadable: the mailbox then asks for its password again.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { DomainError } from "../../domain/errors.ts";

function keyOf(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "mandat", "mailbox password v1", 32));
}

export function encryptMailboxPassword(secret: string, password: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyOf(secret), iv);
  const body = Buffer.concat([cipher.update(password, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function decryptMailboxPassword(secret: string, stored: string): string {
  const [version, iv, tag, body] = stored.split(".");
  try {
    if (version !== "v1" || !iv || !tag || body === undefined) throw new Error("format");
    const decipher = createDecipheriv("aes-256-gcm", keyOf(secret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new DomainError("invalid_state", "the mailbox password can no longer be read: enter it again", {
      fields: [{ path: "password", issue: "unreadable", message: "enter the password again" }],
    });
  }
}
