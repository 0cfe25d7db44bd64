/**
 * In-memory implementations of the ports the Applications service runs on, for procedure tests in
 * the domain without a database: `ApplicationRepository`, `IntegrityRepository`, `PublicityRepository`,
 * `AuditLog`, `Transactor`, `AdoptionRepository` and `PilotUnitRepository`, over one `MemoryStore`, plus the
 * real `IdHmac` under a test key (WebCrypto needs no database). They follow the SQL repositories of
 * packages/db (whose contract tests run on both databases): `update` is a compare-and-set on the
 * version, lists page after a cursor in creation order then id, transition rows are numbered per
 * application, the audit log is the same hash chain, and a transaction that fails leaves the store
 * as it found it (a snapshot restored; a nested one rolls back only its own part, as a savepoint).
 *
 * Transactions run one at a time (a semaphore, as SQLite runs one write transaction at a time), so
 * the locks the procedures take (`lock`, `lockUnit`, `lockYear`) have nothing left to serialise and
 * are no-ops. Writes outside a transaction are not serialised: a test that races steps without one
 * needs the SQL stores. Rosters are not implemented here: `rosterEntries` is the table RosterRepository
 * would write, which a test seeds where the adoption count should see finalised rosters.
 *
 * Use `procedureLayer(editions)` for the Applications service (with Publicity and the work calendar)
 * on a fresh store; `MemoryStore` in the context gives the tables to inspect.
 */

import { Clock, Context, Effect, Exit, FiberRef, Layer, Option, Redacted } from "effect"
import { AdoptionRepository, type RecordedFigures } from "../../src/Adoptions.ts"
import {
  type Application,
  ApplicationRepository,
  Applications,
  type IntegrityBanEntry,
  IntegrityRepository,
  type Transition,
} from "../../src/Applications.ts"
import { type AuditEntry, AuditLog, GENESIS, hashOf, Transactor } from "../../src/Audit.ts"
import { IdHmac } from "../../src/PersonalId.ts"
import { type PilotUnit, PilotUnitRepository, type Review } from "../../src/PilotUnits.ts"
import type { Edition } from "../../src/Policy.ts"
import { type Notice, type Objection, Publicity, PublicityRepository } from "../../src/Publicity.ts"
import * as Registry from "../../src/Registry.ts"
import { WorkCalendar } from "../../src/WorkCalendar.ts"

/** An entry of an adoption roster, as RosterRepository would store it (only what the adoption count reads). */
export interface RosterEntryRow {
  readonly roster: string
  readonly unitId: string
  readonly year: number
  readonly finalised: boolean
  readonly idHmac: string
}

/** Every table of the store: one value, so a transaction snapshots and restores it whole. */
export interface Tables {
  readonly applications: Map<string, Application>
  readonly transitions: Map<string, Array<Transition>>
  readonly bans: Array<IntegrityBanEntry>
  readonly notices: Map<string, Notice>
  readonly objections: Map<string, Objection>
  readonly audit: Array<AuditEntry>
  /** Keyed `<unit id>/<year>`. */
  readonly figures: Map<string, RecordedFigures>
  readonly pilotUnits: Map<string, PilotUnit>
  readonly reviews: Array<Review>
  readonly rosterEntries: Array<RosterEntryRow>
}

const emptyTables = (): Tables => ({
  applications: new Map(),
  transitions: new Map(),
  bans: [],
  notices: new Map(),
  objections: new Map(),
  audit: [],
  figures: new Map(),
  pilotUnits: new Map(),
  reviews: [],
  rosterEntries: [],
})

/** The store's tables (read them to check what a step wrote; seed `rosterEntries` where needed). */
export class MemoryStore extends Context.Tag("zhicheng/test/MemoryStore")<
  MemoryStore,
  { tables: Tables }
>() {}

/** What SQL hands back is never the object that was written: a copy, so callers cannot edit the store. */
const copy = <A>(a: A): A => structuredClone(a)

/** As a JSON column stores it (undefined fields dropped). */
const asJson = <A>(a: A): A => JSON.parse(JSON.stringify(a)) as A

/** The list order: creation time, then id (SQL's `ORDER BY created_at, id`). */
const byCreation = (a: Application, b: Application) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

const inYear = (day: string | undefined, year: number) =>
  day !== undefined && day >= `${year}-01-01` && day <= `${year}-12-31`

