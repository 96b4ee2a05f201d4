/**
 * What the invoice says: its lines, the taxes the API determined (GST and QST on separate lines with the studio's
 * numbers, HST, TVA per rate), the mentions the law requires (« TVA non applicable, art. 293 B du CGI »,
 * « Autoliquidation »…), the warnings and the totals. A draft's totals are computed here exactly as the server will
 * freeze them at issue.
 */
import { Alert, Anchor, Card, List, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSession } from "../session.tsx";
import { useSourceTitle } from "../source-title.ts";
import { useFormat } from "../use-format.ts";
import { draftTotals, type Invoice, type InvoiceTax, ppmToPercent } from "./invoices-api.ts";

/** The number printed beside a tax: the studio's GST/HST, QST or VAT registration. */
function useRegistration() {
  const { workspace } = useSession();
  return (tax: Pick<InvoiceTax, "taxCode">): string | null => {
    if (tax.taxCode === "QST") return workspace.taxIds.qst;
    if (tax.taxCode === "TVA") return workspace.taxIds.vat;
    return workspace.taxIds.gst;
  };
}

/** `TPS (5 %)`, `TVQ (9,975 %)`, `TVA (20 %)`. */
export function useTaxLabel() {
  const { t } = useTranslation();
  const format = useFormat();
  return (tax: Pick<InvoiceTax, "taxCode" | "ratePpm">) =>
    t("invoices.taxLine", {
      tax: t(`invoices.taxCodes.${tax.taxCode}`),
      rate: format.number(ppmToPercent(tax.ratePpm)),
    });
}

export function InvoiceDocument({ invoice }: { invoice: Invoice }) {
  const { t, i18n } = useTranslation();
  const sourceTitle = useSourceTitle();
  const format = useFormat();
  const registration = useRegistration();
  const taxLabel = useTaxLabel();
  // An issued invoice answers its totals; a draft's are computed by the server's rule from its lines.
  const figures = invoice.totals ?? draftTotals(invoice.lines, invoice.taxes, invoice.currency);
  const totals = {
    subtotal: figures?.subtotal.amount ?? 0,
    taxes: (figures?.taxes ?? []).map((x) => ({ tax: x, base: x.base.amount, amount: x.amount.amount })),
    total: figures?.total.amount ?? 0,
    lines: figures?.lines.map((l) => l.amount.amount) ?? [],
  };
  const money = (minor: number) => format.money(minor, invoice.currency);
  const { details } = invoice;
  const english = i18n.language.startsWith("en");

  return (
    <Card withBorder component="section" aria-labelledby="invoice-lines-title">
      <Title order={2} size="h4" id="invoice-lines-title" mb="sm">
        {t("invoices.document.title")}
      </Title>
      <Table.ScrollContainer minWidth={620}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("invoices.lines.description")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("invoices.lines.quantityShort")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("invoices.lines.unitPriceShort")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("invoices.lines.amount")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invoice.lines.map((line, i) => {
              const info = details.lines[i] ?? {};
              const untaxed = line.taxIds?.length === 0 && invoice.taxes.length > 0;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: an invoice's lines are an ordered list that never reorders
                <Table.Tr key={i} data-testid="invoice-line">
                  <Table.Td>
                    <Text size="sm">{line.description}</Text>
                    {(info.detail || untaxed) && (
                      <Text size="xs" c="dimmed">
                        {[info.detail, untaxed ? t("invoices.lines.notTaxable") : ""].filter(Boolean).join(" · ")}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {format.number(line.quantityMilli / 1000)}
                    {info.unit ? ` ${info.unit}` : ""}
                  </Table.Td>
                  <Table.Td ta="right">{money(line.unitPrice)}</Table.Td>
                  <Table.Td ta="right">{money(totals.lines[i] ?? 0)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row" colSpan={3} ta="right">
                {t("invoices.totals.subtotal")}
              </Table.Th>
              <Table.Td ta="right" data-testid="subtotal">
                {money(totals.subtotal)}
              </Table.Td>
            </Table.Tr>
            {totals.taxes.map(({ tax, base, amount }) => {
              const number = registration(tax);
              return (
                <Table.Tr key={tax.id} data-testid={`tax-${tax.taxCode}`}>
                  <Table.Th scope="row" colSpan={3} ta="right" fw={400}>
                    {taxLabel(tax)}
                    {base !== totals.subtotal && (
                      <Text span size="xs" c="dimmed">
                        {" "}
                        · {t("invoices.totals.onBase", { base: money(base) })}
                      </Text>
                    )}
                    {number && (
                      <Text size="xs" c="dimmed">
                        {tax.taxCode === "TVA"
                          ? t("invoices.totals.vatNumber", { number })
                          : t("invoices.totals.registration", { number })}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td ta="right">{money(amount)}</Table.Td>
                </Table.Tr>
              );
            })}
            <Table.Tr>
              <Table.Th scope="row" colSpan={3} ta="right">
                {t("invoices.totals.total")}
              </Table.Th>
              <Table.Td ta="right" fw={700} data-testid="total">
                {money(totals.total)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Stack gap="xs" mt="sm">
        <Text size="sm" c="dimmed">
          {t("invoices.document.placeOfSupply", {
            place: details.placeOfSupply,
            regime: t(`invoices.regimes.${details.regime}`, { defaultValue: details.regime }),
          })}
          {invoice.taxes.length === 0 && ` ${t("invoices.document.noTax")}`}
        </Text>
        {details.mentions.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t("invoices.document.mentions")}
            </Text>
            <List size="sm">
              {details.mentions.map((m) => (
                <List.Item key={m.code} data-testid="mention">
                  {english ? m.text.en : m.text.fr}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <Text size="sm">
          {[
            t("invoices.document.terms", { count: details.paymentDays }),
            details.buyer.purchaseOrder
              ? t("invoices.document.purchaseOrder", { po: details.buyer.purchaseOrder })
              : "",
          ]
            .filter(Boolean)
            .join(" ")}
        </Text>
        {details.evidence.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t("invoices.document.evidence")}
            </Text>
            <List size="sm">
              {details.evidence.map((e) => (
                <List.Item key={e.code}>
                  {t(`invoices.evidenceCodes.${e.code}`, { defaultValue: e.description })}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {details.warnings.map((w) => (
          <Alert key={w.code} color="orange" title={t("invoices.document.warning")} data-testid="tax-warning">
            {t(`invoices.taxWarnings.${w.code}`, { defaultValue: w.message })}
          </Alert>
        ))}
        {invoice.taxes[0]?.source && (
          <Text size="xs" c="dimmed">
            {t("invoices.document.rateSource")}{" "}
            <Anchor href={invoice.taxes[0].source.url} target="_blank" rel="noreferrer" size="xs">
              {sourceTitle(invoice.taxes[0].source)}
            </Anchor>
          </Text>
        )}
      </Stack>
    </Card>
  );
}
