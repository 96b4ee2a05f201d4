import { deleteSession } from "../../store/session-store.ts";
import type { AppContext } from "../shared/context.ts";
import { hashToken } from "./tokens.ts";

/** Ends the session of this cookie token (nothing happens for an unknown one). */
export async function logOut(ctx: AppContext, sessionToken: string): Promise<void> {
  await deleteSession(ctx.db, hashToken(ctx.secret, sessionToken));
}
