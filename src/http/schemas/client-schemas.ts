import { z } from "@hono/zod-openapi";
import { CLIENT_KINDS, CLIENT_STATUSES, DOC_LANGUAGES } from "../../domain/client.ts";
import { SIGNAL_KINDS } from "../../domain/signal.ts";
import {
  AddressInputSchema,
  AddressPatchSchema,
  AddressSchema,
  IsoDateSchema,
  OptionalEmailSchema,
  PageQuerySchema,
  RequiredText,
  Text,
} from "./common-schemas.ts";

const ContactInputSchema = z.strictObject({
  name: RequiredText(120),
  email: OptionalEmailSchema.default(""),
  phone: Text(40).default(""),
  role: Text(120).default(""),
});
const EndClientInputSchema = z.strictObject({ name: RequiredText(200) });
const TagSchema = z.string().trim().min(1).max(40);

const clientFields = {
  kind: z.enum(CLIENT_KINDS),
  name: RequiredText(200),
  legalName: Text(200).default(""),
  address: AddressInputSchema.default({ line1: "", line2: "", city: "", region: "", postalCode: "", country: "" }),
  language: z.enum(DOC_LANGUAGES).optional().openapi({
    description: "Document language; defaults to French for a Québec address (Charter of the French language, art. 55)",
  }),
  isConsumer: z.boolean().default(false),
  status: z.enum(CLIENT_STATUSES).default("prospect"),
  doNotReengage: z.boolean().default(false),
  tags: z.array(TagSchema).max(20).default([]),
  contacts: z.array(ContactInputSchema).max(50).default([]),
  endClients: z.array(EndClientInputSchema).max(200).default([]),
};

export const CreateClientSchema = z.strictObject(clientFields).openapi("CreateClient");

export const UpdateClientSchema = z
  .strictObject({
    kind: clientFields.kind.optional(),
    name: clientFields.name.optional(),
    legalName: Text(200).optional(),
    address: AddressPatchSchema.optional(),
    language: z.enum(DOC_LANGUAGES).optional(),
    isConsumer: z.boolean().optional(),
    status: z.enum(CLIENT_STATUSES).optional(),
    doNotReengage: z.boolean().optional(),
    tags: z.array(TagSchema).max(20).optional(),
    contacts: z.array(ContactInputSchema).max(50).optional(),
    endClients: z.array(EndClientInputSchema).max(200).optional(),
  })
  .openapi("UpdateClient");

export const ClientSchema = z
  .object({
    id: z.string(),
    kind: z.enum(CLIENT_KINDS),
    name: z.string(),
    legalName: z.string(),
    address: AddressSchema,
    language: z.enum(DOC_LANGUAGES),
    isConsumer: z.boolean(),
    status: z.enum(CLIENT_STATUSES),
    doNotReengage: z.boolean(),
    tags: z.array(z.string()),
    contacts: z.array(
      z.object({ id: z.string(), name: z.string(), email: z.string(), phone: z.string(), role: z.string() }),
    ),
    endClients: z.array(z.object({ id: z.string(), name: z.string() })),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Client");

export const SignalSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    kind: z.enum(SIGNAL_KINDS),
    severity: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    source: z.string(),
    occurredOn: z.string(),
    text: z.string(),
    createdAt: z.string(),
    author: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .openapi("Signal");

export const ClientDetailSchema = ClientSchema.extend({ signals: z.array(SignalSchema) }).openapi("ClientDetail");

export const ClientListItemSchema = ClientSchema.extend({
  lastSignal: z.object({ kind: z.string(), occurredOn: z.string() }).nullable(),
  health: z.object({ score: z.number().nullable(), level: z.string(), computedAt: z.string() }).nullable().openapi({
    description: "the latest computed health (computed when the client's health or the warnings are read)",
  }),
}).openapi("ClientListItem");

export const ClientListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(CLIENT_KINDS).optional(),
  status: z.enum(CLIENT_STATUSES).optional(),
  tag: z.string().trim().max(40).optional(),
  lastSignal: z
    .enum(SIGNAL_KINDS)
    .optional()
    .openapi({ description: "only the clients whose latest signal (by date, then entry) is of this kind" }),
  sort: z.enum(["name", "health"]).optional().openapi({ description: "health: lowest latest score first" }),
});

export const ClientPageSchema = z
  .object({
    items: z.array(ClientListItemSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi("ClientPage");

export const AddSignalSchema = z
  .strictObject({
    kind: z.enum(SIGNAL_KINDS),
    severity: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    source: Text(300).default(""),
    occurredOn: IsoDateSchema,
    text: RequiredText(5000),
  })
  .openapi("AddSignal");
