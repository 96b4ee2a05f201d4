/** Role, weekly capacity and hourly rates of a member: shared by the invitation form and the edit dialog. */
import { NativeSelect, NumberInput, SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Role } from "../api-types.ts";
import type { FieldErrors } from "../use-field-errors.ts";
import { useFormat } from "../use-format.ts";

export interface MemberFieldsValue {
  role: Role;
  weeklyCapacityHours: number | string;
  /** Major units per hour, as typed. */
  costRate: number | string;
  billableRate: number | string;
}

export const memberFieldPaths = ["role", "weeklyCapacityHours", "costRate", "billableRate"];

interface MemberFieldsProps {
  value: MemberFieldsValue;
  onChange: (value: MemberFieldsValue) => void;
  errors: FieldErrors;
  onClear: (path: string) => void;
  currency: string;
}

export function MemberFields({ value, onChange, errors, onClear, currency }: MemberFieldsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const set = <K extends keyof MemberFieldsValue>(key: K, v: MemberFieldsValue[K]) => {
    onChange({ ...value, [key]: v });
    onClear(key);
  };
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <NativeSelect
        label={t("members.role")}
        value={value.role}
        onChange={(e) => set("role", e.currentTarget.value as Role)}
        data={(["owner", "member", "viewer"] as const).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        description={t(`roles.hint.${value.role}`)}
        error={errors.role}
      />
      <NumberInput
        label={t("members.capacity")}
        min={0}
        max={168}
        {...format.separators}
        decimalScale={1}
        value={value.weeklyCapacityHours}
        onChange={(v) => set("weeklyCapacityHours", v)}
        error={errors.weeklyCapacityHours}
      />
      <NumberInput
        label={t("members.costRate", { currency })}
        min={0}
        decimalScale={2}
        {...format.separators}
        value={value.costRate}
        onChange={(v) => set("costRate", v)}
        error={errors.costRate}
      />
      <NumberInput
        label={t("members.billableRate", { currency })}
        min={0}
        decimalScale={2}
        {...format.separators}
        value={value.billableRate}
        onChange={(v) => set("billableRate", v)}
        error={errors.billableRate}
      />
    </SimpleGrid>
  );
}

/** Typed values as the API takes them: hours as a number, rates in minor units; empty fields left out. */
export function memberFieldsForApi(value: MemberFieldsValue, unit: number) {
  const num = (v: number | string) =>
    v === "" ? undefined : typeof v === "number" ? v : Number.parseFloat(v.replace(",", "."));
  const hours = num(value.weeklyCapacityHours);
  const cost = num(value.costRate);
  const billable = num(value.billableRate);
  return {
    role: value.role,
    ...(hours === undefined ? {} : { weeklyCapacityHours: hours }),
    ...(cost === undefined ? {} : { costRate: Math.round(cost * unit) }),
    ...(billable === undefined ? {} : { billableRate: Math.round(billable * unit) }),
  };
}
