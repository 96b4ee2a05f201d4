/**
 * The HTTP application: security headers, body limits, authentication, the API routes, the OpenAPI document, the API
 * reference and the web UI. Tests call `app.request()` on it in-process; `server.ts` listens with it.
 */
import { existsSync } from "node:fs";
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { TrieRouter } from "hono/router/trie-router";
import type { AppContext } from "../app/shared/context.ts";
import { DomainError } from "../domain/errors.ts";
import { pingDatabase } from "../store/instance-store.ts";
import type { PoolStats } from "../store/open-database.ts";
import { isUnavailable } from "../store/store-errors.ts";
import { accessLog, createLogger, type Logger } from "./access-log.ts";
import { apiDocs } from "./api-docs.ts";
import { authentication, clientAddress, type HttpEnv } from "./auth.ts";
import { HttpMetrics, mountMetrics } from "./metrics.ts";
import { completeDocument, DOCUMENT_INFO } from "./openapi-document.ts";
import { problemResponse, toDomainError, UNAVAILABLE_RETRY_SECONDS, validationError } from "./problem.ts";
import { answerHeaders, securityHeaders } from "./response-headers.ts";
import { accountRoutes } from "./routes/account-routes.ts";
import { auditRoutes } from "./routes/audit-routes.ts";
import { authRoutes } from "./routes/auth-routes.ts";
import { changeOrderRoutes } from "./routes/change-order-routes.ts";
import { clientRoutes } from "./routes/client-routes.ts";
import { dashboardRoutes } from "./routes/dashboard-routes.ts";
import { decisionRoutes } from "./routes/decision-routes.ts";
import { exitRoutes } from "./routes/exit-routes.ts";
import { healthRoutes } from "./routes/health-routes.ts";
import { invoiceRoutes } from "./routes/invoice-routes.ts";
import { invoiceSendingRoutes } from "./routes/invoice-sending-routes.ts";
import { mailboxRoutes } from "./routes/mailbox-routes.ts";
import { mandateRoutes } from "./routes/mandate-routes.ts";
import { notificationRoutes } from "./routes/notification-routes.ts";
import { offerRoutes } from "./routes/offer-routes.ts";
import { outboxRoutes } from "./routes/outbox-routes.ts";
import { portalRoutes } from "./routes/portal-routes.ts";
import { receivableRoutes } from "./routes/receivable-routes.ts";
import { recurringRoutes } from "./routes/recurring-routes.ts";
import { roundRoutes } from "./routes/round-routes.ts";
import { searchRoutes } from "./routes/search-routes.ts";
import { setupRoutes } from "./routes/setup-routes.ts";
import { timeRoutes } from "./routes/time-routes.ts";
import { workspaceRoutes } from "./routes/workspace-routes.ts";
import { mountWebUi } from "./static-assets.ts";
import { twoFactorGate } from "./two-factor-gate.ts";
import { closeAfterUnreadBody } from "./unread-body.ts";
import { wellFormedInput } from "./well-formed-input.ts";
import { workspaceIds } from "./workspace-ids.ts";

export const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpAppOptions {
  /** Folder of the built web UI (web/dist); not served when absent. */
  webDist?: string | undefined;
  /** Where request and error lines go; a pino logger at the configured level when not given. */
  logger?: Logger | undefined;
  /** The PostgreSQL pool's connections, for /metrics. */
  poolStats?: (() => PoolStats) | undefined;
}

