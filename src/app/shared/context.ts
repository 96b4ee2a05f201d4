/**
 * What every use-case receives: the database, the parsed configuration, a clock and an id source. Passing the clock
 * and ids in keeps use-cases testable and the domain free of both.
 */
import type { Kysely } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { Config } from "../../config.ts";
import type { Mailer } from "../../mail/mailer.ts";
import type { Engine } from "../../store/open-database.ts";
import type { Database } from "../../store/schema.ts";

export interface AppContext {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  readonly config: Config;
  /** Key for token hashes (sessions, invitations, API tokens). */
  readonly secret: string;
  /** Outgoing e-mail; undefined without SMTP_URL (messages then wait in the outbox, to be copied). */
  readonly mailer: Mailer | undefined;
  now(): Date;
  newId(): string;
}

export interface CreateContextInput {
  db: Kysely<Database>;
  engine: Engine;
  config: Config;
  secret: string;
  mailer?: Mailer | undefined;
  now?: (() => Date) | undefined;
  newId?: () => string;
}

export function createContext(input: CreateContextInput): AppContext {
  return {
    db: input.db,
    engine: input.engine,
    config: input.config,
    secret: input.secret,
    mailer: input.mailer,
    now: input.now ?? (() => new Date()),
    newId: input.newId ?? (() => uuidv7()),
  };
}

/** ISO-8601 UTC instant, the one format Mandat stores. */
export function isoNow(ctx: AppContext): string {
  return ctx.now().toISOString();
}
