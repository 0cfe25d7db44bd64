/**
 * The storage the applications procedure runs on — applications with their history
 * (`ApplicationRepository`) and the integrity record (`IntegrityRepository`) — and the helpers that
 * derive and read a recorded ban. packages/db implements the tags (`ApplicationsSql`,
 * `IntegrityRepositorySql`); `Applications.ts` re-exports this module.
 */
import { Context, type Effect, type Option } from "effect"
import * as CivilDate from "../CivilDate.ts"
import * as IntegrityBan from "../IntegrityBan.ts"
import type { ApplicationState } from "./machine.ts"
import type { Application, IntegrityBanEntry, ListFilter, Transition } from "./model.ts"

/** Storage for applications and their transitions; the SQL implementation is `ApplicationsSql`. */
export class ApplicationRepository extends Context.Tag("zhicheng/ApplicationRepository")<
  ApplicationRepository,
  {
    readonly insert: (a: Application) => Effect.Effect<void>
    readonly get: (id: string) => Effect.Effect<Option.Option<Application>>
    /** One page of `filter` (in the list order, at most `filter.limit`), filtered and paged in storage. */
    readonly list: (filter: ListFilter) => Effect.Effect<ReadonlyArray<Application>>
    /** Writes `next` when the stored version is `next.version - 1`; false when it is not (a concurrent change). */
    readonly update: (next: Application) => Effect.Effect<boolean>
    readonly appendTransition: (t: Omit<Transition, "seq">) => Effect.Effect<Transition>
    readonly history: (id: string) => Effect.Effect<ReadonlyArray<Transition>>
    /**
     * Inside the caller's transaction, serialises the checks made under `key` until it commits (a row
     * lock): `person:<id HMAC>` for one claim per person, `enterprise:…` for a per-enterprise cap.
     */
    readonly lock: (key: string) => Effect.Effect<void>
    /**
     * The person's live applications of `edition` at `level`: not withdrawn, not rejected, no
     * certificate revoked ({@link ONE_CLAIM_RULING}).
     */
    readonly liveFor: (q: {
      readonly idHmac: string
      readonly edition: string
      readonly level: string
    }) => Effect.Effect<ReadonlyArray<{ readonly id: string; readonly state: ApplicationState }>>
    /**
     * Applications of the edition and track for `unit` recommended in `year` (China time) and not
     * since withdrawn or rejected: what a per-enterprise cap counts.
     */
    readonly countRecommended: (q: {
      readonly edition: string
      readonly track: string
      readonly unit: string
      readonly year: number
    }) => Effect.Effect<number>
  }
>() {}

/**
 * The integrity record (职称评审诚信档案库): bans by ID HMAC. Applications read it; certificate
 * revocation writes it. The SQL implementation is `IntegrityRepositorySql`.
 */
export class IntegrityRepository extends Context.Tag("zhicheng/IntegrityRepository")<
  IntegrityRepository,
  {
    readonly bansFor: (idHmac: string) => Effect.Effect<ReadonlyArray<IntegrityBanEntry>>
    readonly record: (ban: IntegrityBanEntry) => Effect.Effect<void>
  }
>() {}

/**
 * The ban a fraud finding gives: the 3 evaluation years after the evaluation year in which the fraud
 * occurred (002 四、申报纪律; DOMAIN.md ruling 7), derived by `IntegrityBan.bannedYears`. Use it when
 * recording a ban on revocation. A bare date is a finding whose evaluation year is not recorded: it
 * is read as that year's evaluation.
 */
export const banAfterFinding = (
  finding: { readonly evaluationYear: number; readonly foundOn: CivilDate.CivilDate } | CivilDate.CivilDate,
  rest: { readonly idHmac: string; readonly reason?: string; readonly certificateNo?: string },
): IntegrityBanEntry => {
  const f =
    typeof finding === "string"
      ? { evaluationYear: CivilDate.parts(finding).year, foundOn: finding }
      : finding
  const { fromYear, toYear } = IntegrityBan.bannedYears(f, IntegrityBan.SHANGYU_2023)
  return { foundOn: f.foundOn, fromYear, toYear, ...rest }
}

/** True when the recorded ban covers `year`. */
export const banCovers = (
  ban: { readonly fromYear: number; readonly toYear: number },
  year: number,
): boolean => ban.fromYear <= year && year <= ban.toYear
