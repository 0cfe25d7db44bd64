/**
 * Column arithmetic for a terminal where a Chinese character takes two cells: every width here is
 * measured with string-width, never `.length`, so CJK and Latin columns line up.
 */
import stringWidth from "string-width"

const AMBIGUOUS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2010-\u2015]/g, "-"],
  [/\u2026/g, "..."],
  [/[\u00b7\u2027]/g, "-"],
  [/[\u201c\u201d]/g, '"'],
  [/[\u2018\u2019]/g, "'"],
]

/**
 * `s` with the punctuation whose width terminals disagree on (East Asian "ambiguous": dashes, `…`,
 * `·`, curly quotes) replaced by ASCII, so that a column measured here is a column on every screen.
 * Applied to everything the counter prints, including text from the API.
 */
export const unambiguous = (s: string): string => AMBIGUOUS.reduce((acc, [re, to]) => acc.replace(re, to), s)

/** Cells `s` takes on the screen. */
export const width = (s: string): number => stringWidth(s)

const ELLIPSIS = "~"

/**
 * `s` cut to at most `cells` cells (ending in `~` when cut: ASCII, one cell on every terminal,
 * unlike `…` whose width is ambiguous) and padded with spaces to exactly `cells`.
 */
export const fit = (s: string, cells: number): string => {
  if (cells <= 0) return ""
  const clean = unambiguous(s).replace(/[\r\n\t]+/g, " ")
  if (width(clean) <= cells) return clean + " ".repeat(cells - width(clean))
  let out = ""
  let used = 0
  for (const ch of clean) {
    const w = width(ch)
    if (used + w > cells - 1) break
    out += ch
    used += w
  }
  return out + ELLIPSIS + " ".repeat(Math.max(0, cells - 1 - used))
}

/** `s` cut to `cells` cells without padding (for the last column of a row). */
export const clip = (s: string, cells: number): string => fit(s, cells).trimEnd()

/**
 * `s` broken into lines of at most `cells` cells (at spaces where it can, anywhere in CJK text),
 * for paragraphs such as a clause's quoted text.
 */
export const wrap = (s: string, cells: number): ReadonlyArray<string> => {
  const lines: Array<string> = []
  for (const para of unambiguous(s).split("\n")) {
    let line = ""
    let used = 0
    for (const ch of para) {
      const w = width(ch)
      if (used + w > cells) {
        const cut = line.lastIndexOf(" ")
        if (cut > 0 && ch !== " " && /^[\x21-\x7e]$/.test(ch)) {
          lines.push(line.slice(0, cut))
          line = line.slice(cut + 1)
          used = width(line)
        } else {
          lines.push(line)
          line = ""
          used = 0
        }
        if (ch === " ") continue
      }
      line += ch
      used += w
    }
    lines.push(line)
  }
  return lines
}
