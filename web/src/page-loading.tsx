/**
 * Route-level code splitting: each page is its own chunk, loaded when a route first shows it. While it loads, the
 * route's place shows a spinner announced as « Chargement… » / "Loading…" (the layout around it stays); if its code
 * cannot be fetched (offline, or a new version replaced the files), a message offers to reload the page.
 */
import { Alert, Button, Center, Loader, VisuallyHidden } from "@mantine/core";
import { Component, type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation } from "react-router";

/** `lazy()` for a module that exports its page by name (`export function ClientListPage`). */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

/** The loading state of a page: a live region with a visible spinner and a spoken label. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Center role="status" py="xl">
      <Loader aria-hidden="true" />
      <VisuallyHidden>{t("common.loading")}</VisuallyHidden>
    </Center>
  );
}

function PageLoadFailed() {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t("common.pageLoadFailed")} role="alert" m="md">
      <Button mt="sm" variant="light" onClick={() => window.location.reload()}>
        {t("common.reload")}
      </Button>
    </Alert>
  );
}

/** The errors browsers (and Vite's preload helper) throw when a chunk cannot be fetched. */
function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error && /dynamically imported module|module script failed|unable to preload/i.test(error.message)
  );
}

/**
 * Catches a page whose chunk failed to load (other errors go on up, as before); moving to another route shows that
 * route again.
 */
class PageErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override componentDidUpdate(previous: { resetKey: string }) {
    if (this.state.error !== undefined && previous.resetKey !== this.props.resetKey)
      this.setState({ error: undefined });
  }
  override render() {
    if (this.state.error === undefined) return this.props.children;
    if (!isChunkLoadError(this.state.error)) throw this.state.error;
    return <PageLoadFailed />;
  }
}

/** A layout route: its child routes' pages load lazily inside it. */
export function PageSuspense() {
  const { pathname } = useLocation();
  return (
    <PageErrorBoundary resetKey={pathname}>
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </PageErrorBoundary>
  );
}
