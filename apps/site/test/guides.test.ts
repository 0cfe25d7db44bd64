/**
 * Generation: every jurisdiction, edition and track of the registry has its guide page in both
 * locales, and every clause a page quotes is the registry's own, verbatim — none written by hand.
 */
import type { Citation } from "@zhicheng/domain/Citation"
import * as Registry from "@zhicheng/domain/Registry"
import { describe, expect, it } from "vitest"
import {
  allTracks,
  editionPath,
  guideQuotes,
  placePath,
  places,
  trackGuide,
  trackPath,
  trackSlug,
} from "../src/lib/guides.ts"
import { href, LOCALES } from "../src/lib/i18n.ts"
import { page, quotesOn } from "./dist.ts"

/** Every citation reachable from a value (a track, an edition's settings, a deadline…). */
const citationsIn = (x: unknown, out: Array<Citation> = []): Array<Citation> => {
  if (x === null || typeof x !== "object") return out
  const c = x as Partial<Citation>
  if (typeof c.quote === "string" && typeof c.article === "string" && typeof c.document === "string")
    out.push(c as Citation)
  for (const v of Object.values(x)) citationsIn(v, out)
  return out
}

const tracks = allTracks()

describe("guide pages", () => {
  it("the registry has tracks to guide (a test over nothing proves nothing)", () => {
    expect(tracks.length).toBeGreaterThan(20)
  })

  it("a track's path is its id under /guides/", () => {
    const t = Registry.edition("shangyu-2023-3")?.tracks.find((x) => x.id === "shangyu-2023-3/exceptional-a")
    expect(t && trackPath(t)).toBe("/guides/shangyu-2023-3/exceptional-a/")
    const nested = Registry.edition("weihai-2020-50")?.tracks.find((x) => x.id.endsWith("green/engineer"))
    expect(nested && trackSlug(nested)).toBe("green/engineer")
  })

  for (const locale of LOCALES)
    describe(locale, () => {
      it.each(tracks.map(({ edition, track }) => [track.id, edition, track] as const))(
        "%s has a page whose clauses are the registry's",
        (_id, edition, track) => {
          const html = page(href(locale, trackPath(track)))
          expect(html).toContain(`<html lang="${locale}"`)
          expect(html).toMatch(/hreflang="zh-CN"/)
          expect(html).toMatch(/hreflang="en"/)
          const shown = new Set(quotesOn(html))
          // Everything the guide must quote is there…
          for (const q of guideQuotes(trackGuide(edition, track))) expect(shown).toContain(q)
          // …and nothing quoted comes from anywhere but the track, its edition or its base track.
          const base = track.exceptionTo
            ? Registry.EDITIONS.flatMap((e) => e.tracks).find((t) => t.id === track.exceptionTo?.track)
            : undefined
          const g = trackGuide(edition, track)
          const known = new Set(
            citationsIn([track, edition.settings, edition.publicity, g.materials, g.deadlines, base]).map(
              (c) => c.quote,
            ),
          )
          for (const q of shown) expect(known).toContain(q)
        },
      )

      it("every edition and every place has a page", () => {
        for (const e of Registry.EDITIONS)
          expect(page(href(locale, editionPath(e)))).toContain(`lang="${locale}"`)
        for (const j of places()) expect(page(href(locale, placePath(j)))).toContain(`lang="${locale}"`)
      })
    })

  it("draft and lapsed documents carry a banner; in-force ones do not", () => {
    const draft = Registry.edition("shaoxing-adoption-draft")
    const inForce = Registry.edition("weihai-2020-50")
    expect(draft && page(editionPath(draft))).toContain('class="banner"')
    expect(inForce && page(editionPath(inForce))).not.toContain('class="banner"')
    // Once per page, before the facts: a lapsed edition's track guide says it one time.
    const lapsed = Registry.edition("shangyu-2023-3")?.tracks[0]
    expect(lapsed && page(trackPath(lapsed)).split('class="banner"').length - 1).toBe(1)
  })

  it("guide pages ship no JavaScript but the frame's large-text memory (one small inline script)", () => {
    for (const { track } of tracks) {
      const scripts = [
        ...page(trackPath(track)).matchAll(/<script(?![^>]*application\/json)([^>]*)>([\s\S]*?)<\/script>/g),
      ]
      expect(scripts.map((m) => m[1])).toEqual([""])
      expect(scripts[0]?.[2]).toContain('"large-text"')
      expect(scripts[0]?.[2]?.length).toBeLessThan(1024)
    }
  })
})
