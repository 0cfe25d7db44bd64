/**
 * Adoption rosters (附件2《拟职称采认人员花名册》, 000 第九、十条): open a draft for a pilot unit, a
 * year and a round; add entries one by one (JSON) or by importing the Annex 2 file (CSV or XLSX,
 * sent raw); finalise within the unit's cap for the year — from the figures recorded on the unit
 * (`PUT /pilot-units/{id}/adoptions/{year}/figures`), counted with its recommended adoption-track
 * applications, each person once — or with a recorded reason; export the bureau's copy.
 *
 * Personal data (DOMAIN.md, PIPL minimum necessary): the staff view masks ID numbers; the public
 * view shows name, employer, specialty, title and track only; the ID number in clear leaves only
 * through the export, which is for clerks (and admins) and is audited. Row-level refusals come back
 * as 422 with one `errors` item per cell (`row 7 / 身份证号`, or `body.residentId` for a JSON entry),
 * and nothing is stored.
 *
 * An enterprise-HR key bound to a pilot unit (`Caller.unit`) opens, reads, edits and imports into
 * that unit's rosters only: 403 `key-bound-to-unit` naming `body.unitId` or `path.id` otherwise
 * (`guardRoster`). The public view stays public.
 */
import * as RosterFiles from "@zhicheng/db/RosterFiles"
import type { Actor } from "@zhicheng/domain/Audit"
import * as ErrorKind from "@zhicheng/domain/ErrorKind"
import * as PilotUnits from "@zhicheng/domain/PilotUnits"
import { ResidentId } from "@zhicheng/domain/ResidentId"
import * as Rosters from "@zhicheng/domain/Rosters"
import { PersonName, SafeText } from "@zhicheng/domain/Text"
import { Effect, Option, Schema } from "effect"
import { type Caller, endpoint, raw, requireUnit } from "../Endpoint.ts"
import { InvalidInput } from "../Errors.ts"
import { AdoptionUsage } from "./pilotUnits.ts"

const TAG = "rosters"

const actorOf = (caller: Caller): Actor => ({ id: caller.id, role: caller.role })

/**
 * Refuses a caller bound to a pilot unit when roster `id` is another unit's (`requireUnit`, naming
 * `path.id`). Unbound callers pass without a read; an unknown roster passes, for the handler's 404.
 */
const guardRoster = (caller: Caller, id: string) =>
  caller.unit === undefined
    ? Effect.void
    : Effect.flatMap(Rosters.RosterRepository, (repo) => repo.get(id)).pipe(
        Effect.flatMap(
          Option.match({
            onNone: () => Effect.void,
            onSome: (r) => requireUnit(caller, "path.id", r.unitId, `roster ${id} is unit ${r.unitId}'s`),
          }),
        ),
      )

/** Largest roster file accepted: an Annex 2 roster of thousands of rows is well under 1 MB. */
export const MAX_FILE_BYTES = 5_000_000

/**
 * Row errors a refused import lists: the first ones, in row order, with the total in `detail`. A
 * file of {@link RosterFiles.LIMITS}.entries bad rows has tens of thousands of errors; the first
 * hundred show what is wrong without a problem document of megabytes (issue #8.3).
 */
export const MAX_LISTED_ERRORS = 100

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/**
 * The body, or undefined as soon as it is longer than `max` bytes: a declared length over it is
 * refused before reading, and a chunked body is read only that far (the rest is never buffered).
 */
const readUpTo = (request: Request, max: number) =>
  Effect.tryPromise({
    try: async (): Promise<Uint8Array | undefined> => {
      if (Number(request.headers.get("content-length") ?? "0") > max) return undefined
      const reader = request.body?.getReader()
      if (reader === undefined) return new Uint8Array(0)
      const chunks: Array<Uint8Array> = []
      let size = 0
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return Buffer.concat(chunks, size)
        size += value.byteLength
        if (size > max) {
          await reader.cancel()
          return undefined
        }
        chunks.push(value)
      }
    },
    catch: () =>
      new InvalidInput({
        message: "the body could not be read",
        errors: [{ path: "body", rule: "a readable file" }],
      }),
  })

/** The body, or the file in it, is larger than this endpoint accepts (maps to 413 naming `body`). */
class PayloadTooLarge extends Schema.TaggedError<PayloadTooLarge>()(
  "PayloadTooLarge",
  {
    field: Schema.Literal("body"),
    message: Schema.String,
  },
  ErrorKind.tooLarge,
) {}

const Year = Schema.Int.pipe(Schema.between(2000, 2200))
const Text = SafeText({ maxLength: 4000, multiline: true })
const Cell = SafeText({ maxLength: 200 })
const IdParam = SafeText({ maxLength: 100 })
const Id = Schema.Struct({ id: IdParam })

