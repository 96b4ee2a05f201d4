/**
 * Every stored JSON column is read through its schema (decision 0006): on the founding story, each kind reads back
 * whole — the schema keeps every field the row holds, so nothing is silently dropped — and a row damaged in the
 * database is answered `corrupt_record` (409) naming its table, its id and the column, by the route that reads it.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitOptionsSchema } from "../../src/app/exits/exit-options-schema.ts";
import { emailKindsOf } from "../../src/app/notifications/notification-events.ts";
import { readExitState } from "../../src/store/exit-store.ts";
import {
  readChangeOrder,
  readChangeOrderDocument,
  readClaim,
  readCreditNoteTotals,
  readDecision,
  readFormalNotice,
  readInvoice,
  readInvoiceDetails,
  readMailAttachments,
  readMandate,
  readNotificationSubject,
  readOffer,
  readOfferDocument,
  readTemplateContent,
} from "../../src/store/stored-aggregates.ts";
import { createDemoFixture, type DemoFixture } from "../support/demo-fixture.ts";
import { engines } from "../support/engines.ts";

interface Kind {
  table: string;
  column: string;
  read: (text: string, id: string) => unknown;
  /** The route that reads a row of this kind, from the row's columns. */
  route: (row: Record<string, string>) => string;
  /** Columns the route needs beside the id. */
  with?: string;
  /** The row to damage: one that the route reads. */
  where?: string;
}

const KINDS: Kind[] = [
  { table: "offers", column: "state_json", read: readOffer, route: (r) => `/api/v1/offers/${r.id}` },
  {
    table: "offers",
    column: "document_text",
    read: readOfferDocument,
    route: (r) => `/api/v1/offers/${r.id}`,
    where: "document_text IS NOT NULL",
  },
  { table: "mandates", column: "state_json", read: readMandate, route: (r) => `/api/v1/mandates/${r.id}` },
  {
    table: "change_orders",
    column: "state_json",
    read: readChangeOrder,
    route: (r) => `/api/v1/change-orders/${r.id}`,
  },
  {
    table: "change_orders",
    column: "document_text",
    read: readChangeOrderDocument,
    route: (r) => `/api/v1/change-orders/${r.id}/pdf`,
    where: "document_text IS NOT NULL",
  },
  { table: "invoices", column: "state_json", read: readInvoice, route: (r) => `/api/v1/invoices/${r.id}` },
  { table: "invoices", column: "details_json", read: readInvoiceDetails, route: (r) => `/api/v1/invoices/${r.id}` },
  {
    table: "credit_notes",
    column: "totals_json",
    read: readCreditNoteTotals,
    route: (r) => `/api/v1/invoices/${r.invoice_id}`,
    with: "invoice_id",
  },
  {
    table: "claims",
    column: "state_json",
    read: readClaim,
    route: (r) => `/api/v1/rounds/${r.round_id}`,
    with: "round_id",
  },
  {
    table: "formal_notices",
    column: "state_json",
    read: readFormalNotice,
    route: (r) => `/api/v1/formal-notices/${r.id}`,
  },
  { table: "decisions", column: "state_json", read: readDecision, route: (r) => `/api/v1/decisions/${r.id}` },
  {
    table: "exits",
    column: "state_json",
    read: readExitState(ExitOptionsSchema),
    route: (r) => `/api/v1/exits/${r.id}`,
  },
  {
    table: "recurring_invoices",
    column: "template_json",
    read: readTemplateContent,
    route: (r) => `/api/v1/recurring-invoices/${r.id}`,
  },
  {
    table: "notifications",
    column: "subject_json",
    read: readNotificationSubject,
    route: () => "/api/v1/notifications",
  },
  {
    table: "mail_messages",
    column: "attachments_json",
    read: readMailAttachments("mail_messages"),
    route: (r) => `/api/v1/mailbox/received/${r.id}`,
  },
  {
    table: "mail_imports",
    column: "attachments_json",
    read: readMailAttachments("mail_imports"),
    route: (r) => `/api/v1/rounds/${r.round_id}/mail`,
    with: "round_id",
  },
];

/** The kinds the founding story writes (the mailbox is not part of it). */
const IN_THE_STORY = KINDS.filter((k) => !k.table.startsWith("mail_"));

/** Paths present in the stored JSON and missing from what its schema read (a field the schema would drop). */
function lostPaths(stored: unknown, read: unknown, at = ""): string[] {
  if (Array.isArray(stored)) return stored.flatMap((v, i) => lostPaths(v, (read as unknown[])?.[i], `${at}[${i}]`));
  if (stored && typeof stored === "object") {
    return Object.entries(stored).flatMap(([k, v]) =>
      read && typeof read === "object" && k in read
        ? lostPaths(v, (read as Record<string, unknown>)[k], `${at}.${k}`)
        : [`${at}.${k}`],
    );
  }
  return [];
}

