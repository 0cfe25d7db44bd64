/** Small DOM helpers the islands share (no framework: each island is a few hundred lines). */

/** An element with optional text and class. */
export const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag)
  if (text !== undefined) e.textContent = text
  if (cls !== undefined) e.className = cls
  return e
}

/** Fills `{name}` slots of a phrase. */
export const fill = (s: string, values: Readonly<Record<string, string | number>>): string =>
  s.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m))

/** The island's words, embedded by the page as JSON in `<script type="application/json" id=…>`. */
export const words = <W>(id: string): W | undefined => {
  const text = document.getElementById(id)?.textContent
  return text ? (JSON.parse(text) as W) : undefined
}

/**
 * GOV.UK's error summary: a focused alert listing each problem as a link to its field, and the
 * message beside each field (`#<field>-error`, with the field's wrapper `#field-<field>` marked).
 */
export const showErrors = (
  box: HTMLElement,
  heading: string,
  errors: ReadonlyArray<{ readonly field: string; readonly message: string }>,
  fields: ReadonlyArray<string>,
): void => {
  for (const f of fields) {
    const e = errors.find((x) => x.field === f)
    document.getElementById(`field-${f}`)?.classList.toggle("has-error", e !== undefined)
    const p = document.getElementById(`${f}-error`)
    if (p) {
      p.hidden = e === undefined
      p.textContent = e?.message ?? ""
    }
    const input = document.getElementById(f)
    if (input) {
      if (e) input.setAttribute("aria-invalid", "true")
      else input.removeAttribute("aria-invalid")
    }
  }
  box.replaceChildren()
  box.removeAttribute("role")
  box.className = ""
  if (errors.length === 0) return
  box.className = "banner"
  box.setAttribute("role", "alert")
  box.tabIndex = -1
  const list = el("ul")
  for (const e of errors) {
    const li = el("li")
    const a = el("a", e.message)
    a.href = `#${e.field}`
    li.append(a)
    list.append(li)
  }
  box.append(el("h2", heading), list)
  box.focus()
}
