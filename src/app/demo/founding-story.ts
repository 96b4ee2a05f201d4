/**
 * The founding story as data (shared/founding-story.fr.txt): Alexandre's web collective in Québec City, its partner
 * agency (the one the previous developer warned about), and a few healthy direct clients. Dates are relative to the
 * day the demo is loaded, so the story always looks recent.
 */
import type { AddSignalInput } from "../clients/add-signal.ts";
import type { CreateClientInput } from "../clients/create-client.ts";
import type { InviteMemberInput } from "../workspace/invite-member.ts";
import type { SignUpInput } from "../workspace/sign-up.ts";
import type { WorkspacePatch } from "../workspace/update-workspace.ts";

export const DEMO_OWNER_EMAIL = "alexandre@collectif-web.demo";
/** Printed by `mandat demo`; the demo is for trying Mandat, not for real data. */
export const DEMO_PASSWORD = "collectif-demo-2026";

function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

const address = (line1: string, city: string, postalCode: string) => ({
  line1,
  line2: "",
  city,
  region: "QC",
  postalCode,
  country: "CA",
});

export function foundingStory(now: Date) {
  const DEMO_OWNER: Omit<SignUpInput, "ip" | "userAgent"> = {
    email: DEMO_OWNER_EMAIL,
    password: DEMO_PASSWORD,
    name: "Alexandre Tremblay",
    workspace: { name: "Collectif WEB", jurisdiction: "CA-QC", currency: "CAD", locale: "fr-CA" },
  };

  const DEMO_WORKSPACE: WorkspacePatch = {
    legalName: "Collectif WEB coop de travail",
    address: address("275, rue du Parvis, bureau 300", "Québec", "G1K 6G7"),
    taxIds: { gst: "123456789 RT0001", qst: "1234567890 TQ0001" },
    targetHourlyRate: 9_500,
    terms: { paymentDays: 30, lateInterestBp: 1_200, noticeDays: 30 },
    // How the collective is paid: printed on every invoice and shown in the client's portal (the story's step 8).
    paymentInstructions: {
      accountHolder: "Collectif WEB coop de travail",
      institutionNumber: "815",
      transitNumber: "20245",
      accountNumber: "0123456",
      interacEmail: "paiement@collectif-web.demo",
    },
    values: [
      { statement: "Une collaboration saine et respectueuse, de part et d'autre", weight: 5 },
      { statement: "La santé et l'équilibre de l'équipe avant le volume", weight: 5 },
      { statement: "Un travail de qualité dont nous sommes fiers", weight: 4 },
      { statement: "La transparence avec nos clients, y compris sur ce qui n'est pas inclus", weight: 4 },
      { statement: "Une rentabilité durable pour le collectif", weight: 3 },
    ],
  };

  /** Alexandre's own figures, asked of every member at the first run. */
  const DEMO_OWNER_FIGURES = { weeklyCapacityHours: 30, costRate: 4_500, billableRate: 9_500 };

  const DEMO_TEAM: InviteMemberInput[] = [
    {
      email: "camille@collectif-web.demo",
      name: "Camille Gagnon",
      role: "member",
      weeklyCapacityHours: 30,
      costRate: 4_500,
      billableRate: 9_500,
    },
    {
      email: "jeremie@collectif-web.demo",
      name: "Jérémie Roy",
      role: "member",
      weeklyCapacityHours: 25,
      costRate: 4_500,
      billableRate: 9_500,
    },
    {
      email: "sophie@collectif-web.demo",
      name: "Sophie Côté",
      role: "viewer",
      weeklyCapacityHours: 0,
      costRate: 0,
      billableRate: 0,
    },
  ];

  const base = { isConsumer: false, doNotReengage: false, legalName: "" };
  const DEMO_CLIENTS: Record<string, CreateClientInput> = {
    agency: {
      ...base,
      kind: "agency",
      name: "Agence Boréale",
      legalName: "Agence Boréale communication inc.",
      address: address("1200, boulevard Charest Ouest", "Québec", "G1N 2E2"),
      language: "fr",
      status: "active",
      tags: ["partenaire", "agence"],
      contacts: [
        {
          name: "Marc-Antoine Pelletier",
          email: "marc-antoine@boreale.demo",
          phone: "418 555-0134",
          role: "Directeur",
        },
        { name: "Julie Bergeron", email: "julie@boreale.demo", phone: "418 555-0178", role: "Gestionnaire de projet" },
      ],
      endClients: [{ name: "Microbrasserie du Cap" }, { name: "Clinique dentaire Beauport" }],
    },
    bakery: {
      ...base,
      kind: "direct",
      name: "Boulangerie Saint-Roch",
      address: address("410, rue Saint-Joseph Est", "Québec", "G1K 3B6"),
      language: "fr",
      status: "active",
      tags: ["commerce local"],
      contacts: [
        { name: "Isabelle Fortin", email: "isabelle@boulangerie-stroch.demo", phone: "", role: "Propriétaire" },
      ],
      endClients: [],
    },
    physio: {
      ...base,
      kind: "direct",
      name: "Clinique Physio Limoilou",
      address: address("800, 3e Avenue", "Québec", "G1L 2W8"),
      language: "fr",
      status: "active",
      tags: ["santé", "entretien"],
      contacts: [
        { name: "Dr Martin Lavoie", email: "martin@physio-limoilou.demo", phone: "418 555-0199", role: "Associé" },
      ],
      endClients: [],
    },
    cycles: {
      ...base,
      kind: "direct",
      name: "Velocity Cycles",
      address: {
        line1: "55 Queen Street",
        line2: "",
        city: "Ottawa",
        region: "ON",
        postalCode: "K1P 5C9",
        country: "CA",
      },
      language: "en",
      status: "prospect",
      tags: ["commerce en ligne"],
      contacts: [{ name: "Owen Clarke", email: "owen@velocity.demo", phone: "", role: "Founder" }],
      endClients: [],
    },
  };

  const DEMO_SIGNALS: (AddSignalInput & { client: keyof typeof DEMO_CLIENTS })[] = [
    {
      client: "agency",
      kind: "warning",
      severity: 3,
      source: "Le développeur qui a bâti leur site avant nous (appel)",
      occurredOn: daysBefore(now, 30),
      text: "« Je voudrais te prévenir, ils vont te mener la vie dure. Ils sont très mal organisés et t'apportent sans cesse de mauvaises surprises. »",
    },
    {
      client: "agency",
      kind: "note",
      severity: 1,
      source: "Rencontre de démarrage",
      occurredOn: daysBefore(now, 60),
      text: "Partenariat conclu : l'agence promet plusieurs mandats techniques par trimestre pour ses clients.",
    },
    {
      client: "bakery",
      kind: "praise",
      severity: 2,
      source: "Courriel d'Isabelle",
      occurredOn: daysBefore(now, 12),
      text: "Très contente du nouveau site; elle nous recommande à l'association des commerçants.",
    },
  ];

  return { DEMO_OWNER, DEMO_OWNER_FIGURES, DEMO_WORKSPACE, DEMO_TEAM, DEMO_CLIENTS, DEMO_SIGNALS };
}
