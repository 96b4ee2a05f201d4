/**
 * Shapes of the JSON exchanged with the Mandat API (`/api/v1`) that several features read: the OpenAPI document's
 * (`Schema<…>`), named once here; enums from src/domain.
 */
import type { operations, Schema } from "./api/client.ts";

export type { Currency } from "../../src/domain/money.ts";
export type Role = Schema<"Member">["role"];
export type UiLocale = "fr-CA" | "en-CA";
export type WorkspaceLocale = Schema<"Workspace">["locale"];

/** Every part is a string; an unknown part is "". `country` is an ISO 3166-1 alpha-2 code or "". */
export type Address = Schema<"Address">;
export type Workspace = Schema<"Workspace">;
/** A workspace value as the form edits it: a new one has no id yet. */
export type WorkspaceValue = Omit<Workspace["values"][number], "id"> & { id?: string };
export type Me = Schema<"Me">;
export type Member = Schema<"Member">;
export type Invite = operations["getInvitesByToken"]["responses"][200]["content"]["application/json"];
export type ApiToken = Schema<"ApiToken">;
export type Client = Schema<"Client">;
export type ClientKind = Client["kind"];
export type ClientStatus = Client["status"];
export type SignalKind = Schema<"Signal">["kind"];
/** A contact as the form edits it: a new one has no id yet. */
export type Contact = Omit<Client["contacts"][number], "id"> & { id?: string };
/** An end client as the form edits it: a new one has no id yet. */
export type EndClient = Omit<Client["endClients"][number], "id"> & { id?: string };
/** A client as its form edits it (complete, new contacts and end clients without ids). */
export type ClientInput = Omit<Client, "id" | "createdAt" | "updatedAt" | "contacts" | "endClients"> & {
  contacts: Contact[];
  endClients: EndClient[];
};
export type Signal = Schema<"Signal">;
export type ClientWithSignals = Schema<"ClientDetail">;

export type AuditEvent = Schema<"AuditEvent">;
