import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { assertStrongPassword, passwordStrength } from "./password-strength.ts";

describe("password strength (zxcvbn-ts)", () => {
  it("refuses common passwords with the reason and what to do", () => {
    const weak = passwordStrength("password1234");
    expect(weak.acceptable).toBe(false);
    expect(weak.score).toBeLessThan(3);
    expect(weak.warning).toBe("similarToCommon");
    expect(weak.suggestions).toContain("anotherWord");
  });

  it("knows French words and keyboard rows", () => {
    expect(passwordStrength("motdepasse123").acceptable).toBe(false);
    expect(passwordStrength("azertyuiop12").acceptable).toBe(false);
  });

  it("accepts passphrases", () => {
    expect(passwordStrength("correct horse battery staple")).toMatchObject({ acceptable: true, warning: null });
    expect(passwordStrength("un autre mot de passe").acceptable).toBe(true);
  });

  it("refuses a password built from the account's own e-mail or name", () => {
    const email = "gabrielle.tremblay@collectif-web.test";
    expect(passwordStrength(email).acceptable).toBe(true);
    const own = passwordStrength(email, [email, "Gabrielle Tremblay"]);
    expect(own.acceptable).toBe(false);
    expect(own.warning).toBe("userInputs");
  });

  it("says too short before anything else", () => {
    expect(passwordStrength("Zq8!vR2#")).toMatchObject({ acceptable: false, warning: "tooShort" });
  });

  it("throws a validation error naming the field", () => {
    expect(() => assertStrongPassword("newPassword", "password1234")).toThrow(DomainError);
    try {
      assertStrongPassword("newPassword", "password1234");
    } catch (e) {
      const error = e as DomainError;
      expect(error.details?.fields?.[0]).toMatchObject({ path: "newPassword", issue: "weak_password" });
      expect(error.details?.strength).toMatchObject({ warning: "similarToCommon" });
    }
  });
});
