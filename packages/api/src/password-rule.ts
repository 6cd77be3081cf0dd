// What a new password must be: long enough and not guessable (zxcvbn's score 3 or more: common passwords,
// names, keyboard walks and dates fail). Demo users are created directly and keep their known password.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

export const MIN_PASSWORD_LENGTH = 10;
export const MIN_PASSWORD_SCORE = 3;

// Built on first use: ranking the dictionaries takes 0.3–0.6 s of CPU, which every process that imports the API
// (each server start, each test file) paid at import while few ever check a password.
let zxcvbn: ZxcvbnFactory | null = null;
const checker = () =>
  (zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  }));

/** Why `password` is refused, in words for the person choosing it; null when it is fine. */
export function passwordProblem(password: string, userInputs: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters`;
  const result = checker().check(password.slice(0, 200), ["paylens", ...userInputs]);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const hint = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(" ");
  return `This password is too easy to guess${hint ? `: ${hint}` : ""}. A few unrelated words make a strong one.`;
}
