/**
 * Builds the API over a fresh database of either kind, with one API key per role, and a fetch
 * that goes through `app.request` (no socket) for the generated client.
 */
import { afterAll, beforeAll } from "@effect/vitest"
import { createZhichengClient, type ZhichengClient } from "@zhicheng/client"
import * as Database from "@zhicheng/db/Database"
import type { Role } from "@zhicheng/domain/Audit"
import { type Clock, Effect, Exit, Layer, Scope } from "effect"
import { freshTarget } from "../../../../packages/db/test/support/databases.ts"
import { build } from "../../src/App.ts"
import { defaultOptions, type Options } from "../../src/Server.ts"
import * as Store from "../../src/Store.ts"
import type * as TrainingClock from "../../src/TrainingClock.ts"
import { record, recording } from "./recorder.ts"

export const ROLES = ["enterprise-hr", "clerk", "committee", "admin"] as const satisfies ReadonlyArray<Role>

export interface TestApi {
  readonly built: ReturnType<typeof build>
  readonly target: Database.Target
  readonly keys: Readonly<Record<(typeof ROLES)[number], string>>
  /** A fetch that calls the app in-process. */
  readonly fetch: (input: Request | string, init?: RequestInit) => Promise<Response>
  readonly client: ZhichengClient
  /** The client with a role's key. */
  readonly as: (role: (typeof ROLES)[number]) => ZhichengClient
  readonly dispose: () => Promise<void>
}

/** Fixed keys for tests (never used outside them). */
export const TEST_SECRETS = {
  idHmacKey: "test-hmac-key-0123456789abcdef0123456789",
  idSealKey: "test-seal-key-0123456789abcdef0123456789",
  source: "test",
}

export const quietOptions: Options = {
  ...defaultOptions,
  log: () => {},
  publicRatePerMinute: 100_000,
  perRouteLimits: false,
  // The origin in QR codes is configuration (PublicUrl.ts); the tests' requests go to this one.
  publicUrl: () => "http://test.local",
}

/**
 * A clock a test sets: the API's "today" (China time) and every timestamp come from it, so a test can
 * walk a procedure through dates the real clock has left behind (002's 2023 deadlines).
 */
export { type SettableClock, settableClock } from "../../src/TrainingClock.ts"

/** A fresh API over a fresh database; call `dispose` when done. */
export const startTestApi = async (
  kind: "sqlite" | "postgres",
  options: Partial<Options> = {},
  /** Share another instance's database (a second API process on the same PostgreSQL). */
  shared?: Database.Target,
  /**
   * The API's clock (`settableClock`); the real one when absent. A demo training clock
   * (`TrainingClock.make`) also registers the training routes and the training-day header.
   */
  clock?: Clock.Clock | TrainingClock.TrainingClock,
): Promise<TestApi> => {
  const scope = Effect.runSync(Scope.make())
  const target = shared ?? (await Effect.runPromise(Scope.extend(freshTarget(kind), scope)))
  const training = clock !== undefined && "offsetDays" in clock ? clock : undefined
  const database =
    clock === undefined || training !== undefined
      ? Database.layer(target)
      : Layer.merge(Database.layer(target), Layer.setClock(clock))
  const built = build(database, TEST_SECRETS, { ...quietOptions, ...options }, training)
  const keys = {} as Record<(typeof ROLES)[number], string>
  for (const role of ROLES)
    keys[role] = (await built.runtime.runPromise(Store.createKey(`test-${role}`, role))).key
  const appFetch = async (input: Request | string, init?: RequestInit) => {
    const req = typeof input === "string" ? new Request(new URL(input, "http://test.local"), init) : input
    if (!recording) return built.app.fetch(req)
    const copy = req.clone()
    const res = await built.app.fetch(req)
    // In the background: a test may still be streaming the request's body or reading the answer.
    void record(copy, res.clone()).catch(() => {})
    return res
  }
  const clientFor = (key?: string) =>
    createZhichengClient({ baseUrl: "http://test.local", fetch: appFetch as typeof fetch, apiKey: key })
  return {
    built,
    target,
    keys,
    fetch: appFetch,
    client: clientFor(),
    as: (role) => clientFor(keys[role]),
    dispose: async () => {
      await built.runtime.dispose()
      await Effect.runPromise(Scope.close(scope, Exit.void))
    },
  }
}

/**
 * Starts an API over a fresh `kind` database before the tests of the enclosing `describe` (or file),
 * hands it to `keep`, and disposes it after them.
 */
export const useTestApi = (kind: "sqlite" | "postgres", keep: (api: TestApi) => void) => {
  let api: TestApi | undefined
  beforeAll(async () => {
    api = await startTestApi(kind)
    keep(api)
  }, 60_000)
  afterAll(async () => {
    await api?.dispose()
  })
}
