/**
 * A fixed-price mandate billed over random sequences of deposits, progress and balance invoices, change orders,
 * billable time, credit notes, payments and write-offs, with another mandate's lines sharing some invoices. Invoices
 * are modelled simply: lines with amounts, taxes 14,975 % rounded half-up per invoice, balance = total − credited −
 * paid − written off. The ledger must never let a source be billed twice and must add up, to the cent.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minutesTimesRate, roundHalfUp } from "../money.ts";
import { type LedgerInvoice, type LedgerLine, moneyLedger, sumLedgers } from "./money-ledger.ts";
import { offerBilling } from "./offer-billing.ts";
import { workDone } from "./work-done.ts";
import { workProgress } from "./work-progress.ts";

const tax = (amount: number) => roundHalfUp(amount * 14_975, 100_000);

interface ModelLine {
  mandate: "A" | "B";
  kind: "deposit" | "offer" | "change_order" | "time" | "manual";
  source: string;
  amount: number;
  credited: number;
}
interface ModelInvoice {
  id: string;
  lines: ModelLine[];
  total: number;
  taxCredited: number;
  paid: number;
  writtenOff: number;
}
const creditedOf = (inv: ModelInvoice) => inv.lines.reduce((s, l) => s + l.credited, 0) + inv.taxCredited;
const balanceOf = (inv: ModelInvoice) => inv.total - creditedOf(inv) - inv.paid - inv.writtenOff;

const step = fc.oneof(
  fc.record({ kind: fc.constant("deliver" as const), i: fc.nat(5) }),
  fc.record({ kind: fc.constant("approveCo" as const), j: fc.nat(1) }),
  fc.record({ kind: fc.constant("deliverCo" as const), j: fc.nat(1), i: fc.nat(1) }),
  fc.record({
    kind: fc.constant("logTime" as const),
    minutes: fc.integer({ min: 1, max: 600 }),
    rate: fc.integer({ min: 5_000, max: 15_000 }),
  }),
  fc.record({
    kind: fc.constantFrom("deposit" as const, "progress" as const, "balance" as const, "time" as const),
    other: fc.option(fc.integer({ min: 1, max: 500_000 })),
  }),
  fc.record({
    kind: fc.constant("invoiceCo" as const),
    j: fc.nat(1),
    other: fc.option(fc.integer({ min: 1, max: 9_999 })),
  }),
  fc.record({
    kind: fc.constant("credit" as const),
    inv: fc.nat(20),
    line: fc.nat(1),
    part: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({ kind: fc.constant("creditAll" as const), inv: fc.nat(20) }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("pay" as const),
      inv: fc.nat(20),
      part: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  fc.record({ kind: fc.constant("payAll" as const), inv: fc.nat(20) }),
  fc.record({ kind: fc.constant("writeOff" as const), inv: fc.nat(20) }),
);

const scenario = fc.record({
  offerItems: fc.array(fc.integer({ min: 1_000, max: 500_000 }), { minLength: 1, maxLength: 4 }),
  depositBps: fc.constantFrom(0, 2_500, 3_000, 5_000),
  changeOrders: fc.array(fc.array(fc.integer({ min: 100, max: 200_000 }), { minLength: 1, maxLength: 2 }), {
    minLength: 2,
    maxLength: 2,
  }),
  steps: fc.array(step, { minLength: 4, maxLength: 40, size: "large" }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function simulate(s: Scenario) {
  const price = s.offerItems.reduce((a, p) => a + p, 0);
  const deposit = roundHalfUp(price * s.depositBps, 10_000);
  const offerDone = s.offerItems.map(() => false);
  const coApproved = s.changeOrders.map(() => false);
  const coDone = s.changeOrders.map((items) => items.map(() => false));
  const time: { value: number; billed: boolean }[] = [];
  const invoices: ModelInvoice[] = [];
  const trace: string[] = [];

  const issue = (lines: Omit<ModelLine, "credited">[], other: number | null) => {
    const all = [
      ...lines,
      ...(other ? [{ mandate: "B" as const, kind: "manual" as const, source: "", amount: other }] : []),
    ];
    const subtotal = all.reduce((a, l) => a + l.amount, 0);
    invoices.push({
      id: `F-${invoices.length + 1}`,
      lines: all.map((l) => ({ ...l, credited: 0 })),
      total: subtotal + tax(subtotal),
      taxCredited: 0,
      paid: 0,
      writtenOff: 0,
    });
  };
  const offerLines = () =>
    invoices.flatMap((inv) => inv.lines).filter((l) => l.kind === "deposit" || l.kind === "offer");
  const offerBilledToDate = () => offerLines().reduce((a, l) => a + l.amount - l.credited, 0);
  const offerDelivered = () => s.offerItems.reduce((a, p, i) => a + (offerDone[i] ? p : 0), 0);

  for (const st of s.steps) {
    trace.push(JSON.stringify(st));
    switch (st.kind) {
      case "deliver":
        offerDone[st.i % offerDone.length] = true;
        break;
      case "approveCo":
        coApproved[st.j] = true;
        break;
      case "deliverCo": {
        const items = coDone[st.j]!;
        if (coApproved[st.j]) items[st.i % items.length] = true;
        break;
      }
      case "logTime":
        time.push({ value: minutesTimesRate(st.minutes, st.rate), billed: false });
        break;
      case "deposit":
        // The deposit is billed once, before anything else is billed from the offer.
        if (deposit > 0 && offerLines().length === 0)
          issue([{ mandate: "A", kind: "deposit", source: "deposit", amount: deposit }], st.other);
        break;
      case "progress":
      case "balance": {
        // Progress bills up to the share of the offer's deliverables delivered; the balance once all are delivered.
        if (st.kind === "balance" && !offerDone.every(Boolean)) break;
        const target =
          st.kind === "balance"
            ? ({ kind: "balance" } as const)
            : ({ kind: "progress", done: offerDelivered(), of: price } as const);
        const b = offerBilling({ price, billedToDate: offerBilledToDate(), target });
        if (b.ok) {
          expect(b.billedToDate + b.amount).toBe(b.cumulative);
          expect(b.cumulative).toBeLessThanOrEqual(price);
          issue([{ mandate: "A", kind: "offer", source: "offer", amount: b.amount }], st.other);
        }
        break;
      }
      case "invoiceCo": {
        const source = `co-${st.j}`;
        const billed = invoices.some((inv) => inv.lines.some((l) => l.source === source));
        const amount = s.changeOrders[st.j]!.reduce((a, p) => a + p, 0);
        if (coApproved[st.j] && coDone[st.j]!.every(Boolean) && !billed)
          issue([{ mandate: "A", kind: "change_order", source, amount }], st.other);
        break;
      }
      case "time": {
        const open = time.filter((t) => !t.billed);
        if (open.length === 0) break;
        for (const t of open) t.billed = true;
        issue(
          [{ mandate: "A", kind: "time", source: "time", amount: open.reduce((a, t) => a + t.value, 0) }],
          st.other,
        );
        break;
      }
      case "credit":
      case "creditAll": {
        const inv = invoices[st.inv % Math.max(1, invoices.length)];
        if (!inv || inv.writtenOff > 0) break;
        const wanted =
          st.kind === "creditAll"
            ? inv.lines.map((l) => l.amount - l.credited)
            : inv.lines.map((l, i) =>
                i === st.line % inv.lines.length ? Math.ceil((l.amount - l.credited) * st.part) : 0,
              );
        const base = wanted.reduce((a, w) => a + w, 0);
        if (base <= 0) break;
        wanted.forEach((w, i) => {
          inv.lines[i]!.credited += w;
        });
        const taxLeft = inv.total - inv.lines.reduce((a, l) => a + l.amount, 0) - inv.taxCredited;
        const exhausted = inv.lines.every((l) => l.credited === l.amount);
        inv.taxCredited += exhausted ? taxLeft : Math.min(tax(base), taxLeft);
        break;
      }
      case "pay":
      case "payAll": {
        const inv = invoices[st.inv % Math.max(1, invoices.length)];
        if (!inv || inv.writtenOff > 0) break;
        const due = balanceOf(inv);
        if (due <= 0) break;
        inv.paid += st.kind === "payAll" ? due : Math.max(1, Math.floor(due * st.part));
        break;
      }
      case "writeOff": {
        const inv = invoices[st.inv % Math.max(1, invoices.length)];
        if (!inv || inv.writtenOff > 0 || balanceOf(inv) <= 0) break;
        inv.writtenOff = balanceOf(inv);
        break;
      }
    }
  }
  return { price, deposit, offerDone, coApproved, coDone, time, invoices, trace };
}

function toLedgerInput(invoices: ModelInvoice[]) {
  const map = new Map<string, LedgerInvoice>();
  const lines: (LedgerLine & { mandate: "A" | "B"; source: string })[] = [];
  for (const inv of invoices) {
    const status = inv.writtenOff > 0 ? "written_off" : balanceOf(inv) <= 0 ? "paid" : "sent";
    map.set(inv.id, {
      id: inv.id,
      status,
      total: inv.total,
      credited: creditedOf(inv),
      paid: inv.paid,
      balance: balanceOf(inv),
      lineAmounts: inv.lines.reduce((a, l) => a + l.amount, 0),
      lineCredited: inv.lines.reduce((a, l) => a + l.credited, 0),
      lines: inv.lines.map((l, position) => ({ position, amount: l.amount, credited: l.credited })),
    });
    inv.lines.forEach((l, position) => {
      lines.push({
        invoiceId: inv.id,
        position,
        status,
        kind: l.kind,
        amount: l.amount,
        credited: l.credited,
        mandate: l.mandate,
        source: l.source,
      });
    });
  }
  return { map, lines };
}

describe("money ledger properties", () => {
  it("never bills a source twice, never bills beyond what was earned and advanced, and adds up to the cent", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const m = simulate(s);
        const { map, lines } = toLedgerInput(m.invoices);

        // Nothing billed twice: the offer's net billing never exceeds its price; each change order and the deposit once.
        const offerNet = lines
          .filter((l) => l.kind === "deposit" || l.kind === "offer")
          .reduce((a, l) => a + l.amount - l.credited, 0);
        expect(offerNet).toBeLessThanOrEqual(m.price);
        for (const src of ["deposit", "co-0", "co-1"])
          expect(lines.filter((l) => l.source === src).length).toBeLessThanOrEqual(1);

        // The work done, measured from the checklist (offer deliverables + approved change orders' items, by price).
        const checklist = [
          ...s.offerItems.map((p, i) => ({ id: `d${i}`, done: m.offerDone[i]!, price: p })),
          ...s.changeOrders.flatMap((items, j) =>
            m.coApproved[j] ? items.map((p, i) => ({ id: `co${j}-${i}`, done: m.coDone[j]![i]!, price: p })) : [],
          ),
        ];
        const timeValue = m.time.reduce((a, t) => a + t.value, 0);
        const work = workDone({
          pricingModel: "fixed",
          offerPrice: m.price,
          changeOrdersTotal: s.changeOrders.reduce(
            (a, items, j) => a + (m.coApproved[j] ? items.reduce((x, p) => x + p, 0) : 0),
            0,
          ),
          changeOrderItemsDelivered: 0,
          progress: workProgress({
            checklist,
            itemPrices: new Map(checklist.map((c) => [c.id, c.price])),
            itemHours: new Map(),
          }),
          billableMinutes: 0,
          billableValue: timeValue,
          costs: 0,
        });
        // Every item priced: the work done is exactly the price of what was delivered, plus the time logged.
        expect(work.earned).toBe(checklist.reduce((a, c) => a + (c.done ? c.price : 0), 0) + timeValue);

        const a = moneyLedger({ lines: lines.filter((l) => l.mandate === "A"), invoices: map, work });
        const bLines = lines.filter((l) => l.mandate === "B");
        const bNet = bLines.reduce((x, l) => x + l.amount - l.credited, 0);
        const b = moneyLedger({
          lines: bLines,
          invoices: map,
          work: { signed: 0, earned: bNet, workValue: bNet, costs: 0, overCap: 0 },
        });

        // Billed as the model billed it.
        const aModel = lines.filter((l) => l.mandate === "A");
        expect(a.invoiced).toBe(aModel.reduce((x, l) => x + l.amount, 0));
        expect(a.credited).toBe(aModel.reduce((x, l) => x + l.credited, 0));

        // Never invoiced (net of credits) beyond what was earned plus the advances recorded.
        expect(a.netInvoiced).toBeLessThanOrEqual(a.earned + a.advances);

        // The ledger adds up.
        expect(a.earned).toBe(a.netInvoiced + a.unbilled - a.unearned);
        if (a.unearned === 0) expect(a.earned).toBe(a.netInvoiced + a.unbilled);
        for (const l of [a, b]) {
          expect(l.outstandingBeforeTax).toBe(l.invoiced - l.credited - l.paidBeforeTax - l.writtenOffBeforeTax);
          expect(l.outstandingBeforeTax).toBeGreaterThanOrEqual(0);
          expect(l.outstandingBeforeTax).toBeLessThanOrEqual(l.netInvoiced);
        }

        // Per invoice: its lines' shares add up to its balance and payments, whatever the grouping.
        for (const inv of m.invoices) {
          const ledgerInv = map.get(inv.id)!;
          const own = lines.filter((l) => l.invoiceId === inv.id);
          const perLine = own.map((l) =>
            moneyLedger({
              lines: [l],
              invoices: map,
              work: { signed: 0, earned: 0, workValue: 0, costs: 0, overCap: 0 },
            }),
          );
          const sum = sumLedgers(perLine);
          expect(sum.outstanding).toBe(ledgerInv.balance);
          expect(sum.paid).toBe(Math.max(0, Math.min(inv.paid, ledgerInv.total - ledgerInv.credited)));
          // Settled (paid in full or written off): nothing is left before taxes either.
          if (ledgerInv.balance <= 0 || inv.writtenOff > 0) expect(sum.outstandingBeforeTax).toBe(0);
          if (inv.paid === 0 && inv.writtenOff === 0) expect(sum.outstandingBeforeTax).toBe(sum.netInvoiced);
        }
        const balances = m.invoices.reduce((x, inv) => x + balanceOf(inv), 0);
        expect(a.outstanding + b.outstanding).toBe(balances);
      }),
      { numRuns: 500 },
    );
  });
});
