// Component tests talk to the real API: msw hands every /trpc request to the tRPC router over a fresh in-memory
// database per test, with the session cookie a browser would hold. Test-only: nothing here reaches the bundle.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { http, type HttpHandler } from "msw";
import { createContextInner, type IncidentControl, type SessionCookie } from "@paylens/api/context";
import { createDemoUsers, DEMO_USERS } from "@paylens/api/demo-users";
import { CSRF_HEADER, principalOf } from "@paylens/api/request-principal";
import { appRouter } from "@paylens/api/root";
import { createCallerFactory } from "@paylens/api/trpc";
import type { Db, DbKind } from "@paylens/db/client";
import { createSession } from "@paylens/db/queries/access";
import { createTestDb, emptyTestDb, type TestDatabase } from "@paylens/db/test-db";

export const TEST_TRPC_URL = "http://localhost/trpc";

const createCaller = createCallerFactory(appRouter);

/** The demo's people by e-mail (ops@paylens.demo, ops2@…), as demo mode creates them. */
export type DemoEmail = (typeof DEMO_USERS)[number]["email"];

export interface Backend {
  db: Db;
  /** The demo user's id. */
  userId(email: DemoEmail): string;
  /** The API as a demo user calls it (another person, in another browser): for setting a test's scene. */
  as(email: DemoEmail): ReturnType<typeof createCaller>;
  /** Signs the browser in as a demo user (a real session row), or out with null. */
  signIn(email: DemoEmail | null): Promise<void>;
  /** The CSRF token of the browser's session, as auth.me hands it to the page. */
  csrfToken: string | null;
  /** Sandbox incident switches as demo mode has them; null (the default) outside demo mode. */
  incidents: IncidentControl | null;
  close(): Promise<void>;
}

/** What the msw handler needs besides: the browser's cookie and the engine. */
export type RunningBackend = Backend & { cookie: SessionCookie; kind: DbKind };

// The database the last test closed, kept for the next test of this worker (vitest keeps modules across files here):
// emptied, it is as fresh as a new one, without booting PGlite and loading the migrated dump again (≈0.6 CPU-s a test).
let spare: TestDatabase | null = null;

async function freshDatabase(): Promise<TestDatabase> {
  const kept = spare;
  spare = null;
  if (kept) {
    try {
      await emptyTestDb(kept);
      return kept;
    } catch {
      await kept.close().catch(() => undefined); // left in a state it cannot leave: start over
    }
  }
  return createTestDb();
}

export async function startBackend(): Promise<RunningBackend> {
  const database: TestDatabase = await freshDatabase();
  const ids = await createDemoUsers(database.db);
  const cookie: SessionCookie = {
    current: null,
    set: (token) => (cookie.current = token),
    clear: () => (cookie.current = null),
  };
  const backend: RunningBackend = {
    db: database.db,
    kind: database.kind,
    cookie,
    csrfToken: null,
    incidents: null,
    userId: (email: DemoEmail) => ids.get(email) ?? "",
    as: (email: DemoEmail) => {
      const user = DEMO_USERS.find((u) => u.email === email);
      if (!user) throw new Error(`no demo user ${email}`);
      const principal = { id: backend.userId(email), name: user.name, role: user.role, kind: "user" as const };
      return createCaller(createContextInner({ db: database.db, dbKind: database.kind, principal }));
    },
    async signIn(email: DemoEmail | null) {
      if (!email) return cookie.clear();
      const session = await createSession(database.db, backend.userId(email), { ip: null, userAgent: null });
      cookie.set(session.token);
      backend.csrfToken = session.csrfToken;
    },
    close: async () => {
      if (spare) await database.close();
      else spare = database;
    },
  };
  return backend;
}

/** The one msw handler for /trpc: the request goes to the router with a context built as the server builds it. */
export function apiHandler(current: () => RunningBackend | null): HttpHandler {
  return http.all(`${TEST_TRPC_URL}/*`, async ({ request }) => {
    const backend = current();
    if (!backend) throw new Error("no test backend: call useMockServer() in the test file");
    return fetchRequestHandler({
      endpoint: "/trpc",
      req: request,
      router: appRouter,
      createContext: async () =>
        createContextInner({
          db: backend.db,
          dbKind: backend.kind,
          ...(await principalOf(backend.db, {
            method: request.method,
            authorization: request.headers.get("authorization") ?? undefined,
            sessionToken: backend.cookie.current,
            csrfToken: request.headers.get(CSRF_HEADER) ?? undefined,
          })),
          session: backend.cookie,
          ip: "203.0.113.7",
          incidents: backend.incidents,
        }),
    });
  });
}
