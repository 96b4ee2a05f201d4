import { useEffect } from "react";

/** Sets the document title of a route: `Clients · Mandat`. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Mandat` : "Mandat";
  }, [title]);
}
