/**
 * The web client's types are generated from the OpenAPI document: the file in the tree must be exactly what the
 * document generates today (`npm run openapi:types` writes it; `npm run check:openapi-types` runs the same check).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLIENT_TYPES_FILE, clientTypesOf, documentText, staleClientTypes } from "../../scripts/openapi-types.ts";

describe("the generated web client", () => {
  const dir = mkdtempSync(join(tmpdir(), "mandat-client-types-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is what the document generates today", async () => {
    const generated = await clientTypesOf(await documentText());
    expect(staleClientTypes(generated), "run npm run openapi:types").toBeUndefined();
  }, 60_000);

  it("is reported stale when the document has changed (a field renamed) or the file is missing", async () => {
    const document = JSON.parse(await documentText());
    const invoiceRow = document.components.schemas.InvoiceRow;
    invoiceRow.properties.issuedOn = invoiceRow.properties.issueDate;
    delete invoiceRow.properties.issueDate;
    invoiceRow.required = invoiceRow.required.map((k: string) => (k === "issueDate" ? "issuedOn" : k));
    const renamed = await clientTypesOf(JSON.stringify(document));
    expect(staleClientTypes(renamed)).toMatch(/schema\.d\.ts is stale \(first difference at line \d+: .*issue/);

    const copy = join(dir, "schema.d.ts");
    writeFileSync(copy, renamed);
    expect(staleClientTypes(renamed, copy)).toBeUndefined();
    expect(staleClientTypes(renamed, join(dir, "absent.d.ts"))).toMatch(/is missing/);
    expect(CLIENT_TYPES_FILE).toMatch(/web\/src\/api\/schema\.d\.ts$/);
  }, 60_000);
});
