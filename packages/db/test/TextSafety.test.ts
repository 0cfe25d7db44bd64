/**
 * Bad text cannot break records (issue #8.1, #8.5), on SQLite and PostgreSQL: a row stored before
 * the text rules is read, never a defect; migration 0010 repairs it; and a name the certificate's
 * font cannot print is refused before a number is taken or anything is signed.
 */
import { SqlClient } from "@effect/sql"
import { describe, expect, layer } from "@effect/vitest"
import { Applications } from "@zhicheng/domain/Applications"
import type { Actor } from "@zhicheng/domain/Audit"
import * as Cert from "@zhicheng/domain/Certificates"
import { Effect, TestClock } from "effect"
import textRepair from "../src/migrations/0010_text_repair.ts"
import { refusedWritingNothing } from "./support/audit.ts"
import { bureauLayer, issueRequestFor, seedApplication } from "./support/bureau.ts"
import { KINDS } from "./support/databases.ts"

const clerk: Actor = { id: "clerk-01", role: "clerk" }
const admin: Actor = { id: "admin-01", role: "admin" }
const MARCH_2024 = Date.UTC(2024, 2, 1, 2, 0, 0)

for (const kind of KINDS) {
  describe(`Text safety on ${kind}`, () => {
    layer(bureauLayer(kind), { timeout: 120_000 })((it) => {
      it.effect("a row stored before the rules is listed and read; migration 0010 repairs it", () =>
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          const apps = yield* Applications
          const app = yield* seedApplication(1)
          // What an older server stored. PostgreSQL refuses a NUL in TEXT (so its rows cannot hold
          // one) but holds the other controls, and a JSON column may hold the NUL's escape.
          const badName = kind === "sqlite" ? "\u0000张三" : "\u0007张三\u202E"
          const profile = JSON.stringify({
            name: "张\u0000三",
            education: [{ level: "bachelor", major: "机\u202E电" }],
          })
          yield* sql`UPDATE applications SET name = ${badName}, employer = ${"示例\u0085公司"}, profile = ${profile} WHERE id = ${app.id}`

          // Read before any repair: no defect, unsafe characters shown as U+FFFD.
          const listed = yield* apps.list({ limit: 50 })
          const before = listed.find((a) => a.id === app.id)
          // SQLite's driver hands the value back cut at the NUL (""); PostgreSQL's whole.
          expect(before?.name).toBe(kind === "sqlite" ? "" : "\uFFFD张三\uFFFD")
          expect(before?.employer).toBe("示例\uFFFD公司")
          expect(before?.profile.name).toBe("张\uFFFD三")

          yield* textRepair
          const repaired = yield* apps.get(app.id)
          expect(repaired.name).toBe(kind === "sqlite" ? "\uFFFD张三" : "\uFFFD张三\uFFFD")
          expect(repaired.employer).toBe("示例\uFFFD公司")
          expect(repaired.profile.name).toBe("张\uFFFD三")
          expect(repaired.profile.education?.[0]?.major).toBe("机\uFFFD电")
          // Stored as repaired, not only shown so: nothing unsafe is left in the columns.
          const [row] = yield* sql<{ name: string; employer: string; profile: string }>`
            SELECT name, employer, profile FROM applications WHERE id = ${app.id}`
          expect(row?.profile).not.toContain("\\u0000")
          expect(row?.employer).toBe("示例\uFFFD公司")
          const [nul] = yield* sql<{ n: number | string }>`
            SELECT COUNT(*) AS n FROM applications WHERE name <> ${repaired.name} AND id = ${app.id}`
          expect(Number(nul?.n)).toBe(0)
          // Running it again changes nothing.
          yield* textRepair
          expect(yield* apps.get(app.id)).toEqual(repaired)
        }),
      )

      it.effect("a name the font cannot print is refused before a number is taken or anything signed", () =>
        Effect.gen(function* () {
          yield* TestClock.setTime(MARCH_2024)
          const svc = yield* Cert.Certificates
          const sql = yield* SqlClient.SqlClient
          yield* svc.rotateKey(admin)
          // 𠮷 (U+20BB7) is a valid name character that the bundled font has no glyph for.
          const rare = yield* seedApplication(2, { name: "𠮷野家" })
          const error = yield* refusedWritingNothing(svc.issue(clerk, issueRequestFor(rare)), "NotPrintable")
          expect(error).toMatchObject({
            field: "holderName",
            characters: ["U+20BB7 (𠮷)"],
            clause: { article: "Personal data and certificates — names" },
          })
          expect(yield* sql`SELECT * FROM certificates`).toEqual([])
          expect(yield* sql`SELECT * FROM certificate_counters`).toEqual([])
          // The emoji name an older server accepted: refused as well, not printed as "王".
          const emoji = yield* seedApplication(3, { name: "王👨‍🔧" })
          yield* refusedWritingNothing(svc.issue(clerk, issueRequestFor(emoji)), "NotPrintable")
          // The next certificate takes the first number: the refusals used none.
          const ok = yield* seedApplication(4, { name: "买买提·艾力" })
          const issued = yield* svc.issue(clerk, issueRequestFor(ok))
          expect(issued.number).toBe("SYRS-2024-000001")
          expect(issued.holderName).toBe("买买提·艾力")
          // A certificate whose name was stored before the rules (signed, so never repaired) is read.
          const bad = kind === "sqlite" ? "\u0000买买提" : "\u0007买买提"
          yield* sql`UPDATE certificates SET holder_name = ${bad} WHERE number = ${issued.number}`
          const suspended = yield* svc.suspend(clerk, {
            number: issued.number,
            on: issued.issuedOn,
            reason: "核查中",
          })
          expect(suspended.holderName).toBe(kind === "sqlite" ? "" : "\uFFFD买买提")
        }),
      )
    })
  })
}
