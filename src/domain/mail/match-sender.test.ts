import { describe, expect, it } from "vitest";
import { matchSender } from "./match-sender.ts";

const contacts = [
  { clientId: "boreale", email: "Julie@Boreale.demo" },
  { clientId: "boreale", email: "marc@boreale.demo" },
  { clientId: "quai", email: "direction@quai.example" },
  { clientId: "quai", email: "ami@gmail.com" },
  { clientId: "autre", email: "info@partage.example" },
  { clientId: "encore", email: "ventes@partage.example" },
];

describe("the client a sender writes for", () => {
  it("is the client of the contact's own address, whatever its case", () => {
    expect(matchSender("julie@boreale.demo", contacts)).toEqual({ clientId: "boreale", by: "address" });
    expect(matchSender("AMI@gmail.com", contacts)).toEqual({ clientId: "quai", by: "address" });
  });

  it("else the one client writing from the same company domain; never a public provider, never two clients", () => {
    expect(matchSender("nouvelle@boreale.demo", contacts)).toEqual({ clientId: "boreale", by: "domain" });
    expect(matchSender("inconnu@gmail.com", contacts)).toBeNull();
    expect(matchSender("x@partage.example", contacts)).toBeNull();
    expect(matchSender("nouvelles@fournisseur.example", contacts)).toBeNull();
    expect(matchSender("", contacts)).toBeNull();
  });
});
