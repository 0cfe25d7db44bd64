/**
 * What the server and the admin commands read from the environment at start: the database — its
 * SQLite file defaults to the repository's `.data/` whatever the working directory, so `./zc start`,
 * `pnpm start` in apps/api and the `keys` command all open the same file — and the server options.
 */
import { join, resolve } from "node:path"
import type { Target } from "@zhicheng/db/Database"
import type { Options } from "./Server.ts"

/** The repository's root (this file is apps/api/src/Startup.ts). */
export const REPO_ROOT = resolve(import.meta.dirname, "..", "..", "..")

/** The embedded database when ZHICHENG_DB_FILE is unset: `.data/zhicheng.db` in the repository. */
export const DEFAULT_DB_FILE = join(REPO_ROOT, ".data", "zhicheng.db")

/**
 * DATABASE_URL (PostgreSQL) or else the SQLite file ZHICHENG_DB_FILE (relative to the working
 * directory, as a path given on the command line is), by default {@link DEFAULT_DB_FILE}.
 */
export const targetFromEnv = (env: NodeJS.ProcessEnv = process.env): Target => {
  const url = env.DATABASE_URL?.trim()
  if (url) return { kind: "postgres", url }
  const file = env.ZHICHENG_DB_FILE?.trim()
  return { kind: "sqlite", file: file ? resolve(file) : DEFAULT_DB_FILE }
}

/**
 * `base` with what the environment sets: ZHICHENG_CORS_ORIGINS (comma-separated),
 * ZHICHENG_TRUST_PROXY=1, ZHICHENG_COMPRESS=0.
 */
export const optionsFromEnv = (env: NodeJS.ProcessEnv, base: Options): Options => ({
  ...base,
  corsOrigins:
    env.ZHICHENG_CORS_ORIGINS !== undefined
      ? env.ZHICHENG_CORS_ORIGINS.split(",")
          .map((s) => s.trim())
          .filter((s) => s !== "")
      : base.corsOrigins,
  trustProxy: env.ZHICHENG_TRUST_PROXY === "1",
  compress: env.ZHICHENG_COMPRESS !== "0",
})

/** The start-up refusal for a database that cannot be written, with the driver's reasons. */
export const cannotWrite = (where: string, target: Target, reasons: ReadonlyArray<string>): string =>
  `the database cannot be written (${where}): ${reasons.join("; ") || "no reason given"}. ${
    target.kind === "sqlite"
      ? "Give the server's user write access to the file and its directory, and check free disk space."
      : "Check that the PostgreSQL server is up, accepts writes (not a read-only replica) and has free disk space."
  }`
