/**
 * An amount typed in major units with the locale's separators ("92,50" in fr-CA, "92.50" in en), held as integer minor
 * units: what the API takes. Empty stays empty (`""`), so a required amount can say so instead of becoming 0 $.
 */
import { NumberInput, type NumberInputProps } from "@mantine/core";
import { useState } from "react";
import { minorUnitsPerMajor, useFormat } from "../use-format.ts";

export interface MoneyInputProps
  extends Omit<NumberInputProps, "value" | "onChange" | "decimalScale" | "fixedDecimalScale" | "min"> {
  currency: string;
  /** Minor units, or `""` when empty. */
  value: number | "";
  onChange: (minor: number | "") => void;
}

export function MoneyInput({ currency, value, onChange, ...props }: MoneyInputProps) {
  const format = useFormat();
  const perMajor = minorUnitsPerMajor(currency);
  // What is being typed ("92," is not a number yet), kept while it still means the amount held.
  const [typed, setTyped] = useState<number | string>();
  const toMinor = (v: number | string): number | "" => {
    const n = typeof v === "number" ? v : v.trim() === "" ? Number.NaN : Number(v);
    return Number.isFinite(n) ? Math.round(n * perMajor) : "";
  };
  const shown = typed !== undefined && toMinor(typed) === value ? typed : value === "" ? "" : value / perMajor;
  return (
    <NumberInput
      {...props}
      min={0}
      decimalScale={perMajor === 1 ? 0 : 2}
      fixedDecimalScale={perMajor !== 1}
      {...format.separators}
      value={shown}
      onChange={(v) => {
        setTyped(v);
        onChange(toMinor(v));
      }}
    />
  );
}
