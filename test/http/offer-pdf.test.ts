/** The offer PDF, read back as text: what was signed, and the certificate with its fingerprint. */
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines } from "../support/engines.ts";
import { buildClient, buildOffer, buildSignUp, type TestClient } from "../support/http-client.ts";
import { createHttpFixture, type HttpFixture } from "../support/http-fixture.ts";

async function pdfText(bytes: ArrayBuffer): Promise<{ pages: string[]; all: string }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  const pages = text as string[];
  return { pages, all: pages.join("\n") };
}

describe.each(engines())("offer PDF on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  let owner: TestClient;
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine);
    owner = await fx.owner();
    await owner.patch("/api/v1/workspace", {
      legalName: "Collectif WEB coop",
      taxIds: { gst: "123456789 RT0001", qst: "1234567890 TQ0001" },
    });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)(
    "renders a signed offer in French with deliverables, exclusions, price and the certificate page",
    async () => {
      const clientId = (await owner.post("/api/v1/clients", buildClient())).body.id;
      const offer = (await owner.post("/api/v1/offers", buildOffer(clientId))).body;
      const sent = (await owner.post(`/api/v1/offers/${offer.id}/send`)).body;
      await fx.client().post(`/api/v1/portal/${sent.portalUrl.split("/portal/")[1]}/sign`, {
        signerName: "Julie Bergeron",
        consent: true,
      });
      const res = await fx.app.request(`/api/v1/offers/${offer.id}/pdf`, { headers: { cookie: owner.cookie! } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("content-disposition")).toContain(`${sent.offer.number}-v1.pdf`);
      const { pages, all } = await pdfText(await res.arrayBuffer());
      expect(all).toContain("Intégration des pages");
      expect(all).toContain("Formulaire de contact");
      expect(all).toContain("Rédaction ou traduction du contenu");
      expect(all).toMatch(/1\s?950,00\s?\$/);
      expect(all).toContain(sent.offer.number);
      const last = pages[pages.length - 1]!;
      expect(last).toContain("Julie Bergeron");
      expect(last.replace(/\s+/g, "")).toContain(sent.offer.sha256);
    },
  );

  it.skipIf(skip)("renders a draft preview in English for an English client", async () => {
    const clientId = (
      await owner.post(
        "/api/v1/clients",
        buildClient({
          kind: "direct",
          endClients: [],
          language: "en",
          address: { city: "Ottawa", region: "ON", country: "CA" },
        }),
      )
    ).body.id;
    const offer = (
      await owner.post(
        "/api/v1/offers",
        buildOffer(clientId, { title: "Content integration", exclusions: ["Copywriting"] }),
      )
    ).body;
    expect(offer.content.language).toBe("en");
    const res = await fx.app.request(`/api/v1/offers/${offer.id}/pdf`, { headers: { cookie: owner.cookie! } });
    expect(res.status).toBe(200);
    const { all } = await pdfText(await res.arrayBuffer());
    expect(all).toContain("Content integration");
    expect(all).toContain("Copywriting");
    expect(all).toMatch(/Page 1 of \d/);
  });
});

describe.each(engines())("offer PDF of a studio outside Québec on $engine", ({ engine, skip }) => {
  let fx: HttpFixture;
  const now = new Date("2026-10-26T21:42:00Z"); // 14:42 in Vancouver (PDT), 17:42 in Québec (EDT)
  beforeAll(async () => {
    if (skip) return;
    fx = await createHttpFixture(engine, {}, () => now);
  });
  afterAll(async () => {
    await fx?.close();
  });

  it.skipIf(skip)("dates the signature in the studio's own time zone (British Columbia: Pacific time)", async () => {
    const studio = fx.client();
    const res = await studio.post("/api/v1/auth/signup", {
      ...buildSignUp(),
      workspace: { name: "Atelier Côte-Ouest", jurisdiction: "CA-BC", currency: "CAD", locale: "fr-CA" },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const clientId = (await studio.post("/api/v1/clients", buildClient())).body.id;
    const offer = (await studio.post("/api/v1/offers", buildOffer(clientId))).body;
    const sent = (await studio.post(`/api/v1/offers/${offer.id}/send`)).body;
    const signed = await fx.client().post(`/api/v1/portal/${sent.portalUrl.split("/portal/")[1]}/sign`, {
      signerName: "Julie Bergeron",
      consent: true,
    });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    const pdf = await fx.app.request(`/api/v1/offers/${offer.id}/pdf`, { headers: { cookie: studio.cookie! } });
    expect(pdf.status).toBe(200);
    const { pages } = await pdfText(await pdf.arrayBuffer());
    const certificate = pages[pages.length - 1]!;
    expect(certificate).toContain("26 octobre 2026 à 14 h 42 HAP");
    expect(certificate).not.toContain("HAE");
  });
});
