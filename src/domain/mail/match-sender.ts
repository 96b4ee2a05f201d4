/**
 * Which client a received e-mail comes from: one of its contacts' own address, else — for a company domain, never a
 * public mailbox provider — the one client whose contacts write from that domain. Two clients sharing the domain:
 * no match (a person chooses).
 */

/** Domains anyone can write from: a shared one says nothing about the sender's company. */
const PUBLIC_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "hotmail.fr",
  "live.com",
  "live.ca",
  "msn.com",
  "yahoo.com",
  "yahoo.ca",
  "yahoo.fr",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "gmx.com",
  "gmx.fr",
  "orange.fr",
  "free.fr",
  "laposte.net",
  "videotron.ca",
  "sympatico.ca",
  "bell.net",
  "rogers.com",
  "shaw.ca",
  "telus.net",
]);

export function emailDomain(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? "" : address.slice(at + 1).toLowerCase();
}

export type SenderMatch = { clientId: string; by: "address" | "domain" } | null;

/** `contacts`: the workspace's contacts' addresses with their client. */
export function matchSender(address: string, contacts: readonly { clientId: string; email: string }[]): SenderMatch {
  const sender = address.trim().toLowerCase();
  if (!sender.includes("@")) return null;
  const exact = [...new Set(contacts.filter((c) => c.email.toLowerCase() === sender).map((c) => c.clientId))];
  if (exact.length === 1) return { clientId: exact[0]!, by: "address" };
  if (exact.length > 1) return null;
  const domain = emailDomain(sender);
  if (PUBLIC_DOMAINS.has(domain)) return null;
  const same = [...new Set(contacts.filter((c) => emailDomain(c.email) === domain).map((c) => c.clientId))];
  return same.length === 1 ? { clientId: same[0]!, by: "domain" } : null;
}
