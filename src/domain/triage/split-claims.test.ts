import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitClaims } from "./split-claims.ts";

const texts = (message: string) => splitClaims(message).map((c) => c.text.replace(/\s+/g, " "));

describe("splitClaims", () => {
  it("splits a French e-mail with a greeting, a numbered list, a sign-off and the quoted thread", () => {
    const message = [
      "Bonjour Alexandre,",
      "",
      "J'espère que vous allez bien. Voici ce qui manque :",
      "1) Le formulaire de contact ne fonctionne pas, il faudrait",
      "   aussi ajouter un champ téléphone",
      "2) La page Équipe",
      "3 - le menu est pas à jour",
      "",
      "Merci,",
      "Julie Tremblay",
      "Gestionnaire de projet | Agence Boréale",
      "",
      "Le lun. 3 mars 2025 à 10 h 12, Alexandre <alexandre@collectif.ca> a écrit :",
      "> Bonjour, voici la livraison du premier mandat.",
      "> 1) Formulaire",
    ].join("\n");
    expect(texts(message)).toEqual([
      "Le formulaire de contact ne fonctionne pas, il faudrait aussi ajouter un champ téléphone",
      "La page Équipe",
      "le menu est pas à jour",
    ]);
  });

  it("keeps exact source offsets: text is the slice of the message", () => {
    const message = "Hi team,\n\n- The logo is blurry\n  on retina screens\n* Footer links are broken\n";
    const claims = splitClaims(message);
    expect(claims).toHaveLength(2);
    for (const c of claims) expect(message.slice(c.start, c.end)).toBe(c.text);
    expect(claims[0]?.text).toBe("The logo is blurry\n  on retina screens");
  });

  it("splits an English e-mail with bullets, a signature separator and an Outlook header", () => {
    const message = [
      "Hi team!",
      "Here's our feedback:",
      "• Homepage hero image is stretched",
      "• The contact form should also send a copy to the client",
      "– Add our Instagram feed",
      "◦ Menu doesn't open on iPhone",
      "",
      "Best regards",
      "Mark",
      "",
      "From: Alexandre <alexandre@collectif.ca>",
      "Sent: Monday, March 3, 2025 10:12 AM",
      "To: Mark <mark@agency.com>",
      "Subject: Delivery",
      "- old item that must not appear",
    ].join("\n");
    expect(texts(message)).toEqual([
      "Homepage hero image is stretched",
      "The contact form should also send a copy to the client",
      "Add our Instagram feed",
      "Menu doesn't open on iPhone",
    ]);
  });

  it("cuts at a French Outlook header (De : … Envoyé : …) and at the -- signature", () => {
    const message = [
      "Le carrousel est brisé sur la page d'accueil.",
      "",
      "-- ",
      "Julie | 514 555-1234",
      "",
      "De : Alexandre Roy <alexandre@collectif.ca>",
      "Envoyé : 3 mars 2025 10:12",
      "À : Julie <julie@agence.ca>",
      "Objet : Livraison",
      "Voici la livraison.",
    ].join("\n");
    expect(texts(message)).toEqual(["Le carrousel est brisé sur la page d'accueil."]);
  });

  it("reads a pasted e-mail that starts with its own header, and a forwarded list", () => {
    const pasted = "De : Julie <j@a.ca>\nEnvoyé : 3 mars\nObjet : corrections\n\n- le logo\n- le menu";
    expect(texts(pasted)).toEqual(["le logo", "le menu"]);
    const forwarded = [
      "FYI, voir la liste du client plus bas.",
      "",
      "---------- Forwarded message ---------",
      "From: Client <c@client.com>",
      "Date: Mon, Mar 3, 2025",
      "Subject: Site",
      "",
      "- Newsletter signup is missing",
    ].join("\n");
    // the forwarder's cover note is about the forward, not a request of the client
    expect(texts(forwarded)).toEqual(["Newsletter signup is missing"]);
  });

  it("understands 'On … wrote:' wrapped over two lines and drops inline quotes", () => {
    const message = [
      "> 1. Formulaire",
      "Il manque encore le champ téléphone",
      "> 2. Page équipe",
      "Les photos sont pas les bonnes",
      "",
      "On Mon, Mar 3, 2025 at 10:12 AM Alexandre Roy <alexandre@collectif.ca>",
      "wrote:",
      "> Hello",
    ].join("\n");
    expect(texts(message)).toEqual(["Il manque encore le champ téléphone", "Les photos sont pas les bonnes"]);
  });

  it("handles letters and numbers as markers: a), b., 1., (2)", () => {
    expect(texts("a) le logo\nb) la bannière\n\n1. SEO\n(2) hébergement")).toEqual([
      "le logo",
      "la bannière",
      "SEO",
      "hébergement",
    ]);
  });

  it("splits a paragraph chaining requests with '; ' and 'Also' / 'Aussi', one claim per plain paragraph", () => {
    expect(texts("The footer links are broken; the logo is pixelated. Also, the map is missing.")).toEqual([
      "The footer links are broken",
      "the logo is pixelated.",
      "the map is missing.",
    ]);
    expect(texts("Le formulaire marche pas. Aussi le menu mobile.\n\nLa page équipe. Elle est vide.")).toEqual([
      "Le formulaire marche pas.",
      "le menu mobile.",
      "La page équipe. Elle est vide.",
    ]);
    expect(texts("Le logo est flou. Pis aussi, le site plante sur mobile.")).toEqual([
      "Le logo est flou.",
      "le site plante sur mobile.",
    ]);
  });

  it("treats short unmarked lines as a list, but joins a hard-wrapped paragraph", () => {
    expect(texts("formulaire brisé\nmanque le logo dans le footer\nle site plante sur mobile")).toEqual([
      "formulaire brisé",
      "manque le logo dans le footer",
      "le site plante sur mobile",
    ]);
    const wrapped =
      "Le formulaire de contact ne fonctionne pas quand on essaie de l'envoyer depuis\nun téléphone Android.";
    expect(texts(wrapped)).toEqual([
      "Le formulaire de contact ne fonctionne pas quand on essaie de l'envoyer depuis un téléphone Android.",
    ]);
  });

  it("keeps a naming heading as context and drops a generic one", () => {
    const claims = splitClaims(
      "Voici la liste :\nPage contact :\n- ajouter la carte\n- changer l'adresse\nFooter:\n- logo",
    );
    expect(claims.map((c) => [c.text, c.context])).toEqual([
      ["ajouter la carte", "Page contact"],
      ["changer l'adresse", "Page contact"],
      ["logo", "Footer"],
    ]);
    const nested = splitClaims("1. Page d'accueil :\n   - bannière floue\n   - texte coupé\n2. Le menu");
    expect(nested.map((c) => [c.text, c.context])).toEqual([
      ["bannière floue", "Page d'accueil"],
      ["texte coupé", "Page d'accueil"],
      ["Le menu", undefined],
    ]);
  });

  it("keeps Windows line endings out of offsets", () => {
    const message = "Bonjour,\r\n\r\n- le logo\r\n- le menu\r\n  est brisé\r\n\r\nMerci\r\nJulie";
    const claims = splitClaims(message);
    expect(claims.map((c) => c.text)).toEqual(["le logo", "le menu\r\n  est brisé"]);
    for (const c of claims) expect(message.slice(c.start, c.end)).toBe(c.text);
  });

  it("splits the partner agency's second, longer list (Québec French, Outlook reply below)", () => {
    const message = [
      "Allo Alexandre,",
      "",
      "Suite à notre appel, voici les points à régler avant jeudi:",
      "",
      "- Page d'accueil: la bannière doit être plus grande",
      "- Section témoignages manquante",
      "- Le formulaire de contact -> doit envoyer à info@ et à marie@",
      "  (pas juste info@)",
      "- Footer : ajouter les icônes Facebook / Insta",
      "- Traduire le site en anglais",
      "",
      "Pis aussi le site plante sur mobile quand on ouvre le menu.",
      "",
      "Merci!",
      "",
      "Marie-Ève Gagnon",
      "Chargée de projets | Agence Lumen",
      "",
      "De : Alexandre <alexandre@collectif.ca>",
      "Envoyé : 12 mars 2025 16:40",
      "À : Marie-Ève Gagnon",
      "Objet : RE: Livraison",
      "",
      "Voici les ajustements faits.",
    ].join("\n");
    expect(texts(message)).toEqual([
      "Page d'accueil: la bannière doit être plus grande",
      "Section témoignages manquante",
      "Le formulaire de contact -> doit envoyer à info@ et à marie@ (pas juste info@)",
      "Footer : ajouter les icônes Facebook / Insta",
      "Traduire le site en anglais",
      "le site plante sur mobile quand on ouvre le menu.",
    ]);
  });

  it("splits inline numbering of a chat message", () => {
    expect(texts("1) formulaire 2) logo flou 3) menu mobile")).toEqual(["formulaire", "logo flou", "menu mobile"]);
  });

  it("drops empty items, repeated items and courtesy; keeps 'Merci de …' requests", () => {
    expect(
      texts("- \n-   \n- Le logo\n- le logo\n\nMerci de corriger le menu.\nN'hésitez pas si vous avez des questions."),
    ).toEqual(["Le logo", "Merci de corriger le menu."]);
    expect(splitClaims("")).toEqual([]);
    expect(splitClaims("Bonjour,\n\nMerci!\nJulie")).toEqual([]);
  });

  it("never throws, returns ordered non-empty slices of the message", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom("- ", "1) ", "• ", "> ", "Merci,", "Bonjour Julie,", "", "  ", "Page contact :", "-- "),
            fc.string({ maxLength: 30 }),
          ),
          { maxLength: 12 },
        ),
        (parts) => {
          const message = parts.join("\n");
          const claims = splitClaims(message);
          let previous = 0;
          for (const c of claims) {
            expect(message.slice(c.start, c.end)).toBe(c.text);
            expect(c.text.trim()).not.toBe("");
            expect(c.start).toBeGreaterThanOrEqual(previous);
            previous = c.end;
          }
        },
      ),
    );
  });
});
