// The PDF worker run from the TypeScript sources (tests, `npm run dev`): registers tsx in this thread, then loads
// pdf-worker.ts. A worker's entry is loaded before any `--import` of its own would run, hence this step.
import { register } from "tsx/esm/api";

register();
await import("./pdf-worker.ts");
