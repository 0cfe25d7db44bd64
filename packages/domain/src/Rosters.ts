/**
 * Adoption rosters (附件2《拟职称采认人员花名册》, 000 第九、十条): a pilot unit's list of the people
 * whose evaluation it asks the bureau to adopt, for one year and one round (第九条: yearly or
 * half-yearly). A draft roster takes entries one by one or by import; finalising it checks the
 * year's count against the unit's cap (DOMAIN.md ruling 1) through `Adoptions.checkCap` — the one
 * count of the unit's finalised rosters and recommended adoption-track applications, each person
 * once, from the unit's figures recorded for the year — and refuses beyond it unless a reason is
 * recorded; a finalised roster never changes and keeps the figures and cap it was checked against.
 *
 * Resident ID numbers (decision): the bureau needs the number (Annex 2 has a 身份证号 column), so a
 * roster keeps it — but only sealed (AES-256-GCM under a server key, {@link IdSealer}), beside an
 * HMAC-SHA256 under a second server key (`PersonalId.IdHmac`, the same fingerprint the rest of the
 * system uses) for duplicate checks, and a masked form (`110***********002X`) for staff screens.
 * The number is unsealed only by {@link exportForBureau}, which is audited and refused to the public
 * role. Public views ({@link toPublic}) show name, employer, specialty, title and track only; the
 * contact column (联系方式) is likewise never public. The audit trail never holds the number.
 */
// The module is split by concern in rosters/: the clauses, columns and data (model.ts), the errors
// (errors.ts), the repository tag the db package implements (ports.ts), the pure row checks
// (validation.ts), the procedures (procedures.ts) and the re-sealing job (reseal.ts). This file
// re-exports them, so importers name one module.

/** Sealing ID numbers lives in PersonalId.ts (ADR 0006, 0009); re-exported for existing importers. */
export { IdSealer, IdSealKeyUnknown, parsePreviousKeys, sealedKeyOf } from "./PersonalId.ts"
export * from "./rosters/errors.ts"
export {
  type BureauRow,
  CLAUSES,
  COLUMN_NAMES,
  COLUMNS,
  type ColumnKey,
  type EntryPublic,
  type EntryView,
  maskId,
  ROSTER_TITLE,
  Roster,
  RosterStatus,
  Round,
  type StoredEntry,
  toPublic,
  toViews,
} from "./rosters/model.ts"
export * from "./rosters/ports.ts"
export * from "./rosters/procedures.ts"
export * from "./rosters/reseal.ts"
export * from "./rosters/validation.ts"
