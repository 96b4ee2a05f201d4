/** "Plan the exit": prepares an exit plan for a client (from a "stop" decision when there is one) and goes to it. */

import { Button } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { notifyError } from "../use-field-errors.ts";
import { exitApi } from "./exit-api.ts";
import { exitKeys } from "./query-keys.ts";

export function ExitOpenButton({
  clientId,
  decisionId,
  variant = "outline",
}: {
  clientId: string;
  decisionId?: string;
  variant?: "outline" | "filled";
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const prepare = useMutation({
    mutationFn: () => exitApi.prepareExit(clientId, decisionId ? { decisionId } : {}),
    onSuccess: (exit) => {
      void queryClient.invalidateQueries({ queryKey: exitKeys.exits(clientId) });
      navigate(`/exits/${exit.id}`);
    },
    onError: (error) => notifyError(error, t),
  });
  return (
    <Button variant={variant} color="red.9" onClick={() => prepare.mutate()} loading={prepare.isPending}>
      {t("exit.open")}
    </Button>
  );
}
