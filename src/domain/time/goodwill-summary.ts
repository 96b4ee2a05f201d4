/**
 * Goodwill (free work given on purpose) per client and per mandate: hours, value at each member's billable rate
 * (valued entry by entry, half-up, then summed) and, when a budget in hours is set, its status (`goodwillBudgetStatus`).
 */
import { DomainError } from "../errors.ts";
import type { Currency, Money } from "../money.ts";
import { type GoodwillBudget, goodwillBudgetStatus } from "./goodwill-budget-status.ts";
import type { TimeEntry } from "./time-entry.ts";
import { valueOfMinutes } from "./value-of-minutes.ts";

/** A goodwill budget in hours for one client or one mandate. */
export interface GoodwillBudgetSetting {
  scope: "client" | "mandate";
  id: string;
  hours: number;
}

/** Input of {@link goodwillSummary}. */
export interface GoodwillSummaryInput {
  /** Time entries of any category; only `goodwill` ones are counted. */
  entries: readonly Pick<TimeEntry, "memberId" | "mandateId" | "minutes" | "category">[];
  /** Every mandate the entries name, with its client and a display name. */
  mandates: readonly { id: string; clientId: string; name: string }[];
  /** Client display names. */
  clients: readonly { id: string; name: string }[];
  /** Each member's billable rate, minor units per hour. */
  billableRates: readonly { memberId: string; billableRate: number }[];
  currency: Currency;
  budgets?: readonly GoodwillBudgetSetting[] | undefined;
}

/** Goodwill of one client or one mandate. */
export interface GoodwillTotal {
  id: string;
  name: string;
  minutes: number;
  /** minutes ÷ 60, two decimals. */
  hours: number;
  value: Money;
  /**
   * Hours by members whose billable rate is not set (0): their value is unknown, not 0 $, and the UI says so and
   * links to where the rate is set.
   */
  unratedHours: number;
  /** Present when a budget is set for this client or mandate. */
  budget: GoodwillBudget | undefined;
}

/** Goodwill per client and per mandate, and overall. */
export interface GoodwillSummary {
  clients: GoodwillTotal[];
  mandates: (GoodwillTotal & { clientId: string })[];
  total: { minutes: number; hours: number; value: Money; unratedHours: number };
}

/** Goodwill minutes, their value, and the minutes of members without a billable rate. */
interface Sum {
  minutes: number;
  value: number;
  unrated: number;
}
const NOTHING: Sum = { minutes: 0, value: 0, unrated: 0 };

const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * Sums goodwill per client and per mandate. Clients and mandates with a budget are listed even at zero; the others
 * only when they have goodwill. Throws `validation` for an entry on an unknown mandate or by a member without a rate.
 */
export function goodwillSummary(input: GoodwillSummaryInput): GoodwillSummary {
  const mandates = new Map(input.mandates.map((m) => [m.id, m]));
  const clientNames = new Map(input.clients.map((c) => [c.id, c.name]));
  const rates = new Map(input.billableRates.map((r) => [r.memberId, r.billableRate]));
  const perMandate = new Map<string, Sum>();
  const perClient = new Map<string, Sum>();
  const add = (map: Map<string, Sum>, id: string, part: Sum) => {
    const t = map.get(id) ?? NOTHING;
    map.set(id, { minutes: t.minutes + part.minutes, value: t.value + part.value, unrated: t.unrated + part.unrated });
  };
  input.entries.forEach((e, i) => {
    if (e.category !== "goodwill") return;
    const mandate = e.mandateId ? mandates.get(e.mandateId) : undefined;
    const rate = rates.get(e.memberId);
    if (!mandate) throw invalid(`entries.${i}.mandateId`, "unknown_mandate", "goodwill time must name a known mandate");
    if (rate === undefined) throw invalid(`entries.${i}.memberId`, "no_rate", `no billable rate for ${e.memberId}`);
    const part = { minutes: e.minutes, value: valueOfMinutes(e.minutes, rate), unrated: rate === 0 ? e.minutes : 0 };
    add(perMandate, mandate.id, part);
    add(perClient, mandate.clientId, part);
  });
  const budgets = input.budgets ?? [];
  for (const b of budgets) {
    if (b.scope === "mandate" && !mandates.has(b.id)) throw invalid("budgets", "unknown_mandate", `no mandate ${b.id}`);
    add(b.scope === "mandate" ? perMandate : perClient, b.id, NOTHING);
  }
  const total = (scope: "client" | "mandate", id: string, name: string, t: Sum) => {
    const setting = budgets.find((b) => b.scope === scope && b.id === id);
    return {
      id,
      name,
      minutes: t.minutes,
      hours: hoursOf(t.minutes),
      value: { amount: t.value, currency: input.currency },
      unratedHours: hoursOf(t.unrated),
      budget: setting
        ? goodwillBudgetStatus({ usedMinutes: t.minutes, budgetHours: setting.hours, label: name })
        : undefined,
    };
  };
  const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
    a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);
  const sum = [...perMandate.values()].reduce(
    (a, t) => ({ minutes: a.minutes + t.minutes, value: a.value + t.value, unrated: a.unrated + t.unrated }),
    NOTHING,
  );
  return {
    clients: [...perClient.entries()].map(([id, t]) => total("client", id, clientNames.get(id) ?? id, t)).sort(byName),
    mandates: [...perMandate.entries()]
      .map(([id, t]) => {
        const m = mandates.get(id)!;
        return { ...total("mandate", id, m.name, t), clientId: m.clientId };
      })
      .sort(byName),
    total: {
      minutes: sum.minutes,
      hours: hoursOf(sum.minutes),
      value: { amount: sum.value, currency: input.currency },
      unratedHours: hoursOf(sum.unrated),
    },
  };
}

function invalid(path: string, issue: string, message: string): DomainError {
  return new DomainError("validation", message, { fields: [{ path, issue, message }] });
}
