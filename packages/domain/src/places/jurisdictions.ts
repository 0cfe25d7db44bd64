/**
 * The places Zhicheng knows, from the whole country down to a district. Apart from the editions, so a
 * browser page can list places (the interview's "where do you work?") without loading any rules.
 */
import type { Jurisdiction } from "../Policy.ts"

export const JURISDICTIONS: ReadonlyArray<Jurisdiction> = [
  { id: "cn", level: "national", name: { zh: "全国", en: "China (national)" } },
  { id: "cn-shanxi", parent: "cn", level: "province", name: { zh: "山西省", en: "Shanxi Province" } },
  { id: "cn-zhejiang", parent: "cn", level: "province", name: { zh: "浙江省", en: "Zhejiang Province" } },
  {
    id: "cn-zhejiang-shaoxing",
    parent: "cn-zhejiang",
    level: "city",
    name: { zh: "绍兴市", en: "Shaoxing" },
  },
  {
    id: "cn-zhejiang-shaoxing-shangyu",
    parent: "cn-zhejiang-shaoxing",
    level: "district",
    name: { zh: "绍兴市上虞区", en: "Shangyu District, Shaoxing" },
  },
  { id: "cn-shandong", parent: "cn", level: "province", name: { zh: "山东省", en: "Shandong Province" } },
  { id: "cn-shandong-weihai", parent: "cn-shandong", level: "city", name: { zh: "威海市", en: "Weihai" } },
  { id: "cn-xinjiang", parent: "cn", level: "province", name: { zh: "新疆维吾尔自治区", en: "Xinjiang" } },
  {
    id: "cn-xinjiang-bayingolin",
    parent: "cn-xinjiang",
    level: "prefecture",
    name: { zh: "巴音郭楞蒙古自治州", en: "Bayingolin Mongol Autonomous Prefecture" },
  },
]

/** The jurisdiction with this id. */
export const jurisdiction = (id: string): Jurisdiction | undefined => JURISDICTIONS.find((j) => j.id === id)
