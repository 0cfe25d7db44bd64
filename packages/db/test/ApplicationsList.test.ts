/**
 * The applications list: the creator stored on the row (migration 0006 and its backfill), and
 * keyset paging in SQL with every filter combined, on both databases.
 */
import { SqlClient } from "@effect/sql"
import * as Migrator from "@effect/sql/Migrator"
import { describe, expect, it, layer } from "@effect/vitest"
import {
  type Application,
  ApplicationId,
  ApplicationRepository,
  Applications,
  cursorOf,
  type ListFilter,
} from "@zhicheng/domain/Applications"
import type { Actor } from "@zhicheng/domain/Audit"
import type { Profile } from "@zhicheng/domain/Profile"
import { checkCharacter } from "@zhicheng/domain/ResidentId"
import { Cause, Effect, Exit, Layer, TestClock } from "effect"
import { ApplicationRepositorySql } from "../src/ApplicationsSql.ts"
import * as Database from "../src/Database.ts"
import { MIGRATIONS, runMigrations } from "../src/Migrations.ts"
import { applicationServices } from "./support/applications.ts"
import { freshTarget, KINDS } from "./support/databases.ts"
import { selectedPilot } from "./support/fixtures.ts"

const hrA: Actor = { id: "key:hr-a", role: "enterprise-hr" }
const hrB: Actor = { id: "key:hr-b", role: "enterprise-hr" }
const clerk: Actor = { id: "key:clerk", role: "clerk" }

const residentId = (seq: number) => {
  const first17 = `33060219900101${String(seq).padStart(3, "0")}`
  return `${first17}${checkCharacter(first17)}`
}

/** A stored application as the repository takes it; `n` makes the id and the person. */
const stored = (
  prefix: string,
  n: number,
  over: Partial<Application> & Pick<Application, "createdAt" | "createdBy">,
): Application => ({
  id: ApplicationId.make(`${prefix}-${String(n).padStart(2, "0")}`),
  edition: `${prefix}-e1`,
  track: `${prefix}-e1/normal`,
  specialty: "机电制造",
  name: `申请人${n}`,
  employer: "绍兴某机电有限公司",
  unit: `${prefix}-u1`,
  idHmac: "0".repeat(64),
  profile: { name: `申请人${n}` } as Profile,
  state: "draft",
  updatedAt: over.createdAt,
  version: 1,
  ...over,
})

/** The Applications service and its repositories over a fresh, migrated database (registry editions). */
const services = (kind: "sqlite" | "postgres") => applicationServices(kind)

/** Every page of `filter` at `size` a page, asking one row more than a page as the API does. */
const pages = (filter: Omit<ListFilter, "limit" | "after">, size: number) =>
  Effect.gen(function* () {
    const repo = yield* ApplicationRepository
    const out: Array<ReadonlyArray<string>> = []
    let after: ListFilter["after"]
    // A bound, so that a cursor that does not advance fails the test instead of hanging it.
    for (let i = 0; i < 100; i++) {
      const rows = yield* repo.list({ ...filter, ...(after !== undefined ? { after } : {}), limit: size + 1 })
      const page = rows.slice(0, size)
      out.push(page.map((a) => a.id))
      const last = page.at(-1)
      if (rows.length <= size || last === undefined) return out
      after = cursorOf(last)
    }
    return yield* Effect.dieMessage(`more than 100 pages of ${size}: the cursor does not advance`)
  })

/** The list order, computed here: creation time, then id. */
const inListOrder = (xs: ReadonlyArray<Application>) =>
  [...xs]
    .sort((a, b) =>
      a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? -1 : 1) : a.id < b.id ? -1 : 1,
    )
    .map((a) => a.id)

