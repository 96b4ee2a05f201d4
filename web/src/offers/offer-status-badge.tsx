/** Badges for offer and mandate statuses. Dark shades: white text stays above 4.5:1. */
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type MandateStatus, type OfferStatus, offerStatuses } from "./offers-api.ts";

const offerColors: Record<OfferStatus, string> = {
  draft: "gray.7",
  sent: "blue.9",
  signed: "teal.9",
  declined: "red.9",
  superseded: "grape.8",
  cancelled: "dark.6",
};

const mandateColors: Record<MandateStatus, string> = {
  active: "blue.9",
  delivered: "indigo.8",
  accepted: "teal.9",
  stopped: "red.9",
  closed: "gray.7",
};

/** The list of offers answers its status as a plain string (issue 13: its schema is still loose); a known one is colored. */
export function OfferStatusBadge({ status }: { status: OfferStatus | string }) {
  const { t } = useTranslation();
  const known = offerStatuses.find((s) => s === status);
  return (
    <Badge color={known ? offerColors[known] : "gray.7"} miw="max-content">
      {t(`offers.status.${status}`)}
    </Badge>
  );
}

export function MandateStatusBadge({ status }: { status: MandateStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={mandateColors[status]} miw="max-content">
      {t(`mandates.status.${status}`)}
    </Badge>
  );
}
