// t("…") keys are checked against the English catalogue: a key that does not exist is a type error.
import "i18next";
import type { en } from "./en/index.ts";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof en };
    returnNull: false;
  }
}
