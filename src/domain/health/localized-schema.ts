/** A sentence in both languages (`Localized`), as stored JSON reads it back (decision 0006). */
import { z } from "zod";
import type { Same } from "../same-type.ts";
import type { Localized } from "./localized.ts";

export const LocalizedSchema = z.object({ fr: z.string(), en: z.string() });

true satisfies Same<z.output<typeof LocalizedSchema>, Localized>;
