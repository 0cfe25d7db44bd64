/** Pre-measured lines: each clipped to the screen's width, so Ink never wraps or adds `…`. */
import { Text } from "ink"
import { useCounter } from "../context.ts"
import { clip } from "../text.ts"

export const Line = ({
  children,
  bold,
  dim,
  inverse,
  indent = 0,
}: {
  readonly children: string
  readonly bold?: boolean
  readonly dim?: boolean
  readonly inverse?: boolean
  readonly indent?: number
}) => {
  const { columns, color } = useCounter()
  return (
    <Text bold={bold ?? false} dimColor={color && (dim ?? false)} inverse={inverse ?? false}>
      {clip(" ".repeat(indent) + children, columns)}
    </Text>
  )
}
