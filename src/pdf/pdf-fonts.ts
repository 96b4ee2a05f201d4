/**
 * The fonts every Mandat PDF embeds: DejaVu Sans (regular, bold, oblique) and DejaVu Sans Mono, read from the
 * `dejavu-fonts-ttf` npm package on disk — never from the network. DejaVu covers the whole French repertoire
 * (é è à ç ô œ « » ’ …), the no-break and narrow no-break spaces Intl puts in French numbers (U+00A0, U+202F), and €.
 *
 * pdfkit, fontkit and the parsed fonts are loaded on the first render, not when the server starts (importing pdfkit
 * and fontkit costs a few hundred milliseconds), and then kept for the life of the process: each font file is read
 * and parsed once, and every document embeds the subset it uses of the same parsed font.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Names the fonts are registered under in every document. */
export const PDF_FONT = {
  regular: "Sans",
  bold: "Sans-Bold",
  italic: "Sans-Oblique",
  mono: "Mono",
} as const;
export type PdfFontName = (typeof PDF_FONT)[keyof typeof PDF_FONT];

const FILES: Record<PdfFontName, string> = {
  Sans: "DejaVuSans.ttf",
  "Sans-Bold": "DejaVuSans-Bold.ttf",
  "Sans-Oblique": "DejaVuSans-Oblique.ttf",
  Mono: "DejaVuSansMono.ttf",
};

/** Folder of the TrueType files inside the installed `dejavu-fonts-ttf` package. */
export function dejavuFontDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
}

let cache: Record<PdfFontName, Buffer> | undefined;

/** The font files' bytes, read once per process and shared by every render. */
export function pdfFontFiles(): Record<PdfFontName, Buffer> {
  if (cache === undefined) {
    const dir = dejavuFontDirectory();
    const read = (name: PdfFontName) => readFileSync(join(dir, FILES[name]));
    cache = {
      Sans: read("Sans"),
      "Sans-Bold": read("Sans-Bold"),
      "Sans-Oblique": read("Sans-Oblique"),
      Mono: read("Mono"),
    };
  }
  return cache;
}

/** pdfkit's document class. */
export type PdfKitDocumentClass = typeof import("pdfkit");
/** A font parsed by fontkit, as pdfkit's `registerFont` takes it instead of the file's bytes. */
export type ParsedFont = import("fontkit").Font;

/** Memoises an async load; a failed load is retried on the next call instead of failing forever. */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((err: unknown) => {
      pending = undefined;
      throw err;
    });
    return pending;
  };
}

/** pdfkit, imported on the first PDF of the process. */
export const loadPdfKit: () => Promise<PdfKitDocumentClass> = loadOnce(async () => (await import("pdfkit")).default);

/** The four fonts, read and parsed by fontkit on the first PDF of the process, then shared by every document. */
export const parsedPdfFonts: () => Promise<Record<PdfFontName, ParsedFont>> = loadOnce(async () => {
  const { create } = await import("fontkit");
  const files = pdfFontFiles();
  return {
    Sans: create(files.Sans),
    "Sans-Bold": create(files["Sans-Bold"]),
    "Sans-Oblique": create(files["Sans-Oblique"]),
    Mono: create(files.Mono),
  };
});
