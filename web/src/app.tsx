/** Providers (theme, notifications, data, router) and the routes of the web UI. */
import { type CSSVariablesResolver, createTheme, Loader, MantineProvider, mergeThemeOverrides } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { ApiError } from "./api/client.ts";
import { lazyPage, PageLoading, PageSuspense } from "./page-loading.tsx";
import { RequireSession } from "./session.tsx";
import { workspaceKeys } from "./workspace/workspace-api.ts";

// Every page is its own chunk, fetched the first time its route shows (see page-loading.tsx); so is the signed-in
// frame (navigation, search, timer), which the public pages (sign-in, sign-up, invitation, the client's portal)
// never show.
const AppLayout = lazyPage(() => import("./layout/app-layout.tsx"), "AppLayout");
const AcceptInvitePage = lazyPage(() => import("./workspace/accept-invite-page.tsx"), "AcceptInvitePage");
const AuditPage = lazyPage(() => import("./workspace/audit-page.tsx"), "AuditPage");
const CapacityPage = lazyPage(() => import("./time/capacity-page.tsx"), "CapacityPage");
const ChangeOrderPage = lazyPage(() => import("./scope/change-order-page.tsx"), "ChangeOrderPage");
const ClientDetailPage = lazyPage(() => import("./clients/client-detail-page.tsx"), "ClientDetailPage");
const ClientFormPage = lazyPage(() => import("./clients/client-form-page.tsx"), "ClientFormPage");
const ClientListPage = lazyPage(() => import("./clients/client-list-page.tsx"), "ClientListPage");
const DashboardPage = lazyPage(() => import("./pages/dashboard-page.tsx"), "DashboardPage");
const DecisionPage = lazyPage(() => import("./exits/decision-page.tsx"), "DecisionPage");
const ExitPage = lazyPage(() => import("./exits/exit-page.tsx"), "ExitPage");
const HealthPage = lazyPage(() => import("./health/health-page.tsx"), "HealthPage");
const InvoiceListPage = lazyPage(() => import("./invoices/invoice-list-page.tsx"), "InvoiceListPage");
const InvoiceNewPage = lazyPage(() => import("./invoices/invoice-new-page.tsx"), "InvoiceNewPage");
const InvoicePage = lazyPage(() => import("./invoices/invoice-page.tsx"), "InvoicePage");
const LoginPage = lazyPage(() => import("./workspace/login-page.tsx"), "LoginPage");
const MandatePage = lazyPage(() => import("./scope/mandate-page.tsx"), "MandatePage");
const MembersPage = lazyPage(() => import("./workspace/members-page.tsx"), "MembersPage");
const NotFoundPage = lazyPage(() => import("./pages/not-found-page.tsx"), "NotFoundPage");
const OfferListPage = lazyPage(() => import("./offers/offer-list-page.tsx"), "OfferListPage");
const OfferNewPage = lazyPage(() => import("./offers/offer-new-page.tsx"), "OfferNewPage");
const OfferPage = lazyPage(() => import("./offers/offer-page.tsx"), "OfferPage");
const OutboxPage = lazyPage(() => import("./offers/outbox-page.tsx"), "OutboxPage");
const PortalPage = lazyPage(() => import("./portal/portal-page.tsx"), "PortalPage");
const ReceivablesPage = lazyPage(() => import("./invoices/receivables-page.tsx"), "ReceivablesPage");
const RoundPage = lazyPage(() => import("./scope/round-page.tsx"), "RoundPage");
const ScopePage = lazyPage(() => import("./scope/scope-page.tsx"), "ScopePage");
const SettingsPage = lazyPage(() => import("./workspace/settings-page.tsx"), "SettingsPage");
const NotificationsPage = lazyPage(() => import("./notifications/notifications-page.tsx"), "NotificationsPage");
const SignupPage = lazyPage(() => import("./workspace/signup-page.tsx"), "SignupPage");
const TaxReportPage = lazyPage(() => import("./invoices/tax-report-page.tsx"), "TaxReportPage");
const TimePage = lazyPage(() => import("./time/time-page.tsx"), "TimePage");

const theme = createTheme({
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  primaryColor: "blue",
  // Shade 8 of blue on white is above 4.5:1, so filled buttons and links stay readable.
  primaryShade: 8,
  // Mantine's orange 8 and 9 (#e8590c, #d9480f) carry white text at 3.6:1 and 4.3:1: darker shades keep filled
  // orange badges and buttons above 4.5:1 (#c2410c: 5.2:1), and orange text on its light background too.
  colors: {
    orange: [
      "#fff4e6",
      "#ffe8cc",
      "#ffd8a8",
      "#ffc078",
      "#ffa94d",
      "#ff922b",
      "#fd7e14",
      "#f76707",
      "#c2410c",
      "#a63a0c",
    ],
  },
  focusRing: "auto",
  components: {
    // A spinner is a status: its spoken label (aria-label, "Chargement…") is allowed on it, where a bare span may carry
    // none (axe: aria-prohibited-attr). A spinner that is only decoration stays aria-hidden.
    Loader: Loader.extend({ defaultProps: { role: "status" } }),
  },
});

