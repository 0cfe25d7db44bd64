/** A numbered list of choices: Up/Down and Enter, or the choice's digit. */
import { Box, type Key } from "ink"
import { useCounter } from "../context.ts"
import { actionOf } from "../keymap.ts"
import { useKeys } from "../state/keys.ts"
import { useSyncReducer } from "../state/sync.ts"
import { Line } from "./Lines.tsx"

export interface Choice {
  readonly label: string
  readonly run: () => void
}

const move = (at: number, by: number, n: number) => (n === 0 ? 0 : (at + by + n) % n)

export const Menu = ({
  choices,
  isActive = true,
  onKey,
  onBack,
}: {
  readonly choices: ReadonlyArray<Choice>
  readonly isActive?: boolean
  /** Keys the menu does not use, for the screen. */
  readonly onKey?: (input: string, key: Key) => void
  /** Esc: by default back to the previous screen. */
  readonly onBack?: () => void
}) => {
  const { blocked, dispatch } = useCounter()
  const [at, go, latest] = useSyncReducer((s: number, by: number) => move(s, by, choices.length), 0)
  useKeys(
    (input, key) => {
      const a = actionOf(["up", "down", "open", "choose", "back", "help"], input, key)
      if (a === "up") go(-1)
      else if (a === "down") go(1)
      else if (a === "open") choices[Math.min(latest(), choices.length - 1)]?.run()
      else if (a === "choose") choices[Number(input) - 1]?.run()
      else if (a === "back") (onBack ?? (() => dispatch({ type: "back" })))()
      else if (a === "help") dispatch({ type: "help", open: true })
      else onKey?.(input, key)
    },
    { isActive: isActive && !blocked },
  )
  return (
    <Box flexDirection="column">
      {choices.map((c, i) => (
        <Line key={c.label} inverse={i === at}>
          {`${i === at ? ">" : " "} ${i + 1}. ${c.label}`}
        </Line>
      ))}
    </Box>
  )
}
