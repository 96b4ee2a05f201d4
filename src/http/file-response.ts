/** Binary answers (PDF, zip, CSV): one way to send a file and to describe it in the OpenAPI document. */
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";

export function fileResponse(
  c: Context,
  file: { bytes: Uint8Array; filename: string },
  type: string,
  disposition: "inline" | "attachment" = "inline",
): Response {
  return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
    "content-type": type,
    "content-disposition": `${disposition}; filename="${file.filename}"`,
  });
}

/** The OpenAPI description of a file answer. */
export function fileContent(type: string, description: string) {
  return { description, content: { [type]: { schema: z.string().openapi({ format: "binary" }) } } };
}
