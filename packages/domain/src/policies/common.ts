/**
 * Conditions several editions share, parameterised by the clause that imposes them. Each call
 * site passes its own citation: the same check under two documents is two cited conditions.
 */
import * as C from "../Condition.ts"
import { someCurrentWork, statusFlag } from "../Facts.ts"
import * as IntegrityBan from "../IntegrityBan.ts"
import { within } from "../Policy.ts"
import type { EmployerKind } from "../Profile.ts"

type Cited = C.Cited

/** The applicant currently works (a period running to "present") in `area` or a place inside it. */
export const worksIn = (area: string, spec: Cited): C.Condition =>
  C.leaf({
    ...spec,
    check: ({ profile }) =>
      someCurrentWork(
        profile,
        (w) => (w.place === undefined ? ["work[].place"] : within(w.place, area)),
        (w) => `in ${w.place ?? "a place not given"}`,
      ),
  })

/** The applicant's current employer is of one of `kinds`. */
export const employedBy = (kinds: ReadonlyArray<EmployerKind>, spec: Cited): C.Condition =>
  C.leaf({
    ...spec,
    check: ({ profile }) =>
      someCurrentWork(
        profile,
        (w) => (w.employerKind === undefined ? ["work[].employerKind"] : kinds.includes(w.employerKind)),
        (w) => `employer ${w.employerKind ?? "of a kind not given"}`,
      ),
  })

/** The applicant has not retired (离退休人员). */
export const notRetired = (spec: Cited): C.Condition =>
  statusFlag(spec, "retired", false, { yes: "retired", no: "not retired", absent: "retirement not stated" })

/**
 * No integrity ban covers the evaluation year (the year of the reference date). The banned years are
 * derived from each finding's evaluation year under the edition's `rule` (DOMAIN.md ruling 7); a
 * finding made after the day asked does not exist yet for that answer (ruling 10).
 */
export const noIntegrityBan = (rule: IntegrityBan.Rule, spec: Cited): C.Condition =>
  C.leaf({
    ...spec,
    check: ({ profile, reference, asOf }) => {
      const bans = profile.status?.integrityBans
      if (bans === undefined)
        return {
          outcome: "unknown",
          observed: "integrity record not checked",
          missing: ["status.integrityBans"],
        }
      const year = Number(reference.slice(0, 4))
      const active = bans.filter((b) => b.foundOn <= asOf && IntegrityBan.covers(b, rule, year))
      if (active.length === 0) return { outcome: "met", observed: `no ban covering ${year}` }
      let last = year
      const said: Array<string> = []
      for (const b of active) {
        const { fromYear, toYear } = IntegrityBan.bannedYears(b, rule)
        if (toYear > last) last = toYear
        said.push(
          `banned ${fromYear}–${toYear}: fraud in the ${b.evaluationYear} evaluation, found on ${b.foundOn}`,
        )
      }
      return { outcome: "unmet", observed: said.join("; "), metOn: `${last + 1}-01-01` as never }
    },
  })
