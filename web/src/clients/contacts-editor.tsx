/** The contacts of a client: add and remove people, each with name, email, phone and role. */
import { Button, Card, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Contact } from "../api-types.ts";
import type { FieldErrors } from "../use-field-errors.ts";

interface ContactsEditorProps {
  value: Contact[];
  onChange: (contacts: Contact[]) => void;
  errors: FieldErrors;
  onClear: (path: string) => void;
  disabled?: boolean;
}

export function ContactsEditor({ value, onChange, errors, onClear, disabled = false }: ContactsEditorProps) {
  const { t } = useTranslation();
  const set = (index: number, key: keyof Contact, text: string) => {
    onChange(value.map((c, i) => (i === index ? { ...c, [key]: text } : c)));
    onClear(`contacts.${index}.${key}`);
  };

  return (
    <Fieldset legend={t("contacts.legend")} disabled={disabled}>
      <Stack gap="sm">
        {value.length === 0 && <Text c="dimmed">{t("contacts.empty")}</Text>}
        {value.map((contact, index) => (
          <Card
            key={contact.id ?? index}
            withBorder
            padding="sm"
            role="group"
            aria-label={t("contacts.item", { n: index + 1 })}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t("contacts.name")}
                required
                value={contact.name}
                onChange={(e) => set(index, "name", e.currentTarget.value)}
                error={errors[`contacts.${index}.name`]}
              />
              <TextInput
                label={t("contacts.role")}
                value={contact.role}
                onChange={(e) => set(index, "role", e.currentTarget.value)}
                error={errors[`contacts.${index}.role`]}
              />
              <TextInput
                label={t("contacts.email")}
                type="email"
                value={contact.email}
                onChange={(e) => set(index, "email", e.currentTarget.value)}
                error={errors[`contacts.${index}.email`]}
              />
              <TextInput
                label={t("contacts.phone")}
                type="tel"
                value={contact.phone}
                onChange={(e) => set(index, "phone", e.currentTarget.value)}
                error={errors[`contacts.${index}.phone`]}
              />
            </SimpleGrid>
            {!disabled && (
              <Group justify="flex-end" mt="xs">
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  onClick={() => onChange(value.filter((_, i) => i !== index))}
                  aria-label={t("contacts.removeNamed", { name: contact.name || t("contacts.item", { n: index + 1 }) })}
                >
                  {t("common.remove")}
                </Button>
              </Group>
            )}
          </Card>
        ))}
        {!disabled && (
          <Group>
            <Button variant="light" onClick={() => onChange([...value, { name: "", email: "", phone: "", role: "" }])}>
              {t("contacts.add")}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}

/** Contacts as the API takes them: without ids (the list replaces the previous one), trimmed. */
export function contactsForApi(contacts: Contact[]): Omit<Contact, "id">[] {
  return contacts.map((c) => ({
    name: c.name.trim(),
    email: c.email.trim(),
    phone: c.phone.trim(),
    role: c.role.trim(),
  }));
}
