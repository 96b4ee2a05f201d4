/** Badges for client kind and status and signal kind. Colours are dark shades: white text stays above 4.5:1. */
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ClientKind, ClientStatus, SignalKind } from "../api-types.ts";

const statusColors: Record<ClientStatus, string> = {
  prospect: "indigo.8",
  active: "teal.9",
  paused: "grape.8",
  ended: "gray.7",
};

const kindColors: Record<ClientKind, string> = { direct: "blue.9", agency: "violet.8" };

const signalColors: Record<SignalKind, string> = { warning: "red.9", praise: "teal.9", note: "gray.7" };

export function ClientStatusBadge({ status }: { status: ClientStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} miw="max-content">
      {t(`clients.status.${status}`)}
    </Badge>
  );
}

export function ClientKindBadge({ kind }: { kind: ClientKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={kindColors[kind]} variant="outline" miw="max-content">
      {t(`clients.kind.${kind}`)}
    </Badge>
  );
}

export function SignalKindBadge({ kind }: { kind: SignalKind }) {
  const { t } = useTranslation();
  return (
    <Badge color={signalColors[kind]} miw="max-content">
      {t(`signals.kind.${kind}`)}
    </Badge>
  );
}
