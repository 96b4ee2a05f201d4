/** The part of fontkit (a dependency of pdfkit, without types of its own) that Mandat calls. */
declare module "fontkit" {
  /** A parsed font, as pdfkit's `registerFont` accepts it in place of the file's bytes. */
  export interface Font {
    readonly postscriptName: string;
    layout(text: string, features?: unknown): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
