/**
 * The dialog to change a member: the owner's (name, role, capacity and rates, `PATCH /members/{id}`), or anyone's for
 * their own figures (capacity and rates, `PATCH /me`).
 */
import { Button, Group, Modal, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Member } from "../api-types.ts";
import { useSession } from "../session.tsx";
import { useFieldErrors } from "../use-field-errors.ts";
import { minorUnitsPerMajor } from "../use-format.ts";
import {
  MemberFields,
  type MemberFieldsValue,
  MemberFigureFields,
  memberFieldPaths,
  memberFieldsForApi,
  memberFiguresForApi,
} from "./member-fields.tsx";
import { workspaceApi, workspaceKeys } from "./workspace-api.ts";

const paths = new Set(["name", ...memberFieldPaths]);

export function MemberEditModal({
  member,
  onClose,
  ownFigures = false,
}: {
  member: Member;
  onClose: () => void;
  /** Only one's own capacity and rates, through `PATCH /me` (members who do not administer the workspace). */
  ownFigures?: boolean;
}) {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const unit = minorUnitsPerMajor(workspace.currency);
  const queryClient = useQueryClient();
  const [name, setName] = useState(member.name);
  const [fields, setFields] = useState<MemberFieldsValue>({
    role: member.role,
    weeklyCapacityHours: member.weeklyCapacityHours,
    costRate: member.costRate / unit,
    // A rate not set yet starts from the workspace's target rate, as a suggestion.
    billableRate: (member.billableRate || workspace.targetHourlyRate) / unit,
  });
  const { errors, show, clear } = useFieldErrors((path) => paths.has(path));

  const save = useMutation({
    mutationFn: async () => {
      if (ownFigures) await workspaceApi.updateMe(memberFiguresForApi(fields, unit));
      else await workspaceApi.updateMember(member.id, { name: name.trim(), ...memberFieldsForApi(fields, unit) });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.members });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.me });
      onClose();
    },
    onError: show,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={ownFigures ? t("figures.mineTitle") : t("members.editNamed", { name: member.name })}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {ownFigures ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <MemberFigureFields
                value={fields}
                onChange={(figures) => setFields({ ...fields, ...figures })}
                errors={errors}
                onClear={clear}
                currency={workspace.currency}
              />
            </SimpleGrid>
          ) : (
            <>
              <TextInput
                label={t("auth.name")}
                required
                value={name}
                onChange={(e) => {
                  setName(e.currentTarget.value);
                  clear("name");
                }}
                error={errors.name}
                data-autofocus
              />
              <MemberFields
                value={fields}
                onChange={setFields}
                errors={errors}
                onClear={clear}
                currency={workspace.currency}
              />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
