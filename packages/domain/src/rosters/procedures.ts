/**
 * The roster procedures: create, add rows (import or one entry), remove, finalise against the
 * unit's cap, views, and the audited export for the bureau.
 */

import { Effect, Option, Scheduler, Schema } from "effect"
import * as Adoptions from "../Adoptions.ts"
import { type Actor, AuditLog, Transactor } from "../Audit.ts"
import * as Civil from "../CivilDate.ts"
import { IdHmac, IdSealer } from "../PersonalId.ts"
import {
  InvalidTransition,
  isPilotIn,
  NotFound,
  type PilotUnit,
  PilotUnitRepository,
  QuotaExceeded,
  RuleViolated,
} from "../PilotUnits.ts"
import { EntriesRejected, Forbidden, type RowError } from "./errors.ts"
import {
  type BureauRow,
  CLAUSES,
  COLUMN_NAMES,
  maskId,
  ordered,
  type Roster,
  Round,
  type StoredEntry,
  toPublic,
  toViews,
} from "./model.ts"
import { RosterRepository } from "./ports.ts"
import { type RawRow, rowValidator, type ValidationContext, validateRows } from "./validation.ts"

/** Rows checked between two yields to the event loop: a few milliseconds' work. */
const VALIDATION_SLICE = 250

/**
 * {@link validateRows} a slice at a time, yielding to the event loop (a timer turn, so that other
 * requests' I/O runs) between slices: a file of thousands of rows does not hold the server.
 */
const validateInSlices = (rows: ReadonlyArray<RawRow>, ctx: ValidationContext) =>
  Effect.gen(function* () {
    const v = rowValidator(ctx)
    for (let i = 0; i < rows.length; i += VALIDATION_SLICE) {
      if (i > 0) yield* Effect.withScheduler(Effect.yieldNow(), Scheduler.timer(0))
      v.add(rows.slice(i, i + VALIDATION_SLICE))
    }
    return v.result()
  })

const today = Effect.map(
  Effect.clockWith((c) => c.currentTimeMillis),
  Civil.todayInChina,
)
const subject = (id: string) => `roster:${id}`

const loadRoster = (id: string) =>
  Effect.flatMap(RosterRepository, (r) => r.get(id)).pipe(
    Effect.flatMap(
      Option.match({
        onNone: () => Effect.fail(new NotFound({ kind: "roster", id, message: `no roster ${id}` })),
        onSome: Effect.succeed,
      }),
    ),
  )

const loadUnit = (id: string) =>
  Effect.flatMap(PilotUnitRepository, (r) => r.get(id)).pipe(
    Effect.flatMap(
      Option.match({
        onNone: () => Effect.fail(new NotFound({ kind: "pilot-unit", id, message: `no pilot unit ${id}` })),
        onSome: Effect.succeed,
      }),
    ),
  )

const requireDraft = (r: Roster, action: string) =>
  r.status === "draft"
    ? Effect.void
    : Effect.fail(
        new InvalidTransition({
          id: r.id,
          from: r.status,
          action,
          clause: CLAUSES.roster,
          message: `roster ${r.id} (${r.unitName} ${r.year} ${r.round}) is finalised and cannot change (${action})`,
        }),
      )

const requirePilot = (u: PilotUnit, year: number) =>
  isPilotIn(u, year)
    ? Effect.void
    : Effect.fail(
        new InvalidTransition({
          id: u.id,
          from: u.status,
          action: "roster",
          clause: u.exit !== undefined ? CLAUSES.pilotYear : CLAUSES.scope,
          message:
            u.exit !== undefined && year > u.exit.lastYear
              ? `${u.application.unitName} left the pilot scheme after ${u.exit.lastYear}; it cannot adopt titles in ${year}`
              : `${u.application.unitName} is not a selected pilot unit for ${year} (status ${u.status}, pilot year ${u.application.year})`,
        }),
      )

const CONFLICTS: Readonly<Record<Round, ReadonlyArray<Round>>> = {
  annual: ["annual", "first-half", "second-half"],
  "first-half": ["annual", "first-half"],
  "second-half": ["annual", "second-half"],
}

/**
 * Opens a draft roster for a pilot unit, a year and a round. Refuses a unit that is not a pilot that
 * year, and a round that clashes with one the year already has (one yearly round, or the two halves).
 * The cap's figures are the unit's for the year (`Adoptions.recordFigures`), needed by `finalise`.
 */
