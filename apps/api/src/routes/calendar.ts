/** The official work calendar: day kinds, working-day arithmetic, period and publicity ends. */

import { Citation, Plain } from "@zhicheng/domain/Citation"
import { CivilDate } from "@zhicheng/domain/CivilDate"
import { WorkCalendar } from "@zhicheng/domain/WorkCalendar"
import { Effect, Schema } from "effect"
import { endpoint } from "../Endpoint.ts"

const Int = (min: number, max: number) => Schema.NumberFromString.pipe(Schema.int(), Schema.between(min, max))

const DayInfo = Schema.Struct({
  date: Schema.String,
  kind: Schema.Literal("workday", "weekend", "holiday", "adjusted-workday"),
  holiday: Schema.optional(Plain),
  noticeNo: Schema.optional(Schema.String),
}).annotations({ identifier: "DayInfo" })

const PublicityDay = Schema.Struct({
  ...DayInfo.fields,
  role: Schema.Literal("counted", "not-counted", "extension"),
  ordinal: Schema.NullOr(Schema.Number),
}).annotations({ identifier: "PublicityDay" })

export const calendar = [
  endpoint({
    method: "get",
    path: "/api/v1/calendar/years",
    operationId: "calendarYears",
    summary: "The years loaded, each with its State Council notice number and date",
    tag: "calendar",
    roles: "public",
    response: { status: 200, description: "Loaded years", schema: Schema.Array(Schema.Unknown) },
    problems: [],
    handler: () => WorkCalendar.years(),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/calendar/days/:date",
    operationId: "calendarDay",
    summary: "What a day is: workday, weekend, holiday (named) or adjusted working day",
    tag: "calendar",
    roles: "public",
    params: Schema.Struct({ date: CivilDate }),
    response: { status: 200, description: "The day", schema: DayInfo },
    problems: [422],
    handler: ({ params }) => WorkCalendar.dayKind(params.date),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/calendar/add-working-days",
    operationId: "addWorkingDays",
    summary: "The n-th working day after a date (the date itself not counted)",
    tag: "calendar",
    roles: "public",
    query: Schema.Struct({ from: CivilDate, days: Int(-1000, 1000) }),
    response: {
      status: 200,
      description: "The resulting date",
      schema: Schema.Struct({ from: Schema.String, days: Schema.Number, date: Schema.String }),
    },
    problems: [422],
    handler: ({ query }) =>
      Effect.map(WorkCalendar.addWorkingDays(query.from, query.days), (date) => ({
        from: query.from,
        days: query.days,
        date,
      })),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/calendar/period-end",
    operationId: "periodEnd",
    summary: "The last day of a period of days, months or years (Civil Code arts. 201–203)",
    tag: "calendar",
    roles: "public",
    query: Schema.Struct({
      from: CivilDate,
      amount: Int(1, 1200),
      unit: Schema.Literal("days", "months", "years"),
    }),
    response: {
      status: 200,
      description: "The period end with the rest days art. 203 carried it over",
      schema: Schema.Struct({
        from: Schema.String,
        nominalEnd: Schema.String,
        end: Schema.String,
        extendedOver: Schema.Array(DayInfo),
        rule: Schema.Array(Citation),
      }),
    },
    problems: [422],
    handler: ({ query }) => WorkCalendar.periodEnd(query.from, { amount: query.amount, unit: query.unit }),
  }),
  endpoint({
    method: "get",
    path: "/api/v1/calendar/publicity-end",
    operationId: "publicityEnd",
    summary: "The end of a publicity (公示) period of N days or N working days",
    description:
      "`countPublicationDay` defaults to false (DOMAIN.md: the publication day is not counted, Civil Code art. 201).",
    tag: "calendar",
    roles: "public",
    query: Schema.Struct({
      published: CivilDate,
      amount: Int(1, 60),
      unit: Schema.Literal("calendar-days", "working-days"),
      countPublicationDay: Schema.optional(Schema.Literal("true", "false")),
    }),
    response: {
      status: 200,
      description: "Every day of the period with its kind and role",
      schema: Schema.Struct({
        published: Schema.String,
        start: Schema.String,
        nominalEnd: Schema.String,
        end: Schema.String,
        days: Schema.Array(PublicityDay),
        rule: Schema.Array(Citation),
      }),
    },
    problems: [422],
    handler: ({ query }) =>
      WorkCalendar.publicityEnd(query.published, {
        amount: query.amount,
        unit: query.unit,
        countPublicationDay: query.countPublicationDay === "true",
      }),
  }),
]
