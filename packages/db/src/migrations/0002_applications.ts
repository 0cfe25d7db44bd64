/**
 * Applications and their transitions, publicity notices with their members and objections, and the
 * integrity record (bans by ID HMAC). Portable SQL: TEXT, INTEGER, JSON as TEXT, ISO timestamps.
 * No column holds a resident ID number: `id_hmac` is an HMAC under a server key and the stored
 * profile has its `residentId` removed (domain `Applications.protectProfile`).
 */
import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE applications (
    id TEXT PRIMARY KEY,
    edition TEXT NOT NULL,
    track TEXT NOT NULL,
    specialty TEXT NOT NULL,
    name TEXT NOT NULL,
    employer TEXT NOT NULL,
    unit TEXT NOT NULL,
    id_hmac TEXT NOT NULL,
    profile TEXT NOT NULL,
    state TEXT NOT NULL,
    outcome TEXT,
    certificate_no TEXT,
    notice_id TEXT,
    recommended_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL
  )`
  yield* sql`CREATE INDEX applications_state ON applications (state)`
  yield* sql`CREATE INDEX applications_edition ON applications (edition)`
  yield* sql`CREATE INDEX applications_unit ON applications (unit, edition)`
  yield* sql`CREATE INDEX applications_id_hmac ON applications (id_hmac)`

  yield* sql`CREATE TABLE application_transitions (
    application_id TEXT NOT NULL REFERENCES applications (id),
    seq INTEGER NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    actor_role TEXT NOT NULL,
    at TEXT NOT NULL,
    reason TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (application_id, seq)
  )`

  yield* sql`CREATE TABLE publicity_notices (
    id TEXT PRIMARY KEY,
    edition TEXT NOT NULL,
    published TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    rule TEXT NOT NULL,
    period_rule TEXT NOT NULL,
    how_to_object TEXT NOT NULL,
    status TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    opened_by_id TEXT NOT NULL,
    opened_by_role TEXT NOT NULL,
    closed_at TEXT,
    closed_by_id TEXT,
    closed_by_role TEXT
  )`

  // The public entry of each subject as it stood on publication (name, employer, specialty, title,
  // track): exactly what the public view shows, and nothing more.
  yield* sql`CREATE TABLE publicity_notice_members (
    notice_id TEXT NOT NULL REFERENCES publicity_notices (id),
    position INTEGER NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    name TEXT NOT NULL,
    employer TEXT NOT NULL,
    specialty TEXT NOT NULL,
    title TEXT NOT NULL,
    track TEXT NOT NULL,
    PRIMARY KEY (notice_id, position),
    UNIQUE (notice_id, subject_kind, subject_id)
  )`
  yield* sql`CREATE INDEX publicity_notice_members_subject ON publicity_notice_members (subject_kind, subject_id)`

  // objector_contact is private: no public view reads it and no audit entry copies it.
  yield* sql`CREATE TABLE publicity_objections (
    id TEXT PRIMARY KEY,
    notice_id TEXT NOT NULL REFERENCES publicity_notices (id),
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    filed_at TEXT NOT NULL,
    filed_on TEXT NOT NULL,
    text TEXT NOT NULL,
    objector_name TEXT,
    objector_contact TEXT NOT NULL,
    status TEXT NOT NULL,
    resolution_reason TEXT,
    resolved_by_id TEXT,
    resolved_by_role TEXT,
    resolved_at TEXT
  )`
  yield* sql`CREATE INDEX publicity_objections_notice ON publicity_objections (notice_id, status)`
  yield* sql`CREATE INDEX publicity_objections_subject ON publicity_objections (subject_kind, subject_id)`

  yield* sql`CREATE TABLE integrity_bans (
    id TEXT PRIMARY KEY,
    id_hmac TEXT NOT NULL,
    found_on TEXT NOT NULL,
    from_year INTEGER NOT NULL,
    to_year INTEGER NOT NULL,
    reason TEXT,
    certificate_no TEXT,
    recorded_at TEXT NOT NULL
  )`
  yield* sql`CREATE INDEX integrity_bans_id_hmac ON integrity_bans (id_hmac)`
})
