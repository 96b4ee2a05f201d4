/** Calls of the workspace's mailbox (`/api/v1/mailbox`) and of importing a message as a round, through the generated client. */
import { call, client, type operations, type Schema } from "../api/client.ts";

export type MailboxSecurity = Schema<"MailboxSettings">["security"];
export type MailboxSettings = Schema<"MailboxSettings">;
export type MailboxSettingsInput = Schema<"MailboxInput">;
export type MailboxMessage = Schema<"MailboxMessage">;
/** A message the server received by polling the mailbox: its shape as the OpenAPI document describes it. */
export type ReceivedMail = Schema<"ReceivedMail">;
export type ReceivedMailProblem = NonNullable<ReceivedMail["problem"]>;
/** The e-mail a round was imported from. */
export type RoundMail = NonNullable<
  operations["getRoundsByIdMail"]["responses"][200]["content"]["application/json"]["mail"]
>;

export const mailboxApi = {
  settings: () => call(client.GET("/api/v1/mailbox")),
  save: (input: MailboxSettingsInput) => call(client.PUT("/api/v1/mailbox", { body: input })),
  disconnect: () => call(client.DELETE("/api/v1/mailbox")),
  messages: (mandateId: string) =>
    call(client.GET("/api/v1/mailbox/messages", { params: { query: { mandateId, limit: 25 } } })),
  importMessage: (mandateId: string, uid: number) =>
    call(
      client.POST("/api/v1/mandates/{id}/rounds/from-mailbox", { params: { path: { id: mandateId } }, body: { uid } }),
    ),
  received: () => call(client.GET("/api/v1/mailbox/received", { params: { query: { pageSize: 25 } } })),
  roundFromReceived: (id: string, mandateId: string) =>
    call(client.POST("/api/v1/mailbox/received/{id}/round", { params: { path: { id } }, body: { mandateId } })),
  pollNow: () => call(client.POST("/api/v1/mailbox/poll")),
};

/** The e-mail a round was imported from, or null for a pasted list. */
export const roundMail = (roundId: string) =>
  call(client.GET("/api/v1/rounds/{id}/mail", { params: { path: { id: roundId } } }));
