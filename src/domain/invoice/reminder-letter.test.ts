import { describe, expect, it } from "vitest";
import { money } from "../money.ts";
import { type ReminderLetterInput, reminderLetter } from "./reminder-letter.ts";

const base: ReminderLetterInput = {
  locale: "fr-CA",
  tone: "courteous",
  invoiceNumber: "2026-0042",
  amountDue: money(114_975, "CAD"),
  dueDate: "2026-03-31",
  asOf: "2026-03-28",
  clientName: "Agence Exemple",
  providerName: "Collectif Web",
};
const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("reminderLetter", () => {
  it("French, before the due date", () => {
    const r = reminderLetter(base);
    expect(r.daysLate).toBe(-3);
    expect(nb(r.subject)).toBe("Rappel : facture 2026-0042 payable le 31 mars 2026");
    expect(nb(r.body)).toContain("d'un montant de 1 149,75 $, arrive à échéance le 31 mars 2026, dans 3 jours");
    expect(r.body).toMatch(/^Bonjour Agence Exemple,/);
    expect(r.body).toMatch(/Collectif Web$/);
  });

  it("French, overdue with interest and its annual rate", () => {
    const r = reminderLetter({
      ...base,
      asOf: "2026-04-07",
      interest: { amount: money(126, "CAD"), annualRatePpm: 50_000 },
    });
    expect(nb(r.subject)).toBe("Facture 2026-0042 en retard de 7 jours");
    expect(nb(r.body)).toContain("Des intérêts de retard de 1,26 $ s'y ajoutent à ce jour, au taux annuel de 5 %.");
  });

  it("French, firm", () => {
    const r = reminderLetter({ ...base, tone: "firm", asOf: "2026-04-30" });
    expect(nb(r.subject)).toBe("Facture 2026-0042 impayée depuis 30 jours");
    expect(r.body).toContain("mise en demeure");
  });

  it("English, on the due date, overdue and firm", () => {
    const en = { ...base, locale: "en" as const };
    expect(reminderLetter({ ...en, asOf: "2026-03-31" }).subject).toBe("Invoice 2026-0042 due today");
    const late = reminderLetter({ ...en, asOf: "2026-04-01" });
    expect(late.subject).toBe("Invoice 2026-0042 is 1 day overdue");
    expect(late.body).toContain(
      "invoice 2026-0042, due on March 31, 2026, is still unpaid (1 day late). The balance due is $1,149.75.",
    );
    const firm = reminderLetter({
      ...en,
      tone: "firm",
      asOf: "2026-04-30",
      interest: { amount: money(472, "CAD"), annualRatePpm: 50_000 },
    });
    expect(firm.subject).toBe("Invoice 2026-0042 unpaid for 30 days");
    expect(firm.body).toContain("Late interest of $4.72 has accrued to date, at an annual rate of 5%.");
  });

  it("formats euros for a French workspace's invoice", () => {
    const r = reminderLetter({ ...base, locale: "en", amountDue: money(120_000, "EUR"), asOf: "2026-04-01" });
    expect(r.body).toContain("€1,200.00");
  });
});

describe("reminderLetter for a French B2B invoice", () => {
  it("mentions the 40 € recovery indemnity once late", () => {
    const r = reminderLetter({
      ...base,
      amountDue: money(120_000, "EUR"),
      asOf: "2026-04-10",
      recoveryIndemnity: money(4_000, "EUR"),
    });
    expect(nb(r.body)).toContain("L'indemnité forfaitaire pour frais de recouvrement de 40,00 € est également due.");
    const en = reminderLetter({
      ...base,
      locale: "en",
      tone: "firm",
      asOf: "2026-05-10",
      recoveryIndemnity: money(4_000, "EUR"),
    });
    expect(en.body).toContain("The fixed recovery indemnity of €40.00 is also due.");
  });
});
