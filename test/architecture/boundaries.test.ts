/**
 * The layering holds: the domain is pure at every depth, the web reaches the server only through the domain, and SQL
 * is written in src/store alone. Each rule is first shown to fail on a deliberate violation (test/fixtures/boundaries).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  domainImpurities,
  domainViolations,
  duplicateComponentNames,
  ROOT,
  sourceFiles,
  sqlOutsideStore,
  webViolations,
} from "../support/source-rules.ts";

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const fixture = (name: string) => read(`test/fixtures/boundaries/${name}`);

describe("each boundary rule can fail", () => {
  it("refuses a domain file in a subfolder importing the store two levels up, and a database package", () => {
    const found = domainViolations("src/domain/ledger/deep-import.ts", fixture("domain-deep-import.ts.txt"));
    expect(found).toEqual([
      "src/domain/ledger/deep-import.ts imports ../../store/ledger-store.ts (src/store/ledger-store.ts)",
      "src/domain/ledger/deep-import.ts imports the package kysely",
    ]);
  });

  it("refuses the web importing a server use-case, and lets it import a domain rule", () => {
    const found = webViolations("web/src/pages/bad-page.tsx", fixture("web-imports-app.tsx.txt"));
    expect(found).toEqual(["web/src/pages/bad-page.tsx imports ../../../src/app/ledger.ts (src/app/ledger.ts)"]);
  });

  it("refuses SQL built in a use-case, raw and with the query builder, naming the lines", () => {
    const found = sqlOutsideStore("src/app/bad-use-case.ts", fixture("sql-in-app.ts.txt"));
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^src\/app\/bad-use-case\.ts:6: await sql`select 1`/);
    expect(found[1]).toMatch(/^src\/app\/bad-use-case\.ts:7: return ctx\.db\.selectFrom\("invoices"\)/);
    // The same text is at home in the store.
    expect(sqlOutsideStore("src/store/invoice-store.ts", fixture("sql-in-app.ts.txt"))).toEqual([]);
  });
});

describe("the document names each schema once", () => {
  it("refuses two schemas registered under one component name, naming both files", () => {
    const line = (name: string) => `export const S = z.object({}).openapi("${name}");`;
    expect(
      duplicateComponentNames([
        { path: "src/http/schemas/a.ts", text: line("InvoiceLine") },
        { path: "src/http/schemas/b.ts", text: `${line("InvoiceLine")}\n${line("InvoiceTax")}` },
      ]),
    ).toEqual(["InvoiceLine: src/http/schemas/a.ts, src/http/schemas/b.ts"]);
  });

  it("every component name in src is given by one schema", () => {
    const files = sourceFiles("src").map((path) => ({ path, text: read(path) }));
    expect(duplicateComponentNames(files)).toEqual([]);
  });
});

describe("the codebase keeps its boundaries", () => {
  it("src/domain imports only itself and pure packages, at every depth, and reads no clock or environment", () => {
    const files = sourceFiles("src/domain");
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => [...domainViolations(f, read(f)), ...domainImpurities(f, read(f))])).toEqual([]);
  });

  it("web/src reaches the server's code only through src/domain", () => {
    const files = sourceFiles("web/src", { tests: true });
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => webViolations(f, read(f)))).toEqual([]);
  });

  it("SQL is written in src/store only (src, scripts)", () => {
    const files = [...sourceFiles("src"), ...sourceFiles("scripts", { ext: /\.(?:ts|mjs)$/ })];
    expect(files.flatMap((f) => sqlOutsideStore(f, read(f)))).toEqual([]);
  });
});
