/**
 * A table written with measured columns: each cell cut and padded to its width in cells
 * (string-width), so Chinese names and Latin ids line up. Columns with `grow` share what the
 * fixed ones leave; a column whose `min` does not fit is dropped (narrow terminals keep the
 * first columns). The selected row is inverse (and marked `>` for NO_COLOR and screen readers).
 */
import { Box } from "ink"
import { useMemo } from "react"
import { useCounter } from "../context.ts"
import { fit } from "../text.ts"
import { Line } from "./Lines.tsx"

export interface Column {
  readonly title: string
  /** Fixed width in cells, or the least width for a growing column. */
  readonly min: number
  readonly grow?: boolean
}

/** Widths for `columns` in `total` cells (0 for a dropped column), one cell between columns. */
export const layout = (columns: ReadonlyArray<Column>, total: number): ReadonlyArray<number> => {
  const widths: Array<number> = []
  let used = 2 // the selection marker
  for (const c of columns) {
    const need = c.min + (widths.length > 0 ? 1 : 0)
    if (used + need > total) {
      widths.push(0)
      continue
    }
    widths.push(c.min)
    used += need
  }
  const growing = columns
    .map((c, i) => (c.grow === true && (widths[i] ?? 0) > 0 ? i : -1))
    .filter((i) => i >= 0)
  const spare = total - used
  growing.forEach((i, n) => {
    widths[i] = (widths[i] ?? 0) + Math.floor(spare / growing.length) + (n < spare % growing.length ? 1 : 0)
  })
  return widths
}

/** A row's cells cut and padded to their columns, without the selection marker. */
const cellsText = (cells: ReadonlyArray<string>, widths: ReadonlyArray<number>): string =>
  cells
    .map((c, i) => ((widths[i] ?? 0) > 0 ? fit(c, widths[i] ?? 0) : undefined))
    .filter((c): c is string => c !== undefined)
    .join(" ")

export const rowText = (
  cells: ReadonlyArray<string>,
  widths: ReadonlyArray<number>,
  selected: boolean,
): string => (selected ? "> " : "  ") + cellsText(cells, widths)

export const Table = ({
  columns,
  rows,
  selected,
}: {
  readonly columns: ReadonlyArray<Column>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
  readonly selected: number
}) => {
  const { columns: total } = useCounter()
  // Measuring every cell is the costly part of a frame: done once per page and width, not per key.
  const [head, lines] = useMemo(() => {
    const widths = layout(columns, total)
    return [
      cellsText(
        columns.map((c) => c.title),
        widths,
      ),
      rows.map((r) => cellsText(r, widths)),
    ] as const
  }, [columns, rows, total])
  return (
    <Box flexDirection="column">
      <Line bold>{`  ${head}`}</Line>
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions on the page
        <Line key={i} inverse={i === selected}>
          {(i === selected ? "> " : "  ") + l}
        </Line>
      ))}
    </Box>
  )
}
