/**
 * An amount typed in major units ("92,50" or "92.50" in either language), held as integer minor units: what the API
 * takes. Empty stays empty (`""`), so a required amount can say so instead of becoming 0 $. Built on `NumberField`.
 */
import { minorUnitsPerMajor } from "../use-format.ts";
import { NumberField, type NumberFieldProps } from "./number-field.tsx";

export interface MoneyInputProps extends Omit<NumberFieldProps, "value" | "onChange" | "kind" | "decimals"> {
  currency: string;
  /** Minor units, or `""` when empty. */
  value: number | "";
  onChange: (minor: number | "") => void;
}

export function MoneyInput({ currency, value, onChange, ...props }: MoneyInputProps) {
  const perMajor = minorUnitsPerMajor(currency);
  const decimals = Math.round(Math.log10(perMajor));
  return (
    <NumberField
      {...props}
      kind="amount"
      decimals={decimals}
      value={value === "" ? "" : value / perMajor}
      onChange={(major) => onChange(major === "" ? "" : Math.round(major * perMajor))}
    />
  );
}
