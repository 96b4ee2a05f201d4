/**
 * CSV exports are safe to open: text that a spreadsheet would run as a formula comes out neutralised, amounts keep
 * their sign, and the French variant (`;`, decimal commas) parses with a real CSV parser.
 */
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDay } from "../support/clock.ts";
import { engines } from "../support/engines.ts";
import { buildClient, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

const HOSTILE_NAME = '=HYPERLINK("http://evil.test","Open me")';
// Text fields are trimmed on input, so a leading tab or CR is covered by export-invoices.test.ts.
const REFERENCES = ["+1+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "plain; text, 42"];

describe.each(engines())("CSV exports on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient;
  const download = async (path: string) => {
    const res = await fx.app.request(path, { headers: { cookie: owner.cookie! } });
    expect(res.status).toBe(200);
    return (await res.text()).replace(/^\uFEFF/, "");
  };

  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    const clientId = (await owner.post("/api/v1/clients", buildClient({ name: HOSTILE_NAME, legalName: HOSTILE_NAME })))
      .body.id;
    const draft = await owner.post("/api/v1/invoices", {
      clientId,
      lines: [{ description: "Travaux", quantityMilli: 1000, unitPrice: 100_000 }],
    });
    const id = draft.body.invoice.id;
    expect((await owner.post(`/api/v1/invoices/${id}/issue`, { issueDate: testDay(-5) })).status).toBe(200);
    for (const reference of REFERENCES) {
      const paid = await owner.post(`/api/v1/invoices/${id}/payments`, {
        date: testDay(-1),
        amount: 1_050,
        method: "interac",
        reference,
      });
      expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    }
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("neutralises cells starting with =, +, -, @, tab or CR, and keeps amounts numeric", async () => {
    const invoices = parse(await download("/api/v1/exports/invoices.csv"), { columns: true }) as Record<
      string,
      string
    >[];
    expect(invoices[0]!.client).toBe(`'${HOSTILE_NAME}`);
    expect(invoices[0]!.subtotal).toBe("1000.00");
    const payments = parse(await download("/api/v1/exports/payments.csv"), { columns: true }) as Record<
      string,
      string
    >[];
    const refs = payments.map((p) => p.reference);
    expect(refs).toEqual(expect.arrayContaining(REFERENCES.map((r) => (/^[=+\-@\t\r]/.test(r) ? `'${r}` : r))));
    for (const p of payments) {
      expect(p.client).toBe(`'${HOSTILE_NAME}`);
      expect(p.amount).toBe("10.50");
      for (const cell of Object.values(p)) expect(cell).not.toMatch(/^[=+@\t\r]/);
    }
  });

  it.skipIf(skip)(
    "writes the French variant with semicolons and decimal commas, read back by a CSV parser",
    async () => {
      const text = await download("/api/v1/exports/invoices.csv?format=fr");
      expect(text.split("\r\n")[0]).toMatch(/^number;issue_date;/);
      const rows = parse(text, { columns: true, delimiter: ";" }) as Record<string, string>[];
      expect(rows[0]!.subtotal).toBe("1000,00");
      expect(rows[0]!.client).toBe(`'${HOSTILE_NAME}`);
      const payments = parse(await download("/api/v1/exports/payments.csv?format=fr"), {
        columns: true,
        delimiter: ";",
      }) as Record<string, string>[];
      expect(payments.map((p) => p.reference)).toContain("plain; text, 42");
      expect(payments[0]!.amount).toBe("10,50");
    },
  );
});
