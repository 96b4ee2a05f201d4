import { fieldError } from "../errors.ts";

/**
 * The calendar day `YYYY-MM-DD` of an instant in an IANA time zone (`America/Toronto`), through Intl: a signature at
 * 2026-03-11T02:30Z was made on 2026-03-10 in Montréal. Throws `validation` on a malformed instant (path `instant`)
 * or an unknown time zone (path `timeZone`).
 */
export function localDate(input: { instant: string; timeZone: string }): string {
  const ms = Date.parse(input.instant);
  if (Number.isNaN(ms)) throw fieldError("instant", "invalid_instant", "instant must be an ISO-8601 instant");
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-CA", {
      timeZone: input.timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).formatToParts(ms);
  } catch {
    throw fieldError("timeZone", "invalid", `unknown time zone ${input.timeZone}`);
  }
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
