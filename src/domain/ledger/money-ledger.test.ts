import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../money.ts";
import { allocate, emptyLedger, type LedgerInvoice, type LedgerLine, moneyLedger, sumLedgers } from "./money-ledger.ts";

/** 14,975 % (GST + QST) on a pre-tax amount, rounded half-up once per document. */
const tax = (amount: number) => roundHalfUp(amount * 14_975, 100_000);

interface Line {
  kind: string;
  amount: number;
  credited?: number;
}

/** An issued invoice over `lines`, taxes 14,975 % on the subtotal, with its credit notes (taxes included) and payments. */
function invoice(
  id: string,
  lines: Line[],
  opts: { creditNotes?: number; paid?: number; writtenOff?: boolean; status?: string } = {},
): { invoice: LedgerInvoice; lines: LedgerLine[] } {
  const subtotal = lines.reduce((s, l) => s + l.amount, 0);
  const total = subtotal + tax(subtotal);
  const credited = opts.creditNotes ?? 0;
  const paid = opts.paid ?? 0;
  const rest = total - credited - paid;
  const status = opts.writtenOff ? "written_off" : (opts.status ?? (rest <= 0 ? "paid" : "sent"));
  return {
    invoice: {
      id,
      status,
      total,
      credited,
      paid,
      balance: opts.writtenOff ? 0 : rest,
      lineAmounts: subtotal,
      lineCredited: lines.reduce((s, l) => s + (l.credited ?? 0), 0),
      lines: lines.map((l, position) => ({ position, amount: l.amount, credited: l.credited ?? 0 })),
    },
    lines: lines.map((l, position) => ({
      invoiceId: id,
      position,
      status,
      kind: l.kind,
      amount: l.amount,
      credited: l.credited ?? 0,
    })),
  };
}

const NO_WORK = { signed: 0, earned: 0, workValue: 0, costs: 0, overCap: 0 };

function ledgerOf(
  inv: { invoice: LedgerInvoice; lines: LedgerLine[] },
  positions: number[],
  work: Parameters<typeof moneyLedger>[0]["work"] = NO_WORK,
) {
  return moneyLedger({
    lines: inv.lines.filter((l) => positions.includes(l.position!)),
    invoices: new Map([[inv.invoice.id, inv.invoice]]),
    work,
  });
}

describe("allocate", () => {
  it("splits by weight with the largest remainder, ties to the first", () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(100_001, [360_000, 120_000])).toEqual([75_001, 25_000]);
    expect(allocate(10, [0, 3, 0])).toEqual([0, 10, 0]);
    expect(allocate(-5, [1, 1])).toEqual([-2, -3]);
  });

  it("gives nothing when there is nothing to split or no weight", () => {
    expect(allocate(0, [1, 2])).toEqual([0, 0]);
    expect(allocate(50, [0, 0])).toEqual([0, 0]);
    expect(allocate(50, [])).toEqual([]);
  });

  it("always sums to the total exactly, each part within a cent of its exact share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const sum = weights.reduce((a, w) => a + w, 0);
          const parts = allocate(total, weights);
          expect(parts).toHaveLength(weights.length);
          if (sum === 0) {
            expect(parts.every((p) => p === 0)).toBe(true);
            return;
          }
          expect(parts.reduce((a, p) => a + p, 0)).toBe(total);
          parts.forEach((p, i) => {
            expect(Number.isInteger(p)).toBe(true);
            expect(Math.abs(p - (total * weights[i]!) / sum)).toBeLessThan(1);
          });
        },
      ),
    );
  });
});