// ---------------------------------------------------------------------------------------------------
// Schemas
// ---------------------------------------------------------------------------------------------------

const CreateBody = Schema.Struct({
  unitId: IdParam,
  year: Year,
  round: Rosters.Round,
}).annotations({ identifier: "RosterCreateRequest" })

/** One Annex 2 row as JSON; 序号 is given by the roster's order. */
const EntryBody = Schema.Struct({
  name: PersonName,
  residentId: ResidentId,
  highestEducation: Cell,
  institution: Cell,
  major: Cell,
  contact: Cell,
  adoptionSpecialty: PilotUnits.Specialty,
  qualificationName: PilotUnits.QualificationName,
}).annotations({ identifier: "RosterEntryRequest" })

const FinaliseBody = Schema.Struct({
  /** Needed when the year's total would exceed the cap (第九条 "原则上"): recorded and audited. */
  overCapReason: Schema.optional(Text),
}).annotations({ identifier: "RosterFinaliseRequest" })

const EntryView = Schema.Struct({
  id: Schema.String,
  seq: Schema.Int,
  name: Schema.String,
  residentIdMasked: Schema.String,
  highestEducation: Schema.String,
  institution: Schema.String,
  major: Schema.String,
  contact: Schema.String,
  adoptionSpecialty: PilotUnits.Specialty,
  qualificationName: PilotUnits.QualificationName,
}).annotations({ identifier: "RosterEntryView" })

const RosterView = Schema.Struct({
  roster: Rosters.Roster,
  entries: Schema.Array(EntryView),
  /** The unit's figures, cap and count for the roster's year (cap absent until figures are recorded). */
  usage: AdoptionUsage,
}).annotations({ identifier: "RosterView" })

const EntryPublic = Schema.Struct({
  name: Schema.String,
  employer: Schema.String,
  specialty: PilotUnits.Specialty,
  title: PilotUnits.QualificationName,
  track: Schema.Literal("adoption"),
}).annotations({ identifier: "RosterEntryPublic" })

const RosterPublic = Schema.Struct({
  id: Schema.String,
  unitName: Schema.String,
  year: Schema.Int,
  round: Rosters.Round,
  status: Rosters.RosterStatus,
  entries: Schema.Array(EntryPublic),
}).annotations({ identifier: "RosterPublic" })

const Imported = Schema.Struct({
  added: Schema.Int,
  /** The new entries' ids, in file order. */
  entries: Schema.Array(Schema.String),
}).annotations({ identifier: "RosterImportResult" })

const Binary = Schema.String.annotations({ jsonSchema: { type: "string", format: "binary" } })

// ---------------------------------------------------------------------------------------------------
// Errors → problems the API maps
// ---------------------------------------------------------------------------------------------------

const KEY_OF_HEADER = new Map(Rosters.COLUMNS.map((c) => [c.header, c.key]))

/** A row error's text without the "row N, column: " the path already says. */
const ruleOf = (e: Rosters.RowError): string => {
  const prefix = `row ${e.row}, ${e.column}: `
  return `${e.rule}: ${e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message}`
}

/**
 * EntriesRejected → 422 with one `errors` item per cell, the first {@link MAX_LISTED_ERRORS} of
 * them (`detail` says how many there are). `where` says how to name a cell: by file row and Annex 2
 * header for an import, by body field for a JSON entry.
 */
const rejected = (where: "file" | "body") => (e: Rosters.EntriesRejected) =>
  Effect.fail(
    new InvalidInput({
      message:
        e.errors.length > MAX_LISTED_ERRORS
          ? `${e.message}; the first ${MAX_LISTED_ERRORS} of the ${e.errors.length} errors are listed`
          : e.message,
      errors: e.errors.slice(0, MAX_LISTED_ERRORS).map((x) => ({
        path:
          where === "file" ? `row ${x.row} / ${x.column}` : `body.${KEY_OF_HEADER.get(x.column) ?? x.column}`,
        rule: ruleOf(x),
      })),
    }),
  )

const unreadable = (e: RosterFiles.RosterFileUnreadable) =>
  Effect.fail(new InvalidInput({ message: e.message, errors: [{ path: "body", rule: e.message }] }))

const tooLarge = (e: RosterFiles.RosterFileTooLarge) =>
  Effect.fail(new PayloadTooLarge({ field: "body", message: e.message }))

/** `attachment` with an ASCII fallback name and the real (Chinese) name per RFC 6266 / 8187. */
const contentDisposition = (fileName: string, fallback: string) =>
  `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`

