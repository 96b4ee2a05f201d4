/** The frame of pages seen before signing in: sign up, log in, accept an invitation. */
import { Anchor, Box, Container, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { LanguageSwitch } from "./language-switch.tsx";
import { SkipLink } from "./skip-link.tsx";

export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <Box component="header" px="md" py="sm" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <Group justify="space-between">
          <Anchor component={Link} to="/" underline="never" c="dark">
            <Text fw={700} size="lg">
              Mandat
            </Text>
          </Anchor>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id="main" tabIndex={-1} size={520} py="xl">
        {children}
      </Container>
    </>
  );
}
