/** The search island: runs pagefind for `?q=` and lists the pages found (titles, excerpts). */
interface Hit {
  readonly url: string
  readonly meta: { readonly title?: string }
  readonly excerpt: string
}
interface Pagefind {
  readonly search: (q: string) => Promise<{ results: ReadonlyArray<{ data: () => Promise<Hit> }> }>
}

export const searchGuides = async (): Promise<void> => {
  const q = new URLSearchParams(location.search).get("q")?.trim() ?? ""
  const box = document.getElementById("q") as HTMLInputElement | null
  const out = document.getElementById("results")
  if (box === null || out === null) return
  box.value = q
  if (q === "") return
  const url = "/pagefind/pagefind.js"
  let found: Awaited<ReturnType<Pagefind["search"]>>
  try {
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind
    found = await pagefind.search(q)
  } catch {
    // No index (a build without pagefind): say nothing was found rather than fail silently.
    found = { results: [] }
  }
  const hits = await Promise.all(found.results.slice(0, 20).map((r) => r.data()))
  out.replaceChildren()
  const heading = document.createElement("h2")
  heading.textContent =
    hits.length === 0
      ? (out.dataset.none ?? "")
      : (out.dataset.found ?? "").replace("{n}", String(found.results.length))
  out.append(heading)
  const list = document.createElement("ol")
  for (const h of hits) {
    const li = document.createElement("li")
    const a = document.createElement("a")
    a.href = h.url
    a.textContent = h.meta.title ?? h.url
    const p = document.createElement("p")
    // pagefind's excerpt marks hits with <mark>; keep only that markup.
    p.innerHTML = h.excerpt.replace(/<(?!\/?mark>)[^>]*>/g, "")
    li.append(a, p)
    list.append(li)
  }
  out.append(list)
}
