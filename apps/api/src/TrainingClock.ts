/**
 * Clocks the API can run on besides the real one.
 *
 * - `settableClock`: a clock a test sets to any instant, so it can walk a procedure through dates
 *   the real clock has left behind (002's 2023 deadlines).
 * - The demo's **training clock** (`make`): real time shifted forward by a whole number of days, so a
 *   visitor can play a procedure through today (a publicity period must end before it is passed).
 *   It exists only in demo mode (ZHICHENG_DEMO not 0): main.ts runs the API on it, registers
 *   `GET/POST /api/v1/training/clock` (routes/training.ts) and every response names the training day
 *   in the `Zhicheng-Training-Day` header. It only moves forward once running, and every move is
 *   audited. Its offset is kept in the `training_clock` table (migration 0012), so a restart keeps it.
 *
 * A database whose training clock was ever moved — by a visitor or by the demo seeding, which runs
 * on past days — holds records dated on a training clock, not on real time: production
 * configuration (ZHICHENG_DEMO=0) refuses to start on it (`productionRefusal`).
 */
import { SqlClient } from "@effect/sql"
import { type Actor, AuditLog, Transactor } from "@zhicheng/domain/Audit"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import * as ErrorKind from "@zhicheng/domain/ErrorKind"
import { Clock, type Duration, Effect, Schema } from "effect"

const DAY = 86_400_000

/** A clock whose instant is set explicitly; `sleep` waits in real time. */
export interface SettableClock extends Clock.Clock {
  /** Sets the instant, e.g. `set("2023-09-06T10:00:00+08:00")`. */
  readonly set: (iso: string) => void
}

const clockOf = (now: () => number) => {
  const real = Clock.make()
  return {
    [Clock.ClockTypeId]: Clock.ClockTypeId,
    unsafeCurrentTimeMillis: now,
    currentTimeMillis: Effect.sync(now),
    unsafeCurrentTimeNanos: () => BigInt(now()) * 1_000_000n,
    currentTimeNanos: Effect.sync(() => BigInt(now()) * 1_000_000n),
    sleep: (d: Duration.Duration) => real.sleep(d),
  } satisfies Clock.Clock
}

export const settableClock = (iso: string): SettableClock => {
  let ms = Date.parse(iso)
  return {
    ...clockOf(() => ms),
    set: (next) => {
      ms = Date.parse(next)
    },
  }
}

/** The demo's training clock: the real instant plus `offsetDays()` whole days. */
export interface TrainingClock extends Clock.Clock {
  readonly offsetDays: () => number
  /** Moves the clock (no check: `advance` is the checked, audited, stored way). */
  readonly setOffsetDays: (days: number) => void
  /** The real instant, for the `realDay` the clock's view shows beside the training day. */
  readonly realMillis: () => number
}

export const make = (offsetDays = 0, real: () => number = Date.now): TrainingClock => {
  let offset = offsetDays
  return {
    ...clockOf(() => real() + offset * DAY),
    offsetDays: () => offset,
    setOffsetDays: (days) => {
      offset = days
    },
    realMillis: real,
  }
}

/** The training day (China time). */
export const trainingDay = (clock: TrainingClock): CivilDate.CivilDate =>
  CivilDate.todayInChina(clock.unsafeCurrentTimeMillis())

export const ClockView = Schema.Struct({
  /** Always true: the clock is the demo's, not real time. */
  training: Schema.Literal(true),
  /** Today on the training clock (China time): the day the API's rules see. */
  trainingDay: CivilDate.CivilDate,
  /** Today in real time (China time). */
  realDay: CivilDate.CivilDate,
  /** Whole days the training day stands ahead of the real day. */
  offsetDays: Schema.Int,
}).annotations({ identifier: "TrainingClock" })
export type ClockView = typeof ClockView.Type

export const view = (clock: TrainingClock): ClockView => ({
  training: true,
  trainingDay: trainingDay(clock),
  realDay: CivilDate.todayInChina(clock.realMillis()),
  offsetDays: clock.offsetDays(),
})

// ---------------------------------------------------------------------------------------------
// Storage

/** What the `training_clock` table holds; `movedAt` is absent while the clock was never moved. */
export interface Stored {
  readonly offsetDays: number
  readonly movedAt?: string
}

export const load: Effect.Effect<Stored, never, SqlClient.SqlClient> = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const [row] = yield* sql<{
    offset_days: number | string
    moved_at: string
  }>`SELECT offset_days, moved_at FROM training_clock WHERE id = 1`.pipe(Effect.orDie)
  return row === undefined
    ? { offsetDays: 0 }
    : { offsetDays: Number(row.offset_days), movedAt: row.moved_at }
})

/** Stores the offset, marking the database as moved (the first move's instant is kept). */
export const save = (offsetDays: number, at: string): Effect.Effect<void, never, SqlClient.SqlClient> =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    yield* sql`INSERT INTO training_clock (id, offset_days, moved_at, updated_at)
      VALUES (1, ${offsetDays}, ${at}, ${at})
      ON CONFLICT (id) DO UPDATE SET offset_days = ${offsetDays}, updated_at = ${at}`.pipe(Effect.orDie)
  })

/**
 * Why production configuration must not start on this database, or undefined when it may: records
 * made while a training clock was moved are dated on it, not on real time.
 */
export const productionRefusal = (stored: Stored): string | undefined =>
  stored.movedAt === undefined
    ? undefined
    : `this database ran the demo's training clock (first moved at ${stored.movedAt}, now ${stored.offsetDays} day(s) ahead): its records are dated on a training clock, not real time. Production (ZHICHENG_DEMO=0) needs a database that never ran in training mode; keep this one for the demo (unset ZHICHENG_DEMO)`

// ---------------------------------------------------------------------------------------------
// Advancing

/** A move that would not go forward: the training clock never goes back (its records would predate it). */
export class TrainingClockBackwards extends Schema.TaggedError<TrainingClockBackwards>()(
  "TrainingClockBackwards",
  {
    field: Schema.String,
    trainingDay: Schema.String,
    message: Schema.String,
  },
  ErrorKind.invalid,
) {}

export type Move = { readonly days: number } | { readonly to: CivilDate.CivilDate }

/**
 * Moves the training clock forward by whole days or to a later day, stores the offset and audits
 * the move (`training-clock.advanced`), in one transaction.
 */
export const advance = (clock: TrainingClock, move: Move, actor: Actor) =>
  Effect.gen(function* () {
    const before = view(clock)
    const days = "days" in move ? move.days : CivilDate.diffDays(before.trainingDay, move.to)
    if (days < 1)
      return yield* new TrainingClockBackwards({
        field: "days" in move ? "body.days" : "body.to",
        trainingDay: before.trainingDay,
        message:
          "days" in move
            ? `the training clock only moves forward: days must be at least 1`
            : `the training clock only moves forward: ${move.to} is not after the training day ${before.trainingDay}`,
      })
    const offsetDays = before.offsetDays + days
    const at = new Date(clock.realMillis()).toISOString()
    const transactor = yield* Transactor
    const audit = yield* AuditLog
    yield* transactor.withTransaction(
      Effect.gen(function* () {
        yield* save(offsetDays, at)
        yield* audit.append({
          actor,
          action: "training-clock.advanced",
          subject: "training-clock",
          data: { from: before.trainingDay, days, offsetDays, realDay: before.realDay },
        })
      }),
    )
    clock.setOffsetDays(offsetDays)
    return view(clock)
  })
