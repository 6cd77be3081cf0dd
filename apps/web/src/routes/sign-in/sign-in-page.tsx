import { useTranslation } from "react-i18next";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { errorText } from "../../components/error-state.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";
import { useReplaceSession } from "../../components/use-replace-session.ts";
import { useTrpc } from "../../trpc.ts";

/** Shown by the shell in place of any screen while nobody is signed in; the URL stays, so after sign-in the user is where they were heading. */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("signIn.title"));
  const trpc = useTrpc();
  const replaceSession = useReplaceSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  // Answers cached before (or the 401s that ended the last session) are not this person's.
  const signIn = useMutation({ ...trpc.auth.signIn.mutationOptions(), onSuccess: replaceSession });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) return;
    signIn.mutate({ email: email.trim(), password });
  };

  return (
    <main className="sign-in" id="main">
      <form className="sign-in-card" onSubmit={submit} aria-labelledby="sign-in-title" noValidate>
        <div className="brand">
          <svg width="22" height="22" viewBox="0 0 20 20" aria-hidden="true">
            <rect x="1" y="1" width="18" height="18" rx="5" fill="currentColor" />
            <path
              d="M6.5 14V6h4a2.5 2.5 0 0 1 0 5h-4"
              fill="none"
              stroke="var(--on-strong)"
              strokeWidth="1.8"
              strokeLinejoin="round"
            />
          </svg>
          <span>Paylens</span>
        </div>
        <h1 id="sign-in-title">{t("signIn.title")}</h1>
        <p className="muted">{t("signIn.subtitle")}</p>
        <label className="form-field">
          <span>{t("signIn.email")}</span>
          <input
            className="input"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
            autoFocus
          />
        </label>
        <label className="form-field">
          <span>{t("signIn.password")}</span>
          <input
            className="input"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {signIn.isError ? (
          <p className="form-error" role="alert">
            {errorText(signIn.error)}
          </p>
        ) : null}
        <button
          type="submit"
          className="button button-primary"
          disabled={signIn.isPending || !email.trim() || !password}
        >
          {signIn.isPending ? t("signIn.signingIn") : t("signIn.submit")}
        </button>
      </form>
    </main>
  );
}
