/**
 * @zhicheng/domain — policies as cited, versioned rules; eligibility; the official work calendar;
 * quotas; procedure services (I/O through repository tags). Nothing here imports a Node-only module.
 */
export * as Adoptions from "./Adoptions.ts"
export * as Applications from "./Applications.ts"
export * as Audit from "./Audit.ts"
export * as Certificates from "./Certificates.ts"
export * as Citation from "./Citation.ts"
export * as CivilDate from "./CivilDate.ts"
export * as Condition from "./Condition.ts"
export * as Eligibility from "./Eligibility.ts"
export * as Facts from "./Facts.ts"
export * as PilotUnits from "./PilotUnits.ts"
export * as Policy from "./Policy.ts"
export * as Profile from "./Profile.ts"
export * as Publicity from "./Publicity.ts"
export * as Quota from "./Quota.ts"
export * as Reference from "./Reference.ts"
export * as Registry from "./Registry.ts"
export * as ResidentId from "./ResidentId.ts"
export * as Rosters from "./Rosters.ts"
export * as WorkCalendar from "./WorkCalendar.ts"
