// Every procedure's raw input, before its zod schema sees it: hostile text refused (domain/input-text.ts), card
// numbers and security codes redacted (domain/card.ts), so no note, search or view can carry card data into the
// database, the logs or the audit trail.
import { redactCardData } from "@paylens/domain/card";
import { inputProblem } from "@paylens/domain/input-text";
import { refusal } from "./refusal.ts";

// Passwords are hashed, never stored or logged; redacting one would change it (a password may hold 16 digits).
const SECRET_FIELDS: ReadonlySet<string> = new Set(["password"]);

/** The input as the procedure gets it; throws BAD_REQUEST naming the problem for hostile input. */
export function cleanInput(raw: unknown): unknown {
  const problem = inputProblem(raw);
  if (problem) throw refusal("BAD_REQUEST", "hostile_input", problem);
  if (!raw || typeof raw !== "object" || Array.isArray(raw) || raw instanceof Date) return redactCardData(raw);
  const secrets = Object.entries(raw).filter(([key]) => SECRET_FIELDS.has(key));
  return { ...redactCardData(raw), ...Object.fromEntries(secrets) };
}
