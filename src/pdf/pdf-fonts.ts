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

/**
 * A glyph's outline decoded once per process: pdfkit's subsetting decodes every glyph a document uses again (only to
 * see whether it is composite) — a large share of each PDF's time. The parsed font keeps one glyph object per id, so
 * the decoded outline is kept on it; nothing writes to it (DejaVu has no variations to apply).
 */
function decodeGlyphsOnce(font: ParsedFont): ParsedFont {
  type Glyph = { _decode: () => unknown };
  const internals = font as unknown as { getGlyph: (id: number, codePoints?: number[]) => Glyph | null };
  const getGlyph = internals.getGlyph.bind(font);
  const decoded = new WeakSet<Glyph>();
  internals.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph && typeof glyph._decode === "function" && !decoded.has(glyph)) {
      decoded.add(glyph);
      const decode = glyph._decode.bind(glyph);
      let outline: { value: unknown } | undefined;
      glyph._decode = () => {
        outline ??= { value: decode() };
        return outline.value;
      };
    }
    return glyph;
  };
  return font;
}

/** The four fonts, read and parsed by fontkit on the first PDF of the process, then shared by every document. */
export const parsedPdfFonts: () => Promise<Record<PdfFontName, ParsedFont>> = loadOnce(async () => {
  const { create } = await import("fontkit");
  const files = pdfFontFiles();
  const parse = (name: PdfFontName) => decodeGlyphsOnce(create(files[name]) as ParsedFont);
  return {
    Sans: parse("Sans"),
    "Sans-Bold": parse("Sans-Bold"),
    "Sans-Oblique": parse("Sans-Oblique"),
    Mono: parse("Mono"),
  };
});

/** Words laid out per font, kept across documents (about 1 kB each; least recently used dropped first past this many). */
export const SHARED_LAYOUTS_PER_FONT = 1_000;

interface EmbeddedFontInternals {
  font: unknown;
  layoutRun(text: string): unknown;
  layoutCached(text: string): unknown;
}

const sharedLayouts = new WeakMap<object, Map<string, unknown>>();

/**
 * Makes the font pdfkit embeds for one document answer its word layouts from a cache shared by every document of the
 * process (pdfkit keeps one per document, so each PDF shaped every word again with fontkit). A layout depends only on
 * the font and the word (pdfkit asks this cache for words without OpenType features), and pdfkit copies a layout
 * before changing anything in it, so a shared one gives the same output.
 */
export function shareWordLayouts(embedded: unknown): void {
  const font = embedded as EmbeddedFontInternals;
  if (typeof font?.layoutRun !== "function" || typeof font.font !== "object" || font.font === null) return;
  let cache = sharedLayouts.get(font.font);
  if (cache === undefined) {
    cache = new Map();
    sharedLayouts.set(font.font, cache);
  }
  const layouts = cache;
  const layoutRun = font.layoutRun.bind(font);
  font.layoutCached = (text) => {
    let run = layouts.get(text);
    if (run === undefined) {
      run = layoutRun(text);
      if (layouts.size >= SHARED_LAYOUTS_PER_FONT) layouts.delete(layouts.keys().next().value!);
    } else layouts.delete(text); // re-inserted below: the Map's order is the recency order
    layouts.set(text, run);
    return run;
  };
}
