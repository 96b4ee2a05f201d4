/**
 * One line above "Send" on an offer or a change order (issue 15, item 9): when the client is below the health
 * threshold, or had a warning signal in the last 90 days, the reason — so a second offer does not go out with no word
 * of what the records say. A reminder, never a block.
 */
import { Alert, Anchor } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { addDays } from "../../../src/domain/calendar-date.ts";
import { clientKeys, clientsApi } from "../clients/clients-api.ts";
import { exitApi, inLanguage } from "../exits/exit-api.ts";
import { exitKeys } from "../exits/query-keys.ts";
import { scopeKeys } from "../scope/query-keys.ts";
import { scopeApi } from "../scope/scope-api.ts";
import { useFormat } from "../use-format.ts";
import { today } from "./today.ts";

const RECENT_DAYS = 90;

export function SendReminder({ clientId, mandateId }: { clientId?: string; mandateId?: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const mandate = useQuery({
    queryKey: scopeKeys.mandate(mandateId ?? ""),
    queryFn: () => scopeApi.mandate(mandateId ?? ""),
    enabled: !clientId && Boolean(mandateId),
  });
  const id = clientId ?? mandate.data?.clientId;
  const client = useQuery({
    queryKey: clientKeys.detail(id),
    queryFn: () => clientsApi.get(id ?? ""),
    enabled: Boolean(id),
  });
  const warnings = useQuery({
    queryKey: exitKeys.warningOf(id ?? ""),
    queryFn: () => exitApi.warnings({ clientId: id ?? "" }),
    enabled: Boolean(id),
  });
  const below = warnings.data?.items[0];
  // The warnings list names only the metrics; the reason in words is the client's own health's.
  const health = useQuery({
    queryKey: exitKeys.health(id ?? ""),
    queryFn: () => exitApi.health(id ?? ""),
    enabled: Boolean(below && id),
  });
  if (!id || !client.data || !warnings.data) return null;

  if (below) {
    const reason = health.data?.warning.reasons[0];
    return (
      <Alert color="orange" variant="light" role="note" py={6} data-testid="send-reminder">
        ⚠ {t("everyday.reminder.belowThreshold", { client: client.data.name, score: below.score.value ?? "—" })}
        {reason ? ` ${inLanguage(reason, i18n.language)}` : ""}{" "}
        <Anchor component={Link} to={`/clients/${id}/health`} size="sm">
          {t("everyday.reminder.seeHealth")}
        </Anchor>
      </Alert>
    );
  }
  // The browser's day, as the signal form dates a signal (the UTC date was tomorrow's every evening in Québec).
  const recent = client.data.signals
    .filter((s) => s.kind === "warning" && s.occurredOn >= addDays(today(), -RECENT_DAYS))
    .sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))[0];
  if (!recent) return null;
  return (
    <Alert color="orange" variant="light" role="note" py={6} data-testid="send-reminder">
      ⚠{" "}
      {t("everyday.reminder.recentWarning", {
        client: client.data.name,
        date: format.date(recent.occurredOn),
        text: recent.text,
      })}
    </Alert>
  );
}
