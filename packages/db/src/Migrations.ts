/**
 * Versioned migrations, the same list for SQLite and PostgreSQL. Each migration is written once in
 * portable SQL (TEXT, INTEGER, JSON kept as TEXT); where the dialects differ a migration uses
 * `sql.onDialectOrElse`. Never edit a migration that has shipped: add the next one.
 */
import type { SqlClient } from "@effect/sql"
import * as Migrator from "@effect/sql/Migrator"
import type { Effect } from "effect"
import audit from "./migrations/0001_audit.ts"
import applications from "./migrations/0002_applications.ts"
import pilotUnits from "./migrations/0003_pilot_units.ts"
import certificates from "./migrations/0004_certificates.ts"
import api from "./migrations/0005_api.ts"
import applicationOwner from "./migrations/0006_application_owner.ts"
import applicationTarget from "./migrations/0007_application_target.ts"
import adoptionFigures from "./migrations/0008_adoption_figures.ts"
import apiKeyUnit from "./migrations/0009_api_key_unit.ts"
import textRepair from "./migrations/0010_text_repair.ts"
import procedureLocks from "./migrations/0011_procedure_locks.ts"
import trainingClock from "./migrations/0012_training_clock.ts"

export const MIGRATIONS: Record<string, Effect.Effect<void, unknown, SqlClient.SqlClient>> = {
  "0001_audit": audit,
  "0002_applications": applications,
  "0003_pilot_units": pilotUnits,
  "0004_certificates": certificates,
  "0005_api": api,
  "0006_application_owner": applicationOwner,
  "0007_application_target": applicationTarget,
  "0008_adoption_figures": adoptionFigures,
  "0009_api_key_unit": apiKeyUnit,
  "0010_text_repair": textRepair,
  "0011_procedure_locks": procedureLocks,
  "0012_training_clock": trainingClock,
}

export const runMigrations = Migrator.make({})({
  loader: Migrator.fromRecord(MIGRATIONS),
  table: "zc_migrations",
})
