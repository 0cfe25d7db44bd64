/** @zhicheng/db — SQL repositories for the domain's services; SQLite by default, PostgreSQL by DATABASE_URL. */
export * as AuditLogSql from "./AuditLogSql.ts"
export * as Database from "./Database.ts"
export * as Migrations from "./Migrations.ts"
