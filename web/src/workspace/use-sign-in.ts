/** What happens once the server opened a session (signup, login, invitation, demo): remember it and go in. */
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { setCsrfToken } from "../api/client.ts";
import type { Me } from "../api-types.ts";
import { followMemberLocale, takePickedBeforeSignIn, toUiLocale } from "../i18n/i18n.ts";
import { workspaceApi, workspaceKeys } from "./workspace-api.ts";

export function useSignIn() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return useCallback(
    (session: Me) => {
      setCsrfToken(session.csrfToken);
      queryClient.clear();
      queryClient.setQueryData(workspaceKeys.me, session);
      // A language chosen on the public pages of this browser becomes the member's; otherwise follow the member's.
      const chosen = takePickedBeforeSignIn();
      if (chosen && chosen !== toUiLocale(session.user.locale)) {
        void workspaceApi
          .updateMe({ locale: chosen })
          .then((me) => queryClient.setQueryData(workspaceKeys.me, me))
          .catch(() => undefined);
      } else followMemberLocale(session.user.locale);
      const next = params.get("next");
      navigate(next?.startsWith("/") && !next.startsWith("//") ? next : "/", { replace: true });
    },
    [navigate, params, queryClient],
  );
}
