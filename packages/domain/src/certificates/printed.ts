/**
 * What a certificate prints: holder, ID HMAC, specialty and level from the decided application (the
 * level it sought), title and series from its track, issuing body and approval number from the
 * issuing body's statement, which may give title and series only where the track leaves them open
 * or to replace the track's, and a level only as the one sought.
 */
import { Effect, Schema } from "effect"
import type { Application } from "../Applications.ts"
import * as Labels from "../Labels.ts"
import type { Track } from "../Policy.ts"
import { IssueRequest, type IssueStatement } from "./model.ts"

/** One refused input field: its path in the operation's input and the rule it breaks. */
export interface FieldRefusal {
  readonly path: string
  readonly rule: string
}

const decodeIssueRequest = Schema.decodeUnknown(IssueRequest)

/**
 * The {@link IssueRequest} for `app` on `track` (undefined: no longer in the registry) under
 * `statement`. Left: every refused field — `level`, `title`, `series`, or `at` (where the input
 * names the application) when the application itself cannot be printed.
 */
export const printedFor = (
  app: Pick<Application, "id" | "edition" | "track" | "name" | "idHmac" | "specialty" | "target">,
  track: Track | undefined,
  statement: IssueStatement,
  at: string,
): Effect.Effect<IssueRequest, ReadonlyArray<FieldRefusal>> => {
  if (track === undefined)
    return Effect.fail([
      { path: at, rule: `track ${app.track} of ${app.edition} is no longer in the registry` },
    ])
  const errors: Array<FieldRefusal> = []
  const target = track.target
  // The level the application sought (recorded on create). An application stored before it was
  // recorded (migration 0007, a track open at any level) gets no certificate until a clerk records it.
  const level = app.target?.level
  if (level === undefined)
    errors.push({
      path: "level",
      rule: `${target.level === "any" ? `track ${track.id} is open at any level and ` : ""}application ${app.id} does not record the level it sought: a clerk records it first`,
    })
  else if (statement.level !== undefined && statement.level !== level)
    errors.push({ path: "level", rule: `application ${app.id} sought the ${level} level` })
  if (target.level === "any" && statement.title === undefined)
    errors.push({
      path: "title",
      rule: `track ${track.id} is open at any level: give the title as printed`,
    })
  const series = statement.series ?? (target.series === "any" ? undefined : Labels.series[target.series]?.zh)
  if (series === undefined)
    errors.push({ path: "series", rule: `track ${track.id} covers every series: give the series` })
  if (errors.length > 0 || level === undefined || series === undefined) return Effect.fail(errors)
  return decodeIssueRequest({
    applicationId: app.id,
    holderName: app.name,
    holderIdHmac: app.idHmac,
    title: statement.title ?? target.name.zh,
    level,
    series,
    specialty: app.specialty,
    issuingBody: statement.issuingBody,
    approvalNo: statement.approvalNo,
  }).pipe(Effect.orDie)
}
