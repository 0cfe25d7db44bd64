/** How a citation names its document on a page: the registry's title and number, or a statute's name. */
import type { Citation } from "@zhicheng/domain/Citation"
import { CIVIL_CODE, DOMAIN_RULINGS } from "@zhicheng/domain/Citation"
import * as Registry from "@zhicheng/domain/Registry"
import type { Both } from "./i18n.ts"

const OTHERS: Readonly<Record<string, Both>> = {
  [CIVIL_CODE]: { zh: "《中华人民共和国民法典》", en: "Civil Code of the People's Republic of China" },
  [DOMAIN_RULINGS]: {
    zh: "本系统对未明确事项的处理规则",
    en: "The service's rulings where the documents are silent",
  },
}

/** The document a citation points into, as a reader knows it. */
export const documentName = (c: Pick<Citation, "document">): Both => {
  const d = Registry.document(c.document)
  if (d === undefined) return OTHERS[c.document] ?? { zh: c.document, en: c.document }
  const no = d.number ? `（${d.number}）` : ""
  return { zh: `《${d.title.zh}》${no}`, en: `${d.title.en}${d.number ? ` (${d.number})` : ""}` }
}
