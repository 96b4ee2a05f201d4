/**
 * One ledger for a mandate or a client: what was signed, earned, invoiced, credited, paid and is still owed. Computed
 * here only, from the invoice lines linked to the mandate (each line knows its source) and the work done; every
 * screen and document (mandate, client, receivables, exit plan, letter, health, evidence pack) shows these figures.
 *
 * Invoiced and credited are before taxes; payments and balances are settled taxes included and are shared among an
 * invoice's lines in proportion to what each line still bills, to the cent (largest remainder). So for any set of
 * lines: netInvoiced = invoiced − credited; outstandingBeforeTax = netInvoiced − paidBeforeTax − writtenOffBeforeTax.
 */
import type { WorkDone } from "./work-done.ts";

/** One invoice line as the ledger reads it, with the figures of the invoice it is on. */
export interface LedgerLine {
  invoiceId: string;
  /** Position of the line on its invoice; with `LedgerInvoice.lines`, shares are allocated line by line. */
  position?: number | undefined;
  /** `draft` lines only reserve; every other status has been issued. */
  status: string;
  kind: string;
  /** Line amount before taxes, after its discount. */
  amount: number;
  /** Credited by credit notes on this line, before taxes. */
  credited: number;
}

export interface LedgerInvoice {
  id: string;
  status: string;
  /** Totals of the invoice, taxes included. */
  total: number;
  credited: number;
  paid: number;
  balance: number;
  /** Σ every line's amount and credited amount of the invoice (not only the lines of this ledger). */
  lineAmounts: number;
  lineCredited: number;
  /**
   * Every line of the invoice. When given (and the ledger's lines have their position), payments and the balance are
   * allocated once over all the lines, so any grouping of the lines (per mandate, per client) adds up to the invoice
   * to the cent; otherwise each ledger splits against the rest of the invoice and groups may differ by a cent.
   */
  lines?: readonly { position: number; amount: number; credited: number }[] | undefined;
}

export interface MoneyLedger {
  signed: number;
  earned: number;
  workValue: number;
  costs: number;
  /** Issued lines before taxes. */
  invoiced: number;
  credited: number;
  netInvoiced: number;
  /** Reserved by drafts, not yet issued. */
  inDrafts: number;
  /** Advances: deposits invoiced (net of credits). */
  advances: number;
  paid: number;
  paidBeforeTax: number;
  writtenOffBeforeTax: number;
  /** What the client still owes on these lines, taxes included. */
  outstanding: number;
  outstandingBeforeTax: number;
  /** Earned but not yet invoiced (drafts included as not yet invoiced). */
  unbilled: number;
  /** Invoiced beyond what was earned: advances not yet earned. */
  unearned: number;
  overCap: number;
}

/** Splits `total` over `weights` in proportion, exactly (largest remainder, ties to the first). */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  if (sum <= 0 || total === 0) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  let rest = total - out.reduce((a, v) => a + v, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; rest > 0 && k < order.length; k++, rest--) out[order[k]!.i]! += 1;
  return out;
}

/**
 * The paid, written-off and outstanding share of one issued invoice that falls on this ledger's lines (`net` still
 * billed, `gross` before credits, at `positions`). Shared by what each line still bills; once everything is credited,
 * by what each line billed, so a refund owed on a fully credited invoice stays on its lines.
 */
function invoiceShare(inv: LedgerInvoice, own: { net: number; gross: number; positions: (number | undefined)[] }) {
  const invoiceNet = inv.lineAmounts - inv.lineCredited;
  const netTotal = inv.total - inv.credited;
  const byNet = invoiceNet > 0;
  const perLine = inv.lines && own.positions.every((p) => p !== undefined) ? inv.lines : undefined;
  const split = (total: number): number => {
    if (perLine) {
      const weights = perLine.map((l) => (byNet ? Math.max(0, l.amount - l.credited) : l.amount));
      const parts = allocate(total, weights);
      return perLine.reduce((s, l, i) => (own.positions.includes(l.position) ? s + parts[i]! : s), 0);
    }
    const [share] = byNet
      ? allocate(total, [own.net, invoiceNet - own.net])
      : allocate(total, [own.gross, inv.lineAmounts - own.gross]);
    return share!;
  };
  const paid = Math.max(0, Math.min(inv.paid, netTotal));
  const paidBeforeTax = split(netTotal > 0 && byNet ? Math.round((invoiceNet * paid) / netTotal) : 0);
  const writtenOff = inv.status === "written_off" ? own.net - paidBeforeTax : 0;
  return { paid: split(paid), paidBeforeTax, writtenOff, outstanding: split(inv.balance) };
}

/** The ledger of a set of lines (one mandate's, one client's) against the work done for them. */
export function moneyLedger(input: {
  lines: readonly LedgerLine[];
  invoices: ReadonlyMap<string, LedgerInvoice>;
  work: Pick<WorkDone, "signed" | "earned" | "workValue" | "costs" | "overCap">;
}): MoneyLedger {
  let invoiced = 0;
  let credited = 0;
  let inDrafts = 0;
  let advances = 0;
  const byInvoice = new Map<string, { net: number; gross: number; positions: (number | undefined)[] }>();
  for (const l of input.lines) {
    if (l.status === "draft") {
      inDrafts += l.amount;
      continue;
    }
    invoiced += l.amount;
    credited += l.credited;
    if (l.kind === "deposit") advances += l.amount - l.credited;
    const own = byInvoice.get(l.invoiceId) ?? { net: 0, gross: 0, positions: [] };
    own.net += l.amount - l.credited;
    own.gross += l.amount;
    own.positions.push(l.position);
    byInvoice.set(l.invoiceId, own);
  }
  let paid = 0;
  let paidBeforeTax = 0;
  let writtenOffBeforeTax = 0;
  let outstanding = 0;
  for (const [id, own] of byInvoice) {
    const inv = input.invoices.get(id);
    if (!inv) continue;
    const s = invoiceShare(inv, own);
    paid += s.paid;
    paidBeforeTax += s.paidBeforeTax;
    writtenOffBeforeTax += s.writtenOff;
    outstanding += s.outstanding;
  }
  const netInvoiced = invoiced - credited;
  const { earned } = input.work;
  return {
    signed: input.work.signed,
    earned,
    workValue: input.work.workValue,
    costs: input.work.costs,
    invoiced,
    credited,
    netInvoiced,
    inDrafts,
    advances,
    paid,
    paidBeforeTax,
    writtenOffBeforeTax,
    outstanding,
    outstandingBeforeTax: netInvoiced - paidBeforeTax - writtenOffBeforeTax,
    unbilled: Math.max(0, earned - netInvoiced),
    unearned: Math.max(0, netInvoiced - earned),
    overCap: input.work.overCap,
  };
}

/** Adds ledgers up (a client's mandates, plus lines linked to no mandate). */
export function sumLedgers(ledgers: readonly MoneyLedger[]): MoneyLedger {
  const keys = Object.keys(emptyLedger()) as (keyof MoneyLedger)[];
  const out = emptyLedger();
  for (const l of ledgers) for (const k of keys) out[k] += l[k];
  return out;
}

export function emptyLedger(): MoneyLedger {
  return {
    signed: 0,
    earned: 0,
    workValue: 0,
    costs: 0,
    invoiced: 0,
    credited: 0,
    netInvoiced: 0,
    inDrafts: 0,
    advances: 0,
    paid: 0,
    paidBeforeTax: 0,
    writtenOffBeforeTax: 0,
    outstanding: 0,
    outstandingBeforeTax: 0,
    unbilled: 0,
    unearned: 0,
    overCap: 0,
  };
}
