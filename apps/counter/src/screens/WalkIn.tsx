/**
 * A walk-in check: the interview's questions, one at a time, asked only while an answer can still
 * change a track (the engine reads the answers so far; `Interview.next` picks what to ask), or the
 * JSON file a citizen brought from the site. The answer lists each track with its status and clause;
 * a track can then be filed as an application, the ID number sent to the API once and never kept.
 */
import { readFile } from "node:fs/promises"
import * as Interview from "@zhicheng/domain/Interview"
import * as Labels from "@zhicheng/domain/Labels"
import { Box } from "ink"
import { call, type Outcome, type ZhichengClient } from "../api.ts"
import { useCounter } from "../context.ts"
import { flowReducer, initialFlow } from "../state/flow.ts"
import { useKeys } from "../state/keys.ts"
import { useRemote } from "../state/remote.ts"
import { useSyncReducer } from "../state/sync.ts"
import { t } from "../strings.ts"
import { wrap } from "../text.ts"
import { FailureView } from "../ui/FailureView.tsx"
import { Form } from "../ui/Form.tsx"
import { Frame } from "../ui/Frame.tsx"
import { Line } from "../ui/Lines.tsx"
import { Menu } from "../ui/Menu.tsx"

type Report = Parameters<typeof Interview.next>[1]
type TrackResult = Report["tracks"][number]

type View =
  | { readonly kind: "start" }
  | { readonly kind: "file" }
  | { readonly kind: "ask"; readonly answers: Interview.Answers }
  | { readonly kind: "answer"; readonly answers: Interview.Answers; readonly profile?: unknown }
  | {
      readonly kind: "file-as"
      readonly answers: Interview.Answers
      readonly profile?: unknown
      readonly track: TrackResult
    }

const reducer = flowReducer<View>({ kind: "start" }, ["start"])

/** Where the person works, as the engine's jurisdiction: "elsewhere in X" is X. */
export const jurisdictionOf = (answers: Interview.Answers): string | undefined => {
  const place = answers["work-place"]
  if (place === undefined || place === "") return undefined
  return place.endsWith("-other") ? place.slice(0, -"-other".length) : place
}

/**
 * What a citizen's file holds: the interview's answers (a flat record of strings, or `{ answers }`)
 * or an engine profile (`{ profile }`, or the profile itself).
 */
export const readCheckFile = (
  text: string,
): { readonly answers: Interview.Answers; readonly profile?: unknown } => {
  const data = JSON.parse(text) as unknown
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new Error("not a JSON object")
  const o = data as Record<string, unknown>
  const answers = (o.answers ?? o) as Record<string, unknown>
  const isAnswers = Object.entries(answers).every(
    ([k, v]) => typeof v === "string" && Interview.question(k) !== undefined,
  )
  if (isAnswers && Object.keys(answers).length > 0) return { answers: answers as Interview.Answers }
  return { answers: {}, profile: o.profile ?? o }
}

const evaluate = (
  client: ZhichengClient,
  asOf: string,
  answers: Interview.Answers,
  profile?: unknown,
): Promise<Outcome<Report>> => {
  const jurisdiction = jurisdictionOf(answers)
  return call(
    client.POST("/api/v1/eligibility", {
      body: {
        profile: (profile ?? Interview.toProfile(answers)) as never,
        asOf,
        ...(jurisdiction !== undefined ? { jurisdiction } : {}),
      },
    }),
  ) as Promise<Outcome<Report>>
}

const ORDER: Record<string, number> = {
  eligible: 0,
  "needs-review": 1,
  incomplete: 2,
  "not-eligible": 3,
  "not-applicable": 4,
}

