/** Shapes of the JSON exchanged with the Mandat API (`/api/v1`), as the web UI uses them. */

export type Role = "owner" | "member" | "viewer";
export type UiLocale = "fr-CA" | "en-CA";
export type WorkspaceLocale = "fr-CA" | "en-CA" | "fr-FR" | "en";
export type Currency = "CAD" | "EUR" | "USD";

/** Every part is a string; an unknown part is "". `country` is an ISO 3166-1 alpha-2 code or "". */
export interface Address {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

export interface WorkspaceValue {
  id?: string;
  statement: string;
  weight: number;
}

export interface Workspace {
  id: string;
  name: string;
  legalName: string;
  address: Address;
  jurisdiction: string;
  currency: Currency;
  locale: WorkspaceLocale;
  taxIds: { gst: string | null; qst: string | null; siren: string | null; vat: string | null };
  /** Minor units of `currency` (0 when not set). */
  targetHourlyRate: number;
  terms: { paymentDays: number; lateInterestBp: number; noticeDays: number; vatOnDebits?: boolean };
  values: WorkspaceValue[];
  createdAt: string;
}

export interface Me {
  user: { id: string; email: string; name: string; locale: string };
  member: Member;
  workspace: Workspace;
  /** Null when authenticated by an API token rather than the session cookie. */
  csrfToken: string | null;
  /** The workspace requires two-step sign-in and this member has not set it up: only that is open to them. */
  twoFactorSetupRequired: boolean;
}

export interface InstallState {
  empty: boolean;
  signupOpen: boolean;
}

export interface Member {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: "invited" | "active" | "disabled";
  weeklyCapacityHours: number;
  /** Minor units per hour. */
  costRate: number;
  /** Minor units per hour. */
  billableRate: number;
  createdAt: string;
}

export interface Invite {
  email: string;
  name: string;
  role: Role;
  workspaceName: string;
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export type ClientKind = "direct" | "agency";
export type ClientStatus = "prospect" | "active" | "paused" | "ended";
export type SignalKind = "warning" | "praise" | "note";

export interface Contact {
  id?: string;
  name: string;
  email: string;
  phone: string;
  role: string;
}

export interface EndClient {
  id?: string;
  name: string;
}

export interface Client {
  id: string;
  kind: ClientKind;
  name: string;
  legalName: string;
  address: Address;
  language: "fr" | "en";
  isConsumer: boolean;
  status: ClientStatus;
  doNotReengage: boolean;
  tags: string[];
  contacts: Contact[];
  endClients: EndClient[];
  lastSignal?: { kind: SignalKind; occurredOn: string } | null;
  /** The latest computed health (list only). */
  health?: { score: number | null; level: string; computedAt: string } | null;
  createdAt: string;
  updatedAt: string;
}

export type ClientInput = Omit<Client, "id" | "createdAt" | "updatedAt" | "lastSignal">;

export interface Signal {
  id: string;
  kind: SignalKind;
  severity: 1 | 2 | 3;
  source: string;
  occurredOn: string;
  text: string;
  createdAt: string;
  author: { id: string; name: string } | null;
}

export type ClientWithSignals = Client & { signals: Signal[] };

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  hash: string;
}

export interface AuditVerification {
  valid: boolean;
  checked: number;
  firstInvalid: { seq: number; id: string; reason: string } | null;
}
