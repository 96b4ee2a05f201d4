/**
 * The one field for typed numbers — amounts, hours, quantities, percentages, whole counts — in either UI language:
 * a comma or a point as the decimal, spaces (or English commas) between thousands, formatted when the field is left.
 * What is typed stays as typed while the field has the focus ("112," is not a number yet, but it keeps its digits);
 * the value handed up is a number, or `""` when the field is empty.
 */
import { TextInput, type TextInputProps } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumberText, parseNumberText, roundTo, sanitizeNumberText } from "../number-text.ts";
import { useFormat } from "../use-format.ts";

/** Presets for the kinds of numbers typed in Mandat: digits after the decimal, and the unit shown after the number. */
export const numberKinds = {
  amount: { decimals: 2, fixed: true, unit: undefined },
  hours: { decimals: 2, fixed: false, unit: "h" },
  quantity: { decimals: 3, fixed: false, unit: undefined },
  percent: { decimals: 2, fixed: false, unit: "%" },
  integer: { decimals: 0, fixed: false, unit: undefined },
} as const;

export type NumberKind = keyof typeof numberKinds;

export interface NumberFieldProps extends Omit<TextInputProps, "value" | "onChange" | "type" | "min" | "max"> {
  /** The number held, or `""` when the field is empty (a numeric string, as older states hold, is read as its number). */
  value: number | string;
  onChange: (value: number | "") => void;
  /** Sets the digits after the decimal and the unit; `decimals`, `fixedDecimals` and `unit` override it. */
  kind?: NumberKind;
  /** Most digits after the decimal separator; more are rounded half-up. */
  decimals?: number;
  /** Always show `decimals` digits after the decimal separator once formatted (amounts: "12,50"). */
  fixedDecimals?: boolean;
  /** Shown after the number, inside the field ("%", "h", "$"); `null` for none. */
  unit?: string | null;
  /** The lowest accepted value (0 unless told): a number below it is raised to it when the field is left. */
  min?: number;
  /** The highest accepted value: a number above it is lowered to it when the field is left. */
  max?: number;
}

export function NumberField({
  value: held,
  onChange,
  kind = "amount",
  decimals,
  fixedDecimals,
  unit,
  min = 0,
  max,
  error,
  onBlur,
  onFocus,
  rightSection,
  ...props
}: NumberFieldProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const value = asNumberOrEmpty(held);
  const preset = numberKinds[kind];
  const digits = decimals ?? preset.decimals;
  const fixed = fixedDecimals ?? (preset.fixed && digits > 0);
  const shownUnit = unit === null ? undefined : (unit ?? preset.unit);
  // What is being typed, kept while it still means the value held ("112," means 112; "1 2" means 12).
  const [typed, setTyped] = useState<string>();
  const read = (text: string): number | "" | undefined => {
    const parsed = parseNumberText(text, locale);
    if (parsed.kind === "empty") return "";
    if (parsed.kind === "invalid") return undefined;
    return roundTo(parsed.value, digits);
  };
  const typedValue = typed === undefined ? undefined : read(typed);
  const keepTyped = typed !== undefined && (typedValue === value || (typedValue === undefined && value === ""));
  const shown = keepTyped ? typed : value === "" ? "" : formatNumberText(value, locale, digits, fixed);
  const notANumber = keepTyped && typedValue === undefined;

  return (
    <TextInput
      {...props}
      type="text"
      inputMode={digits > 0 ? "decimal" : "numeric"}
      autoComplete="off"
      value={shown}
      error={error ?? (notANumber ? t("common.notANumber") : undefined)}
      rightSection={
        rightSection ??
        (shownUnit ? (
          <span aria-hidden="true" className="number-field-unit">
            {shownUnit}
          </span>
        ) : undefined)
      }
      rightSectionPointerEvents={rightSection ? undefined : "none"}
      onFocus={(e) => {
        setTyped(shown);
        onFocus?.(e);
      }}
      onChange={(e) => {
        const text = sanitizeNumberText(e.currentTarget.value, min < 0);
        setTyped(text);
        onChange(read(text) ?? "");
      }}
      onBlur={(e) => {
        setTyped(undefined);
        if (value !== "" && value < min) onChange(min);
        else if (value !== "" && max !== undefined && value > max) onChange(max);
        onBlur?.(e);
      }}
    />
  );
}

function asNumberOrEmpty(value: number | string): number | "" {
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  const n = Number(value);
  return value.trim() !== "" && Number.isFinite(n) ? n : "";
}