export const WalkIn = () => {
  const { client, locale, dispatch, blocked, bodyRows, columns, today } = useCounter()
  const [state, send, latest] = useSyncReducer(reducer, initialFlow<View>({ kind: "start" }))
  const v = state.view
  const goBack = () => (latest().back.length > 0 ? send({ type: "back" }) : dispatch({ type: "back" }))
  /** Leaving the questions leaves the walk-in: the counter asks first when answers were given. */
  const leave = () => dispatch({ type: "back" })
  const answers = v.kind === "ask" || v.kind === "answer" || v.kind === "file-as" ? v.answers : {}
  const profile = v.kind === "answer" || v.kind === "file-as" ? v.profile : undefined
  const report = useRemote<Report | undefined>(
    v.kind === "start" || v.kind === "file"
      ? "idle"
      : `report|${JSON.stringify(answers)}|${JSON.stringify(profile ?? null)}`,
    () =>
      v.kind === "start" || v.kind === "file"
        ? Promise.resolve({ ok: true, data: undefined })
        : evaluate(client, today(), answers, profile),
  )
  const r = report.remote.status === "ok" ? report.remote.data : undefined
  const nextQuestions =
    r !== undefined && v.kind === "ask" && profile === undefined ? Interview.next(answers, r) : []
  const q = nextQuestions[0]
  const tracks = [...(r?.tracks ?? [])].sort((a, b) => (ORDER[a.status] ?? 9) - (ORDER[b.status] ?? 9))
  const counts: Record<string, number> = {}
  for (const tr of tracks) counts[tr.status] = (counts[tr.status] ?? 0) + 1
  const summary = Object.entries(counts)
    .map(
      ([status, n]) =>
        `${Labels.text(Labels.eligibilityStatus[status as keyof typeof Labels.eligibilityStatus], locale)} ${n}`,
    )
    .join("  ")

  const answer = (value: string) => {
    if (q === undefined) return
    // Answers given are input a clerk would not want to lose: leaving now asks first.
    dispatch({ type: "dirty", dirty: true })
    send({ type: "update", view: { kind: "ask", answers: { ...answers, [q.id]: value } } })
  }

  useKeys(
    (input, key) => {
      if (key.escape) (latest().view.kind === "ask" ? leave : goBack)()
      else if (input === "d" && latest().view.kind === "ask")
        send({ type: "go", view: { kind: "answer", answers } })
      else if (input === "?") dispatch({ type: "help", open: true })
    },
    // Choices are menus (which take Esc themselves); typed answers are forms.
    {
      isActive:
        !blocked &&
        ((v.kind === "ask" && (q === undefined || report.remote.status !== "ok")) ||
          (v.kind === "answer" && tracks.length === 0)),
    },
  )

  const title = t(locale, "walkIn")
  switch (v.kind) {
    case "start":
      return (
        <Frame title={title} keys={["move", "open", "choose", "back"]}>
          <Menu
            choices={[
              {
                label: t(locale, "interview"),
                run: () => send({ type: "go", view: { kind: "ask", answers: {} } }),
              },
              { label: t(locale, "fromFile"), run: () => send({ type: "go", view: { kind: "file" } }) },
            ]}
          />
        </Frame>
      )
    case "file":
      return (
        <Frame title={`${title} - ${t(locale, "fromFile")}`} keys={["submit", "back"]}>
          <Form
            busy={state.busy}
            onCancel={goBack}
            fields={[{ name: "path", label: t(locale, "filePath"), required: true }]}
            onSubmit={async ({ path = "" }) => {
              try {
                const read = readCheckFile(await readFile(path, "utf8"))
                dispatch({ type: "dirty", dirty: false })
                send({
                  type: "go",
                  view: {
                    kind: "answer",
                    answers: read.answers,
                    ...(read.profile !== undefined ? { profile: read.profile } : {}),
                  },
                })
              } catch (e) {
                send({
                  type: "failed",
                  failure: {
                    kind: "problem",
                    status: 0,
                    code: "file",
                    title: t(locale, "fileUnreadable", {
                      path,
                      why: e instanceof Error ? e.message : String(e),
                    }),
                    detail: "",
                    errors: [],
                  },
                })
              }
            }}
          />
          {state.failure !== undefined ? <FailureView failure={state.failure} /> : null}
        </Frame>
      )
    case "ask": {
      if (report.remote.status !== "ok" || q === undefined)
        return (
          <Frame title={title} keys={["back"]} status={summary}>
            {report.remote.status === "loading" ? <Line>{t(locale, "loading")}</Line> : null}
            {report.remote.status === "failed" ? <FailureView failure={report.remote.failure} /> : null}
            {report.remote.status === "ok" ? <Line>{t(locale, "nothingMore")}</Line> : null}
            {report.remote.status === "ok" ? (
              <Menu
                onBack={goBack}
                choices={[
                  {
                    label: t(locale, "answer"),
                    run: () => send({ type: "go", view: { kind: "answer", answers } }),
                  },
                ]}
              />
            ) : null}
          </Frame>
        )
      const n = Object.keys(answers).length + 1
      const help = wrap(Labels.text(q.help, locale), columns - 2).slice(0, 3)
      const clauses = q.citations.slice(0, 2).map((c) => `${c.document} ${c.article}`)
      const a = q.answer
      const options =
        a.kind === "choice"
          ? a.options.map((o) => ({ value: o.value, label: Labels.text(o.label, locale) }))
          : a.kind === "yes-no"
            ? [
                { value: "yes", label: t(locale, "yes") },
                { value: "no", label: t(locale, "no") },
              ]
            : undefined
      return (
        <Frame
          title={`${title} - ${t(locale, "question", { n })}`}
          keys={["move", "open", "back"]}
          status={`${summary}  (d ${t(locale, "answerNow")})`}
        >
          {wrap(Labels.text(q.text, locale), columns).map((l) => (
            <Line key={l} bold>
              {l}
            </Line>
          ))}
          {help.map((l) => (
            <Line key={l} dim>
              {l}
            </Line>
          ))}
          {clauses.length > 0 ? <Line dim>{`${t(locale, "clause")}: ${clauses.join("; ")}`}</Line> : null}
          <Box flexDirection="column" height={Math.max(3, bodyRows - 3 - help.length - 1)} overflowY="hidden">
            {options !== undefined ? (
              <Menu
                key={q.id}
                onBack={leave}
                choices={options.map((o) => ({ label: o.label, run: () => answer(o.value) }))}
                onKey={(input) => {
                  if (input === "d") send({ type: "go", view: { kind: "answer", answers } })
                }}
              />
            ) : (
              <Form
                key={q.id}
                onCancel={leave}
                fields={[
                  {
                    name: "answer",
                    label:
                      a.kind === "number"
                        ? Labels.text(a.unit, locale)
                        : a.kind === "date"
                          ? "YYYY-MM-DD"
                          : "YYYY-MM",
                    required: true,
                    check: (raw) => {
                      const c = Interview.checkWith(q, raw, answers)
                      return c.ok ? undefined : Labels.text(c.message, locale)
                    },
                  },
                ]}
                onSubmit={({ answer: raw = "" }) => {
                  const c = Interview.check(q, raw)
                  if (c.ok) answer(c.value)
                }}
              />
            )}
          </Box>
        </Frame>
      )
    }
    case "answer":
      return (
        <Frame
          title={`${title} - ${t(locale, "answer")}`}
          keys={["move", "open", "back"]}
          status={`${summary}  Enter ${t(locale, "fileAs")}`}
        >
          {report.remote.status === "loading" ? <Line>{t(locale, "loading")}</Line> : null}
          {report.remote.status === "failed" ? <FailureView failure={report.remote.failure} /> : null}
          {tracks.length > 0 ? (
            <Menu
              onBack={goBack}
              choices={tracks.slice(0, Math.max(1, bodyRows)).map((tr) => ({
                label: `[${Labels.text(Labels.eligibilityStatus[tr.status], locale)}] ${Labels.text(tr.title, locale)} - ${tr.citation.document} ${tr.citation.article}`,
                run: () =>
                  send({
                    type: "go",
                    view: {
                      kind: "file-as",
                      answers,
                      ...(profile !== undefined ? { profile } : {}),
                      track: tr,
                    },
                  }),
              }))}
            />
          ) : null}
        </Frame>
      )
    case "file-as": {
      const tr = v.track
      const anyLevel = tr.target.level === "any"
      return (
        <Frame
          title={`${title} - ${t(locale, "fileAs")}: ${Labels.text(tr.title, locale)}`}
          keys={["submit", "fields", "back"]}
        >
          <Line>{`[${Labels.text(Labels.eligibilityStatus[tr.status], locale)}] ${tr.edition}  ${tr.citation.document} ${tr.citation.article}`}</Line>
          <Form
            busy={state.busy}
            onCancel={goBack}
            fields={[
              { name: "name", label: t(locale, "applicantName"), required: true },
              {
                name: "residentId",
                label: t(locale, "residentId"),
                required: true,
                check: (x) => (/^\d{17}[\dXx]$/.test(x) ? undefined : "18"),
              },
              { name: "employer", label: t(locale, "employer"), required: true },
              { name: "unit", label: t(locale, "unit"), required: true },
              { name: "specialty", label: t(locale, "specialty"), required: true },
              ...(anyLevel
                ? [
                    {
                      name: "level",
                      label: t(locale, "levelSought"),
                      required: true,
                      check: (x: string) =>
                        x in Labels.level ? undefined : Object.keys(Labels.level).join("/"),
                    },
                  ]
                : []),
            ]}
            onSubmit={async (values) => {
              send({ type: "busy" })
              const base = (profile ?? Interview.toProfile(answers)) as Record<string, unknown>
              const o = await call(
                client.POST("/api/v1/applications", {
                  params: { header: { "Idempotency-Key": `counter-walk-in-${Date.now()}` } } as never,
                  body: {
                    edition: tr.edition,
                    track: tr.track,
                    specialty: values.specialty ?? "",
                    employer: values.employer ?? "",
                    unit: values.unit ?? "",
                    ...(anyLevel ? { target: { level: values.level } } : {}),
                    // The ID number goes to the API once, to be checked and hashed; it is not kept here.
                    profile: {
                      ...base,
                      name: values.name,
                      residentId: (values.residentId ?? "").toUpperCase(),
                    },
                  } as never,
                }),
              )
              if (o.ok) {
                dispatch({ type: "dirty", dirty: false })
                send({
                  type: "done",
                  status: t(locale, "filed", { id: o.data.id.slice(0, 8) }),
                  view: { kind: "start" },
                })
                dispatch({ type: "push", route: { screen: "application", id: o.data.id } })
              } else send({ type: "failed", failure: o })
            }}
          />
          {state.failure !== undefined ? <FailureView failure={state.failure} /> : null}
        </Frame>
      )
    }
  }
}
