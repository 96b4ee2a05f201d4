/**
 * The figures of one money ledger (a mandate's or a client's), the same rows in the same order everywhere: signed,
 * earned, invoiced, credited (before taxes), paid and outstanding (taxes included), unbilled (before taxes), and
 * what is in drafts, unearned or over a cap when there is any.
 */
import { Table, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../use-format.ts";
import type { MoneyLedger } from "./money-api.ts";

/** The ledger figures every screen shows, in their order. */
export const LEDGER_ROWS = ["signed", "earned", "invoiced", "credited", "paid", "outstanding", "unbilled"] as const;
export type LedgerRow = (typeof LEDGER_ROWS)[number];
const OPTIONAL_ROWS = ["inDrafts", "unearned", "overCap"] as const;

export function LedgerFigures({
  ledger,
  currency,
  caption,
  testId,
  under,
}: {
  ledger: MoneyLedger;
  currency: string;
  caption: string;
  /** Prefix of each figure's test id (`mandate-money` → `mandate-money-outstanding`). */
  testId: string;
  /** Text shown under a row (the basis of what was earned). */
  under?: Partial<Record<LedgerRow, ReactNode>>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = [...LEDGER_ROWS, ...OPTIONAL_ROWS.filter((key) => ledger[key] > 0)];
  return (
    <Table withRowBorders aria-label={caption}>
      <Table.Caption>{t("money.ledger.caption")}</Table.Caption>
      <Table.Tbody>
        {shown.map((key) => {
          const strong = key === "outstanding" || key === "unbilled";
          return (
            <Table.Tr key={key}>
              <Table.Th scope="row" fw={strong ? 700 : 400}>
                {t(`money.ledger.rows.${key}`)}
                {under?.[key as LedgerRow] && (
                  <Text size="xs" c="dimmed" fw={400} data-testid={`${testId}-${key}-basis`}>
                    {under[key as LedgerRow]}
                  </Text>
                )}
              </Table.Th>
              <Table.Td
                ta="right"
                fw={strong ? 700 : 400}
                data-testid={`${testId}-${key}`}
                style={{ whiteSpace: "nowrap" }}
              >
                {format.money(ledger[key], currency)}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
