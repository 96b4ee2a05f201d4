/**
 * A password being chosen (sign-up, invitation, password change): the field, and under it the strength meter of the
 * rule the server applies (src/domain/auth/password-strength.ts, zxcvbn-ts), with why a password is weak and what
 * would make it stronger, in the UI language. The estimator and its dictionaries load on first use, in their own
 * chunk.
 */
import { Progress, Stack, Text } from "@mantine/core";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PasswordStrength } from "../../../src/domain/auth/password-strength.ts";
import { PasswordField } from "./password-field.tsx";

type Estimator = (password: string, inputs: readonly string[]) => PasswordStrength;

let estimator: Promise<Estimator> | undefined;
function loadEstimator(): Promise<Estimator> {
  estimator ??= import("../../../src/domain/auth/password-strength.ts").then((m) => m.passwordStrength);
  return estimator;
}

/** The strength of `password`, once the estimator is loaded (undefined until then, and for an empty password). */
export function usePasswordStrength(password: string, inputs: readonly string[]): PasswordStrength | undefined {
  const [strength, setStrength] = useState<PasswordStrength>();
  const key = inputs.join("\n");
  useEffect(() => {
    let live = true;
    if (!password) {
      setStrength(undefined);
      return;
    }
    void loadEstimator().then((estimate) => {
      if (live) setStrength(estimate(password, key.split("\n")));
    });
    return () => {
      live = false;
    };
  }, [password, key]);
  return strength;
}

const COLORS = ["red", "red", "orange", "teal", "green"] as const;

export function PasswordStrengthMeter({ strength }: { strength: PasswordStrength | undefined }) {
  const { t } = useTranslation();
  if (!strength) return null;
  const label = t(`account.strength.score.${strength.score}`);
  return (
    <Stack gap={4} aria-live="polite">
      {/* The names go on the section, the element with role="progressbar" (the root is a plain div). */}
      <Progress.Root size="sm">
        <Progress.Section
          value={(strength.score + 1) * 20}
          color={COLORS[strength.score]}
          aria-label={t("account.strength.label")}
          aria-valuetext={label}
        />
      </Progress.Root>
      <Text size="sm" c={strength.acceptable ? "teal" : "red"}>
        {t("account.strength.label")} : {label}
        {strength.warning ? ` — ${t(`account.strength.warning.${strength.warning}`)}` : ""}
      </Text>
      {strength.suggestions.map((s) => (
        <Text key={s} size="xs" c="dimmed">
          {t(`account.strength.suggestion.${s}`)}
        </Text>
      ))}
    </Stack>
  );
}

export interface NewPasswordFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** The account's e-mail, name, workspace: a password must not lean on them. */
  inputs: readonly string[];
  error?: ReactNode;
}

export function NewPasswordField({ label, value, onChange, inputs, error }: NewPasswordFieldProps) {
  const { t } = useTranslation();
  const strength = usePasswordStrength(value, inputs);
  return (
    <Stack gap={6}>
      <PasswordField
        label={label}
        description={t("account.strength.hint")}
        autoComplete="new-password"
        required
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
      />
      <PasswordStrengthMeter strength={strength} />
    </Stack>
  );
}
