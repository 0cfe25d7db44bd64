/**
 * A whole bureau over one fresh database: every SQL repository, the server keys and every domain
 * service, composed by `Services.layer` as the API's runtime is, with test keys and (optionally)
 * other editions. Use it for end-to-end tests that cross services; a test of one service should keep
 * its own smaller layer. Also: decided applications made the short way, for
 * certificate tests and benchmarks (`seedApplication`, `issueRequestFor`).
 */
import {
  type Application,
  ApplicationRepository,
  type ApplicationState,
  Applications,
  type Outcome,
} from "@zhicheng/domain/Applications"
import type { Actor } from "@zhicheng/domain/Audit"
import type { BodyCode, HolderIdHmac, IssueRequest } from "@zhicheng/domain/Certificates"
import type { Edition } from "@zhicheng/domain/Policy"
import type { Profile } from "@zhicheng/domain/Profile"
import * as Registry from "@zhicheng/domain/Registry"
import { Effect, type Layer, Redacted } from "effect"
import type * as Database from "../../src/Database.ts"
import * as Services from "../../src/Services.ts"
import { freshDatabase } from "./databases.ts"
import { makeId } from "./fixtures.ts"

/** Test-only server secrets (at least 32 characters each). */
export const TEST_ID_HMAC_KEY = "bureau-test-hmac-key-0123456789abcdef"
export const TEST_ID_SEAL_KEY = "bureau-test-seal-key-0123456789abcdef"

/**
 * Every repository and service (`Services.layer`) over a fresh, migrated database of `kind`, under
 * the test keys, for `editions` (the registry's by default).
 */
export const bureauLayer = (
  kind: "sqlite" | "postgres",
  editions: ReadonlyArray<Edition> = Registry.EDITIONS,
) => servicesOver(freshDatabase(kind), editions)

/** As {@link bureauLayer}, over a given database layer (e.g. `Database.layer(target)` in a worker process). */
export const servicesOver = (
  database: Layer.Layer<Database.Services>,
  editions: ReadonlyArray<Edition> = Registry.EDITIONS,
) =>
  Services.layer(database, {
    idHmacKey: Redacted.make(TEST_ID_HMAC_KEY),
    idSealKey: Redacted.make(TEST_ID_SEAL_KEY),
    editions,
  })

// ---------------------------------------------------------------------------------------------
// Applications made the short way

const SEEDER: Actor = { id: "test-seeder", role: "system" }

/** Where {@link seedApplication} leaves an application, and what it prints. */
export interface Seed {
  /** The applicant's name (default 测试员<n>). */
  readonly name?: string
  readonly specialty?: string
  /** Default "decided". */
  readonly state?: ApplicationState
  /** For "decided" (default "approved"). */
  readonly outcome?: Outcome
}

/**
 * Application `n` (a fictional applicant, Shangyu 2023 normal track) created through
 * `Applications.create`, then set straight to `seed.state` — decided and approved by default —
 * through the repository. It skips the procedure in between (publicity, recommendation…), which
 * Applications.test.ts and BureauYear.test.ts play through; certificate tests only need where it ends.
 */
export const seedApplication = (n: number, seed: Seed = {}) =>
  Effect.gen(function* () {
    const apps = yield* Applications
    const repo = yield* ApplicationRepository
    const created = yield* apps
      .create(
        {
          profile: { residentId: makeId(n), name: seed.name ?? `测试员${n}` } as Profile,
          edition: "shangyu-2023-3",
          track: "shangyu-2023-3/normal",
          specialty: seed.specialty ?? "机电制造",
          employer: "示例机电有限公司",
          unit: "91330604MA0000001X",
        },
        SEEDER,
      )
      .pipe(Effect.orDie)
    const state = seed.state ?? "decided"
    if (state === "draft") return created
    const next: Application = {
      ...created,
      state,
      ...(state === "decided" ? { outcome: seed.outcome ?? "approved" } : {}),
      version: created.version + 1,
    }
    if (!(yield* repo.update(next))) return yield* Effect.dieMessage(`seeding application ${n}: not updated`)
    return next
  })

/**
 * What the certificate of a seeded application prints (as `Certificates.printedFor` works it out) under
 * `body`; `Certificates.issue` takes it as its input too, reading only the id and what the body states.
 */
export const issueRequestFor = (
  app: Application,
  body: { readonly code: string; readonly name: string } = {
    code: "SYRS",
    name: "绍兴市上虞区人力资源和社会保障局",
  },
): IssueRequest => ({
  applicationId: app.id,
  holderName: app.name,
  holderIdHmac: app.idHmac as HolderIdHmac,
  title: "工程师",
  // The level the application sought (the seeded ones: the Shangyu normal track's intermediate).
  level: app.target?.level ?? "intermediate",
  series: "工程系列",
  specialty: app.specialty,
  issuingBody: { code: body.code as BodyCode, name: body.name },
  approvalNo: "虞人社职〔2024〕12号",
})
