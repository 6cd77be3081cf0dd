import { t } from "../../i18n/index.ts";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { errorText } from "../../components/error-state.tsx";
import { type Role } from "../../lib/api-types.ts";
import { useTrpc } from "../../trpc.ts";
import { RoleOptions } from "./role-options.tsx";

const MIN_PASSWORD = 10;

export function NewUserForm({ onCreated }: { onCreated: () => void }) {
  const trpc = useTrpc();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("support");
  const [password, setPassword] = useState("");
  const create = useMutation({
    ...trpc.users.create.mutationOptions(),
    onSuccess: () => {
      setEmail("");
      setName("");
      setPassword("");
      onCreated();
    },
  });
  const shortPassword = password.length > 0 && password.length < MIN_PASSWORD;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ email: email.trim(), name: name.trim(), role, password });
  };
  return (
    <form className="admin-form" onSubmit={submit} aria-label={t("users.form.label")}>
      <label className="filter-field">
        <span>{t("users.form.name")}</span>
        <input className="input input-sm" value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <label className="filter-field">
        <span>{t("users.form.email")}</span>
        <input
          className="input input-sm"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
      </label>
      <label className="filter-field">
        <span>{t("users.form.role")}</span>
        <select className="input input-sm" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          <RoleOptions />
        </select>
      </label>
      <label className="filter-field">
        <span>{t("users.form.password")}</span>
        <input
          className="input input-sm"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={shortPassword}
          required
        />
      </label>
      <button
        type="submit"
        className="button button-sm button-primary"
        disabled={create.isPending || !email.trim() || !name.trim() || password.length < MIN_PASSWORD}
      >
        {t("users.form.create")}
      </button>
      {shortPassword ? <p className="form-hint">{t("users.form.short", { min: MIN_PASSWORD })}</p> : null}
      {create.isError ? (
        <p className="form-error" role="alert">
          {errorText(create.error)}
        </p>
      ) : null}
    </form>
  );
}
