/** What an audit event changed: each field whose value differs between `before` and `after`. */
import { Code, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

type Flat = Record<string, string>;

const valueStyle = { wordBreak: "break-word", maxWidth: 360 } as const;

function flatten(value: unknown, prefix = "", out: Flat = {}): Flat {
  if (value === null || value === undefined) {
    if (prefix) out[prefix] = "∅";
    return out;
  }
  if (Array.isArray(value) || typeof value !== "object") {
    out[prefix || "·"] = typeof value === "string" ? value : JSON.stringify(value);
    return out;
  }
  for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

/** The list of changed fields, `[path, before, after]`, in a stable order. */
export function diffEntries(before: unknown, after: unknown): [string, string | undefined, string | undefined][] {
  const a = before === null || before === undefined ? {} : flatten(before);
  const b = after === null || after === undefined ? {} : flatten(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((k) => a[k] !== b[k]).map((k) => [k, a[k], b[k]]);
}

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const entries = diffEntries(before, after);
  if (entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("audit.noChange")}
      </Text>
    );
  return (
    <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs" fz="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("audit.field")}</Table.Th>
          <Table.Th scope="col">{t("audit.before")}</Table.Th>
          <Table.Th scope="col">{t("audit.after")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map(([path, was, now]) => (
          <Table.Tr key={path}>
            <Table.Td>
              <Code>{path}</Code>
            </Table.Td>
            <Table.Td style={valueStyle}>{was === undefined ? "—" : <del>{was}</del>}</Table.Td>
            <Table.Td style={valueStyle}>
              {now === undefined ? "—" : <ins style={{ textDecoration: "none", fontWeight: 600 }}>{now}</ins>}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