// Mantine's light theme draws some text in shade 6, below 4.5:1 on white (gray 6 is 3.3:1, red 6 is 3.3:1, teal 6
// is 2.6:1). Dimmed text, error messages and the text of "light"/"subtle" variants use shade 9 (or gray 7) instead,
// on the palest background (shade 0) for "light" variants.
const darkTextColors = ["blue", "red", "teal", "green", "orange", "grape", "violet", "indigo", "cyan", "gray"] as const;
const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": t.colors.gray[7] ?? "#495057",
    "--mantine-color-error": t.colors.red[9] ?? "#c92a2a",
    ...Object.fromEntries(darkTextColors.map((c) => [`--mantine-color-${c}-light-color`, t.colors[c]?.[9] ?? "#000"])),
    ...Object.fromEntries(darkTextColors.map((c) => [`--mantine-color-${c}-text`, t.colors[c]?.[9] ?? "#000"])),
    ...Object.fromEntries(darkTextColors.map((c) => [`--mantine-color-${c}-light`, t.colors[c]?.[0] ?? "#fff"])),
  },
  dark: {},
});

function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
        refetchOnWindowFocus: false,
      },
    },
    // A 401 anywhere means the session ended: forget it, and RequireSession sends the user to the login page.
    queryCache: new QueryCache({ onError: (error) => expire(error) }),
    mutationCache: new MutationCache({ onError: (error) => expire(error) }),
  });
  const expire = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) client.setQueryData(workspaceKeys.me, null);
    // The owner began requiring two-step sign-in: read /me again, and RequireSession shows the setup.
    if (error instanceof ApiError && error.code === "two_factor_setup_required") {
      void client.invalidateQueries({ queryKey: workspaceKeys.me });
    }
  };
  return client;
}

const queryClient = createQueryClient();

/** The theme with every dialog's close button named in the interface's language (axe: button-name). */
function useLocalizedTheme() {
  // `t` changes with the language: the names follow it.
  const { t } = useTranslation();
  return useMemo(
    () =>
      mergeThemeOverrides(
        theme,
        createTheme({
          components: { Modal: { defaultProps: { closeButtonProps: { "aria-label": t("common.close") } } } },
        }),
      ),
    [t],
  );
}

export function App() {
  const localized = useLocalizedTheme();
  return (
    <MantineProvider theme={localized} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Routes>
            <Route element={<PageSuspense />}>
              <Route path="/signup" element={<SignupPage />} />
              <Route path="/login" element={<LoginPage />} />
              <Route path="/invite/:token" element={<AcceptInvitePage />} />
              <Route path="/portal/:token" element={<PortalPage />} />
            </Route>
            <Route
              element={
                <RequireSession>
                  <Suspense fallback={<PageLoading />}>
                    <AppLayout />
                  </Suspense>
                </RequireSession>
              }
            >
              <Route element={<PageSuspense />}>
                <Route index element={<DashboardPage />} />
                <Route path="clients" element={<ClientListPage />} />
                <Route path="clients/new" element={<ClientFormPage />} />
                <Route path="clients/:id" element={<ClientDetailPage />} />
                <Route path="clients/:id/edit" element={<ClientFormPage />} />
                <Route path="clients/:id/health" element={<HealthPage />} />
                <Route path="decisions/:id" element={<DecisionPage />} />
                <Route path="exits/:id" element={<ExitPage />} />
                <Route path="settings" element={<SettingsPage />} />
                <Route path="members" element={<MembersPage />} />
                <Route path="audit" element={<AuditPage />} />
                <Route path="offers" element={<OfferListPage />} />
                <Route path="offers/new" element={<OfferNewPage />} />
                <Route path="offers/:id" element={<OfferPage />} />
                <Route path="mandates/:id" element={<MandatePage />} />
                <Route path="outbox" element={<OutboxPage />} />
                <Route path="notifications" element={<NotificationsPage />} />
                <Route path="mandates/:id/scope" element={<ScopePage />} />
                <Route path="rounds/:id" element={<RoundPage />} />
                <Route path="change-orders/:id" element={<ChangeOrderPage />} />
                <Route path="time" element={<TimePage />} />
                <Route path="capacity" element={<CapacityPage />} />
                <Route path="invoices" element={<InvoiceListPage />} />
                <Route path="invoices/new" element={<InvoiceNewPage />} />
                <Route path="invoices/:id" element={<InvoicePage />} />
                <Route path="receivables" element={<ReceivablesPage />} />
                <Route path="reports/taxes" element={<TaxReportPage />} />
                <Route path="dashboard" element={<Navigate to="/" replace />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