/** States in which a recommendation counts (ApplicationsSql's RECOMMENDED, AdoptionsSql's COUNTED). */
const RECOMMENDED: ReadonlyArray<string> = [
  "recommended",
  "decided",
  "certificate-issued",
  "certificate-revoked",
]
const counted = (a: Application) => RECOMMENDED.includes(a.state) && a.outcome !== "rejected"

/** Latest publication first (PublicitySql's `ORDER BY published DESC, opened_at DESC, id DESC`). */
const latestFirst = (a: Notice, b: Notice) =>
  a.published !== b.published
    ? b.published.localeCompare(a.published)
    : a.openedAt !== b.openedAt
      ? b.openedAt.localeCompare(a.openedAt)
      : b.id.localeCompare(a.id)

const isoNow = Effect.map(Clock.currentTimeMillis, (ms) => new Date(ms).toISOString())

const repositories = (store: { tables: Tables }) => {
  const t = () => store.tables

  const applications: Context.Tag.Service<ApplicationRepository> = {
    insert: (a) =>
      Effect.suspend(() => {
        if (t().applications.has(a.id)) return Effect.dieMessage(`duplicate application id ${a.id}`)
        t().applications.set(a.id, copy(a))
        return Effect.void
      }),
    get: (id) => Effect.sync(() => Option.map(Option.fromNullable(t().applications.get(id)), copy)),
    list: (filter) =>
      Effect.sync(() => {
        const { after } = filter
        return [...t().applications.values()]
          .filter(
            (a) =>
              (filter.state === undefined || a.state === filter.state) &&
              (filter.edition === undefined || a.edition === filter.edition) &&
              (filter.unit === undefined || a.unit === filter.unit) &&
              (filter.createdBy === undefined || a.createdBy === filter.createdBy) &&
              (after === undefined ||
                a.createdAt > after.createdAt ||
                (a.createdAt === after.createdAt && a.id > after.id)),
          )
          .sort(byCreation)
          .slice(0, filter.limit)
          .map(copy)
      }),
    update: (next) =>
      Effect.sync(() => {
        const stored = t().applications.get(next.id)
        if (stored === undefined || stored.version !== next.version - 1) return false
        t().applications.set(next.id, copy(next))
        return true
      }),
    appendTransition: (input) =>
      Effect.sync(() => {
        const rows = t().transitions.get(input.application) ?? []
        const row: Transition = { ...asJson(input), seq: rows.length + 1 }
        t().transitions.set(input.application, [...rows, row])
        return copy(row)
      }),
    history: (id) => Effect.sync(() => copy(t().transitions.get(id) ?? [])),
    lock: () => Effect.void,
    liveFor: ({ idHmac, edition, level }) =>
      Effect.sync(() =>
        [...t().applications.values()]
          .filter(
            (a) =>
              a.idHmac === idHmac &&
              a.edition === edition &&
              a.target?.level === level &&
              a.state !== "withdrawn" &&
              a.state !== "certificate-revoked" &&
              a.outcome !== "rejected",
          )
          .sort(byCreation)
          .map((a) => ({ id: a.id, state: a.state })),
      ),
    countRecommended: ({ edition, track, unit, year }) =>
      Effect.sync(
        () =>
          [...t().applications.values()].filter(
            (a) =>
              a.edition === edition &&
              a.track === track &&
              a.unit === unit &&
              counted(a) &&
              inYear(a.recommendedOn, year),
          ).length,
      ),
  }

  const integrity: Context.Tag.Service<IntegrityRepository> = {
    bansFor: (idHmac) =>
      Effect.sync(() =>
        copy(t().bans.filter((b) => b.idHmac === idHmac)).sort((a, b) => a.foundOn.localeCompare(b.foundOn)),
      ),
    record: (ban) =>
      Effect.sync(() => {
        t().bans.push(asJson(ban))
      }),
  }

  const publicity: Context.Tag.Service<PublicityRepository> = {
    insertNotice: (n) =>
      Effect.sync(() => {
        t().notices.set(n.id, copy(n))
      }),
    getNotice: (id) => Effect.sync(() => Option.map(Option.fromNullable(t().notices.get(id)), copy)),
    closeNotice: (id, at, by) =>
      Effect.sync(() => {
        const n = t().notices.get(id)
        if (n === undefined || n.status !== "open") return false
        t().notices.set(id, { ...n, status: "closed", closedAt: at, closedBy: copy(by) })
        return true
      }),
    current: (today, limit) =>
      Effect.sync(() =>
        [...t().notices.values()]
          .filter((n) => n.status === "open" && n.published <= today && n.end >= today)
          .sort(latestFirst)
          .slice(0, limit)
          .map(copy),
      ),
    noticesFor: (subject) =>
      Effect.sync(() =>
        [...t().notices.values()]
          .filter((n) => n.subjects.some((s) => s.kind === subject.kind && s.id === subject.id))
          .sort(latestFirst)
          .map(copy),
      ),
    insertObjection: (o) =>
      Effect.sync(() => {
        t().objections.set(o.id, copy(o))
      }),
    getObjection: (id) => Effect.sync(() => Option.map(Option.fromNullable(t().objections.get(id)), copy)),
    objections: (filter) =>
      Effect.sync(() =>
        [...t().objections.values()]
          .filter(
            (o) =>
              (filter.notice === undefined || o.notice === filter.notice) &&
              (filter.subject === undefined ||
                (o.subject.kind === filter.subject.kind && o.subject.id === filter.subject.id)) &&
              (filter.status === undefined || o.status === filter.status),
          )
          .sort((a, b) =>
            a.filedAt !== b.filedAt ? a.filedAt.localeCompare(b.filedAt) : a.id.localeCompare(b.id),
          )
          .map(copy),
      ),
    resolveObjection: (id, r) =>
      Effect.sync(() => {
        const o = t().objections.get(id)
        if (o === undefined || o.status !== "open") return false
        t().objections.set(id, { ...o, status: r.status, resolution: copy(r) })
        return true
      }),
  }

  const audit: Context.Tag.Service<AuditLog> = {
    append: (input) =>
      Effect.gen(function* () {
        const last = t().audit.at(-1)
        const draft = {
          seq: (last?.seq ?? 0) + 1,
          at: yield* isoNow,
          actor: input.actor,
          action: input.action,
          subject: input.subject,
          data: asJson(input.data) as Record<string, unknown>,
          prevHash: last?.hash ?? GENESIS,
        }
        const entry: AuditEntry = { ...draft, hash: yield* hashOf(draft) }
        t().audit.push(entry)
        return copy(entry)
      }),
    all: Effect.sync(() => copy(t().audit)),
    page: (after, limit) =>
      Effect.sync(() =>
        copy(
          t()
            .audit.filter((e) => e.seq > after)
            .slice(0, limit),
        ),
      ),
  }

  const adoptions: Context.Tag.Service<AdoptionRepository> = {
    figures: (unitId, year) =>
      Effect.sync(() => Option.map(Option.fromNullable(t().figures.get(`${unitId}/${year}`)), copy)),
    saveFigures: (f) =>
      Effect.sync(() => {
        t().figures.set(`${f.unitId}/${f.year}`, copy(f))
      }),
    lockUnit: () => Effect.void,
    count: ({ unitId, year, edition, rosters, adding }) =>
      Effect.sync(() => {
        const onRosters = new Set(
          rosters
            ? t()
                .rosterEntries.filter((e) => e.unitId === unitId && e.year === year && e.finalised)
                .map((e) => e.idHmac)
            : [],
        )
        const recommended = new Set(
          [...t().applications.values()]
            .filter(
              (a) =>
                a.unit === unitId && a.edition === edition && counted(a) && inYear(a.recommendedOn, year),
            )
            .map((a) => a.idHmac),
        )
        const people = new Set([...onRosters, ...recommended])
        const added = [
          ...(adding.roster !== undefined
            ? t()
                .rosterEntries.filter((e) => e.roster === adding.roster)
                .map((e) => e.idHmac)
            : []),
          ...(adding.idHmac !== undefined ? [adding.idHmac] : []),
        ]
        return {
          people: people.size,
          onRosters: onRosters.size,
          recommended: recommended.size,
          withAdded: new Set([...people, ...added]).size,
        }
      }),
  }

  const pilotUnits: Context.Tag.Service<PilotUnitRepository> = {
    insert: (u) =>
      Effect.suspend(() => {
        if (t().pilotUnits.has(u.id)) return Effect.dieMessage(`duplicate pilot unit id ${u.id}`)
        t().pilotUnits.set(u.id, copy(u))
        return Effect.void
      }),
    update: (u) =>
      Effect.sync(() => {
        if (t().pilotUnits.has(u.id)) t().pilotUnits.set(u.id, copy(u))
      }),
    get: (id) => Effect.sync(() => Option.map(Option.fromNullable(t().pilotUnits.get(id)), copy)),
    listByYear: (year) =>
      Effect.sync(() =>
        [...t().pilotUnits.values()]
          .filter((u) => u.application.year === year)
          .sort((a, b) =>
            a.appliedOn !== b.appliedOn ? a.appliedOn.localeCompare(b.appliedOn) : a.id.localeCompare(b.id),
          )
          .map(copy),
      ),
    countSelected: (year) =>
      Effect.sync(
        () =>
          [...t().pilotUnits.values()].filter(
            (u) => u.application.year === year && u.selection?.selected === true,
          ).length,
      ),
    lockYear: () => Effect.void,
    insertReview: (r) =>
      Effect.sync(() => {
        t().reviews.push(copy(r))
      }),
    reviews: (unitId) =>
      Effect.sync(() => copy(t().reviews.filter((r) => r.unitId === unitId)).sort((a, b) => a.year - b.year)),
  }

  return { applications, integrity, publicity, audit, adoptions, pilotUnits }
}

