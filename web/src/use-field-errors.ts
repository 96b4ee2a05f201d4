/**
 * Shows API problems where they belong: each `fields[].path` (`email`, `address.city`, `contacts.0.email`) next to the
 * input that renders it, everything else as a notification.
 */
import type { TFunction } from "i18next";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, type ProblemField } from "./api/client.ts";
import { notify } from "./notify.ts";

export type FieldErrors = Record<string, string>;

/** Messages the API gives in English that the UI knows how to say in every language. */
const knownMessages: Record<string, string> = {
  required: "errors.issue.required",
  "at least 12 characters": "errors.issue.passwordTooShort",
  "expected YYYY-MM-DD": "errors.issue.date",
  "not a calendar date": "errors.issue.date",
};

/**
 * A readable sentence for one failing field: a known message in the UI language; otherwise the API's own message in
 * English, and the kind of issue (`too_small`, `invalid_format`…) in French.
 */
export function fieldMessage(field: ProblemField, t: TFunction, language: string): string {
  const known = knownMessages[field.message];
  if (known) return t(known);
  if (language.startsWith("en") && field.message) return field.message.charAt(0).toUpperCase() + field.message.slice(1);
  return t(`errors.issue.${field.issue}`, { defaultValue: field.message || t("errors.issue.invalid") });
}

/** A readable sentence for a whole problem. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    return t(`errors.code.${error.code}`, { defaultValue: error.detail ?? t("errors.code.server") });
  }
  return t("errors.code.server");
}

/** Shows an error as a red notification. */
export function notifyError(error: unknown, t: TFunction): void {
  notify({ failure: true, title: t("errors.title"), message: problemMessage(error, t) });
}

/**
 * Field errors of one form. `isKnown` tells which paths the form displays; problems on other paths, and problems
 * without fields, become a notification so nothing is silently dropped.
 */
export function useFieldErrors(isKnown: (path: string) => boolean) {
  const { t, i18n } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});

  const show = useCallback(
    (error: unknown) => {
      const next: FieldErrors = {};
      const elsewhere: string[] = [];
      if (error instanceof ApiError) {
        for (const field of error.fields) {
          const message = fieldMessage(field, t, i18n.language);
          if (isKnown(field.path)) next[field.path] ??= message;
          else elsewhere.push(field.path ? `${field.path} : ${message}` : message);
        }
      }
      setErrors(next);
      if (Object.keys(next).length === 0 || elsewhere.length > 0) {
        notify({
          failure: true,
          title: problemMessage(error, t),
          message: elsewhere.length > 0 ? elsewhere.join(" · ") : t("errors.checkForm"),
        });
      }
    },
    [isKnown, t, i18n.language],
  );

  const clear = useCallback((path: string) => {
    setErrors((current) => {
      if (!(path in current)) return current;
      const { [path]: _, ...rest } = current;
      return rest;
    });
  }, []);

  const reset = useCallback(() => setErrors({}), []);

  return { errors, show, clear, reset };
}
