/**
 * A request refused before its body was read (a body that is not JSON: 415; a route that takes none) leaves the rest
 * of that body on the connection. The server drains a little of it, but past that it drops the socket — after having
 * answered `Connection: keep-alive`, so a client reusing the connection sees its next request fail. Such answers say
 * `Connection: close` instead: the client opens a new connection, as it was told.
 */
import type { MiddlewareHandler } from "hono";

export function closeAfterUnreadBody(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const length = Number(c.req.header("content-length") ?? 0);
    const hasBody = length > 0 || c.req.header("transfer-encoding") !== undefined;
    if (!hasBody || c.req.raw.bodyUsed || c.res.headers.get("connection") === "close") return;
    const headers = new Headers(c.res.headers);
    headers.set("connection", "close");
    c.res = new Response(c.res.body, { status: c.res.status, statusText: c.res.statusText, headers });
  };
}
