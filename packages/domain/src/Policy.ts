/**
 * The registry's vocabulary: jurisdictions, policy documents, editions and tracks.
 *
 * A document is what a bureau published; an edition is the document as it applies to one
 * evaluation year (002 is the 2023 edition); a track is one way to a title under an edition, made of
 * named, cited conditions. An exceptional track is written as a named exception to its base track:
 * it says which base conditions it replaces and what it adds (Catala's `exception`).
 */

import type { Citation, Plain } from "./Citation.ts"
import type { CivilDate } from "./CivilDate.ts"
import type { Condition, Context } from "./Condition.ts"
import type { JuniorGrade, Level, Profile, Route } from "./Profile.ts"
import type { PublicityRule } from "./WorkCalendar.ts"

export type JurisdictionLevel = "national" | "province" | "prefecture" | "city" | "district"

/** Ids are hierarchical: `cn-zhejiang-shaoxing-shangyu` lies within `cn-zhejiang-shaoxing`. */
export interface Jurisdiction {
  readonly id: string
  readonly parent?: string
  readonly level: JurisdictionLevel
  readonly name: Plain
}

/** True when `place` is `area` or lies inside it. */
export const within = (place: string, area: string): boolean => place === area || place.startsWith(`${area}-`)

export type DocumentStatus = "in-force" | "draft" | "lapsed"

export interface PolicyDocument {
  readonly id: string
  readonly issuer: Plain
  /** The document number (文号), when it has one. */
  readonly number?: string
  readonly title: Plain
  /** Date of issue, when the text gives one. */
  readonly date?: CivilDate
  readonly status: DocumentStatus
  readonly validFrom?: CivilDate
  readonly validTo?: CivilDate
  readonly jurisdiction: string
  /** File under shared/policy-sources/. */
  readonly source: string
  /** Other documents it cites that are not among the sources: content unknown, never invented. */
  readonly citesUnavailable: ReadonlyArray<{ readonly number: string; readonly title: string }>
}

export type TrackKind =
  | "normal" // 正常申报
  | "exceptional" // 破格申报
  | "skilled-talent" // 技能人才申报
  | "green-channel" // 绿色通道 / 直通车
  | "direct-recognition" // 直接认定
  | "initial-determination" // 初次确定 / 初定
  | "promotion" // 晋升
  | "adoption" // 采认
  | "who-may-apply" // 申报资格 (who may apply at all, and where)

export interface Target {
  /** "engineering" for 工程系列; "any" where the document covers every series. */
  readonly series: "engineering" | "any"
  /**
   * The level applied for, or "any": a track open at whatever level the applicant's standard allows
   * (the document says "相应级别/层级"); which level fits is then usually a review condition, and a
   * condition that depends on the level reads the level asked about from `Context.target`.
   */
  readonly level: Level | "any"
  readonly grade?: JuniorGrade
  readonly name: Plain
}

export interface Track {
  readonly id: string
  readonly edition: string
  readonly kind: TrackKind
  readonly route: Route
  readonly target: Target
  readonly title: Plain
  readonly citation: Citation
  /** Who the track is for; when this is unmet the track is "not applicable". */
  readonly appliesWhen: Condition
  /** The conditions to apply, all required, each named so that exceptions can replace them. */
  readonly requires: ReadonlyArray<Condition>
  /** Criteria the committee judges at evaluation; listed with citations, not decided here. */
  readonly judgedAtEvaluation: ReadonlyArray<{ readonly text: Plain; readonly citation: Citation }>
  readonly exceptionTo?: { readonly track: string; readonly replaces: ReadonlyArray<string> }
  /** Where the track's procedure differs from its edition's (e.g. a track marked 无须公示). */
  readonly procedure?: Procedure
}

/** The procedure an application on `track` follows: the track's own, else its edition's. */
export const procedureOf = (edition: Edition, track: Track): Procedure => track.procedure ?? edition.procedure

/** A document to prepare, and why. */
export interface Material {
  readonly id: string
  readonly text: Plain
  readonly citation: Citation
}

/** A deadline or window that applies to a track. */
export interface Deadline {
  readonly id: string
  readonly kind: "individual-application" | "unit-recommendation" | "evaluation-window" | "pilot-application"
  readonly from?: CivilDate
  readonly to: CivilDate
  readonly text: Plain
  readonly citation: Citation
  /** Set where the start is a rule in principle: an earlier step needs a recorded reason. */
  readonly softStart?: SoftStart
}

/**
 * A deadline or window whose start is a rule "in principle" (原则上): a step before `from` is allowed
 * with a recorded, audited reason, citing `citation` (DOMAIN.md ruling 11 for 004). Its end stays hard.
 */
export interface SoftStart {
  readonly citation: Citation
  readonly text: Plain
}

/** A named setting an operator can change per edition (DOMAIN.md rulings). */
export interface Setting {
  readonly id: string
  readonly value: unknown
  readonly text: Plain
  readonly citation: Citation
}

/** Something the edition says that is not encoded, and why. */
export interface NotEncoded {
  readonly article: string
  readonly reason: Plain
}

/**
 * A publicity (公示) period an edition imposes, typed: how long, in which days, whether the day of
 * publication counts (no statute decides; DOMAIN.md default: it does not, Civil Code art. 201).
 */
export interface EditionPublicity {
  readonly rule: PublicityRule
  readonly citation: Citation
  readonly text: Plain
  /** The clause that makes "no objection" the condition for going on, where it is a separate clause. */
  readonly objectionClause?: Citation
}

