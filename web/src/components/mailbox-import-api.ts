/** Shapes and calls of the workspace's mailbox (`/api/v1/mailbox`) and of importing a message as a round. */

import type { Schema } from "../api/client.ts";
import { api, query } from "../api.ts";
import type { RoundView } from "../scope-api.ts";

export type MailboxSecurity = "tls" | "starttls" | "none";

export interface MailboxSettings {
  configured: boolean;
  host: string;
  port: number;
  security: MailboxSecurity;
  username: string;
  folder: string;
  updatedAt: string | null;
  polledAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
}

export interface MailboxSettingsInput {
  host: string;
  port: number;
  security: MailboxSecurity;
  username: string;
  password?: string;
  folder: string;
}

export interface MailboxMessage {
  uid: number;
  messageId: string | null;
  subject: string;
  from: { name: string; address: string } | null;
  date: string | null;
  size: number;
  attachments: { filename: string; contentType: string; size: number }[];
  clientMatch: "address" | "domain" | null;
  imported: { roundId: string; mandateId: string; importedAt: string } | null;
}

/** A message the server received by polling the mailbox: its shape as the OpenAPI document describes it. */
export type ReceivedMail = Schema<"ReceivedMail">;
export type ReceivedMailProblem = NonNullable<ReceivedMail["problem"]>;

export const mailboxKeys = {
  settings: ["mailbox"] as const,
  messages: (mandateId: string) => ["mailbox", "messages", mandateId] as const,
  received: ["mailbox", "received"] as const,
};

export const mailboxApi = {
  settings: () => api<MailboxSettings>("GET", "/mailbox"),
  save: (input: MailboxSettingsInput) => api<MailboxSettings>("PUT", "/mailbox", input),
  disconnect: () => api<void>("DELETE", "/mailbox"),
  messages: (mandateId: string) =>
    api<{ folder: string; items: MailboxMessage[] }>("GET", `/mailbox/messages${query({ mandateId, limit: 25 })}`),
  importMessage: (mandateId: string, uid: number) =>
    api<RoundView>("POST", `/mandates/${mandateId}/rounds/from-mailbox`, { uid }),
  received: () => api<{ items: ReceivedMail[]; total: number }>("GET", `/mailbox/received${query({ pageSize: 25 })}`),
  roundFromReceived: (id: string, mandateId: string) =>
    api<RoundView>("POST", `/mailbox/received/${id}/round`, { mandateId }),
  pollNow: () => api<{ received: number; withProblem: number; error: string | null }>("POST", "/mailbox/poll"),
};

export interface RoundMail {
  messageId: string | null;
  subject: string;
  sender: string;
  sentAt: string | null;
  attachments: { filename: string; contentType: string; size: number }[];
  createdAt: string;
}

/** The e-mail a round was imported from, or null for a pasted list. */
export const roundMail = (roundId: string) => api<{ mail: RoundMail | null }>("GET", `/rounds/${roundId}/mail`);
