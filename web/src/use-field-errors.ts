/**
 * Shows API problems where they belong: each `fields[].path` (`email`, `address.city`, `contacts.0.email`) next to the
 * input that renders it, everything else as a notification.
 */
import { notifications } from "@mantine/notifications";
import type { TFunction } from "i18next";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, type ProblemField } from "./api.ts";

export type FieldErrors = Record<string, string>;

/** A readable sentence for one failing field, in the UI language when the issue is a known one. */
export function fieldMessage(field: ProblemField, t: TFunction): string {
  const key = `errors.issue.${field.issue}`;
  return t(key, { defaultValue: field.message || t("errors.issue.invalid") });
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
  notifications.show({ color: "red", title: t("errors.title"), message: problemMessage(error, t) });
}

/**
 * Field errors of one form. `isKnown` tells which paths the form displays; problems on other paths, and problems
 * without fields, become a notification so nothing is silently dropped.
 */
export function useFieldErrors(isKnown: (path: string) => boolean) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});

  const show = useCallback(
    (error: unknown) => {
      const next: FieldErrors = {};
      const elsewhere: string[] = [];
      if (error instanceof ApiError) {
        for (const field of error.fields) {
          const message = fieldMessage(field, t);
          if (isKnown(field.path)) next[field.path] ??= message;
          else elsewhere.push(field.path ? `${field.path} : ${message}` : message);
        }
      }
      setErrors(next);
      if (Object.keys(next).length === 0 || elsewhere.length > 0) {
        notifications.show({
          color: "red",
          title: problemMessage(error, t),
          message: elsewhere.length > 0 ? elsewhere.join(" · ") : t("errors.checkForm"),
        });
      }
    },
    [isKnown, t],
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
