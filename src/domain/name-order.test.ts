import { describe, expect, it } from "vitest";
import { compareNames, nameOrderKey } from "./name-order.ts";

const sorted = (names: string[]) =>
  [...names].sort((a, b) => compareNames(a, b, { a: nameOrderKey(a), b: nameOrderKey(b) }));

describe("nameOrderKey", () => {
  it("puts accented and lower-case names where a reader looks for them", () => {
    expect(sorted(["Zénith Média", "Éco-Design", "atelier Nord", "Dune", "Fjord", "Ébénisterie Roy"])).toEqual([
      "atelier Nord",
      "Dune",
      "Ébénisterie Roy",
      "Éco-Design",
      "Fjord",
      "Zénith Média",
    ]);
  });

  it("orders numbers by their value, leading zeros aside", () => {
    expect(sorted(["Client 10", "Client 2", "Client 1", "Client 011", "Client 9b"])).toEqual([
      "Client 1",
      "Client 2",
      "Client 9b",
      "Client 10",
      "Client 011",
    ]);
  });

  it("gives names that fold alike one order, by how they are written", () => {
    expect(sorted(["eco", "Éco", "Eco"])).toEqual(["Eco", "eco", "Éco"]);
  });
});
