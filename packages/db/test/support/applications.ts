/**
 * The Applications service (with Publicity, the work calendar, a test ID key and the SQL
 * repositories) over a fresh, migrated database of either kind, for `editions`.
 */
import { Applications, IdHmac } from "@zhicheng/domain/Applications"
import type { Edition } from "@zhicheng/domain/Policy"
import { Publicity } from "@zhicheng/domain/Publicity"
import * as Registry from "@zhicheng/domain/Registry"
import { WorkCalendar } from "@zhicheng/domain/WorkCalendar"
import { Layer, Redacted } from "effect"
import { AdoptionsSql } from "../../src/AdoptionsSql.ts"
import { ApplicationsSql } from "../../src/ApplicationsSql.ts"
import { AuditLogSql } from "../../src/AuditLogSql.ts"
import { PilotUnitsSql } from "../../src/PilotUnitsSql.ts"
import { PublicitySql } from "../../src/PublicitySql.ts"
import { freshDatabase } from "./databases.ts"

export const applicationServices = (
  kind: "sqlite" | "postgres",
  editions: ReadonlyArray<Edition> = Registry.EDITIONS,
) =>
  Applications.layer(editions).pipe(
    Layer.provideMerge(Publicity.layer(editions)),
    Layer.provideMerge(
      Layer.mergeAll(
        WorkCalendar.Default,
        IdHmac.fromKey(Redacted.make("test-key-of-at-least-32-characters!!")),
      ),
    ),
    Layer.provideMerge(
      Layer.mergeAll(ApplicationsSql, PublicitySql, AuditLogSql, AdoptionsSql, PilotUnitsSql),
    ),
    Layer.provideMerge(freshDatabase(kind)),
  )
