/**
 * Drives the HTTP app in-process (`app.request`, no socket) like a browser would: keeps the session cookie and sends
 * the CSRF token on writes.
 */
import type { HttpApp } from "../../src/http/app.ts";
import { checkAnswers } from "./response-contract.ts";

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class TestClient {
  cookie: string | undefined;
  csrf: string | undefined;
  bearer: string | undefined;

  /** The app checks every answer it gives against the OpenAPI document (`checkAnswers`), this client's and any other. */
  constructor(readonly app: HttpApp) {
    checkAnswers(app);
  }

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined && !h["content-type"]) h["content-type"] = "application/json";
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== "GET" && !("x-csrf-token" in h)) h["x-csrf-token"] = this.csrf;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    const res = await this.app.request(path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) {
      const m = /mandat_session=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `mandat_session=${m[1]}` : undefined;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    if (parsed && typeof parsed === "object" && "csrfToken" in parsed && typeof parsed.csrfToken === "string") {
      this.csrf = parsed.csrfToken;
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>("GET", path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>("POST", path, body ?? {});
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>("PATCH", path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>("DELETE", path);
  }
}

let counter = 0;
/** Unique sign-up data. */
export function buildSignUp(overrides: Partial<{ email: string; name: string; workspace: string }> = {}) {
  counter += 1;
  const n = `${Date.now().toString(36)}${counter}`;
  return {
    email: overrides.email ?? `owner-${n}@studio.test`,
    password: "correct horse battery staple",
    name: overrides.name ?? `Owner ${n}`,
    workspace: { name: overrides.workspace ?? `Studio ${n}`, jurisdiction: "CA-QC", currency: "CAD", locale: "fr-CA" },
  };
}

export function buildClient(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    kind: "agency",
    name: `Agence ${counter} Étoile`,
    legalName: `Agence ${counter} inc.`,
    address: {
      line1: "1 rue Principale",
      line2: "",
      city: "Québec",
      region: "QC",
      postalCode: "G1K 1A1",
      country: "CA",
    },
    status: "active",
    tags: ["partenaire"],
    contacts: [{ name: "Julie Bergeron", email: `julie${counter}@agence.test`, phone: "418 555-0100", role: "PM" }],
    endClients: [{ name: "Microbrasserie du Cap" }],
    ...overrides,
  };
}

/** A realistic two-deliverable offer for a client (French, fixed price, 30 % deposit). */
export function buildOffer(clientId: string, overrides: Record<string, unknown> = {}) {
  return {
    clientId,
    title: "Intégration de contenu",
    summary: "Intégrer le contenu fourni dans le site existant.",
    deliverables: [
      {
        title: "Intégration des pages",
        description: "10 pages de contenu",
        quantity: 10_000,
        unit: "page",
        price: { kind: "unit", unitPrice: 15_000 },
        estimatedHours: 12,
      },
      { title: "Formulaire de contact", quantity: 1000, unit: "forfait", price: { kind: "fixed", amount: 45_000 } },
    ],
    exclusions: ["Rédaction ou traduction du contenu", "Corrections au code existant du thème"],
    assumptions: ["Le client fournit les textes et images finaux"],
    pricing: { model: "fixed" },
    depositBps: 3000,
    startDate: "2026-12-01",
    deliveryDate: "2026-12-20",
    terms: { terminationClause: "Résiliation sur préavis écrit de 14 jours.", cancellationConditions: "" },
    ...overrides,
  };
}

/** A Québec studio registered for GST and QST, 95 $/h target, net 30 at 12 % (a PATCH /workspace body). */
export function buildQuebecStudio() {
  return {
    legalName: "Collectif WEB coop",
    address: { line1: "275 rue du Parvis", city: "Québec", region: "QC", postalCode: "G1K 6G7", country: "CA" },
    taxIds: { gst: "123456789 RT0001", qst: "1234567890 TQ0001" },
    targetHourlyRate: 9500,
    terms: { paymentDays: 30, lateInterestBp: 1200, noticeDays: 30 },
  };
}
