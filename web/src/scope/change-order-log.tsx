/** A mandate's change log: every change order with its status, number, total, schedule impact and delivery date. */
import { Anchor, Badge, Loader, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { changeOrderTotals } from "../../../src/domain/change-order/change-order-totals.ts";
import { problemMessage } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";
import { scopeKeys } from "./query-keys.ts";
import { type ChangeOrderStatus, scopeApi } from "./scope-api.ts";

const statusColors: Record<ChangeOrderStatus, string> = {
  draft: "gray.7",
  sent: "blue.8",
  approved: "teal.9",
  rejected: "red.9",
  withdrawn: "gray.7",
};

export function ChangeOrderStatusBadge({ status }: { status: ChangeOrderStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant={status === "withdrawn" ? "outline" : "filled"} miw="max-content">
      {t(`changeOrders.status.${status}`)}
    </Badge>
  );
}

export function ChangeOrderLog({ mandateId }: { mandateId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const log = useQuery({
    queryKey: scopeKeys.changeOrders(mandateId),
    queryFn: () => scopeApi.changeOrders(mandateId),
  });
  if (log.isPending) return <Loader aria-label={t("common.loading")} />;
  if (log.isError) return <Text c="red.9">{problemMessage(log.error, t)}</Text>;
  if (log.data.items.length === 0) return <Text c="dimmed">{t("changeOrders.log.empty")}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("changeOrders.fields.number")}</Table.Th>
            <Table.Th scope="col">{t("changeOrders.fields.title")}</Table.Th>
            <Table.Th scope="col">{t("changeOrders.fields.status")}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t("changeOrders.fields.total")}
            </Table.Th>
            <Table.Th scope="col">{t("changeOrders.fields.scheduleImpact")}</Table.Th>
            <Table.Th scope="col">{t("changeOrders.fields.proposedDeliveryDate")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {log.data.items.map((co) => {
            const totals = changeOrderTotals(co.content);
            return (
              <Table.Tr key={co.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/change-orders/${co.id}`} fw={600}>
                    {co.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{co.content.title}</Table.Td>
                <Table.Td>
                  <ChangeOrderStatusBadge status={co.status} />
                </Table.Td>
                <Table.Td ta="end">{format.money(totals.total, co.content.currency)}</Table.Td>
                <Table.Td>{t("changeOrders.impactDays", { count: co.content.scheduleImpactDays })}</Table.Td>
                <Table.Td>{format.date(co.content.proposedDeliveryDate)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
