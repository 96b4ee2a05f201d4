/** Dated notes about a client: a warning from someone who worked with them, praise, or a plain note. */
export const SIGNAL_KINDS = ["warning", "praise", "note"] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export interface Signal {
  id: string;
  clientId: string;
  kind: SignalKind;
  /** 1 (minor) to 3 (serious). */
  severity: 1 | 2 | 3;
  source: string;
  occurredOn: string;
  text: string;
  createdAt: string;
  author: { id: string; name: string } | null;
}
