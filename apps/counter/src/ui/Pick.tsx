/**
 * Choosing several rows of a list (applications for a notice or a certificate batch): Up/Down to
 * move, Space to choose or unchoose, Enter to go on with the chosen ones. The window scrolls to
 * keep the cursor in view; chosen rows are marked `[x]`, so the mark does not rely on colour.
 */
import { Box } from "ink"
import { useCounter } from "../context.ts"
import { actionOf } from "../keymap.ts"
import { useKeys } from "../state/keys.ts"
import { useSyncReducer } from "../state/sync.ts"
import { Line } from "./Lines.tsx"

export interface PickState {
  readonly cursor: number
  readonly chosen: ReadonlySet<number>
}

export type PickAction =
  | { readonly type: "move"; readonly by: number; readonly n: number }
  | { readonly type: "toggle" }

export const pickReducer = (s: PickState, a: PickAction): PickState => {
  if (a.type === "move")
    return { ...s, cursor: a.n === 0 ? 0 : Math.max(0, Math.min(a.n - 1, s.cursor + a.by)) }
  const chosen = new Set(s.chosen)
  if (chosen.has(s.cursor)) chosen.delete(s.cursor)
  else chosen.add(s.cursor)
  return { ...s, chosen }
}

export const Pick = ({
  rows,
  height,
  initial = [],
  onDone,
}: {
  readonly rows: ReadonlyArray<string>
  readonly height: number
  readonly initial?: ReadonlyArray<number>
  readonly onDone: (chosen: ReadonlyArray<number>) => void
}) => {
  const { blocked, dispatch } = useCounter()
  const [state, send, latest] = useSyncReducer(pickReducer, { cursor: 0, chosen: new Set(initial) })
  useKeys(
    (input, key) => {
      const a = actionOf(["up", "down", "nextPage", "prevPage", "open", "back", "help"], input, key)
      if (input === " ") send({ type: "toggle" })
      else if (a === "up") send({ type: "move", by: -1, n: rows.length })
      else if (a === "down") send({ type: "move", by: 1, n: rows.length })
      else if (a === "nextPage") send({ type: "move", by: height, n: rows.length })
      else if (a === "prevPage") send({ type: "move", by: -height, n: rows.length })
      else if (a === "open") onDone([...latest().chosen].sort((x, y) => x - y))
      else if (a === "back") dispatch({ type: "back" })
      else if (a === "help") dispatch({ type: "help", open: true })
    },
    { isActive: !blocked },
  )
  const top = Math.max(0, Math.min(state.cursor - Math.floor(height / 2), rows.length - height))
  return (
    <Box flexDirection="column">
      {rows.slice(top, top + height).map((r, i) => {
        const at = top + i
        return (
          <Line key={at} inverse={at === state.cursor}>
            {`${at === state.cursor ? ">" : " "} [${state.chosen.has(at) ? "x" : " "}] ${r}`}
          </Line>
        )
      })}
    </Box>
  )
}
