import type { AppContext } from "./context.ts";

/**
 * The quarter of an hour of the app's clock, as a key: every time zone's offset is a multiple of 15 minutes, so no
 * day — UTC's or a studio's own — begins inside one. An answer kept under a quarter (with a generation of what it
 * reads) is the same answer whichever day its reads take as today.
 */
export function quarterHour(ctx: Pick<AppContext, "now">): string {
  return String(Math.floor(ctx.now().getTime() / 900_000));
}