// ---------------------------------------------------------------------------------------------------
// Endpoints
// ---------------------------------------------------------------------------------------------------

export const rosters = [
  endpoint({
    method: "post",
    path: "/api/v1/rosters",
    operationId: "createRoster",
    summary: "Open a draft adoption roster for a pilot unit, a year and a round (第九条)",
    description:
      "Refused (409) for a unit that is not a selected pilot that year, or a round that clashes with one the year has (one yearly round, or two half-yearly rounds). The cap's figures are the unit's for the year (`PUT /api/v1/pilot-units/{id}/adoptions/{year}/figures`), needed to finalise. An enterprise-HR key bound to a pilot unit opens, reads and edits that unit's rosters only (403 `key-bound-to-unit` naming `body.unitId`, or `path.id` for another unit's roster). Honours Idempotency-Key.",
    tag: TAG,
    roles: ["enterprise-hr", "clerk"],
    body: CreateBody,
    idempotent: true,
    response: { status: 201, description: "The draft roster", schema: Rosters.Roster },
    problems: [404, 409],
    handler: ({ body, caller }) =>
      requireUnit(caller, "body.unitId", body.unitId).pipe(
        Effect.zipRight(Rosters.create(actorOf(caller), body)),
      ),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/rosters/:id",
    operationId: "getRoster",
    summary:
      "A roster for the unit's and the bureau's staff: entries with masked ID numbers, and the unit's cap and count for the year",
    tag: TAG,
    roles: ["enterprise-hr", "clerk"],
    params: Id,
    response: { status: 200, description: "The staff view", schema: RosterView },
    problems: [404, 422],
    handler: ({ params, caller }) =>
      guardRoster(caller, params.id).pipe(Effect.zipRight(Rosters.view(params.id))),
  }),
  endpoint({
    method: "post",
    path: "/api/v1/rosters/:id/entries",
    operationId: "addRosterEntry",
    summary: "Add one person to a draft roster (the same checks as a one-row import)",
    description:
      "A row refused by the domain (outside the approved scope, already on the unit's rosters of the year, future birth date) is 422 with `errors` naming `body.<field>`. Honours Idempotency-Key.",
    tag: TAG,
    roles: ["enterprise-hr", "clerk"],
    params: Id,
    body: EntryBody,
    idempotent: true,
    response: { status: 201, description: "The entry as staff see it (ID number masked)", schema: EntryView },
    problems: [404, 409],
    handler: ({ params, body, caller }) =>
      Effect.gen(function* () {
        yield* guardRoster(caller, params.id)
        const added = yield* Rosters.addEntry(actorOf(caller), params.id, body).pipe(
          Effect.catchTag("EntriesRejected", rejected("body")),
        )
        const view = yield* Rosters.view(params.id)
        const entry = view.entries.find((e) => e.id === added.entries[0])
        if (entry === undefined) return yield* Effect.dieMessage("the added entry is not on the roster")
        return entry
      }),
  }),
  endpoint({
    method: "delete",
    path: "/api/v1/rosters/:id/entries/:entryId",
    operationId: "removeRosterEntry",
    summary: "Remove a person from a draft roster",
    tag: TAG,
    roles: ["enterprise-hr", "clerk"],
    params: Schema.Struct({ id: IdParam, entryId: IdParam }),
    response: { status: 204, description: "Removed" },
    problems: [404, 409, 422],
    handler: ({ params, caller }) =>
      guardRoster(caller, params.id).pipe(
        Effect.zipRight(Rosters.removeEntry(actorOf(caller), params.id, params.entryId)),
      ),
  }),
  endpoint({
    method: "post",
    path: "/api/v1/rosters/:id/import",
    operationId: "importRoster",
    summary:
      "Import an Annex 2 roster file (CSV or XLSX, sent as the raw body) into a draft roster, all or none",
    description: `The header row is found by its Annex 2 names; 填报单位 above it must be the roster's unit. Any invalid row refuses the whole file: 422 with one \`errors\` item per cell, \`path\` "row 7 / 身份证号", \`rule\` the reason — the first ${MAX_LISTED_ERRORS} in row order, \`detail\` giving the total; nothing is stored. An unreadable file (or an XLSX whose ZIP container is damaged, encrypted, nested or inconsistent) is 422 with path \`body\`. Limits, each refused with 413 naming \`body\` and the limit: at most ${MAX_FILE_BYTES} bytes; at most ${RosterFiles.LIMITS.entries} entries; an XLSX file at most ${RosterFiles.LIMITS.xlsxBytes} bytes uncompressed in at most ${RosterFiles.LIMITS.xlsxParts} parts. Not idempotent by key (the raw body is not fingerprinted); a repeated import is refused as duplicates, so retrying is safe.`,
    tag: TAG,
    roles: ["enterprise-hr", "clerk"],
    params: Id,
    query: Schema.Struct({
      fileName: Schema.optional(Schema.String.pipe(Schema.minLength(1), Schema.maxLength(200))),
    }),
    bodyMedia: ["text/csv", XLSX],
    response: { status: 201, description: "The entries added", schema: Imported },
    problems: [404, 409, 413, 422],
    handler: ({ params, query, request, caller }) =>
      Effect.gen(function* () {
        yield* guardRoster(caller, params.id)
        const buf = yield* readUpTo(request, MAX_FILE_BYTES)
        if (buf === undefined)
          return yield* new PayloadTooLarge({
            field: "body",
            message: `a roster file may be at most ${MAX_FILE_BYTES} bytes`,
          })
        if (buf.byteLength === 0)
          return yield* new InvalidInput({
            message: "the body is empty",
            errors: [{ path: "body", rule: "a CSV or XLSX roster file" }],
          })
        return yield* RosterFiles.importRoster(actorOf(caller), params.id, {
          bytes: buf,
          ...(query.fileName !== undefined ? { name: query.fileName } : {}),
        }).pipe(
          Effect.catchTags({
            EntriesRejected: rejected("file"),
            RosterFileUnreadable: unreadable,
            RosterFileTooLarge: tooLarge,
          }),
        )
      }),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/rosters/:id/export",
    operationId: "exportRoster",
    summary: "The bureau's copy of a roster as CSV or XLSX, WITH resident ID numbers (audited)",
    description: `For the bureau (第十条（四）): every Annex 2 column, ID numbers in clear; each export is recorded in the audit trail. \`format=csv\` answers text/csv (UTF-8 with BOM); \`format=xlsx\` answers ${XLSX}. Content-Disposition names the file.`,
    tag: TAG,
    roles: ["clerk"],
    params: Id,
    query: Schema.Struct({ format: Schema.Literal("csv", "xlsx") }),
    response: {
      status: 200,
      description: "The roster file (text/csv, or XLSX for format=xlsx)",
      media: "text/csv",
      schema: Binary,
    },
    problems: [404, 422],
    handler: ({ params, query, caller }) =>
      Effect.map(RosterFiles.exportRoster(actorOf(caller), params.id, query.format), (f) =>
        raw(
          new Response(f.bytes, {
            status: 200,
            headers: {
              "content-type": f.mediaType,
              "content-disposition": contentDisposition(
                f.fileName,
                `roster-${params.id.replace(/[^A-Za-z0-9-]/g, "")}.${query.format}`,
              ),
              "cache-control": "no-store",
            },
          }),
        ),
      ),
  }),
  endpoint({
    method: "post",
    path: "/api/v1/rosters/:id/finalise",
    operationId: "finaliseRoster",
    summary:
      "Finalise a draft roster: the people the unit adopts in the year must be within its cap, or a reason is recorded (第九条)",
    description:
      "The count is the unit's finalised rosters and its recommended adoption-track applications of the year, each person once, with this roster's entries; the cap is from the unit's figures for the year. No figures recorded: 409 `quota-figures-missing`. Over the cap without `overCapReason`: 409 `quota-exceeded` with `clause` (第九条 原则上不超过…) and the count and cap in `detail`; with it the excess and reason are recorded and audited. A finalised roster never changes and keeps the figures and cap it was checked against.",
    tag: TAG,
    roles: ["clerk"],
    params: Id,
    body: FinaliseBody,
    response: { status: 200, description: "The finalised roster", schema: Rosters.Roster },
    problems: [404, 409],
    handler: ({ params, body, caller }) =>
      guardRoster(caller, params.id).pipe(
        Effect.zipRight(
          Rosters.finalise(
            actorOf(caller),
            params.id,
            body.overCapReason !== undefined ? { overCapReason: body.overCapReason } : {},
          ),
        ),
      ),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/rosters/:id/public",
    operationId: "getRosterPublic",
    summary: "A roster's public view: name, employer, specialty, title and track only",
    description: "Never an ID number or contact details (DOMAIN.md, PIPL arts. 6 and 25).",
    tag: TAG,
    roles: "public",
    params: Id,
    response: { status: 200, description: "The public view", schema: RosterPublic },
    problems: [404, 422],
    handler: ({ params }) =>
      Effect.gen(function* () {
        const { roster } = yield* Rosters.view(params.id)
        const entries = yield* Rosters.publicEntries(params.id)
        return {
          id: roster.id,
          unitName: roster.unitName,
          year: roster.year,
          round: roster.round,
          status: roster.status,
          entries,
        }
      }),
  }),
]
