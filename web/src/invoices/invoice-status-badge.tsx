/** The status of an invoice in words, on a dark badge (white text above 4.5:1). */
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InvoiceStatus } from "./invoices-api.ts";

const colors: Record<InvoiceStatus, string> = {
  draft: "gray.7",
  issued: "blue.9",
  partially_paid: "orange.9",
  paid: "teal.9",
  credited: "grape.8",
  written_off: "dark.6",
};

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} miw="max-content" data-testid="invoice-status">
      {t(`invoices.status.${status}`)}
    </Badge>
  );
}