export const create = (
  actor: Actor,
  input: {
    readonly unitId: string
    readonly year: number
    readonly round: Round
  },
) =>
  Effect.gen(function* () {
    const round = yield* Schema.decodeUnknown(Round)(input.round).pipe(
      Effect.mapError(
        () =>
          new RuleViolated({
            field: "round",
            message: `round must be annual, first-half or second-half`,
            clause: CLAUSES.rounds,
          }),
      ),
    )
    const repo = yield* RosterRepository
    const audit = yield* AuditLog
    const on = yield* today
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        yield* repo.lockUnit(input.unitId)
        const unit = yield* loadUnit(input.unitId)
        yield* requirePilot(unit, input.year)
        const existing = yield* repo.forUnitYear(unit.id, input.year)
        const clash = existing.find((r) => CONFLICTS[round].includes(r.round))
        if (clash !== undefined)
          return yield* new InvalidTransition({
            id: clash.id,
            from: clash.round,
            action: "create-roster",
            clause: CLAUSES.rounds,
            message: `${unit.application.unitName} already has a ${clash.round} roster for ${input.year}; a year has one yearly round or two half-yearly rounds`,
          })
        const roster: Roster = {
          id: crypto.randomUUID(),
          unitId: unit.id,
          unitName: unit.application.unitName,
          year: input.year,
          round,
          status: "draft",
          createdOn: on,
        }
        yield* repo.insert(roster)
        yield* audit.append({
          actor,
          action: "roster.created",
          subject: subject(roster.id),
          data: { unitId: unit.id, year: input.year, round },
        })
        return roster
      }),
    )
  })

/** Where rows come from: recorded in the audit; a file's 填报单位 is checked against the roster's unit. */
export interface RowSource {
  readonly kind: string
  readonly name?: string
  readonly declaredUnit?: { readonly row: number; readonly value: string }
}

/**
 * Adds rows to a draft roster, all or none: every row is validated (Annex 2 columns, GB 11643 ID
 * numbers, the unit's approved scope, duplicates in the batch and on the unit's rosters of the year)
 * and any error refuses the whole batch with every error listed. `source` is recorded in the audit.
 */
export const addRows = (actor: Actor, rosterId: string, rows: ReadonlyArray<RawRow>, source: RowSource) =>
  Effect.gen(function* () {
    const repo = yield* RosterRepository
    const audit = yield* AuditLog
    const hmac = yield* IdHmac
    const sealer = yield* IdSealer
    const on = yield* today
    if (rows.length === 0) return { added: 0, entries: [] as ReadonlyArray<string> }
    // The errors are built here from checked rows: re-validating tens of thousands of them against
    // the schema would hold the event loop for the length of a large file (issue #8.3).
    const reject = (errors: ReadonlyArray<RowError>) =>
      new EntriesRejected(
        {
          rosterId,
          rows: rows.length,
          errors,
          message: `${errors.length} error(s) in ${new Set(errors.map((e) => e.row)).size} of ${rows.length} row(s); nothing was added`,
        },
        { disableValidation: true },
      )
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        yield* repo.lockRoster(rosterId)
        const r = yield* loadRoster(rosterId)
        yield* requireDraft(r, "add entries")
        const unit = yield* loadUnit(r.unitId)
        yield* requirePilot(unit, r.year)
        const checked = yield* validateInSlices(rows, {
          today: on,
          ...(unit.selection?.scope ? { scope: unit.selection.scope } : {}),
        })
        // Every row with a valid ID number is also checked against the unit's rosters of the year,
        // so one pass reports all errors.
        const fingerprintOf = new Map<number, string>()
        for (const x of checked.ids) fingerprintOf.set(x.row, yield* hmac.of(x.residentId))
        const siblings = yield* repo.forUnitYear(r.unitId, r.year)
        const found = yield* repo.findFingerprints(
          siblings.map((s) => s.id),
          [...new Set(fingerprintOf.values())],
        )
        const where = new Map(found.map((f) => [f.fingerprint, f.rosterId]))
        const onRoster: Array<RowError> = checked.ids.flatMap((x) => {
          const at = where.get(fingerprintOf.get(x.row) as string)
          if (at === undefined) return []
          const other = siblings.find((s) => s.id === at)
          return [
            {
              row: x.row,
              column: COLUMN_NAMES.residentId,
              rule: "duplicate-on-roster" as const,
              message: `row ${x.row}, ${COLUMN_NAMES.residentId}: ${x.name} is already on ${at === r.id ? "this roster" : `the ${other?.round ?? ""} roster of ${r.year}`}`,
            },
          ]
        })
        const declared = source.declaredUnit
        const unitErrors: Array<RowError> =
          declared !== undefined &&
          declared.value.replace(/\s+/g, "") !== "" &&
          declared.value.replace(/\s+/g, "") !== r.unitName.replace(/\s+/g, "")
            ? [
                {
                  row: declared.row,
                  column: "填报单位",
                  rule: "different-unit",
                  message: `row ${declared.row}, 填报单位: the file is for ${JSON.stringify(declared.value)}, this roster is ${r.unitName}'s`,
                  clause: CLAUSES.roster,
                },
              ]
            : []
        const errors = [...unitErrors, ...checked.errors, ...onRoster].sort((a, b) => a.row - b.row)
        if (errors.length > 0) return yield* reject(errors)
        const valid = checked.valid
        const existing = yield* repo.entries(r.id)
        let position = existing.reduce((m, e) => Math.max(m, e.position), 0)
        const stored: Array<StoredEntry> = []
        for (const v of valid) {
          position++
          stored.push({
            id: crypto.randomUUID(),
            rosterId: r.id,
            position,
            name: v.name,
            idSealed: yield* sealer.seal(v.residentId),
            idFingerprint: fingerprintOf.get(v.row) as string,
            idMasked: maskId(v.residentId),
            highestEducation: v.highestEducation,
            institution: v.institution,
            major: v.major,
            contact: v.contact,
            adoptionSpecialty: v.adoptionSpecialty,
            qualificationName: v.qualificationName,
          })
        }
        yield* repo.insertEntries(stored)
        yield* audit.append({
          actor,
          action: "roster.entries-added",
          subject: subject(r.id),
          data: {
            source: source.kind,
            ...(source.name ? { file: source.name } : {}),
            count: stored.length,
            entries: stored.map((e) => e.id),
          },
        })
        return { added: stored.length, entries: stored.map((e) => e.id) }
      }),
    )
  })