for (const kind of KINDS) {
  describe(`the applications list on ${kind}`, () => {
    layer(services(kind), { timeout: 120_000 })((it) => {
      it.effect("create records the creating actor as createdBy, and get and list read it back", () =>
        Effect.gen(function* () {
          const apps = yield* Applications
          // In 2024, when the unit below is a pilot (an adoption track refuses a unit that is not).
          yield* TestClock.setTime(Date.parse("2024-09-20T10:00:00+08:00"))
          // An adoption track names its pilot unit by id (refused on create otherwise).
          const unit = (yield* selectedPilot("列表示例公司", 2024)).id
          const make = (n: number) => ({
            profile: { residentId: residentId(n), name: `申请人${n}` } as Profile,
            edition: "shaoxing-adoption-draft",
            track: "shaoxing-adoption-draft/engineer",
            specialty: "机械工程",
            employer: "绍兴示例机械有限公司",
            unit,
          })
          const a = yield* apps.create(make(1), hrA)
          const b = yield* apps.create(make(2), clerk)
          expect([a.createdBy, b.createdBy]).toEqual([hrA.id, clerk.id])
          expect((yield* apps.get(a.id)).createdBy).toBe(hrA.id)
          // A later step by someone else does not change who created it.
          yield* apps.withdraw(a.id, { actor: clerk })
          expect((yield* apps.get(a.id)).createdBy).toBe(hrA.id)
          const mine = yield* apps.list({ unit, createdBy: hrA.id, limit: 10 })
          expect(mine.map((x) => [x.id, x.createdBy])).toEqual([[a.id, hrA.id]])
        }),
      )

      it.effect(
        "pages in creation order then id, across pages, with every filter combined; stable when rows are added",
        () =>
          Effect.gen(function* () {
            const repo = yield* ApplicationRepository
            const p = `pg-${kind}`
            const t = (s: number) => `2024-09-20T02:00:${String(s).padStart(2, "0")}.000Z`
            // Inserted out of order, with ties on createdAt (the id decides), over two creators,
            // two units, two editions and two states.
            const rows: ReadonlyArray<Application> = [
              stored(p, 7, { createdAt: t(3), createdBy: hrA.id }),
              stored(p, 1, { createdAt: t(5), createdBy: hrA.id }),
              stored(p, 3, { createdAt: t(1), createdBy: hrA.id }),
              stored(p, 2, { createdAt: t(1), createdBy: hrA.id }),
              stored(p, 9, { createdAt: t(1), createdBy: hrB.id }),
              stored(p, 4, { createdAt: t(2), createdBy: hrA.id, state: "withdrawn" }),
              stored(p, 5, { createdAt: t(2), createdBy: hrA.id, unit: `${p}-u2` }),
              stored(p, 6, { createdAt: t(4), createdBy: hrA.id, edition: `${p}-e2` }),
              stored(p, 8, { createdAt: t(4), createdBy: hrA.id }),
              stored(p, 10, { createdAt: t(3), createdBy: clerk.id }),
              stored(p, 11, { createdAt: t(6), createdBy: hrA.id }),
            ]
            for (const r of rows) yield* repo.insert(r)
            const id = (n: number) => `${p}-${String(n).padStart(2, "0")}`

            // Unfiltered but for the edition: everything of it in the list order, whatever the page size.
            const all = inListOrder(rows.filter((r) => r.edition === `${p}-e1`))
            expect(all.slice(0, 4)).toEqual([id(2), id(3), id(9), id(4)])
            for (const size of [1, 2, 3, 4, 200]) {
              const ps = yield* pages({ edition: `${p}-e1` }, size)
              expect(ps.flat()).toEqual(all)
              expect(ps.slice(0, -1).every((page) => page.length === size)).toBe(true)
            }

            // Creator, state, edition and unit together: only what matches them all, in order.
            const filter = {
              createdBy: hrA.id,
              state: "draft",
              edition: `${p}-e1`,
              unit: `${p}-u1`,
            } as const
            const expected = [id(2), id(3), id(7), id(8), id(1), id(11)]
            expect(yield* pages(filter, 2)).toEqual([
              [id(2), id(3)],
              [id(7), id(8)],
              [id(1), id(11)],
            ])
            expect((yield* pages(filter, 4)).flat()).toEqual(expected)
            expect((yield* pages({ ...filter, createdBy: hrB.id }, 2)).flat()).toEqual([id(9)])
            expect((yield* pages({ ...filter, createdBy: "key:nobody" }, 2)).flat()).toEqual([])
            expect((yield* pages({ ...filter, state: "withdrawn" }, 2)).flat()).toEqual([id(4)])
            expect((yield* pages({ ...filter, unit: `${p}-u2` }, 2)).flat()).toEqual([id(5)])
            expect((yield* pages({ edition: `${p}-e2` }, 2)).flat()).toEqual([id(6)])

            // A cursor is a position, not an offset: rows added before it do not shift what follows.
            const first = yield* repo.list({ ...filter, limit: 2 })
            const after = cursorOf(first.at(-1) as Application)
            yield* repo.insert(stored(p, 12, { createdAt: t(0), createdBy: hrA.id }))
            yield* repo.insert(stored(p, 13, { createdAt: t(7), createdBy: hrA.id }))
            expect((yield* repo.list({ ...filter, after, limit: 10 })).map((a) => a.id)).toEqual([
              id(7),
              id(8),
              id(1),
              id(11),
              id(13),
            ])
            // The tie-break: after (t(1), 02) come 03 and 09 of the same instant.
            const tie = yield* repo.list({
              edition: `${p}-e1`,
              after: { createdAt: t(1), id: id(2) },
              limit: 2,
            })
            expect(tie.map((a) => a.id)).toEqual([id(3), id(9)])
            // After the last one: nothing.
            expect(
              yield* repo.list({ ...filter, after: { createdAt: t(7), id: id(13) }, limit: 10 }),
            ).toEqual([])
          }),
      )
    })

    it.effect(
      "migration 0006 backfills createdBy from each application's first transition (seq 1)",
      () =>
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          // The schema as it stood before 0006.
          const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([k]) => k < "0006"))
          yield* Migrator.make({})({ loader: Migrator.fromRecord(before), table: "zc_migrations" })
          yield* insertOld(sql, "old-1", "2023-01-01T00:00:00.000Z", [hrA, clerk, clerk])
          yield* insertOld(sql, "old-2", "2023-01-02T00:00:00.000Z", [clerk, hrA])
          yield* insertOld(sql, "old-3", "2023-01-03T00:00:00.000Z", [hrA])

          yield* runMigrations
          const owners = yield* sql<{ id: string; created_by: string }>`
            SELECT id, created_by FROM applications ORDER BY id`
          expect(owners).toEqual([
            { id: "old-1", created_by: hrA.id },
            { id: "old-2", created_by: clerk.id },
            { id: "old-3", created_by: hrA.id },
          ])
          // The repository reads the backfilled column and lists by it.
          const repo = yield* Effect.provide(ApplicationRepository, ApplicationRepositorySql)
          const mine = yield* repo.list({ createdBy: hrA.id, limit: 10 })
          expect(mine.map((a) => [a.id, a.createdBy])).toEqual([
            ["old-1", hrA.id],
            ["old-3", hrA.id],
          ])
          // And what is inserted afterwards carries its own.
          yield* repo.insert(stored("new", 1, { createdAt: "2024-01-01T00:00:00.000Z", createdBy: hrB.id }))
          expect((yield* repo.list({ createdBy: hrB.id, limit: 10 })).map((a) => a.id)).toEqual(["new-01"])
        }).pipe(Effect.provide(unmigrated(kind))),
      120_000,
    )

    it.effect(
      "migration 0006 refuses a row without a first transition, naming it, and changes nothing",
      () =>
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([k]) => k < "0006"))
          yield* Migrator.make({})({ loader: Migrator.fromRecord(before), table: "zc_migrations" })
          yield* insertOld(sql, "kept", "2023-01-01T00:00:00.000Z", [hrA])
          yield* insertOld(sql, "orphan", "2023-01-02T00:00:00.000Z", [])

          const exit = yield* Effect.exit(runMigrations)
          expect(Exit.isFailure(exit)).toBe(true)
          if (Exit.isFailure(exit)) {
            const text = Cause.pretty(exit.cause, { renderErrorCause: true })
            expect(text).toContain("orphan")
            expect(text).toContain("no first transition")
          }
          // Rolled back: still at 0005, no column added, both rows as they were.
          const [latest] = yield* sql<{
            n: number | string
          }>`SELECT MAX(migration_id) AS n FROM zc_migrations`
          expect(Number(latest?.n)).toBe(5)
          expect((yield* Effect.either(sql`SELECT created_by FROM applications`))._tag).toBe("Left")
          expect(
            (yield* sql<{ id: string }>`SELECT id FROM applications ORDER BY id`).map((r) => r.id),
          ).toEqual(["kept", "orphan"])
        }).pipe(Effect.provide(unmigrated(kind))),
      120_000,
    )
  })
}

/** A fresh, empty database of `kind` with no migration run. */
const unmigrated = (kind: "sqlite" | "postgres") =>
  Layer.unwrapScoped(Effect.map(freshTarget(kind), Database.clientLayer))

/** An application row as written before 0006 (no created_by), with one transition per actor given. */
const insertOld = (sql: SqlClient.SqlClient, id: string, at: string, actors: ReadonlyArray<Actor>) =>
  Effect.gen(function* () {
    yield* sql`INSERT INTO applications (id, edition, track, specialty, name, employer, unit, id_hmac, profile, state,
        created_at, updated_at, version)
      VALUES (${id}, 'e', 'e/normal', '机电制造', '张三', '某公司', 'u', ${"0".repeat(64)}, '{}', 'draft', ${at}, ${at},
        ${Math.max(actors.length, 1)})`
    for (const [i, actor] of actors.entries())
      yield* sql`INSERT INTO application_transitions (application_id, seq, from_state, to_state, actor_id, actor_role, at, data)
        VALUES (${id}, ${i + 1}, ${i === 0 ? null : "draft"}, 'draft', ${actor.id}, ${actor.role}, ${at}, '{}')`
  })
