/**
 * A refusal in plain words: the API's title and detail, each field it names with the rule broken,
 * and the clause it rests on (document, article, quoted text) so the clerk can read it out. The
 * unreachable API gets a sentence and the retry key, never a stack trace.
 */
import { Box } from "ink"
import type { Failure } from "../api.ts"
import { useCounter } from "../context.ts"
import { t } from "../strings.ts"
import { wrap } from "../text.ts"
import { Line } from "./Lines.tsx"

/** A request field path as the clerk knows it: `body.reason` → `reason`. */
const fieldName = (path: string) => path.replace(/^(body|query|path)\./, "")

export const failureLines = (
  failure: Failure,
  locale: "zh-CN" | "en",
  columns: number,
): ReadonlyArray<string> => {
  if (failure.kind === "unreachable")
    return [`${t(locale, "unreachable")} (${failure.message})`, t(locale, "unreachableHint")]
  const lines: Array<string> = [
    `${t(locale, "refused")}: ${failure.title} (${failure.status} ${failure.code})`,
  ]
  if (failure.detail !== "") lines.push(...wrap(failure.detail, columns - 2).map((l) => `  ${l}`))
  for (const e of failure.errors)
    lines.push(
      ...wrap(`${t(locale, "field")} ${fieldName(e.path)}: ${e.rule}`, columns - 2).map((l) => `  ${l}`),
    )
  if (failure.clause !== undefined) {
    const c = failure.clause
    lines.push(`${t(locale, "clause")}: ${c.document} ${c.article}`)
    lines.push(...wrap(`「${c.quote}」`, columns - 2).map((l) => `  ${l}`))
  }
  return lines
}

export const FailureView = ({ failure, max }: { readonly failure: Failure; readonly max?: number }) => {
  const { locale, columns } = useCounter()
  const lines = failureLines(failure, locale, columns)
  return (
    <Box flexDirection="column">
      {lines.slice(0, max ?? lines.length).map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static lines
        <Line key={i} bold={i === 0}>
          {l}
        </Line>
      ))}
    </Box>
  )
}
