/**
 * The app whose routes the OpenAPI document is generated from, built once per test file on an empty in-memory SQLite
 * database that nothing reads: tests of servers in other processes check their answers against its schemas
 * (`checkedFetch`). It answers no request itself.
 */
import { createContext } from "../../src/app/shared/context.ts";
import { loadConfig } from "../../src/config.ts";
import { createHttpApp, type HttpApp } from "../../src/http/app.ts";
import { openDatabase } from "../../src/store/open-database.ts";
import { checkedFetch } from "./response-contract.ts";

let app: HttpApp | undefined;

export function documentedApp(): HttpApp {
  if (app) return app;
  const store = openDatabase({ sqlitePath: ":memory:" });
  const config = loadConfig({ LOG_LEVEL: "error" });
  app = createHttpApp(createContext({ db: store.db, engine: store.engine, config, secret: "document-only" }));
  return app;
}

/** `fetch` checked against the document: each answer of a documented operation must keep its contract. */
export const contractFetch: typeof fetch = (input, init) => checkedFetch(documentedApp())(input, init);
