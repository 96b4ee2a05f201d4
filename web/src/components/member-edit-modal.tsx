/** The owner's dialog to change a member's name, role, capacity and rates. */
import { Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api.ts";
import type { Member } from "../api-types.ts";
import { useSession } from "../session.tsx";
import { useFieldErrors } from "../use-field-errors.ts";
import { minorUnitsPerMajor } from "../use-format.ts";
import { MemberFields, type MemberFieldsValue, memberFieldPaths, memberFieldsForApi } from "./member-fields.tsx";

const paths = new Set(["name", ...memberFieldPaths]);

export function MemberEditModal({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const unit = minorUnitsPerMajor(workspace.currency);
  const queryClient = useQueryClient();
  const [name, setName] = useState(member.name);
  const [fields, setFields] = useState<MemberFieldsValue>({
    role: member.role,
    weeklyCapacityHours: member.weeklyCapacityHours,
    costRate: member.costRate / unit,
    billableRate: member.billableRate / unit,
  });
  const { errors, show, clear } = useFieldErrors((path) => paths.has(path));

  const save = useMutation({
    mutationFn: () =>
      api<Member>("PATCH", `/members/${member.id}`, { name: name.trim(), ...memberFieldsForApi(fields, unit) }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["members"] });
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
      title={t("members.editNamed", { name: member.name })}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
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
