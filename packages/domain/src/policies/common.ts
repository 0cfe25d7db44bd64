/**
 * Conditions several editions share, parameterised by the clause that imposes them. Each call
 * site passes its own citation: the same check under two documents is two cited conditions.
 */
import * as C from "../Condition.ts"
import { someCurrentWork } from "../Facts.ts"
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
  C.leaf({
    ...spec,
    check: ({ profile }) => {
      const r = profile.status?.retired
      if (r === undefined)
        return { outcome: "unknown", observed: "retirement not stated", missing: ["status.retired"] }
      return r ? { outcome: "unmet", observed: "retired" } : { outcome: "met", observed: "not retired" }
    },
  })

/** No integrity ban covers the evaluation year (the year of the reference date). */
export const noIntegrityBan = (spec: Cited): C.Condition =>
  C.leaf({
    ...spec,
    check: ({ profile, reference }) => {
      const bans = profile.status?.integrityBans
      if (bans === undefined)
        return {
          outcome: "unknown",
          observed: "integrity record not checked",
          missing: ["status.integrityBans"],
        }
      const year = Number(reference.slice(0, 4))
      const active = bans.filter((b) => b.fromYear <= year && year <= b.toYear)
      if (active.length === 0) return { outcome: "met", observed: `no ban covering ${year}` }
      const last = Math.max(...active.map((b) => b.toYear))
      return {
        outcome: "unmet",
        observed: `banned ${active.map((b) => `${b.fromYear}–${b.toYear}`).join(", ")} (finding ${active[0]?.foundOn})`,
        metOn: `${last + 1}-01-01` as never,
      }
    },
  })
