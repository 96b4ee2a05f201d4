import { describe, expect, it } from "vitest";
import { invoiceEmail, invoiceRecipients } from "./invoice-email.ts";

const contact = (id: string, role: string, email = `${id}@client.test`) => ({ id, name: id, email, phone: "", role });

describe("invoiceRecipients", () => {
  it("defaults to the billing contact, else the first contact with an e-mail", () => {
    const contacts = [contact("ceo", "Présidente"), contact("acc", "Comptabilité")];
    expect(invoiceRecipients(contacts, undefined)).toEqual({ ok: true, contacts: [contacts[1]] });
    expect(invoiceRecipients([contact("a", "", ""), contact("b", "CEO")], [])).toMatchObject({
      ok: true,
      contacts: [{ id: "b" }],
    });
    expect(invoiceRecipients([contact("a", "", "")], undefined).ok).toBe(false);
  });

  it("takes the chosen contacts and refuses one without an e-mail or of another client", () => {
    const contacts = [contact("a", ""), contact("b", ""), contact("c", "", "")];
    expect(invoiceRecipients(contacts, ["b", "a"])).toMatchObject({ ok: true, contacts: [{ id: "b" }, { id: "a" }] });
    expect(invoiceRecipients(contacts, ["c"]).ok).toBe(false);
    expect(invoiceRecipients(contacts, ["zz"]).ok).toBe(false);
  });
});

describe("invoiceEmail", () => {
  const base = {
    issuerName: "Collectif WEB",
    recipientName: "Julie",
    number: "2026-0001",
    total: "1 149,75 $",
    dueDate: "2027-01-05",
    paymentReference: "RF47 2026 0001",
    portalUrl: "https://mandat.test/portal/abc",
    expiresOn: "2027-02-04",
  };
  it("writes the invoice e-mail in French or English with the link and the reference", () => {
    const fr = invoiceEmail({ ...base, language: "fr", kind: "invoice" });
    expect(fr.subject).toBe("Facture 2026-0001 — Collectif WEB");
    expect(fr.body).toContain("Bonjour Julie");
    expect(fr.body).toContain("RF47 2026 0001");
    expect(fr.body).toContain(base.portalUrl);
    const en = invoiceEmail({ ...base, language: "en", kind: "invoice" });
    expect(en.subject).toBe("Invoice 2026-0001 — Collectif WEB");
    expect(en.body).toContain("due on 2027-01-05");
  });
  it("writes a credit note e-mail naming the credited invoice", () => {
    const m = invoiceEmail({
      ...base,
      language: "fr",
      kind: "credit_note",
      number: "AV-2026-0001",
      invoiceNumber: "2026-0001",
    });
    expect(m.subject).toBe("Note de crédit AV-2026-0001 — Collectif WEB");
    expect(m.body).toContain("sur la facture 2026-0001");
  });
});
