/**
 * A whole bureau over one fresh database: every SQL repository, the server keys and every domain
 * service, composed the way apps/api/src/App.ts's `appLayer` composes them, with test keys and
 * (optionally) other editions. Use it for end-to-end tests that cross services; a test of one
 * service should keep its own smaller layer.
 */
import { Applications, IdHmac } from "@zhicheng/domain/Applications"
import type { Edition } from "@zhicheng/domain/Policy"
import { Publicity } from "@zhicheng/domain/Publicity"
import * as Registry from "@zhicheng/domain/Registry"
import { IdSealer } from "@zhicheng/domain/Rosters"
import { WorkCalendar } from "@zhicheng/domain/WorkCalendar"
import { Layer, Redacted } from "effect"
import { ApplicationsSql } from "../../src/ApplicationsSql.ts"
import { AuditLogSql } from "../../src/AuditLogSql.ts"
import { CertificatesLive } from "../../src/CertificatesSql.ts"
import { PilotUnitsSql } from "../../src/PilotUnitsSql.ts"
import { PublicitySql } from "../../src/PublicitySql.ts"
import { RostersSql } from "../../src/RostersSql.ts"
import { freshDatabase } from "./databases.ts"

/** Test-only server secrets (at least 32 characters each). */
export const TEST_ID_HMAC_KEY = "bureau-test-hmac-key-0123456789abcdef"
export const TEST_ID_SEAL_KEY = "bureau-test-seal-key-0123456789abcdef"

/**
 * Every repository and service over a fresh, migrated database of `kind`: SqlClient, Transactor,
 * AuditLog, the application, integrity, publicity, pilot-unit, roster and certificate stores, the
 * ID HMAC and sealer, the work calendar, and the Publicity, Applications and Certificates services
 * (over `editions`, the registry's by default). PilotUnits and Rosters are module functions that
 * run against the repositories provided here.
 */
export const bureauLayer = (
  kind: "sqlite" | "postgres",
  editions: ReadonlyArray<Edition> = Registry.EDITIONS,
) => {
  const keys = Layer.mergeAll(
    IdHmac.fromKey(Redacted.make(TEST_ID_HMAC_KEY)),
    IdSealer.fromKey(Redacted.make(TEST_ID_SEAL_KEY)),
  )
  const repositories = Layer.mergeAll(AuditLogSql, ApplicationsSql, PublicitySql, PilotUnitsSql, RostersSql)
  const base = Layer.mergeAll(repositories, keys, WorkCalendar.Default).pipe(
    Layer.provideMerge(freshDatabase(kind)),
  )
  const publicity = Publicity.layer(editions).pipe(Layer.provideMerge(base))
  return Layer.mergeAll(Applications.layer(editions), CertificatesLive).pipe(Layer.provideMerge(publicity))
}
