/**
 * One JSON log line (pino) per request: request id (also sent back as `X-Request-Id`), method, route template (never
 * the raw path: portal and invitation paths carry secret tokens), status, duration, member and client address. No
 * header, cookie, body, token or password is ever logged.
 */
import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import pino, { type Logger } from "pino";
import type { Config } from "../config.ts";
import type { HttpEnv } from "./auth.ts";

export type { Logger };

/** The server's logger at the configured level (`silent` logs nothing). */
export function createLogger(config: Pick<Config, "logLevel">): Logger {
  return pino({ level: config.logLevel, base: { app: "mandat" } });
}

export function accessLog(logger: Logger): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    c.set("requestId", requestId);
    c.header("x-request-id", requestId);
    await next();
    const status = c.res.status;
    logger[status >= 500 ? "error" : "info"]({
      reqId: requestId,
      method: c.req.method,
      route: c.req.routePath,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      member: c.get("principal")?.memberId ?? null,
      ip: c.get("clientIp") ?? null,
    });
  };
}
