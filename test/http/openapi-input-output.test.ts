/**
 * Request bodies are described as the server accepts them, answers as the server gives them: a field with a server
 * default may be left out of a request (it is not `required`, and the generated web type makes it optional), while
 * every field of an answer is present, so an answer's schema never leaves a field with a default optional (a shape
 * used on both sides is two components, like `AddressInput` and `Address`).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { clientTypesOf, documentText } from "../../scripts/openapi-types.ts";
import { resolve, type Schema } from "../support/openapi-walk.ts";

type Node = Schema & { default?: unknown; required?: string[] };
type Doc = {
  paths: Record<string, Record<string, { requestBody?: unknown; responses?: unknown }>>;
  components: { schemas: Record<string, Node> };
};

/** Every object schema reachable from `root` (following references once each), with where it was found. */
function objectsUnder(doc: Doc, root: unknown, at: string, seen = new Set<unknown>()): { at: string; s: Node }[] {
  if (!root || typeof root !== "object" || seen.has(root)) return [];
  seen.add(root);
  if (Array.isArray(root)) return root.flatMap((r, i) => objectsUnder(doc, r, `${at}[${i}]`, seen));
  const node = root as Node & Record<string, unknown>;
  if (node.$ref) return objectsUnder(doc, resolve(doc, node), node.$ref.split("/").pop()!, seen);
  const here = node.properties ? [{ at, s: node }] : [];
  return [
    ...here,
    ...Object.entries(node).flatMap(([k, v]) =>
      k === "default" || k === "example" ? [] : objectsUnder(doc, v, at, seen),
    ),
  ];
}

/** `Component.field` for each property with a default that its object does not require. */
function optionalWithDefault(objects: { at: string; s: Node }[]): string[] {
  return objects.flatMap(({ at, s }) =>
    Object.entries(s.properties ?? {})
      .filter(([k, p]) => p && typeof p === "object" && "default" in p && !(s.required ?? []).includes(k))
      .map(([k]) => `${at}.${k}`),
  );
}

describe("request bodies as input, answers as output", () => {
  let doc: Doc;
  let types: string;
  beforeAll(async () => {
    const text = await documentText();
    doc = JSON.parse(text);
    types = await clientTypesOf(text);
  }, 60_000);

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ where: `${method} ${path}`, op })),
    );

  it("no answer leaves a field with a default optional", () => {
    const found = operations().flatMap(({ where, op }) => optionalWithDefault(objectsUnder(doc, op.responses, where)));
    expect([...new Set(found)]).toEqual([]);
  });

  it("request fields with a server default are not required, and optional in the generated web types", () => {
    const found = new Set(
      operations().flatMap(({ where, op }) => optionalWithDefault(objectsUnder(doc, op.requestBody, where))),
    );
    // A client created with its name and kind only; a sign-up without jurisdiction, currency or locale.
    expect(found).toContain("CreateClient.tags");
    expect(found).toContain("AddressInput.line1");
    expect(types).toMatch(/CreateClient: \{[\s\S]*?\n\s+tags\?: string\[\];/);
    expect(types).toMatch(/\n\s+jurisdiction\?: "CA-QC"/);
    // …and an answer's address has every line.
    expect(types).toMatch(/Address: \{\n\s+city: string;/);
  });
});
