/** Providers (theme, notifications, data, router) and the routes of the web UI. */
import { type CSSVariablesResolver, createTheme, MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { ApiError } from "./api.ts";
import { AppLayout } from "./layout/app-layout.tsx";
import { AcceptInvitePage } from "./pages/accept-invite-page.tsx";
import { AuditPage } from "./pages/audit-page.tsx";
import { CapacityPage } from "./pages/capacity-page.tsx";
import { ChangeOrderPage } from "./pages/change-order-page.tsx";
import { ClientDetailPage } from "./pages/client-detail-page.tsx";
import { ClientFormPage } from "./pages/client-form-page.tsx";
import { ClientListPage } from "./pages/client-list-page.tsx";
import { DashboardPage } from "./pages/dashboard-page.tsx";
import { DecisionPage } from "./pages/decision-page.tsx";
import { ExitPage } from "./pages/exit-page.tsx";
import { HealthPage } from "./pages/health-page.tsx";
import { InvoiceListPage } from "./pages/invoice-list-page.tsx";
import { InvoiceNewPage } from "./pages/invoice-new-page.tsx";
import { InvoicePage } from "./pages/invoice-page.tsx";
import { LoginPage } from "./pages/login-page.tsx";
import { MandatePage } from "./pages/mandate-page.tsx";
import { MembersPage } from "./pages/members-page.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { OfferListPage } from "./pages/offer-list-page.tsx";
import { OfferNewPage } from "./pages/offer-new-page.tsx";
import { OfferPage } from "./pages/offer-page.tsx";
import { OutboxPage } from "./pages/outbox-page.tsx";
import { PortalPage } from "./pages/portal-page.tsx";
import { ReceivablesPage } from "./pages/receivables-page.tsx";
import { RoundPage } from "./pages/round-page.tsx";
import { ScopePage } from "./pages/scope-page.tsx";
import { SettingsPage } from "./pages/settings-page.tsx";
import { SignupPage } from "./pages/signup-page.tsx";
import { TaxReportPage } from "./pages/tax-report-page.tsx";
import { TimePage } from "./pages/time-page.tsx";
import { meQueryKey, RequireSession } from "./session.tsx";

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
    if (error instanceof ApiError && error.status === 401) client.setQueryData(meQueryKey, null);
  };
  return client;
}

const queryClient = createQueryClient();

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Routes>
            <Route path="/signup" element={<SignupPage />} />
            <Route path="/login" element={<LoginPage />} />
            <Route path="/invite/:token" element={<AcceptInvitePage />} />
            <Route path="/portal/:token" element={<PortalPage />} />
            <Route
              element={
                <RequireSession>
                  <AppLayout />
                </RequireSession>
              }
            >
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
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
