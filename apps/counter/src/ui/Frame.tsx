/**
 * Every screen's frame: a header naming the counter, who is signed in and their role; the
 * screen's title; its body (never taller than the terminal allows); and a footer of key hints.
 * ASCII only (`-` rules, no box drawing), so nothing depends on how a terminal sizes ambiguous
 * characters.
 */
import * as Labels from "@zhicheng/domain/Labels"
import { Box, Text } from "ink"
import type { ReactNode } from "react"
import { useCounter } from "../context.ts"
import { type Hint, hints } from "../keymap.ts"
import { t } from "../strings.ts"
import { clip, fit, width } from "../text.ts"

export const Frame = ({
  title,
  keys,
  children,
  status,
}: {
  readonly title: string
  /** The keys to hint; `? help` is added except on forms, where `?` is typed into the field. */
  readonly keys: ReadonlyArray<Hint>
  readonly children: ReactNode
  /** A line above the footer: what just happened. */
  readonly status?: string
}) => {
  const { me, locale, columns, bodyRows, color } = useCounter()
  const who = `${t(locale, "signedInAs")}: ${me.name} [${Labels.text(Labels.role[me.role], locale)}]`
  const app = t(locale, "appName")
  const gap = Math.max(1, columns - width(app) - width(who))
  const header =
    width(app) + 1 + width(who) <= columns ? `${app}${" ".repeat(gap)}${who}` : clip(`${app} ${who}`, columns)
  return (
    <Box flexDirection="column" width={columns}>
      <Text inverse={color} bold>
        {fit(header, columns)}
      </Text>
      <Text bold>{clip(title, columns)}</Text>
      <Box flexDirection="column" height={bodyRows} overflowY="hidden">
        {/* Not shrunk to fit: what does not fit is cut at the bottom, never squeezed out of the middle. */}
        <Box flexDirection="column" flexShrink={0}>
          {children}
        </Box>
      </Box>
      <Text>{status !== undefined ? clip(status, columns) : " "}</Text>
      <Text dimColor={color}>
        {clip(hints(keys.includes("submit") ? keys : [...keys, "help"], locale), columns)}
      </Text>
    </Box>
  )
}

/** Rows of the screen the frame itself takes (header, title, status, footer). */
export const FRAME_ROWS = 4