describe("moneyLedger", () => {
  it("shares a partial payment of an invoice with a deposit and another mandate's line by their weights, to the cent", () => {
    // F-1: deposit of mandate A 3 600 $ + time of mandate B 1 200 $ = 4 800 $; taxes 718,80 $; total 5 518,80 $.
    // Paid 1 000,01 $: A 3/4 = 750,0075 → 750,01 $; B 1/4 = 250,0025 → 250,00 $. Balance 4 518,79 $: A 3 389,09 $,
    // B 1 129,70 $. Before taxes, 1 000,01 $ is 4 800 × 100 001 / 551 880 = 869,76 $: A 652,32 $, B 217,44 $.
    const f1 = invoice(
      "F-1",
      [
        { kind: "deposit", amount: 360_000 },
        { kind: "time", amount: 120_000 },
      ],
      { paid: 100_001 },
    );
    expect(f1.invoice.total).toBe(551_880);
    const a = ledgerOf(f1, [0]);
    const b = ledgerOf(f1, [1]);
    expect(a).toMatchObject({
      invoiced: 360_000,
      credited: 0,
      netInvoiced: 360_000,
      advances: 360_000,
      paid: 75_001,
      paidBeforeTax: 65_232,
      outstanding: 338_909,
      outstandingBeforeTax: 294_768,
      writtenOffBeforeTax: 0,
    });
    expect(b).toMatchObject({
      invoiced: 120_000,
      advances: 0,
      paid: 25_000,
      paidBeforeTax: 21_744,
      outstanding: 112_970,
      outstandingBeforeTax: 98_256,
    });
    expect(a.paid + b.paid).toBe(100_001);
    expect(a.outstanding + b.outstanding).toBe(f1.invoice.balance);
  });

  it("splits an odd cent between two mandates' equal lines once, not once each", () => {
    // F-2: two mandates' 3 600 $ lines; total 8 278,20 $; paid 1 000,01 $ → 500,01 $ + 500,00 $, never 500,01 $ twice.
    const f2 = invoice(
      "F-2",
      [
        { kind: "offer", amount: 360_000 },
        { kind: "offer", amount: 360_000 },
      ],
      { paid: 100_001 },
    );
    const a = ledgerOf(f2, [0]);
    const b = ledgerOf(f2, [1]);
    expect(a.paid + b.paid).toBe(100_001);
    expect(a.outstanding + b.outstanding).toBe(727_819);
    expect([a.paid, b.paid]).toEqual([50_001, 50_000]);
  });

  it("adds up to the invoice's balance when three mandates share it", () => {
    // 3 × 100 $ + 44,93 $ of taxes (44,925 rounded up) = 344,93 $, unpaid: 114,98 $ + 114,98 $ + 114,97 $.
    const f3 = invoice(
      "F-3",
      [0, 1, 2].map(() => ({ kind: "time", amount: 10_000 })),
    );
    const parts = [0, 1, 2].map((p) => ledgerOf(f3, [p]).outstanding);
    expect(parts).toEqual([11_498, 11_498, 11_497]);
    expect(sumLedgers([0, 1, 2].map((p) => ledgerOf(f3, [p]))).outstanding).toBe(34_493);
  });

  it("deducts a partial credit note from the line it credits and shares the balance on what each line still bills", () => {
    // Deposit 1 000 $ + 500 $ = 1 500 $ + 224,63 $ taxes = 1 724,63 $. Credit note on the deposit: 400 $ + 59,90 $.
    // Balance 1 264,73 $ over 600 $ and 500 $: 689,85 $ (689,853) and 574,88 $ (574,876).
    const f = invoice(
      "F-4",
      [
        { kind: "deposit", amount: 100_000, credited: 40_000 },
        { kind: "manual", amount: 50_000 },
      ],
      { creditNotes: 40_000 + tax(40_000) },
    );
    expect([f.invoice.total, f.invoice.credited, f.invoice.balance]).toEqual([172_463, 45_990, 126_473]);
    const a = ledgerOf(f, [0]);
    expect(a).toMatchObject({
      invoiced: 100_000,
      credited: 40_000,
      netInvoiced: 60_000,
      advances: 60_000,
      paid: 0,
      outstanding: 68_985,
      outstandingBeforeTax: 60_000,
    });
    expect(ledgerOf(f, [1]).outstanding).toBe(57_488);

    // Paid in full afterwards: nothing is owed on either line, before or after taxes.
    const paid = invoice(
      "F-4",
      [
        { kind: "deposit", amount: 100_000, credited: 40_000 },
        { kind: "manual", amount: 50_000 },
      ],
      { creditNotes: 45_990, paid: 126_473 },
    );
    expect(ledgerOf(paid, [0])).toMatchObject({
      paid: 68_985,
      paidBeforeTax: 60_000,
      outstanding: 0,
      outstandingBeforeTax: 0,
    });
    expect(ledgerOf(paid, [1])).toMatchObject({
      paid: 57_488,
      paidBeforeTax: 50_000,
      outstanding: 0,
      outstandingBeforeTax: 0,
    });
  });

  it("owes nothing on an unpaid invoice fully credited", () => {
    const f = invoice("F-5", [{ kind: "deposit", amount: 360_000, credited: 360_000 }], { creditNotes: 413_910 });
    expect(ledgerOf(f, [0])).toMatchObject({
      invoiced: 360_000,
      credited: 360_000,
      netInvoiced: 0,
      advances: 0,
      paid: 0,
      outstanding: 0,
      outstandingBeforeTax: 0,
    });
  });

  it("shows the refund owed when a paid deposit invoice is fully credited (its balance, −4 139,10 $)", () => {
    // Deposit 3 600 $ + 539,10 $ taxes paid, then the offer is cancelled and the deposit credited in full.
    const f = invoice("F-6", [{ kind: "deposit", amount: 360_000, credited: 360_000 }], {
      paid: 413_910,
      creditNotes: 413_910,
    });
    expect(f.invoice.balance).toBe(-413_910);
    expect(ledgerOf(f, [0])).toMatchObject({ netInvoiced: 0, outstanding: -413_910, outstandingBeforeTax: 0 });
  });

  it("writes off what was not paid: nothing outstanding, the unpaid part before taxes written off", () => {
    // 1 000 $ + 500 $, total 1 724,63 $, 500 $ paid then written off. Paid before taxes: 1 500 × 50 000 / 172 463
    // = 434,876 → 434,88 $: 289,92 $ and 144,96 $; written off 710,08 $ and 355,04 $.
    const f = invoice(
      "F-7",
      [
        { kind: "offer", amount: 100_000 },
        { kind: "time", amount: 50_000 },
      ],
      { paid: 50_000, writtenOff: true },
    );
    const a = ledgerOf(f, [0]);
    const b = ledgerOf(f, [1]);
    expect(a).toMatchObject({
      paid: 33_333,
      paidBeforeTax: 28_992,
      writtenOffBeforeTax: 71_008,
      outstanding: 0,
      outstandingBeforeTax: 0,
    });
    expect(b).toMatchObject({ paid: 16_667, paidBeforeTax: 14_496, writtenOffBeforeTax: 35_504, outstanding: 0 });
  });

  it("keeps drafts apart: reserved, not invoiced, still unbilled", () => {
    const issued = invoice("F-8", [{ kind: "deposit", amount: 58_500 }]);
    const draft = invoice("D-1", [{ kind: "offer", amount: 91_500 }], { status: "draft" });
    const l = moneyLedger({
      lines: [...issued.lines, ...draft.lines],
      invoices: new Map([
        ["F-8", issued.invoice],
        ["D-1", draft.invoice],
      ]),
      work: { signed: 195_000, earned: 150_000, workValue: 150_000, costs: 0, overCap: 0 },
    });
    expect(l).toMatchObject({ invoiced: 58_500, inDrafts: 91_500, netInvoiced: 58_500, unbilled: 91_500, unearned: 0 });
    expect(l.outstanding).toBe(58_500 + tax(58_500));
  });

  it("shows a deposit not yet earned as unearned, and adds up: earned = net invoiced + unbilled − unearned", () => {
    const dep = invoice("F-9", [{ kind: "deposit", amount: 360_000 }]);
    const early = ledgerOf(dep, [0], { signed: 1_200_000, earned: 120_000, workValue: 120_000, costs: 0, overCap: 0 });
    expect([early.unbilled, early.unearned, early.advances]).toEqual([0, 240_000, 360_000]);
    const later = ledgerOf(dep, [0], {
      signed: 1_200_000,
      earned: 500_000,
      workValue: 480_000,
      costs: 20_000,
      overCap: 0,
    });
    expect([later.unbilled, later.unearned]).toEqual([140_000, 0]);
    for (const l of [early, later]) expect(l.earned).toBe(l.netInvoiced + l.unbilled - l.unearned);
  });

  it("sums ledgers field by field; the empty ledger is all zeros", () => {
    const f1 = invoice("F-1", [
      { kind: "deposit", amount: 360_000 },
      { kind: "time", amount: 120_000 },
    ]);
    const total = sumLedgers([ledgerOf(f1, [0]), ledgerOf(f1, [1]), emptyLedger()]);
    expect(total).toMatchObject({ invoiced: 480_000, advances: 360_000, outstanding: 551_880 });
    expect(Object.values(emptyLedger()).every((v) => v === 0)).toBe(true);
  });
});
