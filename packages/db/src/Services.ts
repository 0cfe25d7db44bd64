/**
 * Every domain service over the SQL repositories, composed once: the API's runtime
 * (apps/api/src/App.ts), the db tests' bureau (test/support/bureau.ts) and the benchmarks build the
 * same layer from here.
 *
 *   const runtime = ManagedRuntime.make(
 *     Services.layer(Database.layer(target), { idHmacKey, idSealKey, idSealPreviousKeys }),
 *   )
 */
import { Applications } from "@zhicheng/domain/Applications"
import { Eligibility } from "@zhicheng/domain/Eligibility"
import { IdHmac, IdSealer } from "@zhicheng/domain/PersonalId"
import type { Edition } from "@zhicheng/domain/Policy"
import { Publicity } from "@zhicheng/domain/Publicity"
import * as Registry from "@zhicheng/domain/Registry"
import { WorkCalendar } from "@zhicheng/domain/WorkCalendar"
import { Layer, type Redacted } from "effect"
import { AdoptionsSql } from "./AdoptionsSql.ts"
import { ApplicationsSql } from "./ApplicationsSql.ts"
import { AuditLogSql } from "./AuditLogSql.ts"
import { CertificatesLive } from "./CertificatesSql.ts"
import type * as Database from "./Database.ts"
import { PilotUnitsSql } from "./PilotUnitsSql.ts"
import { PublicitySql } from "./PublicitySql.ts"
import { RostersSql } from "./RostersSql.ts"

/**
 * The SQL repositories the services run on: the audit log, applications and the integrity record,
 * publicity, pilot units, rosters and adoption figures (certificates' are inside `CertificatesLive`).
 * Needs the database layer.
 */
export const repositories = Layer.mergeAll(
  AuditLogSql,
  ApplicationsSql,
  PublicitySql,
  PilotUnitsSql,
  RostersSql,
  AdoptionsSql,
)

export interface Options {
  /** The key that fingerprints resident ID numbers (`IdHmac`); every process must share it. */
  readonly idHmacKey: Redacted.Redacted<string>
  /** The key that seals ID numbers on rosters (`IdSealer`). */
  readonly idSealKey: Redacted.Redacted<string>
  /** Seal keys rotated out, still opening the values sealed under them (ADR 0009). */
  readonly idSealPreviousKeys?: ReadonlyArray<Redacted.Redacted<string>>
  /**
   * The editions Eligibility, Publicity and Applications serve: the registry's by default; tests
   * pass their own.
   */
  readonly editions?: ReadonlyArray<Edition>
}

/**
 * Every repository and domain service over `database` (whose SqlClient and Transactor stay
 * provided): the SQL repositories, the ID HMAC and sealer, the work calendar, and the Eligibility,
 * Publicity, Applications and Certificates services. PilotUnits and Rosters are module functions that
 * run against the repositories provided here. The services read the clock from the runtime, so a
 * training clock (`Layer.setClock`, merged into `database`) or @effect/vitest's TestClock moves them.
 */
export const layer = (database: Layer.Layer<Database.Services>, options: Options) => {
  const editions = options.editions ?? Registry.EDITIONS
  const keys = Layer.mergeAll(
    IdHmac.fromKey(options.idHmacKey),
    IdSealer.fromKeys(options.idSealKey, options.idSealPreviousKeys ?? []),
  )
  const base = Layer.mergeAll(
    repositories,
    keys,
    WorkCalendar.Default,
    Eligibility.fromEditions(editions),
  ).pipe(Layer.provideMerge(database))
  const publicity = Publicity.layer(editions).pipe(Layer.provideMerge(base))
  const applications = Applications.layer(editions).pipe(Layer.provideMerge(publicity))
  return CertificatesLive.pipe(Layer.provideMerge(applications))
}