/** Whether the current fiber is inside a memory transaction (a nested one is a savepoint). */
const inTransaction = FiberRef.unsafeMake(false)

/**
 * One unit of work over the store: transactions run one at a time; a failure (or defect, or
 * interruption) restores the tables as they were when it began — for a nested one, as they were when
 * it began inside its parent, like a savepoint.
 */
const transactor = (store: { tables: Tables }): Effect.Effect<Context.Tag.Service<Transactor>> =>
  Effect.map(Effect.makeSemaphore(1), (one) => {
    const savepoint = <A, E, R>(self: Effect.Effect<A, E, R>) =>
      Effect.suspend(() => {
        const saved = structuredClone(store.tables)
        return Effect.onExit(self, (exit) =>
          Exit.isFailure(exit)
            ? Effect.sync(() => {
                store.tables = saved
              })
            : Effect.void,
        )
      })
    return {
      withTransaction: <A, E, R>(self: Effect.Effect<A, E, R>) =>
        Effect.flatMap(FiberRef.get(inTransaction), (nested) =>
          nested ? savepoint(self) : one.withPermits(1)(savepoint(Effect.locally(self, inTransaction, true))),
        ),
    }
  })

/** A test key for the ID HMAC (at least 32 characters). */
export const TEST_ID_HMAC_KEY = "memory-test-id-hmac-key-0123456789abcdef"

