/** The parts of a received multipart message, each decoded (base64 or quoted-printable) with its headers. */
export interface MimePart {
  headers: string;
  contentType: string;
  filename: string | undefined;
  bytes: Buffer;
  text: string;
}

function decode(headers: string, body: string): Buffer {
  if (/Content-Transfer-Encoding:\s*base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ""), "base64");
  if (/Content-Transfer-Encoding:\s*quoted-printable/i.test(headers)) {
    const latin = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    return Buffer.from(latin, "latin1");
  }
  return Buffer.from(body, "utf8");
}

/** Every leaf part of the message (nested multiparts are walked). */
export function mimeParts(raw: string): MimePart[] {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, split);
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1];
  if (!/Content-Type:\s*multipart\//i.test(headers) || !boundary) {
    const bytes = decode(headers, body);
    return [
      {
        headers,
        contentType: /Content-Type:\s*([^;\r\n]+)/i.exec(headers)?.[1]?.trim() ?? "text/plain",
        filename: /filename="?([^";\r\n]+)"?/i.exec(headers)?.[1],
        bytes,
        text: bytes.toString("utf8"),
      },
    ];
  }
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith("--"))
    .flatMap((chunk) => mimeParts(chunk.replace(/^\r?\n/, "")));
}