/** Adds one entry (a form) to a draft roster; the same checks as an import of one row. */
export const addEntry = (actor: Actor, rosterId: string, cells: RawRow["cells"]) =>
  addRows(actor, rosterId, [{ row: 1, cells }], { kind: "form" })

/** Removes an entry from a draft roster. */
export const removeEntry = (actor: Actor, rosterId: string, entryId: string) =>
  Effect.gen(function* () {
    const repo = yield* RosterRepository
    const audit = yield* AuditLog
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        yield* repo.lockRoster(rosterId)
        const r = yield* loadRoster(rosterId)
        yield* requireDraft(r, "remove an entry")
        const removed = yield* repo.deleteEntry(rosterId, entryId)
        if (!removed)
          return yield* new NotFound({
            kind: "roster-entry",
            id: entryId,
            message: `roster ${rosterId} has no entry ${entryId}`,
          })
        yield* audit.append({
          actor,
          action: "roster.entry-removed",
          subject: subject(r.id),
          data: { entry: entryId },
        })
      }),
    )
  })

/**
 * Finalises a draft roster (填报): the people the unit adopts in the year with it — its entries, the
 * unit's other finalised rosters and its recommended adoption-track applications, each person once —
 * must be within the cap from the unit's figures for the year (第九条; ruling 1; `Adoptions.checkCap`),
 * or an override reason is recorded and audited. Refuses an empty roster, a unit no longer a pilot,
 * and a year with no figures recorded (`Adoptions.QuotaFiguresMissing`).
 */
