/** Mantine's PasswordInput with its show/hide button named in the UI language. */
import { PasswordInput, type PasswordInputProps } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <PasswordInput visibilityToggleButtonProps={{ "aria-label": t("auth.togglePassword") }} {...props} />;
}
