/** The signed-in session: who the user is, their role and workspace, shared by every authenticated page. */
import { Center, Loader } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { createContext, lazy, type ReactNode, Suspense, useContext } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { ApiError } from "./api/client.ts";
import type { Me } from "./api-types.ts";
import { followMemberLocale } from "./i18n/i18n.ts";
import { workspaceApi, workspaceKeys } from "./workspace/workspace-api.ts";

const TwoFactorEnrolment = lazy(() =>
  import("./workspace/two-factor-enrolment.tsx").then((m) => ({ default: m.TwoFactorEnrolment })),
);

/** `GET /me`, or null when nobody is signed in; the UI speaks the member's saved language. */
async function fetchMe(): Promise<Me | null> {
  try {
    const me = await workspaceApi.me();
    followMemberLocale(me.user.locale);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The current session (null when signed out), loaded once and kept until a login, logout or 401 changes it. */
export function useMe() {
  return useQuery({ queryKey: workspaceKeys.me, queryFn: fetchMe, staleTime: Number.POSITIVE_INFINITY, retry: false });
}

const SessionContext = createContext<Me | null>(null);

/** The session of an authenticated page (inside `RequireSession`). */
export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error("useSession must be used inside RequireSession");
  return me;
}

/** What the signed-in role may do: viewers read, members write clients, owners also manage the workspace. */
export function usePermissions() {
  const { member } = useSession();
  return { canWrite: member.role !== "viewer", isOwner: member.role === "owner", role: member.role };
}

/** Renders its children with a session, or sends the visitor to the login page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t("common.loading")} />
      </Center>
    );
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login${next !== "/" ? `?next=${encodeURIComponent(next)}` : ""}`} replace />;
  }
  // The workspace requires two-step sign-in and this member has none yet: setting it up is all that is open.
  if (me.data.twoFactorSetupRequired) {
    return (
      <Suspense fallback={<Loader aria-label={t("common.loading")} />}>
        <TwoFactorEnrolment workspace={me.data.workspace.name} />
      </Suspense>
    );
  }
  return <SessionContext.Provider value={me.data}>{children}</SessionContext.Provider>;
}
