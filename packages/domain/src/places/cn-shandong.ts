/**
 * The editions that govern work in cn-shandong, its own and those of every jurisdiction above it, in the
 * registry's order: a browser page about this place imports this and ships no other rules.
 * (test/Places.test.ts keeps it equal to `Registry.editionsFor("cn-shandong")`.)
 */
import type { Edition } from "../Policy.ts"
import { national2020 } from "../policies/national.ts"

export const editions: ReadonlyArray<Edition> = [national2020]
