/**
 * Headers every answer carries — the security headers (CSP without inline scripts, nosniff, frame-ancestors none,
 * no-referrer…) and the request id — written where they cost least. In the server, @hono/node-server hands the app
 * Node's `ServerResponse` (`c.env.outgoing`): they are set on it before the route runs, and Node merges them with
 * the answer's own headers when it writes them. The answer's own headers then stay a plain record (its content type),
 * which the adapter writes as it is, instead of a Fetch `Headers` built, validated, sorted and copied for a dozen
 * fixed values on every request (about 20 µs of a cookie-authenticated read: issue 14). In-process (`app.request`,
 * tests) there is no `ServerResponse`: they go on Hono's answer. No route sets any of these names (on the server, a
 * route's own value would win).
 */
import type { ServerResponse } from "node:http";
import type { Context, MiddlewareHandler } from "hono";

/** The security headers, fixed once (HSTS only when the public URL is https). */
export function securityHeaders(options: { hsts: boolean }): readonly (readonly [string, string])[] {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return [
    ["content-security-policy", csp],
    ["cross-origin-resource-policy", "same-origin"],
    ["cross-origin-opener-policy", "same-origin"],
    ["origin-agent-cluster", "?1"],
    // Portal links carry a secret token in the path: never send it to another site.
    ["referrer-policy", "no-referrer"],
    ...(options.hsts ? [["strict-transport-security", "max-age=31536000"] as const] : []),
    ["x-content-type-options", "nosniff"],
    ["x-dns-prefetch-control", "off"],
    ["x-download-options", "noopen"],
    ["x-frame-options", "DENY"],
    ["x-permitted-cross-domain-policies", "none"],
    ["x-xss-protection", "0"],
  ];
}

/** Node's response when the app runs in the server, else undefined. */
function outgoingOf(c: Context): ServerResponse | undefined {
  return (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
}

/** Sets a header of the answer, whatever the route answers (see above). */
export function setAnswerHeader(c: Context, name: string, value: string): void {
  const outgoing = outgoingOf(c);
  if (outgoing) outgoing.setHeader(name, value);
  else c.header(name, value);
}

/** Every answer carries `headers` (in-process, set on the answer once the route gave it, as Hono's secureHeaders did). */
export function answerHeaders(headers: readonly (readonly [string, string])[]): MiddlewareHandler {
  return async (c, next) => {
    const outgoing = outgoingOf(c);
    if (outgoing) {
      for (const [name, value] of headers) outgoing.setHeader(name, value);
      return next();
    }
    await next();
    for (const [name, value] of headers) c.res.headers.set(name, value);
  };
}
