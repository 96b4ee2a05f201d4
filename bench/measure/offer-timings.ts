/**
 * Offers and the scope guard on the large workspace, in-process through the real HTTP app: rendering a signed offer's
 * PDF (with its certificate page), the client portal's document load (`GET /portal/{token}`, what the client's phone
 * asks for), receiving a client's list (split + rank against the signed baseline), and a round's page.
 */
import { createHttpApp } from "../../src/http/app.ts";
import type { Dataset } from "../generate.ts";
import type { Rng } from "../support/rng.ts";
import { type MeasureOptions, measure, type Timing } from "./timing.ts";

const LIST = `Bonjour,
Voici ce qui manque :
1) Le formulaire de contact n'envoie rien
2) Il faut traduire toutes les pages en anglais
3) Ajouter une boutique en ligne
- corriger le menu qui plante sur mobile
Merci`;

export async function measureOffers(dataset: Dataset, rng: Rng, options: MeasureOptions): Promise<Timing[]> {
  const clientIds = (
    await dataset.db.ctx.db
      .selectFrom("clients")
      .select("id")
      .where("workspace_id", "=", dataset.main.id)
      .where("status", "!=", "ended")
      .limit(50)
      .execute()
  ).map((r) => r.id);
  if (clientIds.length === 0) return [];
  const app = createHttpApp(dataset.db.ctx);
  const me = await app.request("/api/v1/me", { headers: { cookie: dataset.cookie } });
  const csrfToken = ((await me.json()) as { csrfToken?: string }).csrfToken ?? "";
  const headers = { cookie: dataset.cookie, "x-csrf-token": csrfToken, "content-type": "application/json" };
  const call = async (method: string, path: string, body?: unknown, withSession = true) => {
    const res = await app.request(path, {
      method,
      headers: withSession
        ? headers
        : { "content-type": "application/json", "x-forwarded-for": `10.0.0.${rng.int(1, 250)}` },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${(await res.text()).slice(0, 300)}`);
    return res;
  };

  const signed: { offerId: string; token: string; mandateId: string }[] = [];
  for (let i = 0; i < 5; i++) {
    const offer = (await (
      await call("POST", "/api/v1/offers", {
        clientId: rng.pick(clientIds),
        title: `Site vitrine ${i}`,
        deliverables: [
          {
            title: "Intégration des pages",
            quantity: 10_000,
            unit: "page",
            price: { kind: "unit", unitPrice: 15_000 },
            estimatedHours: 12,
          },
          { title: "Formulaire de contact", quantity: 1000, unit: "forfait", price: { kind: "fixed", amount: 45_000 } },
        ],
        exclusions: ["Rédaction ou traduction du contenu", "Corrections au code existant du thème"],
        assumptions: ["Le client fournit les textes et images finaux"],
      })
    ).json()) as { id: string };
    const sent = (await (await call("POST", `/api/v1/offers/${offer.id}/send`)).json()) as { portalUrl: string };
    const token = sent.portalUrl.split("/portal/")[1]!;
    await call("POST", `/api/v1/portal/${token}/sign`, { signerName: "Client Test", consent: true }, false);
    const detail = (await (await call("GET", `/api/v1/offers/${offer.id}`)).json()) as { mandateId: string };
    signed.push({ offerId: offer.id, token, mandateId: detail.mandateId });
  }

  const timings: Timing[] = [];
  const few = { ...options, iterations: Math.min(options.iterations, 100) };
  timings.push(
    await measure("offer PDF render, signed, with certificate (`/offers/{id}/pdf`)", few, async () => {
      await (await call("GET", `/api/v1/offers/${rng.pick(signed).offerId}/pdf`)).arrayBuffer();
    }),
  );
  timings.push(
    await measure("portal page load (`GET /portal/{token}`, no session)", options, async () =>
      (await call("GET", `/api/v1/portal/${rng.pick(signed).token}`, undefined, false)).json(),
    ),
  );
  const rounds: string[] = [];
  timings.push(
    await measure("receive a client's list (`POST /mandates/{id}/rounds`: split + rank)", few, async () => {
      const res = await call("POST", `/api/v1/mandates/${rng.pick(signed).mandateId}/rounds`, {
        text: LIST,
        receivedAt: "2026-11-20",
      });
      rounds.push(((await res.json()) as { round: { id: string } }).round.id);
    }),
  );
  timings.push(
    await measure("round page with baseline suggestions (`/rounds/{id}`)", few, async () =>
      (await call("GET", `/api/v1/rounds/${rng.pick(rounds)}`)).json(),
    ),
  );
  return timings;
}
