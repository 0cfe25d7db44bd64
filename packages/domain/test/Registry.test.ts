import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "@effect/vitest"
import * as C from "../src/Condition.ts"
import type { Track } from "../src/Policy.ts"
import * as Registry from "../src/Registry.ts"

const SOURCES_DIR = join(import.meta.dirname, "..", "..", "..", "..", "shared", "policy-sources")
const squash = (s: string) => s.replace(/\s+/g, "")
const sourceText = new Map<string, string>()
const source = (file: string) => {
  let t = sourceText.get(file)
  if (t === undefined) {
    t = squash(readFileSync(join(SOURCES_DIR, file), "utf8"))
    sourceText.set(file, t)
  }
  return t
}

const allTracks: ReadonlyArray<Track> = Registry.EDITIONS.flatMap((e) => e.tracks)
const conditionsOf = (t: Track) => [t.appliesWhen, ...t.requires].flatMap(C.flatten)
const citations = () => [
  ...Registry.EDITIONS.flatMap((e) => [
    ...(e.reference ? [e.reference.citation] : []),
    ...e.settings.map((s) => s.citation),
    ...(e.publicity !== undefined
      ? [
          e.publicity.citation,
          ...(e.publicity.objectionClause !== undefined ? [e.publicity.objectionClause] : []),
        ]
      : []),
  ]),
  ...allTracks.flatMap((t) => [
    t.citation,
    ...conditionsOf(t).map((c) => c.citation),
    ...t.judgedAtEvaluation.map((j) => j.citation),
  ]),
]

describe("Registry", () => {
  it("names the package version as the rules version", () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8")) as {
      version: string
    }
    expect(Registry.RULES_VERSION).toBe(pkg.version)
  })

  it("has a parent for every jurisdiction but the root, and a known jurisdiction for every document", () => {
    for (const j of Registry.JURISDICTIONS) {
      if (j.id === "cn") continue
      expect(Registry.jurisdiction(j.parent ?? ""), j.id).toBeDefined()
      expect(j.id.startsWith(`${j.parent}-`), j.id).toBe(true)
    }
    for (const d of Registry.DOCUMENTS) expect(Registry.jurisdiction(d.jurisdiction), d.id).toBeDefined()
  })

  it("gives every edition a known document and every track a unique id", () => {
    for (const e of Registry.EDITIONS) expect(Registry.document(e.document), e.id).toBeDefined()
    const ids = allTracks.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it("writes an open-level rule once (level any), not once per level", () => {
    expect(Object.fromEntries(Registry.EDITIONS.map((e) => [e.id, e.tracks.length]))).toEqual({
      "national-2020-13": 4,
      "shanxi-2020-38": 9,
      "shaoxing-adoption-draft": 4,
      "shangyu-2023-3": 5,
      "weihai-2020-50": 7,
      "bayingolin-private-enterprise": 4,
    })
    for (const t of allTracks) {
      // A level-free id for an any-level track; no track id ends in a level when its target is "any".
      if (t.target.level === "any")
        expect(t.id, t.id).not.toMatch(/\/(junior|intermediate|associate-senior|full-senior)$/)
      if (t.target.level === "any") expect(t.target.grade, t.id).toBeUndefined()
    }
  })

  it("types the publicity rule of the editions that have one, and shows it as a setting with the same value", () => {
    expect(Registry.EDITIONS.filter((e) => e.publicity !== undefined).map((e) => e.id)).toEqual([
      "shaoxing-adoption-draft",
      "shangyu-2023-3",
    ])
    for (const e of Registry.EDITIONS) {
      if (e.publicity === undefined) continue
      const shown = e.settings.filter((s) => s.value === e.publicity?.rule)
      expect(shown, e.id).toHaveLength(1)
      expect(shown[0]?.citation, e.id).toBe(e.publicity.citation)
    }
  })

  it("uses each condition id for one condition only", () => {
    const seen = new Map<string, C.Condition>()
    for (const c of allTracks.flatMap(conditionsOf)) {
      const prior = seen.get(c.id)
      // The same condition object may be shared by several tracks (an exception keeps its base's conditions).
      if (prior !== undefined) expect(prior, `condition id ${c.id} names two different conditions`).toBe(c)
      seen.set(c.id, c)
    }
  })

  it("quotes every citation of a source file verbatim from that file", () => {
    const checked = citations().filter((c) => c.source !== undefined)
    expect(checked.length).toBeGreaterThan(0)
    for (const c of checked) {
      expect(
        source(c.source as string).includes(squash(c.quote)),
        `${c.source} ${c.article}: 「${c.quote}」 is not in the source`,
      ).toBe(true)
    }
  })

  it("cites a known document from every citation", () => {
    const known = new Set([...Registry.DOCUMENTS.map((d) => d.id), "civil-code", "zhicheng-rulings"])
    for (const c of citations()) expect(known.has(c.document), `${c.document} ${c.article}`).toBe(true)
  })

  it("cites the document's own source file when citing one of the five", () => {
    for (const c of citations()) {
      const d = Registry.document(c.document)
      if (d !== undefined) expect(c.source, `${c.document} ${c.article}`).toBe(d.source)
    }
  })

  it("says a track is for the jurisdiction of its own edition", () => {
    for (const e of Registry.EDITIONS) for (const t of e.tracks) expect(t.edition).toBe(e.id)
  })

  it("selects local editions together with those above them", () => {
    const ids = Registry.editionsFor("cn-zhejiang-shaoxing-shangyu").map((e) => e.id)
    expect(ids).toContain("national-2020-13")
    expect(ids).toContain("shaoxing-adoption-draft")
    expect(ids).toContain("shangyu-2023-3")
    expect(ids).not.toContain("weihai-2020-50")
    expect(Registry.editionsFor("cn-shandong-weihai").map((e) => e.id)).toEqual([
      "national-2020-13",
      "weihai-2020-50",
    ])
  })

  it("reports a lapsed edition after its validity and a draft as a draft", () => {
    const shangyu = Registry.document("shangyu-2023-3")
    const draft = Registry.document("shaoxing-adoption-draft")
    if (shangyu === undefined || draft === undefined) throw new Error("documents missing")
    expect(Registry.statusOn(shangyu, "2023-12-31" as never)).toBe("in-force")
    expect(Registry.statusOn(shangyu, "2024-01-01" as never)).toBe("lapsed")
    expect(Registry.statusOn(draft, "2024-01-01" as never)).toBe("draft")
  })
})
