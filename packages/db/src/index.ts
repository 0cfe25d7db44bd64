/** @zhicheng/db — SQL repositories for the domain's services; SQLite by default, PostgreSQL by DATABASE_URL. */
export * as ApplicationsSql from "./ApplicationsSql.ts"
export * as AuditLogSql from "./AuditLogSql.ts"
export * as Database from "./Database.ts"
export * as Migrations from "./Migrations.ts"
export * as PilotUnitsSql from "./PilotUnitsSql.ts"
export * as PublicitySql from "./PublicitySql.ts"
export * as RosterFiles from "./RosterFiles.ts"
export * as RostersSql from "./RostersSql.ts"
