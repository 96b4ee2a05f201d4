import { describe, expect, it } from "vitest";
import { canonicalText, sha256Hex } from "./canonical.ts";

describe("canonical text", () => {
  it("is the same whatever the key order", () => {
    expect(canonicalText({ b: 1, a: { d: [1, 2], c: "x" } })).toBe(canonicalText({ a: { c: "x", d: [1, 2] }, b: 1 }));
    expect(canonicalText({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
  it("normalises Unicode to NFC and drops undefined", () => {
    expect(canonicalText({ t: "e\u0301", u: undefined })).toBe(canonicalText({ t: "é" }));
  });
  it("hashes UTF-8 with SHA-256 (FIPS 180-2 'abc' vector)", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
