/** Random bearer secrets and their keyed hashes; only hashes are stored. */
import { createHmac, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** HMAC-SHA-256 of a token under the instance secret, hex. */
export function hashToken(secret: string, token: string): string {
  return createHmac("sha256", secret).update(token).digest("hex");
}
