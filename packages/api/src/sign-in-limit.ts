// Sign-in attempts per address and per e-mail: 10 a minute each, so passwords cannot be guessed at speed.
const WINDOW_MS = 60_000;
const LIMIT = 10;
const attempts = new Map<string, number[]>();

export function allowSignIn(ip: string | null, email: string, now = Date.now()): boolean {
  let allowed = true;
  for (const key of [`ip:${ip ?? "?"}`, `email:${email.toLowerCase()}`]) {
    const recent = (attempts.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
    if (recent.length >= LIMIT) allowed = false;
    recent.push(now);
    attempts.set(key, recent);
  }
  if (attempts.size > 10_000) attempts.clear(); // bounded memory under a spray of addresses
  return allowed;
}
