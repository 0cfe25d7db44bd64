/** The period calculator on the official calendar: known answers, refusals, the month view. */
import { describe, expect, it } from "vitest"
import { calculate, readQuery } from "../src/lib/calculator.ts"

const run = (q: string) => calculate(readQuery(new URLSearchParams(q)))

describe("the period calculator", () => {
  it("5 working days from 27 September 2024 end on 10 October (National Day skipped, 29 September worked)", () => {
    const o = run("y=2024&m=9&d=27&amount=5&unit=working-days")
    expect(o.kind).toBe("done")
    if (o.kind !== "done") return
    expect(o.period.end).toBe("2024-10-10")
    const days = o.months.flatMap((m) => m.weeks.flat()).filter((d) => d !== null)
    expect(days.find((d) => d.date === "2024-10-01")?.info?.kind).toBe("holiday")
    expect(days.find((d) => d.date === "2024-09-29")).toMatchObject({ role: "counted", ordinal: 1 })
    expect(days.find((d) => d.date === "2024-09-29")?.info?.kind).toBe("adjusted-workday")
    expect(o.months.map((m) => m.month)).toEqual([9, 10])
  })

  it("calendar days ending on a holiday run on to the next working day (art. 203)", () => {
    const o = run("y=2024&m=9&d=28&amount=5&unit=calendar-days")
    expect(o.kind).toBe("done")
    if (o.kind === "done") {
      expect(o.period.nominalEnd).toBe("2024-10-03")
      expect(o.period.end).toBe("2024-10-08")
    }
  })

  it("refuses a year with no State Council notice, naming it", () => {
    const o = run("y=2099&m=1&d=4&amount=5&unit=working-days")
    expect(o).toMatchObject({ kind: "year-missing", year: 2099 })
  })

  it("names every field that is wrong", () => {
    const o = run("y=2024&m=2&d=30&amount=0&unit=")
    expect(o.kind).toBe("invalid")
    if (o.kind === "invalid")
      expect(o.errors.map((e) => e.code)).toEqual(["start-invalid", "amount-invalid", "unit-missing"])
    expect(run("").kind).toBe("empty")
  })
})
