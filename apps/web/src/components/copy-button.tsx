import { useTranslation } from "react-i18next";
import { useEffect, useState } from "react";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 1500);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <button
      type="button"
      className={`copy-button copy-${state}`}
      aria-label={t("common.copyWhat", { what: label })}
      title={state === "failed" ? t("common.copyFailedHelp") : t("common.copyWhat", { what: label })}
      onClick={() => void copyText(value).then((ok) => setState(ok ? "copied" : "failed"))}
    >
      {state === "copied" ? t("common.copied") : state === "failed" ? t("common.copyFailed") : t("common.copy")}
    </button>
  );
}
