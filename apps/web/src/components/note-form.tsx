import { t } from "../i18n/index.ts";
import { useState, type FormEvent } from "react";
import { errorText } from "./error-state.tsx";

/** The one note form (a transaction's, a dispute's): the text is kept until the note is saved, then cleared. */
export function NoteForm(props: {
  label: string;
  placeholder: string;
  pending: boolean;
  error: unknown;
  onAdd: (text: string, saved: () => void) => void;
}) {
  const [text, setText] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) props.onAdd(text.trim(), () => setText(""));
  };
  return (
    <form className="note-form" onSubmit={submit}>
      <textarea
        className="input"
        aria-label={props.label}
        placeholder={props.placeholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={4000}
        rows={2}
      />
      {props.error ? (
        <p className="form-error" role="alert">
          {errorText(props.error)}
        </p>
      ) : null}
      <button type="submit" className="button button-sm" disabled={props.pending || !text.trim()}>
        {t("common.addNote")}
      </button>
    </form>
  );
}
