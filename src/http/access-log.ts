/**
 * One JSON log line (pino) per request: request id (also sent back as `X-Request-Id`), method, route template (never
 * the raw path: portal and invitation paths carry secret tokens), status, duration, member and client address. No
 * header, cookie, body, token or password is ever logged. The same middleware tells the metrics (see `metrics.ts`)
 * of each answer: one timing, and the route template computed once, for both.
 */
import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import pino, { type Logger } from "pino";
import type { Config } from "../config.ts";
import type { HttpEnv } from "./auth.ts";
import { setAnswerHeader } from "./response-headers.ts";

export type { Logger };

/** Told of every answered request (the metrics' histogram). */
export interface RequestObserver {
  observe(method: string, route: string, status: number, seconds: number): void;
}

/** The server's logger at the configured level (`silent` logs nothing). */
export function createLogger(config: Pick<Config, "logLevel">): Logger {
  return pino({ level: config.logLevel, base: { app: "mandat" } });
}

export function accessLog(logger: Logger, observer?: RequestObserver): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    c.set("requestId", requestId);
    setAnswerHeader(c, "x-request-id", requestId);
    await next();
    const ms = performance.now() - started;
    const { method } = c.req;
    const route = c.req.routePath;
    const status = c.res.status;
    observer?.observe(method, route, status, ms / 1000);
    const level = status >= 500 ? "error" : "info";
    // The line is built only when it is written (a `silent` or `error` logger skips it for every answer below 500).
    if (!logger.isLevelEnabled(level)) return;
    logger[level]({
      reqId: requestId,
      method,
      route,
      status,
      ms: Math.round(ms * 10) / 10,
      member: c.get("principal")?.memberId ?? null,
      ip: c.get("clientIp") ?? null,
    });
  };
}
