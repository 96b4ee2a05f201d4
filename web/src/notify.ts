/** Toasts, with a close button named in the UI language (Mantine leaves it unnamed). */
import { notifications } from "@mantine/notifications";
import i18next from "i18next";

/** Shows a toast: green for a success, red for a failure. */
export function notify({ message, title, failure = false }: { message: string; title?: string; failure?: boolean }) {
  notifications.show({
    color: failure ? "red" : "teal.9",
    title,
    message,
    closeButtonProps: { "aria-label": i18next.t("common.close") },
  });
}
