/** The signed-in frame: header (menu, language, user), navigation and the main landmark. */
import { Anchor, AppShell, Avatar, Badge, Burger, Button, Group, Menu, NavLink, Text } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router";
import { GlobalSearch } from "../components/global-search.tsx";
import { NotificationBell } from "../notifications/notification-bell.tsx";
import { useSession } from "../session.tsx";
import { TimerButton } from "../time/timer-button.tsx";
import { signOut } from "../workspace/sign-out.ts";
import { LanguageSwitch } from "./language-switch.tsx";
import { SkipLink } from "./skip-link.tsx";

const links = [
  { to: "/", key: "nav.dashboard", exact: true },
  { to: "/clients", key: "nav.clients", exact: false },
  { to: "/offers", key: "offers.nav", exact: false },
  { to: "/invoices", key: "invoices.nav", exact: false },
  { to: "/receivables", key: "receivables.nav", exact: false },
  { to: "/time", key: "time.nav", exact: false },
  { to: "/capacity", key: "capacity.nav", exact: false },
  { to: "/settings", key: "nav.settings", exact: false },
  { to: "/members", key: "nav.members", exact: false },
  { to: "/outbox", key: "outbox.nav", exact: false },
  { to: "/audit", key: "nav.audit", exact: false },
] as const;

export function AppLayout() {
  const { t } = useTranslation();
  const me = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  // On a phone the header has no room for the search box: it heads the navigation menu instead.
  const phone = useMediaQuery("(max-width: 47.99em)") ?? false;

  // After a move to another page, focus goes to the main landmark so a screen reader starts reading the new page
  // there (and Tab continues from it), not from the link that was followed.
  const firstPath = useRef(location.pathname);
  useEffect(() => {
    if (location.pathname === firstPath.current) return;
    firstPath.current = "";
    close();
    document.getElementById("main")?.focus({ preventScroll: false });
  }, [location.pathname, close]);

  const labels = {
    "nav.dashboard": t("nav.dashboard"),
    "nav.clients": t("nav.clients"),
    "offers.nav": t("offers.nav"),
    "invoices.nav": t("invoices.nav"),
    "receivables.nav": t("receivables.nav"),
    "time.nav": t("time.nav"),
    "capacity.nav": t("capacity.nav"),
    "nav.settings": t("nav.settings"),
    "nav.members": t("nav.members"),
    "outbox.nav": t("outbox.nav"),
    "nav.audit": t("nav.audit"),
  };

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 230, breakpoint: "sm", collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header component="header">
          <Group h="100%" px={{ base: 4, sm: "md" }} justify="space-between" wrap="nowrap">
            <Group gap={phone ? 4 : "sm"} wrap="nowrap">
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("nav.toggle")} />
              <Anchor component={Link} to="/" underline="never" c="dark">
                <Text fw={700} size="lg">
                  Mandat
                </Text>
              </Anchor>
              <Text size="sm" c="dimmed" visibleFrom="md" truncate>
                {me.workspace.name}
              </Text>
            </Group>
            {/* On a phone the controls sit closer so the bell, the timer, the language and the menu all fit. */}
            <Group gap={phone ? 4 : "sm"} wrap="nowrap">
              {!phone && <GlobalSearch />}
              <NotificationBell compact={phone} />
              <TimerButton />
              <LanguageSwitch />
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button
                    variant="subtle"
                    size="compact-md"
                    maw={260}
                    aria-label={t("header.userMenu", { name: me.user.name })}
                  >
                    <Text span inherit visibleFrom="sm">
                      {me.user.name}
                    </Text>
                    <Avatar component="span" hiddenFrom="sm" size="sm" color="blue" name={me.user.name} />
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>
                    {me.user.email} · <Badge size="xs">{t(`roles.${me.member.role}`)}</Badge>
                  </Menu.Label>
                  <Menu.Item onClick={() => void signOut(t)}>{t("header.logout")}</Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar component="nav" aria-label={t("nav.label")} p="sm">
          {phone && (
            <div style={{ marginBottom: 8 }}>
              <GlobalSearch fullWidth />
            </div>
          )}
          {links.map((link) => {
            const active = link.exact ? location.pathname === link.to : location.pathname.startsWith(link.to);
            return (
              <NavLink
                key={link.to}
                component={Link}
                to={link.to}
                label={labels[link.key]}
                active={active}
                aria-current={active ? "page" : undefined}
                onClick={close}
              />
            );
          })}
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
