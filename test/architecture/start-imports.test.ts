/**
 * The server starts without the heavy packages only some requests need: PDFs (pdfkit, fontkit), the mailbox import
 * (imapflow, mailparser) and the password-strength estimator's dictionaries (@zxcvbn-ts). Each loads on first use.
 */
import { describe, expect, it } from "vitest";
import { loadedAny, packagesLoadedBy } from "../support/loaded-modules.ts";

const HEAVY = ["pdfkit", "fontkit", "imapflow", "mailparser", "@zxcvbn-ts/core", "@zxcvbn-ts/language-common"];

describe("what the server loads at start", () => {
  it("is none of the heavy packages; a password check then loads the estimator", () => {
    const [atStart, afterPasswordCheck] = packagesLoadedBy(`
await import("./src/http/server.ts");
await import("./src/http/app.ts");
await mark();
const { requireStrongPassword } = await import("./src/app/workspace/passwords.ts");
await requireStrongPassword("password", "correct horse battery staple", []);
`);
    expect(loadedAny(atStart!, HEAVY)).toEqual([]);
    expect(loadedAny(afterPasswordCheck!, HEAVY)).toEqual(["@zxcvbn-ts/core", "@zxcvbn-ts/language-common"]);
  });
});
