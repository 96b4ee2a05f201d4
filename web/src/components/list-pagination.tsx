/** Page numbers under a list, labelled for screen readers; hidden when everything fits on one page. */
import { Pagination } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function ListPagination({
  pages,
  page,
  onChange,
}: {
  pages: number;
  page: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("common.pagination")}>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        getItemProps={(p) => ({ "aria-label": t("common.page", { page: p }) })}
        getControlProps={(control) => ({ "aria-label": t(`common.pageControl.${control}`) })}
      />
    </nav>
  );
}
