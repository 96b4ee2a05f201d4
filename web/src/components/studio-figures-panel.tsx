/**
 * First run: the team's own figures. While a member has no billable rate or no weekly capacity (both start at 0),
 * the dashboard asks them: the owner for every such member, with the workspace's target hourly rate prefilled as the
 * billable rate (and asked first when it is not set either); a member for themselves. Not a dialog: "Later" puts it
 * away for the session, and the flags where a value depends on a missing figure still link to Members.
 */
import { Button, Card, Fieldset, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Member } from "../api-types.ts";
import { notify } from "../notify.ts";
import { usePermissions, useSession } from "../session.tsx";
import { notifyError, useFieldErrors } from "../use-field-errors.ts";
import { minorUnitsPerMajor } from "../use-format.ts";
import {
  MemberFigureFields,
  type MemberFiguresValue,
  memberFieldPaths,
  memberFiguresForApi,
} from "../workspace/member-fields.tsx";
import { workspaceApi, workspaceKeys } from "../workspace/workspace-api.ts";
import { NumberField } from "./number-field.tsx";

const LATER_KEY = "mandat.figures.later";

/**
 * A member whose figures are still to be set: no billable rate or no weekly capacity. Viewers (who log no time) and
 * disabled members are not asked.
 */
export function needsFigures(m: Pick<Member, "role" | "status" | "billableRate" | "weeklyCapacityHours">): boolean {
  return m.role !== "viewer" && m.status !== "disabled" && (m.billableRate === 0 || m.weeklyCapacityHours === 0);
}

export function StudioFiguresPanel() {
  const me = useSession();
  const { canWrite, isOwner } = usePermissions();
  const [later, setLater] = useState(() => sessionStorage.getItem(LATER_KEY) === me.member.id);
  const members = useQuery({
    queryKey: workspaceKeys.members,
    queryFn: () => workspaceApi.members(),
    enabled: canWrite,
  });
  if (!canWrite || later || !members.data) return null;
  const asked = members.data.items.filter((m) => needsFigures(m) && (isOwner || m.id === me.member.id));
  if (asked.length === 0) return null;
  return (
    <FiguresForm
      key={asked.map((m) => m.id).join(" ")}
      members={asked}
      onLater={() => {
        sessionStorage.setItem(LATER_KEY, me.member.id);
        setLater(true);
      }}
    />
  );
}

function FiguresForm({ members, onLater }: { members: Member[]; onLater: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { workspace, member: self } = useSession();
  const { isOwner } = usePermissions();
  const unit = minorUnitsPerMajor(workspace.currency);
  const major = (minor: number) => (minor > 0 ? minor / unit : "");
  const askTarget = isOwner && workspace.targetHourlyRate === 0;
  const [target, setTarget] = useState<number | string>(major(workspace.targetHourlyRate));
  const [figures, setFigures] = useState<Record<string, MemberFiguresValue>>(() =>
    Object.fromEntries(
      members.map((m) => [
        m.id,
        {
          weeklyCapacityHours: m.weeklyCapacityHours || "",
          costRate: major(m.costRate),
          billableRate: major(m.billableRate),
        },
      ]),
    ),
  );
  // Billable rates still at 0 follow the target rate until the user types their own.
  const [following, setFollowing] = useState(
    () => new Set(members.filter((m) => m.billableRate === 0).map((m) => m.id)),
  );
  const shownFigures = (id: string): MemberFiguresValue => {
    const typed = figures[id]!;
    return following.has(id) ? { ...typed, billableRate: target } : typed;
  };
  const [failed, setFailed] = useState<string | null>(null);
  const { errors, show, clear } = useFieldErrors((path) => memberFieldPaths.includes(path));

  const save = useMutation({
    mutationFn: async () => {
      if (askTarget && target !== "") {
        await workspaceApi.updateWorkspace({ targetHourlyRate: Math.round(Number(target) * unit) });
      }
      for (const m of members) {
        setFailed(m.id);
        const body = memberFiguresForApi(shownFigures(m.id), unit);
        await (m.id === self.id && !isOwner ? workspaceApi.updateMe(body) : workspaceApi.updateMember(m.id, body));
      }
      setFailed(null);
    },
    onSuccess: () => {
      notify({ message: t("figures.saved") });
    },
    onError: (error) => {
      show(error);
      notifyError(error, t);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.members });
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.me });
      // The first-run guide beside this panel counts the team's figures as a step.
      void queryClient.invalidateQueries({ queryKey: workspaceKeys.setup });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <Card withBorder component="section" aria-labelledby="figures-title" data-testid="studio-figures">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="figures-title">
            {t("figures.title")}
          </Title>
          <Text size="sm">{t(isOwner ? "figures.intro" : "figures.introOwn")}</Text>
          {isOwner && (
            <Text size="sm" fw={600}>
              {t("figures.asked", { count: members.length })}
            </Text>
          )}
          {askTarget && (
            <NumberField
              kind="amount"
              label={t("settings.targetHourlyRate", { currency: workspace.currency })}
              description={t("figures.targetHint")}
              value={target}
              onChange={setTarget}
              maw={320}
            />
          )}
          {members.map((m) => (
            <Fieldset key={m.id} legend={m.id === self.id ? t("figures.you", { name: m.name }) : m.name}>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <MemberFigureFields
                  value={shownFigures(m.id)}
                  onChange={(next) => {
                    if (next.billableRate !== shownFigures(m.id).billableRate) {
                      setFollowing((ids) => new Set([...ids].filter((id) => id !== m.id)));
                    }
                    setFigures((all) => ({ ...all, [m.id]: next }));
                  }}
                  errors={failed === m.id ? errors : {}}
                  onClear={clear}
                  currency={workspace.currency}
                  billableHint={following.has(m.id) && target !== "" ? t("figures.suggested") : undefined}
                />
              </SimpleGrid>
            </Fieldset>
          ))}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t("figures.save")}
            </Button>
            <Button variant="default" onClick={onLater}>
              {t("figures.later")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
