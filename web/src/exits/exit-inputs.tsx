/** Inputs of the exit plan that send their value when the user leaves them: a handover due date, a mandate's costs. */
import { TextInput } from "@mantine/core";
import { useState } from "react";
import { NumberField } from "../components/number-field.tsx";

/** A `YYYY-MM-DD` date as typed in a date input. */
export const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

export function HandoverDate({
  label,
  value,
  disabled,
  onSave,
}: {
  label: string;
  value: string;
  disabled: boolean;
  onSave: (v: string) => void;
}) {
  const [date, setDate] = useState(value);
  return (
    <TextInput
      type="date"
      size="xs"
      aria-label={label}
      value={date}
      disabled={disabled}
      onChange={(e) => setDate(e.currentTarget.value)}
      onBlur={() => isDate(date) && date !== value && onSave(date)}
    />
  );
}

export function ExpensesInput({
  label,
  value,
  disabled,
  onSave,
}: {
  label: string;
  value: number;
  disabled: boolean;
  /** Unused: the amount field reads both separators in either language. */
  separators?: { decimalSeparator: string; thousandSeparator: string };
  onSave: (major: number) => void;
}) {
  const [amount, setAmount] = useState<number | string>(value);
  return (
    <NumberField
      kind="amount"
      label={label}
      maw={420}
      value={amount}
      disabled={disabled}
      onChange={setAmount}
      onBlur={() => {
        const major = Number(amount) || 0;
        if (major !== value && major >= 0) onSave(major);
      }}
    />
  );
}
