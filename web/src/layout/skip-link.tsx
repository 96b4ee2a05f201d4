import { useTranslation } from "react-i18next";

/** The first focusable element of every page: jumps over the header and navigation to the main content. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t("nav.skip")}
    </a>
  );
}