/**
 * The Setting that shows a typed publicity rule in the generated reference (one source: the value is
 * the typed rule itself).
 */
export const publicitySetting = (id: string, p: EditionPublicity): Setting => ({
  id,
  value: p.rule,
  text: p.text,
  citation: p.citation,
})

/**
 * The publicity (公示) step of an application's procedure, as the edition's text names it — or not.
 *
 * - `required: true`: the text names the step. `period` is the edition's typed rule, or
 *   "stated-by-publisher" where the text names the step but no period (001 一、3: the employer's
 *   审核、公示、推荐): the notice then runs to the end day its publisher states, nothing invented.
 *   `endsBy` names the deadline kind the period must end before (002: the employer's recommendation
 *   closes on 9-21, after its publicity, 二(二) and 五(二)).
 * - `required: false`: no notice, and none may be opened; the application goes from unit review to
 *   recommendation. `citation` is the clause that says so (000 第十条(三): only first titles are
 *   published); absent where the text is silent, and then the answer says "the text names no
 *   publicity step" ({@link NO_PUBLICITY_STEP}).
 */
export type PublicityStep =
  | {
      readonly required: true
      /** Who publishes (e.g. 用人单位). */
      readonly by: Plain
      readonly period: EditionPublicity | "stated-by-publisher"
      readonly endsBy?: Deadline["kind"]
      readonly citation: Citation
    }
  | {
      readonly required: false
      readonly citation?: Citation
      readonly text: Plain
    }

/** What an answer says where the text names no publicity step. */
export const NO_PUBLICITY_STEP: Plain = {
  zh: "文件未规定公示环节",
  en: "the text names no publicity step",
}

/** The procedure of an edition (or track) whose text names no publicity step: none is invented. */
export const SILENT_ON_PUBLICITY: Procedure = { publicity: { required: false, text: NO_PUBLICITY_STEP } }

/**
 * A hard cap on recommendations per enterprise and year on a track (002 附件1 二(二)2 B类, ruling 3),
 * as the applicant's own declared facts give it: `capFor` answers the cap, or the profile field it
 * needs when the facts do not tell (then the recommendation is refused until they do).
 */
export interface EnterpriseCap {
  readonly capFor: (
    profile: Profile,
  ) =>
    | { readonly cap: number; readonly basis: string; readonly citation: Citation }
    | { readonly missing: string; readonly message: string; readonly citation: Citation }
  readonly citation: Citation
}

/**
 * The steps an application takes under an edition (or one track of it, which then overrides the
 * edition's), as its text names them, each with its citation: whether a publicity step comes between
 * unit review and recommendation, and any cap the recommendation is counted against. Deadlines stay
 * in `Edition.deadlines`; which step each kind binds is the state machine's (Applications.ts).
 */
export interface Procedure {
  readonly publicity: PublicityStep
  readonly enterpriseCap?: EnterpriseCap
}

export interface Edition {
  readonly id: string
  readonly document: string
  /** The evaluation year the edition serves, where it serves one. */
  readonly evaluationYear?: number
  /** A fixed date lengths are measured to ("计算至2023年12月31日"); otherwise the evaluation date. */
  readonly reference?: { readonly date: CivilDate; readonly citation: Citation }
  readonly tracks: ReadonlyArray<Track>
  readonly materials: (ctx: Context, track: Track) => ReadonlyArray<Material>
  readonly deadlines: (ctx: Context, track: Track) => ReadonlyArray<Deadline>
  readonly settings: ReadonlyArray<Setting>
  /**
   * The publicity period of the application lifecycle (the step `Publicity` runs), where the edition
   * has one. An edition without it cannot open a publicity notice.
   */
  readonly publicity?: EditionPublicity
  /** The application procedure its text names (a track's own `procedure` overrides it). */
  readonly procedure: Procedure
  readonly notEncoded: ReadonlyArray<NotEncoded>
}

/**
 * Writes an exceptional track as an exception to `base`: `replace` maps base condition ids to the
 * condition that stands in their place (or `null` to drop them), `add` appends new ones.
 */
export const exception = (
  base: Track,
  spec: Omit<Track, "requires" | "exceptionTo" | "edition" | "appliesWhen" | "judgedAtEvaluation"> & {
    readonly appliesWhen?: Condition
    readonly judgedAtEvaluation?: Track["judgedAtEvaluation"]
    readonly replace: Readonly<Record<string, Condition | null>>
    readonly add?: ReadonlyArray<Condition>
  },
): Track => {
  const ids = new Set(base.requires.map((c) => c.id))
  for (const k of Object.keys(spec.replace)) {
    if (!ids.has(k)) throw new Error(`${spec.id}: base track ${base.id} has no condition ${k} to replace`)
  }
  const requires = [
    ...base.requires.flatMap((c) => {
      const r = spec.replace[c.id]
      return r === undefined ? [c] : r === null ? [] : [r]
    }),
    ...(spec.add ?? []),
  ]
  const { replace, add, ...rest } = spec
  return {
    ...rest,
    edition: base.edition,
    appliesWhen: spec.appliesWhen ?? base.appliesWhen,
    judgedAtEvaluation: spec.judgedAtEvaluation ?? base.judgedAtEvaluation,
    requires,
    exceptionTo: { track: base.id, replaces: Object.keys(replace) },
  }
}
