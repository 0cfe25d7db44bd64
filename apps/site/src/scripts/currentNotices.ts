/**
 * The notices running today (GET /api/v1/publicity-notices): each as a link to its page, with its
 * document, how many people it lists and its period. Only public fields come back from the API.
 */
import type { CivilDate } from "@zhicheng/domain/CivilDate"
import { formatDate, type Locale } from "@zhicheng/domain/Labels"
import { api } from "../lib/api.ts"
import { el, fill, words } from "./dom.ts"

type Words = Record<string, string> & {
  readonly documents: Record<string, string>
  readonly notice: string
  readonly locale: Locale
}

export const start = async (): Promise<void> => {
  const box = document.getElementById("current-notices")
  const w = words<Words>("current-words")
  if (box === null || w === undefined) return
  box.replaceChildren(el("p", w.currentLoading))
  const f = (d: string) => formatDate(d as CivilDate, w.locale)
  try {
    const { data } = await api.GET("/api/v1/publicity-notices")
    if (data === undefined) throw new Error("no data")
    if (data.notices.length === 0) {
      box.replaceChildren(el("p", w.currentNone))
      return
    }
    const list = el("ul")
    for (const n of data.notices) {
      const a = el("a", w.documents[n.edition] ?? n.edition)
      a.href = `${w.notice}?id=${encodeURIComponent(n.notice)}`
      const li = el("li")
      li.append(
        a,
        el(
          "span",
          ` — ${fill(w.currentItem ?? "", { people: n.entries.length, start: f(n.start), end: f(n.end) })}`,
        ),
      )
      list.append(li)
    }
    box.replaceChildren(list)
  } catch {
    box.replaceChildren(el("p", w.currentFailed))
  }
}