/** The ports on one fresh store, with `MemoryStore` to inspect it. */
export const memoryLayer: Layer.Layer<
  | MemoryStore
  | ApplicationRepository
  | IntegrityRepository
  | PublicityRepository
  | AuditLog
  | Transactor
  | AdoptionRepository
  | PilotUnitRepository
  | IdHmac
> = Layer.unwrapEffect(
  Effect.gen(function* () {
    const store = { tables: emptyTables() }
    const r = repositories(store)
    const tx = yield* transactor(store)
    return Layer.mergeAll(
      Layer.succeed(MemoryStore, store),
      Layer.succeed(ApplicationRepository, r.applications),
      Layer.succeed(IntegrityRepository, r.integrity),
      Layer.succeed(PublicityRepository, r.publicity),
      Layer.succeed(AuditLog, r.audit),
      Layer.succeed(Transactor, tx),
      Layer.succeed(AdoptionRepository, r.adoptions),
      Layer.succeed(PilotUnitRepository, r.pilotUnits),
      IdHmac.fromKey(Redacted.make(TEST_ID_HMAC_KEY)),
    )
  }),
)

/**
 * The Applications service over `editions` (the registry's by default) with Publicity and the work
 * calendar, on a fresh memory store. Provide it per test for a store of the test's own.
 */
export const procedureLayer = (editions: ReadonlyArray<Edition> = Registry.EDITIONS) =>
  Applications.layer(editions).pipe(
    Layer.provideMerge(Publicity.layer(editions)),
    Layer.provideMerge(Layer.merge(memoryLayer, WorkCalendar.Default)),
  )
