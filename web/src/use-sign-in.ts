/** What happens once the server opened a session (signup, login, invitation, demo): remember it and go in. */
import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { setCsrfToken } from "./api.ts";
import type { Me } from "./api-types.ts";
import { applyLocale, storedLocale, toUiLocale } from "./i18n/i18n.ts";
import { meQueryKey } from "./session.tsx";

export function useSignIn() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return useCallback(
    (session: Me) => {
      setCsrfToken(session.csrfToken);
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, session);
      // The language chosen in this browser wins; otherwise follow the user's saved preference.
      if (!storedLocale() && session.user.locale) void applyLocale(toUiLocale(session.user.locale), false);
      const next = params.get("next");
      navigate(next?.startsWith("/") && !next.startsWith("//") ? next : "/", { replace: true });
    },
    [navigate, params, queryClient],
  );
}
