/**
 * The fonts every Mandat PDF embeds: DejaVu Sans (regular, bold, oblique) and DejaVu Sans Mono, read from the
 * `dejavu-fonts-ttf` npm package on disk — never from the network. DejaVu covers the whole French repertoire
 * (é è à ç ô œ « » ’ …), the no-break and narrow no-break spaces Intl puts in French numbers (U+00A0, U+202F), and €.
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