export function createHttpApp(ctx: AppContext, options: HttpAppOptions = {}) {
  const app = new OpenAPIHono<HttpEnv>({
    // The routes' paths are beyond Hono's RegExpRouter (the same segment takes differently named parameters), so its
    // default router would build one on the first request, fail, and then build this one: built directly instead.
    router: new TrieRouter(),
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, result.target);
    },
  });

  app.use("*", answerHeaders(securityHeaders({ hsts: ctx.config.secureCookies })));

  const logger = options.logger ?? createLogger(ctx.config);
  app.use("*", clientAddress(ctx));
  const metrics = new HttpMetrics();
  app.use("*", accessLog(logger, metrics));
  mountMetrics(app, ctx, metrics, options.poolStats);

  app.onError((err, c) => {
    const known = toDomainError(err);
    if (known) return problemResponse(c, known);
    logger.error({ reqId: c.get("requestId"), method: c.req.method, route: c.req.routePath, err }, "request failed");
    return c.body(
      JSON.stringify({
        type: "about:blank",
        title: "Internal error",
        status: 500,
        code: "internal",
        detail: "see server log",
      }),
      500,
      { "content-type": "application/problem+json" },
    );
  });

  // Liveness: the process answers (a load balancer restarts it otherwise). Never touches the database, so an outage
  // of PostgreSQL does not get healthy processes killed.
  app.get("/healthz", (c) => c.json({ status: "ok", engine: ctx.engine }));
  // Readiness: whether the database answers now (a load balancer stops sending requests while it does not).
  app.get("/readyz", async (c) => {
    try {
      await pingDatabase(ctx.db);
      return c.json({ status: "ready", engine: ctx.engine });
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      return c.json({ status: "unavailable", engine: ctx.engine }, 503, {
        "retry-after": String(UNAVAILABLE_RETRY_SECONDS),
      });
    }
  });

  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new DomainError("payload_too_large", `request body over ${MAX_BODY_BYTES} bytes`);
    },
  });
  // GET and HEAD carry no body to limit (nor to parse): they skip the limit's work.
  app.use("/api/*", (c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? next() : limitBody(c, next)));
  app.use("/api/*", closeAfterUnreadBody());
  app.use("/api/v1/*", wellFormedInput());
  app.use("/api/v1/*", authentication(ctx));
  app.use("/api/v1/*", twoFactorGate());
  app.use("/api/v1/*", workspaceIds(ctx));
  app.route("/api/v1", authRoutes(ctx));
  app.route("/api/v1", accountRoutes(ctx));
  app.route("/api/v1", workspaceRoutes(ctx));
  app.route("/api/v1", clientRoutes(ctx));
  app.route("/api/v1", auditRoutes(ctx));
  app.route("/api/v1", offerRoutes(ctx));
  app.route("/api/v1", mandateRoutes(ctx));
  app.route("/api/v1", portalRoutes(ctx));
  app.route("/api/v1", outboxRoutes(ctx));
  app.route("/api/v1", roundRoutes(ctx));
  app.route("/api/v1", mailboxRoutes(ctx));
  app.route("/api/v1", changeOrderRoutes(ctx));
  app.route("/api/v1", timeRoutes(ctx));
  app.route("/api/v1", healthRoutes(ctx));
  app.route("/api/v1", decisionRoutes(ctx));
  app.route("/api/v1", exitRoutes(ctx));
  app.route("/api/v1", invoiceRoutes(ctx));
  app.route("/api/v1", invoiceSendingRoutes(ctx));
  app.route("/api/v1", receivableRoutes(ctx));
  app.route("/api/v1", recurringRoutes(ctx));
  app.route("/api/v1", searchRoutes(ctx));
  app.route("/api/v1", dashboardRoutes(ctx));
  app.route("/api/v1", setupRoutes(ctx));
  app.route("/api/v1", notificationRoutes(ctx));

  // The document is built once, on first request, from every route registered above; completed with what only the
  // whole API knows (security, operation ids, servers, tags).
  let document: ReturnType<typeof completeDocument> | undefined;
  app.get("/api/v1/openapi.json", (c) => {
    document ??= completeDocument(app.getOpenAPI31Document({ openapi: "3.1.0", info: DOCUMENT_INFO }));
    return c.json(document);
  });
  app.route("/api/docs", apiDocs());

  app.all("/api/*", (c) => problemResponse(c, new DomainError("not_found", `no route ${c.req.method} ${c.req.path}`)));

  const webDist = options.webDist;
  if (webDist && existsSync(webDist)) mountWebUi(app, webDist);
  return app;
}

export type HttpApp = ReturnType<typeof createHttpApp>;
