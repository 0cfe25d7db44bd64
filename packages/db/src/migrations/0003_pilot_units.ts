/**
 * Pilot units (000 第五至八、十三条), their year-end reviews, and adoption rosters (附件2) with their
 * entries. Resident ID numbers are stored only sealed (AES-GCM), fingerprinted (HMAC) and masked.
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  // The application (Annex 1) and each decision are JSON documents; the columns the procedures
  // filter on are kept beside them. `version` is bumped to take the row lock.
  yield* sql`CREATE TABLE pilot_units (
    id TEXT PRIMARY KEY,
    year INTEGER NOT NULL,
    status TEXT NOT NULL,
    unit_name TEXT NOT NULL,
    district TEXT NOT NULL,
    selected INTEGER NOT NULL DEFAULT 0,
    applied_on TEXT NOT NULL,
    application TEXT NOT NULL,
    late_reason TEXT,
    recommendation TEXT,
    selection TEXT,
    exit_info TEXT,
    version INTEGER NOT NULL DEFAULT 0
  )`
  yield* sql`CREATE INDEX pilot_units_year ON pilot_units (year, selected)`
  yield* sql`CREATE TABLE pilot_unit_reviews (
    unit_id TEXT NOT NULL REFERENCES pilot_units (id),
    year INTEGER NOT NULL,
    passed INTEGER NOT NULL,
    opinion TEXT NOT NULL,
    reviewed_on TEXT NOT NULL,
    reviewed_by TEXT NOT NULL,
    PRIMARY KEY (unit_id, year)
  )`
  // One row per year, updated first by a selection: serialises the yearly soft-cap check.
  yield* sql`CREATE TABLE pilot_selection_locks (year INTEGER PRIMARY KEY, n INTEGER NOT NULL)`
  yield* sql`CREATE TABLE rosters (
    id TEXT PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES pilot_units (id),
    unit_name TEXT NOT NULL,
    year INTEGER NOT NULL,
    round TEXT NOT NULL,
    status TEXT NOT NULL,
    insured_staff INTEGER NOT NULL,
    last_year_graduate_hires INTEGER NOT NULL,
    created_on TEXT NOT NULL,
    finalised TEXT,
    version INTEGER NOT NULL DEFAULT 0,
    UNIQUE (unit_id, year, round)
  )`
  yield* sql`CREATE TABLE roster_entries (
    id TEXT PRIMARY KEY,
    roster_id TEXT NOT NULL REFERENCES rosters (id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    id_sealed TEXT NOT NULL,
    id_hmac TEXT NOT NULL,
    id_masked TEXT NOT NULL,
    highest_education TEXT NOT NULL,
    institution TEXT NOT NULL,
    major TEXT NOT NULL,
    contact TEXT NOT NULL,
    adoption_specialty TEXT NOT NULL,
    qualification_name TEXT NOT NULL,
    UNIQUE (roster_id, position),
    UNIQUE (roster_id, id_hmac)
  )`
  yield* sql`CREATE INDEX roster_entries_hmac ON roster_entries (id_hmac)`
})
