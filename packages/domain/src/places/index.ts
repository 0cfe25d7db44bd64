/**
 * Per-place entries: the editions that govern one place, loaded on demand. A browser bundle that
 * imports `@zhicheng/domain/places/<id>` (or calls `load`) ships only that place's rules; the server
 * keeps `Registry`'s synchronous API over every edition.
 *
 * @example
 *   import { editions } from "@zhicheng/domain/places/cn-zhejiang-shaoxing-shangyu"
 *   const report = Eligibility.evaluate({ profile, asOf, jurisdiction: "cn-zhejiang-shaoxing-shangyu" }, editions)
 */
import type { Edition } from "../Policy.ts"

const LOADERS: Readonly<Record<string, () => Promise<{ readonly editions: ReadonlyArray<Edition> }>>> = {
  cn: () => import("./cn.ts"),
  "cn-shanxi": () => import("./cn-shanxi.ts"),
  "cn-zhejiang": () => import("./cn-zhejiang.ts"),
  "cn-zhejiang-shaoxing": () => import("./cn-zhejiang-shaoxing.ts"),
  "cn-zhejiang-shaoxing-shangyu": () => import("./cn-zhejiang-shaoxing-shangyu.ts"),
  "cn-shandong": () => import("./cn-shandong.ts"),
  "cn-shandong-weihai": () => import("./cn-shandong-weihai.ts"),
  "cn-xinjiang": () => import("./cn-xinjiang.ts"),
  "cn-xinjiang-bayingolin": () => import("./cn-xinjiang-bayingolin.ts"),
}

/** The ids with an entry: every jurisdiction of the registry. */
export const PLACES: ReadonlyArray<string> = Object.keys(LOADERS)

/** The editions governing `place`, loaded lazily; undefined for a place the registry does not know. */
export const load = async (place: string): Promise<ReadonlyArray<Edition> | undefined> => {
  const loader = LOADERS[place]
  return loader === undefined ? undefined : (await loader()).editions
}
