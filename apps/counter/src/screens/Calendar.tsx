/**
 * The calendar calculator: when a publicity period ends, a date some working days away, when a
 * period of days, months or years ends, and what kind of day a date is — each answered by the API
 * from the official work calendar, with the days and clauses behind it. A year without a State
 * Council notice is refused with its reason, never guessed.
 */
import * as Labels from "@zhicheng/domain/Labels"
import { call, type Outcome } from "../api.ts"
import { useCounter } from "../context.ts"
import { flowReducer, initialFlow } from "../state/flow.ts"
import { useKeys } from "../state/keys.ts"
import { useSyncReducer } from "../state/sync.ts"
import { t } from "../strings.ts"
import { FailureView } from "../ui/FailureView.tsx"
import { type FieldSpec, Form } from "../ui/Form.tsx"
import { Frame } from "../ui/Frame.tsx"
import { Line } from "../ui/Lines.tsx"
import { Menu } from "../ui/Menu.tsx"

type Kind = "publicity" | "working" | "period" | "day"
type View =
  | { readonly kind: "menu" }
  | { readonly kind: "form"; readonly which: Kind }
  | { readonly kind: "result"; readonly lines: ReadonlyArray<string> }

const reducer = flowReducer<View>({ kind: "menu" }, ["menu"])
const DATE = /^\d{4}-\d{2}-\d{2}$/

type DayKind = keyof typeof Labels.dayKind

export const CalendarScreen = () => {
  const { client, locale, dispatch, blocked, bodyRows, today } = useCounter()
  const [state, send, latest] = useSyncReducer(reducer, initialFlow<View>({ kind: "menu" }))
  const v = state.view
  const goBack = () => (latest().back.length > 0 ? send({ type: "back" }) : dispatch({ type: "back" }))
  const date = (d: string) => Labels.formatDate(d as never, locale)
  const dayLine = (d: { date: string; kind: string; role?: string; ordinal?: number | null }) =>
    `${d.date}  ${Labels.text(Labels.dayKind[d.kind as DayKind], locale)}${d.ordinal !== undefined && d.ordinal !== null ? `  #${d.ordinal}` : ""}${d.role !== undefined && d.role !== "counted" ? `  (${d.role})` : ""}`

  useKeys(
    (_i, key) => {
      if (key.escape) goBack()
    },
    { isActive: !blocked && v.kind === "result" },
  )

  const show = <T,>(o: Outcome<T>, lines: (d: T) => ReadonlyArray<string>) => {
    if (o.ok) {
      dispatch({ type: "dirty", dirty: false })
      send({ type: "go", view: { kind: "result", lines: lines(o.data) } })
    } else send({ type: "failed", failure: o })
  }

  const run = async (which: Kind, x: Readonly<Record<string, string>>) => {
    send({ type: "busy" })
    if (which === "publicity") {
      const o = await call(
        client.GET("/api/v1/calendar/publicity-end", {
          params: { query: { published: x.from, amount: x.amount, unit: x.unit } as never },
        }),
      )
      show(o, (d) => [t(locale, "ends", { date: date(d.end) }), ...d.days.map(dayLine)])
    } else if (which === "working") {
      const o = await call(
        client.GET("/api/v1/calendar/add-working-days", {
          params: { query: { from: x.from, days: x.days } as never },
        }),
      )
      show(o, (d) => [t(locale, "result", { date: date(d.date) })])
    } else if (which === "period") {
      const o = await call(
        client.GET("/api/v1/calendar/period-end", {
          params: { query: { from: x.from, amount: x.amount, unit: x.unit } as never },
        }),
      )
      show(o, (d) => [
        t(locale, "ends", { date: date(d.end) }),
        ...d.extendedOver.map(dayLine),
        ...d.rule.map((c) => `${t(locale, "clause")}: ${c.document} ${c.article}`),
      ])
    } else {
      const o = await call(
        client.GET("/api/v1/calendar/days/{date}", { params: { path: { date: x.date ?? "" } } }),
      )
      show(o, (d) => [dayLine(d as { date: string; kind: string })])
    }
  }

  const dateField = (name: string, label: string): FieldSpec => ({
    name,
    label,
    required: true,
    initial: today(),
    check: (s) => (DATE.test(s) ? undefined : t(locale, "dateRule")),
  })
  const intField = (name: string, label: string, min: number, max: number, initial: string): FieldSpec => ({
    name,
    label,
    required: true,
    initial,
    check: (s) =>
      /^-?\d+$/.test(s) && Number(s) >= min && Number(s) <= max
        ? undefined
        : t(locale, "numberRule", { min, max }),
  })
  const oneOf = (name: string, label: string, values: ReadonlyArray<string>): FieldSpec => ({
    name,
    label,
    required: true,
    initial: values[0] ?? "",
    check: (s) => (values.includes(s) ? undefined : values.join(" / ")),
  })
  const FIELDS: Record<Kind, ReadonlyArray<FieldSpec>> = {
    publicity: [
      dateField("from", t(locale, "published")),
      intField("amount", t(locale, "amount"), 1, 365, "5"),
      oneOf("unit", t(locale, "unitDays"), ["working-days", "calendar-days"]),
    ],
    working: [
      dateField("from", t(locale, "fromDate")),
      intField("days", t(locale, "days"), -1000, 1000, "20"),
    ],
    period: [
      dateField("from", t(locale, "fromDate")),
      intField("amount", t(locale, "amount"), 1, 1000, "30"),
      oneOf("unit", t(locale, "unitPeriod"), ["days", "months", "years"]),
    ],
    day: [dateField("date", t(locale, "date"))],
  }
  const NAMES: Record<Kind, string> = {
    publicity: t(locale, "publicityEnd"),
    working: t(locale, "addWorkingDays"),
    period: t(locale, "periodEnd"),
    day: t(locale, "dayKind"),
  }

  const title = t(locale, "calendar")
  if (v.kind === "menu")
    return (
      <Frame title={title} keys={["move", "open", "choose", "back"]}>
        <Menu
          choices={(["publicity", "working", "period", "day"] as const).map((which) => ({
            label: NAMES[which],
            run: () => send({ type: "go", view: { kind: "form", which } }),
          }))}
        />
      </Frame>
    )
  if (v.kind === "form")
    return (
      <Frame title={`${title} - ${NAMES[v.which]}`} keys={["submit", "fields", "back"]}>
        <Form
          busy={state.busy}
          onCancel={goBack}
          fields={FIELDS[v.which]}
          onSubmit={(x) => void run(v.which, x)}
        />
        {state.failure !== undefined ? <FailureView failure={state.failure} /> : null}
      </Frame>
    )
  return (
    <Frame title={title} keys={["back"]}>
      {v.lines.slice(0, bodyRows).map((l, i) => (
        <Line key={l} bold={i === 0}>
          {l}
        </Line>
      ))}
    </Frame>
  )
}