describe.each(engines())("stored aggregates read through their schemas on $engine", ({ engine, skip }) => {
  let demo: DemoFixture;
  beforeAll(async () => {
    if (skip) return;
    demo = await createDemoFixture(engine);
    // The story has no credit note, formal notice or recurring invoice: one of each.
    const { owner, agencyId } = demo;
    const notice = await owner.post(`/api/v1/clients/${agencyId}/formal-notices`, {
      sentOn: "2026-11-20",
      cureDays: 10,
      method: "registered_mail",
      breach: "Les factures échues ne sont pas payées",
    });
    expect(notice.status, JSON.stringify(notice.body)).toBe(201);
    const { rows } = await sql<{
      id: string;
    }>`SELECT id FROM invoices WHERE status IN ('issued', 'partially_paid') ORDER BY id LIMIT 1`.execute(
      demo.fx.db.store.db,
    );
    const credited = await owner.post(`/api/v1/invoices/${rows[0]!.id}/credit-note`, {
      reason: "Geste commercial",
      lines: [{ lineIndex: 0, amount: 100 }],
    });
    expect(credited.status, JSON.stringify(credited.body)).toBe(201);
    const recurring = await owner.post("/api/v1/recurring-invoices", {
      clientId: agencyId,
      name: "Hébergement et maintenance",
      frequency: "monthly",
      anchorDate: "2027-01-01",
      mode: "draft",
      lines: [{ description: "Hébergement", quantityMilli: 1000, unitPrice: 4_500, unit: "mois" }],
    });
    expect(recurring.status, JSON.stringify(recurring.body)).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await demo?.fx.close();
  });

  const rowsOf = async (k: Kind, limit?: number) => {
    const cols = ["id", k.column, ...(k.with ? [k.with] : [])].map((c) => sql.ref(c));
    const where = sql.raw(k.where ?? `${k.column} IS NOT NULL`);
    const max = limit === undefined ? sql`` : sql` ORDER BY id LIMIT ${limit}`;
    const { rows } = await sql<
      Record<string, string>
    >`SELECT ${sql.join(cols)} FROM ${sql.table(k.table)} WHERE ${where}${max}`.execute(demo.fx.db.store.db);
    return rows;
  };

  it.skipIf(skip)("every stored aggregate of the founding story reads back whole", async () => {
    for (const k of KINDS) {
      const rows = await rowsOf(k);
      if (IN_THE_STORY.includes(k)) expect(rows.length, `${k.table}.${k.column} rows`).toBeGreaterThan(0);
      for (const r of rows) {
        const text = r[k.column]!;
        const read = k.read(text, r.id!);
        expect(lostPaths(JSON.parse(text), read), `${k.table} ${r.id} ${k.column}`).toEqual([]);
        expect(read, `${k.table} ${r.id} ${k.column}`).toEqual(JSON.parse(text));
      }
    }
  });

  it.skipIf(skip).each(IN_THE_STORY.map((k) => ({ name: `${k.table}.${k.column}`, k })))(
    "a damaged $name is answered corrupt_record naming its table, id and column",
    async ({ k }) => {
      const [row] = await rowsOf(k, 1);
      expect(row, `a ${k.table} row to damage`).toBeDefined();
      const db = demo.fx.db.store.db;
      const put = (text: string) =>
        sql`UPDATE ${sql.table(k.table)} SET ${sql.ref(k.column)} = ${text} WHERE id = ${row!.id}`.execute(db);
      try {
        for (const [damage, why] of [
          ['{"status":"lost"}', "does not match its schema"],
          ["{not json", "is not valid JSON"],
        ] as const) {
          // SQLite's own triggers (search, derived columns) refuse text that is not JSON in some tables: then only
          // a damaged shape can reach the reader.
          if (
            !(await put(damage).then(
              () => true,
              (e: Error) =>
                /malformed JSON|invalid input syntax for type json/.test(e.message) ? false : Promise.reject(e),
            ))
          )
            continue;
          const res = await demo.owner.get(k.route(row!));
          expect(res.status, JSON.stringify(res.body)).toBe(409);
          expect(res.body, JSON.stringify(res.body)).toMatchObject({
            code: "corrupt_record",
            record: { table: k.table, id: row!.id, column: k.column },
          });
          expect(res.body.detail).toContain(`${k.table} ${row!.id} is damaged: its ${k.column} ${why}`);
        }
      } finally {
        await put(row![k.column]!);
      }
      const restored = await demo.owner.get(k.route(row!));
      expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    },
  );

  it.skipIf(skip)(
    "a workspace's damaged health settings and payment instructions are named by the routes that read them",
    async () => {
      const db = demo.fx.db.store.db;
      const { rows } = await sql<{ id: string }>`SELECT id FROM workspaces`.execute(db);
      const workspaceId = rows[0]!.id;
      for (const [column, route] of [
        ["health_settings_json", `/api/v1/clients/${demo.agencyId}/health`],
        ["payment_instructions_json", "/api/v1/workspace"],
      ] as const) {
        const put = (text: string | null) =>
          sql`UPDATE workspaces SET ${sql.ref(column)} = ${text} WHERE id = ${workspaceId}`.execute(db);
        try {
          for (const damage of ['{"threshold":"high","accountHolder":1}', "{not json"]) {
            await put(damage);
            const res = await demo.owner.get(route);
            expect(res.status, JSON.stringify(res.body)).toBe(409);
            expect(res.body).toMatchObject({
              code: "corrupt_record",
              record: { table: "workspaces", id: workspaceId, column },
            });
          }
        } finally {
          await put(null);
        }
        expect((await demo.owner.get(route)).status).toBe(200);
      }
    },
  );

  it.skipIf(skip)("a member's damaged e-mail kinds are named; a kind no longer known is dropped", () => {
    expect(() => emailKindsOf('{"offer_signed":true}', "m-1")).toThrow(
      expect.objectContaining({
        code: "corrupt_record",
        details: { record: { table: "notification_preferences", id: "m-1", column: "email_kinds_json" } },
      }),
    );
    expect(emailKindsOf('["retired_kind"]', "m-1")).toEqual([]);
  });

  it.skipIf(skip)("a received message's damaged attachments are named too", () => {
    for (const table of ["mail_messages", "mail_imports"] as const) {
      expect(() => readMailAttachments(table)('[{"filename":1}]', "m-1")).toThrow(
        expect.objectContaining({
          code: "corrupt_record",
          details: { record: { table, id: "m-1", column: "attachments_json" } },
        }),
      );
    }
  });
});
