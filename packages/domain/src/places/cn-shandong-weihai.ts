/**
 * The editions that govern work in cn-shandong-weihai, its own and those of every jurisdiction above it, in the
 * registry's order: a browser page about this place imports this and ships no other rules.
 * (test/Places.test.ts keeps it equal to `Registry.editionsFor("cn-shandong-weihai")`.)
 */
import type { Edition } from "../Policy.ts"
import { national2020 } from "../policies/national.ts"
import { weihai2020 } from "../policies/weihai.ts"

export const editions: ReadonlyArray<Edition> = [national2020, weihai2020]
