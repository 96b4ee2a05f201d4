/** Signing out, from the app's menu or from the two-step setup a workspace requires. */
import type { TFunction } from "i18next";
import { notifyError } from "../use-field-errors.ts";
import { workspaceApi } from "./workspace-api.ts";

export async function signOut(t: TFunction): Promise<void> {
  try {
    await workspaceApi.logOut();
  } catch (error) {
    notifyError(error, t);
    return;
  }
  // A fresh page: nothing of this session stays in memory (cached data, CSRF token), and no guard can race the
  // move to the login page and send the next sign-in back to this page.
  window.location.replace("/login");
}