export const finalise = (actor: Actor, rosterId: string, input: { readonly overCapReason?: string } = {}) =>
  Effect.gen(function* () {
    const repo = yield* RosterRepository
    const audit = yield* AuditLog
    const on = yield* today
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        const head = yield* loadRoster(rosterId)
        yield* repo.lockUnit(head.unitId)
        yield* repo.lockRoster(rosterId)
        const r = yield* loadRoster(rosterId)
        yield* requireDraft(r, "finalise")
        const unit = yield* loadUnit(r.unitId)
        yield* requirePilot(unit, r.year)
        const own = (yield* repo.entries(r.id)).length
        if (own === 0)
          return yield* new InvalidTransition({
            id: r.id,
            from: r.status,
            action: "finalise",
            clause: CLAUSES.roster,
            message: `roster ${r.id} has no entries`,
          })
        const reason = input.overCapReason?.trim() || undefined
        const v = yield* Adoptions.checkCap({
          unitId: r.unitId,
          year: r.year,
          edition: Adoptions.ROSTER_EDITION,
          adding: { roster: r.id },
          ...(reason ? { overrideReason: reason } : {}),
        })
        const { cap, check, count } = v
        const already = own - v.added
        if (check.status === "exceeds")
          return yield* new QuotaExceeded({
            cap: cap.cap,
            count: count.people,
            requested: count.withAdded,
            basis: v.basis,
            clause: check.citation,
            message: `${r.unitName} would adopt ${count.withAdded} in ${r.year}: ${count.people} already counted (${v.counted}) and ${v.added} on this roster${already > 0 ? ` (its other ${already} already counted)` : ""}; the cap is ${cap.cap} (${v.basis}). Remove ${check.excess} or record a reason`,
          })
        const overCap =
          check.status === "exceeded-with-reason" ? { excess: check.excess, reason: check.reason } : undefined
        const next: Roster = {
          ...r,
          status: "finalised",
          finalised: {
            on,
            by: actor.id,
            figures: v.figures.figures,
            cap: cap.cap,
            applies: cap.applies,
            yearTotal: count.withAdded,
            ...(overCap ? { overCap } : {}),
          },
        }
        yield* repo.update(next)
        yield* audit.append({
          actor,
          action: "roster.finalised",
          subject: subject(r.id),
          data: {
            entries: own,
            yearTotal: count.withAdded,
            counted: { people: count.people, onRosters: count.onRosters, recommended: count.recommended },
            added: v.added,
            cap: {
              cap: cap.cap,
              applies: cap.applies,
              insuredStaff: cap.insuredStaff,
              graduateHires: cap.graduateHires,
            },
            ...(overCap ? { overCap } : {}),
          },
        })
        return next
      }),
    )
  })

/**
 * A roster with its staff view (ID numbers masked) and its unit's cap and count for the year
 * (`Adoptions.usage`; no cap until the unit's figures for the year are recorded).
 */
export const view = (rosterId: string) =>
  Effect.gen(function* () {
    const r = yield* loadRoster(rosterId)
    const es = yield* Effect.flatMap(RosterRepository, (repo) => repo.entries(r.id))
    return { roster: r, entries: toViews(es), usage: yield* Adoptions.usage(r.unitId, r.year) }
  })

/** The public view of a roster's entries (name, employer, specialty, title, track). */
export const publicEntries = (rosterId: string) =>
  Effect.gen(function* () {
    const r = yield* loadRoster(rosterId)
    const es = yield* Effect.flatMap(RosterRepository, (repo) => repo.entries(r.id))
    return ordered(es).map((e) => toPublic(r, e))
  })

const MAY_EXPORT: ReadonlyArray<Actor["role"]> = ["enterprise-hr", "clerk", "admin", "system"]

/**
 * The roster with every Annex 2 column, ID numbers in clear, for the copy sent to the bureau
 * (第十条（四）). Audited; refused to the public and committee roles.
 */
export const exportForBureau = (actor: Actor, rosterId: string, purpose: string) =>
  Effect.gen(function* () {
    if (!MAY_EXPORT.includes(actor.role))
      return yield* new Forbidden({
        action: "roster.export",
        role: actor.role,
        message: `the ${actor.role} role may not export a roster with ID numbers`,
      })
    const repo = yield* RosterRepository
    const audit = yield* AuditLog
    const sealer = yield* IdSealer
    return yield* (yield* Transactor).withTransaction(
      Effect.gen(function* () {
        const r = yield* loadRoster(rosterId)
        const es = ordered(yield* repo.entries(r.id))
        const rows: Array<BureauRow> = []
        for (const [i, e] of es.entries())
          rows.push({
            seq: i + 1,
            name: e.name,
            residentId: yield* sealer.open(e.idSealed),
            highestEducation: e.highestEducation,
            institution: e.institution,
            major: e.major,
            contact: e.contact,
            adoptionSpecialty: e.adoptionSpecialty,
            qualificationName: e.qualificationName,
          })
        yield* audit.append({
          actor,
          action: "roster.exported",
          subject: subject(r.id),
          data: { purpose, rows: rows.length, status: r.status },
        })
        return { roster: r, rows }
      }),
    )
  })
