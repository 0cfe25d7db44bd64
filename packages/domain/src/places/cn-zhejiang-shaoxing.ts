/**
 * The editions that govern work in cn-zhejiang-shaoxing, its own and those of every jurisdiction above it, in the
 * registry's order: a browser page about this place imports this and ships no other rules.
 * (test/Places.test.ts keeps it equal to `Registry.editionsFor("cn-zhejiang-shaoxing")`.)
 */
import type { Edition } from "../Policy.ts"
import { national2020 } from "../policies/national.ts"
import { shaoxingAdoption } from "../policies/shaoxing.ts"

export const editions: ReadonlyArray<Edition> = [national2020, shaoxingAdoption]
