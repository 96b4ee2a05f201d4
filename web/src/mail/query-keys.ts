/** The cache keys of the workspace's mailbox and of the e-mail a round came from: the one place they are written. */
export const mailboxKeys = {
  settings: ["mailbox"] as const,
  messages: (mandateId: string) => ["mailbox", "messages", mandateId] as const,
  received: ["mailbox", "received"] as const,
  roundMail: (roundId: string) => ["mailbox", "round", roundId] as const,
};
