// Web tests read the screens in English: the app loads its catalogue on demand (index.ts), tests have it at once.
import { en } from "./en/index.ts";
import { i18n } from "./index.ts";

i18n.addResourceBundle("en", "translation", en);
