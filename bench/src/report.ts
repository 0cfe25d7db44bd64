/**
 * Small helpers the benchmarks share: the machine they ran on, statistics, and markdown tables.
 */
import { readFileSync } from "node:fs"
import { availableParallelism, cpus, loadavg, totalmem } from "node:os"

/** The machine a figure was measured on, for the README. */
export const machine = (): string => {
  let model = cpus()[0]?.model ?? "unknown cpu"
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))
    if (m?.[1] !== undefined) model = m[1].trim()
  } catch {
    // not Linux: keep os.cpus()
  }
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")
  const mem = (totalmem() / 2 ** 30).toFixed(0)
  return `nproc ${availableParallelism()} · ${model} · ${mem} GiB · Node ${process.version} · load ${load} · ${new Date().toISOString().slice(0, 10)}`
}

export const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

/** Thousands separators, `digits` decimals. */
export const num = (x: number, digits = 0): string =>
  x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })

export const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`

/** A markdown table; numeric-looking columns are right-aligned. */
export const table = (head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  const right = head.map((_, i) => rows.length > 0 && rows.every((r) => /^[~≈<>]?\d/.test(r[i] ?? "")))
  const line = (cells: ReadonlyArray<string>) => `| ${cells.join(" | ")} |`
  return [line(head), line(head.map((_, i) => (right[i] ? "---:" : "---"))), ...rows.map(line)].join("\n")
}
