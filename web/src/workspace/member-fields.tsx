/**
 * Role, weekly capacity and hourly rates of a member: shared by the invitation form, the edit dialog, one's own
 * figures and the first-run figures panel.
 */
import { NativeSelect, SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Role } from "../api-types.ts";
import { NumberField } from "../components/number-field.tsx";
import type { FieldErrors } from "../use-field-errors.ts";

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
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <NativeSelect
        label={t("members.role")}
        value={value.role}
        onChange={(e) => {
          onChange({ ...value, role: e.currentTarget.value as Role });
          onClear("role");
        }}
        data={(["owner", "member", "viewer"] as const).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        description={t(`roles.hint.${value.role}`)}
        error={errors.role}
      />
      <MemberFigureFields
        value={value}
        onChange={(figures) => onChange({ ...value, ...figures })}
        errors={errors}
        onClear={onClear}
        currency={currency}
      />
    </SimpleGrid>
  );
}

/** A member's own figures as typed: weekly capacity in hours, rates in major units per hour ("" when empty). */
export type MemberFiguresValue = Omit<MemberFieldsValue, "role">;

interface MemberFigureFieldsProps {
  value: MemberFiguresValue;
  onChange: (value: MemberFiguresValue) => void;
  errors: FieldErrors;
  onClear: (path: string) => void;
  currency: string;
  /** Shown under the billable rate, e.g. the workspace's target rate it was prefilled with. */
  billableHint?: string | undefined;
}

/** Weekly capacity, cost rate and billable rate: the figures time, goodwill and capacity are computed from. */
export function MemberFigureFields({
  value,
  onChange,
  errors,
  onClear,
  currency,
  billableHint,
}: MemberFigureFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof MemberFiguresValue>(key: K, v: MemberFiguresValue[K]) => {
    onChange({ ...value, [key]: v });
    onClear(key);
  };
  return (
    <>
      <NumberField
        kind="hours"
        label={t("members.capacity")}
        max={168}
        value={value.weeklyCapacityHours}
        onChange={(v) => set("weeklyCapacityHours", v)}
        error={errors.weeklyCapacityHours}
      />
      <NumberField
        kind="amount"
        label={t("members.costRate", { currency })}
        value={value.costRate}
        onChange={(v) => set("costRate", v)}
        error={errors.costRate}
      />
      <NumberField
        kind="amount"
        label={t("members.billableRate", { currency })}
        description={billableHint}
        value={value.billableRate}
        onChange={(v) => set("billableRate", v)}
        error={errors.billableRate}
      />
    </>
  );
}

/** Typed values as the API takes them: hours as a number, rates in minor units; empty fields left out. */
export function memberFieldsForApi(value: MemberFieldsValue, unit: number) {
  return { role: value.role, ...memberFiguresForApi(value, unit) };
}

/** Typed figures as the API takes them (`PATCH /members/{id}` or `PATCH /me`); empty fields left out. */
export function memberFiguresForApi(value: MemberFiguresValue, unit: number) {
  const num = (v: number | string) =>
    v === "" ? undefined : typeof v === "number" ? v : Number.parseFloat(v.replace(",", "."));
  const hours = num(value.weeklyCapacityHours);
  const cost = num(value.costRate);
  const billable = num(value.billableRate);
  return {
    ...(hours === undefined ? {} : { weeklyCapacityHours: hours }),
    ...(cost === undefined ? {} : { costRate: Math.round(cost * unit) }),
    ...(billable === undefined ? {} : { billableRate: Math.round(billable * unit) }),
  };
}
