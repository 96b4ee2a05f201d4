/**
 * Issued invoices never change (corrections are credit notes), and what was frozen at issue — number, dates, client,
 * currency, lines, taxes and totals — is in the `invoice.issued` audit event, itself hash-chained. An issued invoice
 * whose stored document or list columns no longer match that event was edited behind Mandat's back: verification
 * names it, and reading it answers `corrupt_record` instead of serving the edited figures.
 */
import { canonicalText } from "../../domain/canonical.ts";
import { DomainError } from "../../domain/errors.ts";
import { type IssuedInvoiceFigures, listIssuedInvoiceFigures } from "../../store/invoice-integrity-store.ts";
import type { AppContext } from "../shared/context.ts";

export interface InvoiceMismatch {
  id: string;
  number: string | null;
  reason: string;
}

/** The frozen part of an issued invoice, as canonical text (payments and credit notes move on; these never do). */
function frozenText(invoice: Record<string, unknown>): string {
  const { number, issueDate, dueDate, taxDate, clientId, currency, lines, taxes, totals } = invoice;
  return canonicalText({ number, issueDate, dueDate, taxDate, clientId, currency, lines, taxes, totals });
}

function parsed(text: string | null): Record<string, unknown> | undefined {
  try {
    const v: unknown = text === null ? undefined : JSON.parse(text);
    return v && typeof v === "object" ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Why an issued invoice's stored figures no longer match its issue, or undefined when they do. */
export function invoiceMismatch(f: IssuedInvoiceFigures): string | undefined {
  const stored = parsed(f.stateJson);
  if (!stored) return "the stored invoice is not valid JSON";
  const issued = parsed(f.issuedJson);
  if (!issued) return "no readable invoice.issued event records what was issued";
  if (frozenText(stored) !== frozenText(issued)) return "the stored invoice differs from what was issued";
  const totals = issued.totals as {
    subtotal?: { amount?: unknown };
    taxTotal?: { amount?: unknown };
    total?: { amount?: unknown };
  };
  if (
    f.columns.subtotal !== totals.subtotal?.amount ||
    f.columns.taxTotal !== totals.taxTotal?.amount ||
    f.columns.total !== totals.total?.amount ||
    f.number !== issued.number
  ) {
    return "the stored amounts or number differ from what was issued";
  }
  return undefined;
}

/** Every issued invoice of the workspace checked against its issue event. */
export async function verifyIssuedInvoices(
  ctx: AppContext,
  workspaceId: string,
): Promise<{ checked: number; mismatched: InvoiceMismatch[] }> {
  const figures = await listIssuedInvoiceFigures(ctx.db, workspaceId);
  const mismatched = figures.flatMap((f) => {
    const reason = invoiceMismatch(f);
    return reason ? [{ id: f.id, number: f.number, reason }] : [];
  });
  return { checked: figures.length, mismatched };
}

/** Refuses to serve an issued invoice whose figures were edited since its issue (drafts pass). */
export async function requireIntactInvoice(ctx: AppContext, workspaceId: string, id: string): Promise<void> {
  const [f] = await listIssuedInvoiceFigures(ctx.db, workspaceId, id);
  const reason = f && invoiceMismatch(f);
  if (f && reason) {
    throw new DomainError("corrupt_record", `invoice ${f.number ?? f.id} was altered after issue: ${reason}`, {
      record: { table: "invoices", id: f.id, number: f.number },
    });
  }
}
