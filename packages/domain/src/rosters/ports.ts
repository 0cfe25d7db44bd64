/**
 * Storage for rosters and their entries, which the db package implements.
 */

import { Context, type Effect, type Option } from "effect"
import type { Roster, StoredEntry } from "./model.ts"

/**
 * Storage for rosters and their entries. Inside `Transactor.withTransaction`, `lockUnit` and
 * `lockRoster` serialise changes to a unit's rosters and to one roster (take the unit first).
 */
export class RosterRepository extends Context.Tag("zhicheng/RosterRepository")<
  RosterRepository,
  {
    readonly insert: (r: Roster) => Effect.Effect<void>
    readonly update: (r: Roster) => Effect.Effect<void>
    readonly get: (id: string) => Effect.Effect<Option.Option<Roster>>
    readonly forUnitYear: (unitId: string, year: number) => Effect.Effect<ReadonlyArray<Roster>>
    readonly lockUnit: (unitId: string) => Effect.Effect<void>
    readonly lockRoster: (id: string) => Effect.Effect<void>
    readonly insertEntries: (es: ReadonlyArray<StoredEntry>) => Effect.Effect<void>
    /** Deletes an entry of a roster; false when there is none. */
    readonly deleteEntry: (rosterId: string, entryId: string) => Effect.Effect<boolean>
    readonly entries: (rosterId: string) => Effect.Effect<ReadonlyArray<StoredEntry>>
    readonly countEntries: (rosterIds: ReadonlyArray<string>) => Effect.Effect<number>
    /** Which of `fingerprints` are already on one of `rosterIds`, and where. */
    readonly findFingerprints: (
      rosterIds: ReadonlyArray<string>,
      fingerprints: ReadonlyArray<string>,
    ) => Effect.Effect<ReadonlyArray<{ readonly fingerprint: string; readonly rosterId: string }>>
    /**
     * Entries (of any roster) whose sealed ID number does not begin with `prefix`, with entry ids
     * after `after`, in entry-id order, at most `limit` — one batch of the re-sealing job.
     */
    readonly sealedNotUnder: (
      prefix: string,
      after: string,
      limit: number,
    ) => Effect.Effect<ReadonlyArray<{ readonly id: string; readonly idSealed: string }>>
    /** Replaces an entry's sealed ID number if it is still `from`; false when it is not (or is gone). */
    readonly replaceSealed: (id: string, from: string, to: string) => Effect.Effect<boolean>
    /** How many entries' sealed ID numbers do not begin with `prefix`. */
    readonly countNotUnder: (prefix: string) => Effect.Effect<number>
  }
>() {}
