/** Workspace settings that time tracking needs: the rounding rule and the local time zone. */
import type { RoundingRule } from "../../domain/time/rounding-rule.ts";
import type { Workspace } from "../../domain/workspace.ts";

export function roundingRule(w: Workspace): RoundingRule {
  return w.timeRoundingMinutes === 0 ? "none" : (`up_${w.timeRoundingMinutes}` as RoundingRule);
}

/** The studio's time zone, from its jurisdiction (a per-workspace setting can replace this later). */
export function workspaceTimeZone(w: Pick<Workspace, "jurisdiction">): string {
  if (w.jurisdiction === "FR") return "Europe/Paris";
  const zones: Record<string, string> = {
    "CA-BC": "America/Vancouver",
    "CA-AB": "America/Edmonton",
    "CA-SK": "America/Regina",
    "CA-MB": "America/Winnipeg",
    "CA-NS": "America/Halifax",
    "CA-NB": "America/Moncton",
    "CA-PE": "America/Halifax",
    "CA-NL": "America/St_Johns",
    "CA-YT": "America/Whitehorse",
    "CA-NT": "America/Yellowknife",
    "CA-NU": "America/Iqaluit",
  };
  return zones[w.jurisdiction] ?? "America/Toronto";
}
