// Every language's catalogue at once, for the tests that compare them; the app loads one language at a time (index.ts).
import { en } from "./en/index.ts";
import { pl } from "./pl/index.ts";
import { ru } from "./ru/index.ts";

export const catalogues = { en, ru, pl } as const;
