/**
 * Asks before a destructive action (removing a claim, deleting a time entry…): the trigger opens a small dialog that
 * says what will go, with Cancel focused first and the action in red; nothing happens until it is confirmed.
 */
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";

export interface ConfirmActionProps {
  /** The dialog's title: the question ("Delete this time entry?"). */
  title: string;
  /** What will be lost, in one or two sentences. */
  message: ReactNode;
  /** The red button's label ("Delete the entry"). */
  confirmLabel: string;
  onConfirm: () => void;
  /** The trigger, given the function that opens the dialog. */
  children: (open: () => void) => ReactNode;
}

export function ConfirmAction({ title, message, confirmLabel, onConfirm, children }: ConfirmActionProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      {children(() => setOpened(true))}
      <Modal opened={opened} onClose={() => setOpened(false)} title={title} centered size="sm">
        <Stack>
          <Text size="sm">{message}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)} data-autofocus>
              {t("common.cancel")}
            </Button>
            <Button
              color="red.9"
              onClick={() => {
                setOpened(false);
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
