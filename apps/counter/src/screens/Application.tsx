/**
 * One application: who and what (profile), today's eligibility answer for its track with the
 * clause it rests on (`e` expands every ground with its clause), its history (`h`), and the steps
 * its state allows for this role, each confirmed, with a reason the procedure records.
 */
import * as Labels from "@zhicheng/domain/Labels"
import { Box } from "ink"
import { useReducer } from "react"
import { call, type Failure } from "../api.ts"
import { useCounter } from "../context.ts"
import { actionOf } from "../keymap.ts"
import type { ApplicationView, TrackSummary, Transition } from "../model.ts"
import { useKeys } from "../state/keys.ts"
import { useOperationRoles } from "../state/operations.ts"
import { useRemote } from "../state/remote.ts"
import { type Step, stepsFor } from "../steps.ts"
import { t } from "../strings.ts"
import { wrap } from "../text.ts"
import { FailureView, failureLines } from "../ui/FailureView.tsx"
import { Form } from "../ui/Form.tsx"
import { Frame } from "../ui/Frame.tsx"
import { Line } from "../ui/Lines.tsx"
import { Menu } from "../ui/Menu.tsx"

type View =
  | { readonly kind: "main" }
  | { readonly kind: "grounds"; readonly top: number }
  | { readonly kind: "history"; readonly top: number }
  | { readonly kind: "tree"; readonly top: number }
  | {
      readonly kind: "step"
      readonly step: Step
      readonly busy: boolean
      readonly failure?: Failure | undefined
    }

interface ScreenState {
  readonly view: View
  readonly status?: string | undefined
  /** Bumped after a step, to reload the application, its history and the answer. */
  readonly version: number
}

type ScreenAction =
  | { readonly type: "view"; readonly view: View }
  | { readonly type: "scroll"; readonly by: number; readonly max: number }
  | { readonly type: "sent" }
  | { readonly type: "failed"; readonly failure: Failure }
  | { readonly type: "done"; readonly status: string }

export const applicationReducer = (state: ScreenState, action: ScreenAction): ScreenState => {
  switch (action.type) {
    case "view":
      return { ...state, view: action.view, status: undefined }
    case "scroll":
      return state.view.kind === "grounds" || state.view.kind === "history"
        ? {
            ...state,
            view: { ...state.view, top: Math.max(0, Math.min(action.max, state.view.top + action.by)) },
          }
        : state
    case "sent":
      return state.view.kind === "step"
        ? { ...state, view: { ...state.view, busy: true, failure: undefined } }
        : state
    case "failed":
      return state.view.kind === "step"
        ? { ...state, view: { ...state.view, busy: false, failure: action.failure } }
        : state
    case "done":
      return { view: { kind: "main" }, status: action.status, version: state.version + 1 }
  }
}

const label = (l: { readonly zh: string; readonly en: string }, locale: Labels.Locale) =>
  Labels.text(l, locale)

/** The lines that explain the track's answer: each ground with its outcome and clause. */
const groundLines = (
  summary: TrackSummary,
  locale: Labels.Locale,
  columns: number,
): ReadonlyArray<string> => {
  const out: Array<string> = []
  const mark: Record<string, string> = { met: "[+]", unmet: "[-]", unknown: "[?]", review: "[!]" }
  for (const g of summary.grounds) {
    out.push(
      ...wrap(
        `${mark[g.outcome] ?? "[ ]"} ${label(g.text, locale)}${g.observed !== undefined ? ` (${g.observed})` : ""}`,
        columns,
      ),
    )
    out.push(...wrap(`    ${g.citation.document} ${g.citation.article} 「${g.citation.quote}」`, columns))
  }
  if (summary.missing.length > 0) out.push(...wrap(`[?] ${summary.missing.join(", ")}`, columns))
  if (summary.earliest !== undefined)
    out.push(`>= ${Labels.formatDate(summary.earliest.date as never, locale)}`)
  return out
}

interface ConditionNode {
  readonly text: { readonly zh: string; readonly en: string }
  readonly citation: { readonly document: string; readonly article: string }
  readonly outcome: string
  readonly observed?: string
  readonly children?: ReadonlyArray<ConditionNode>
}

const MARK: Record<string, string> = { met: "[+]", unmet: "[-]", unknown: "[?]", review: "[!]" }

/** The full explanation: every condition of the track, nested, with what it saw and its clause. */
const treeLines = (
  track: { readonly applicability: ConditionNode; readonly conditions: ReadonlyArray<ConditionNode> },
  locale: Labels.Locale,
  columns: number,
): ReadonlyArray<string> => {
  const out: Array<string> = []
  const walk = (c: ConditionNode, depth: number) => {
    const pad = "  ".repeat(Math.min(depth, 6))
    const text = `${MARK[c.outcome] ?? "[ ]"} ${Labels.text(c.text, locale)}${c.observed !== undefined ? ` (${c.observed})` : ""}  ${c.citation.document} ${c.citation.article}`
    // Continuation lines hang under the text, past the mark.
    wrap(text, Math.max(10, columns - pad.length - 4)).forEach((l, i) => {
      out.push(`${pad}${i === 0 ? "" : "    "}${l}`)
    })
    for (const k of c.children ?? []) walk(k, depth + 1)
  }
  walk(track.applicability, 0)
  for (const c of track.conditions) walk(c, 0)
  return out
}

const historyLines = (history: ReadonlyArray<Transition>, locale: Labels.Locale, columns: number) =>
  history.flatMap((h) => [
    `${h.at.slice(0, 16).replace("T", " ")}  ${h.from === null ? t(locale, "created") : Labels.text(Labels.applicationState[h.from], locale)} -> ${Labels.text(Labels.applicationState[h.to], locale)}  ${h.actor.id}`,
    ...(h.reason !== undefined ? wrap(`    ${t(locale, "reason")}: ${h.reason}`, columns) : []),
  ])

export const ApplicationScreen = ({ id }: { readonly id: string }) => {
  const counter = useCounter()
  const { client, locale, dispatch, blocked, bodyRows, columns, me, epoch, today } = counter
  const [state, send] = useReducer(applicationReducer, { view: { kind: "main" }, version: 0 })
  const key = `${id}|${state.version}|${epoch}`
  const app = useRemote<ApplicationView>(key, () =>
    call(client.GET("/api/v1/applications/{id}", { params: { path: { id } } })),
  )
  const history = useRemote<ReadonlyArray<Transition>>(key, () =>
    call(client.GET("/api/v1/applications/{id}/history", { params: { path: { id } } })),
  )
  const a = app.remote.status === "ok" ? app.remote.data : undefined
  const summary = useRemote<TrackSummary | undefined>(
    a === undefined ? "none" : `${key}|summary`,
    async () => {
      if (a === undefined) return { ok: true, data: undefined }
      const o = await call(
        client.POST("/api/v1/eligibility/summary", {
          body: {
            // The name decides nothing and need not travel again.
            profile: { ...a.profile, name: undefined },
            asOf: today(),
            edition: a.edition,
            ...(a.target !== undefined ? { target: a.target } : {}),
          } as never,
        }),
      )
      return o.ok ? { ok: true, data: o.data.tracks.find((tr) => tr.track === a.track) } : o
    },
  )
  const full = useRemote<ReadonlyArray<string> | undefined>(
    state.view.kind === "tree" && a !== undefined ? `${key}|tree` : "idle",
    async () => {
      if (state.view.kind !== "tree" || a === undefined) return { ok: true, data: undefined }
      const o = await call(
        client.POST("/api/v1/eligibility", {
          body: {
            profile: { ...a.profile, name: undefined },
            asOf: today(),
            edition: a.edition,
            ...(a.target !== undefined ? { target: a.target } : {}),
          } as never,
        }),
      )
      if (!o.ok) return o
      const tr = (
        o.data.tracks as unknown as ReadonlyArray<{
          track: string
          applicability: ConditionNode
          conditions: ReadonlyArray<ConditionNode>
        }>
      ).find((x) => x.track === a.track)
      return { ok: true, data: tr === undefined ? [] : treeLines(tr, locale, columns) }
    },
  )
  const roles = useOperationRoles()
  const steps = a === undefined ? [] : stepsFor(a, me.role, roles)
  const track = summary.remote.status === "ok" ? summary.remote.data : undefined
  const lines =
    state.view.kind === "grounds" && track !== undefined
      ? groundLines(track, locale, columns)
      : state.view.kind === "history" && history.remote.status === "ok"
        ? historyLines(history.remote.data, locale, columns)
        : state.view.kind === "tree" && full.remote.status === "ok"
          ? (full.remote.data ?? [])
          : []
  const visible = bodyRows - 1

  const choose = (step: Step) => {
    if (a === undefined) return
    if (step.where.kind === "publicity")
      dispatch({ type: "push", route: { screen: "publicity", applications: [a.id] } })
    else if (step.where.kind === "issue-certificate")
      dispatch({ type: "push", route: { screen: "certificates", application: a.id } })
    else if (step.where.kind === "revoke-certificate")
      dispatch({
        type: "push",
        route: {
          screen: "certificates",
          ...(a.certificateNo !== undefined ? { number: a.certificateNo } : {}),
        },
      })
    else send({ type: "view", view: { kind: "step", step, busy: false } })
  }

  const perform = async (step: Step, values: Readonly<Record<string, string>>) => {
    if (a === undefined || step.where.kind !== "post") return
    send({ type: "sent" })
    const body: Record<string, string> = { ...(step.where.body ?? {}) }
    for (const [k, v] of Object.entries(values)) if (v !== "") body[k] = v
    const o = await call(
      client.POST(step.where.path as "/api/v1/applications/{id}/submit", {
        params: { path: { id: a.id } },
        body: body as never,
      }),
    )
    if (o.ok) {
      dispatch({ type: "dirty", dirty: false })
      send({ type: "done", status: t(locale, "done", { what: label(step.label, locale) }) })
    } else send({ type: "failed", failure: o })
  }

  // Keys of the scrolled views and of the main view's extras (the menu handles its own).
  useKeys(
    (input, key) => {
      const act = actionOf(["back", "up", "down", "nextPage", "prevPage", "help"], input, key)
      const max = Math.max(0, lines.length - visible)
      if (act === "back") send({ type: "view", view: { kind: "main" } })
      else if (input === "f" && state.view.kind === "grounds")
        send({ type: "view", view: { kind: "tree", top: 0 } })
      else if (act === "up") send({ type: "scroll", by: -1, max })
      else if (act === "down") send({ type: "scroll", by: 1, max })
      else if (act === "nextPage") send({ type: "scroll", by: visible, max })
      else if (act === "prevPage") send({ type: "scroll", by: -visible, max })
      else if (act === "help") dispatch({ type: "help", open: true })
    },
    {
      isActive:
        !blocked &&
        (state.view.kind === "grounds" || state.view.kind === "history" || state.view.kind === "tree"),
    },
  )
  const title =
    a !== undefined ? `${t(locale, "application")} ${a.name} (${a.id.slice(0, 8)})` : t(locale, "application")
  if (app.remote.status !== "ok")
    return (
      <Frame title={title} keys={["retry", "back"]}>
        {app.remote.status === "loading" ? (
          <Line>{t(locale, "loading")}</Line>
        ) : (
          <FailureView failure={app.remote.failure} />
        )}
        <Menu choices={[]} onKey={(input) => input === "r" && app.reload()} />
      </Frame>
    )
  const data = app.remote.data
  if (state.view.kind === "grounds" || state.view.kind === "history" || state.view.kind === "tree") {
    const heading =
      state.view.kind === "grounds"
        ? `${t(locale, "grounds")}  (f ${t(locale, "fullExplanation")})`
        : state.view.kind === "tree"
          ? t(locale, "fullExplanation")
          : t(locale, "history")
    return (
      <Frame title={`${title} - ${heading}`} keys={["move", "page", "back"]}>
        {lines.slice(state.view.top, state.view.top + visible).map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of a text
          <Line key={i}>{l}</Line>
        ))}
        {state.view.kind === "tree" && full.remote.status === "failed" ? (
          <FailureView failure={full.remote.failure} />
        ) : lines.length === 0 ? (
          <Line>{t(locale, "loading")}</Line>
        ) : null}
      </Frame>
    )
  }
  if (state.view.kind === "step") {
    const step = state.view.step
    return (
      <Frame
        title={`${title} - ${t(locale, "confirmStep", { step: label(step.label, locale) })}`}
        keys={["submit", "fields", "back"]}
      >
        <Line>{`${Labels.text(Labels.applicationState[data.state], locale)} -> ${Labels.text(Labels.applicationState[step.to], locale)}`}</Line>
        <Form
          busy={state.view.busy}
          onCancel={() => {
            dispatch({ type: "dirty", dirty: false })
            send({ type: "view", view: { kind: "main" } })
          }}
          fields={[
            {
              name: "reason",
              label: t(locale, "reasonOptional"),
              check: (v) => (v.length > 2000 ? "<= 2000" : undefined),
            },
            ...(step.extra ?? []).map((f) => ({ name: f.name, label: label(f.label, locale) })),
          ]}
          onSubmit={(values) => void perform(step, values)}
        />
        <Line dim>{t(locale, "submitForm")}</Line>
        {state.view.failure !== undefined ? <FailureView failure={state.view.failure} /> : null}
      </Frame>
    )
  }

  const profile = [
    `${data.name}  [${Labels.text(Labels.applicationState[data.state], locale)}]${data.outcome !== undefined ? `  ${t(locale, "outcome")}: ${t(locale, data.outcome)}` : ""}`,
    `${t(locale, "employer")}: ${data.employer} (${data.unit})  ${t(locale, "specialty")}: ${data.specialty}`,
    `${t(locale, "track")}: ${track !== undefined ? label(track.title, locale) : data.track}  ${t(locale, "target")}: ${data.target !== undefined ? Labels.text(Labels.titleName(data.target.level, data.target.grade), locale) : "-"}`,
    `${t(locale, "edition")}: ${data.edition}${data.certificateNo !== undefined ? `  ${t(locale, "certificateNo")}: ${data.certificateNo}` : ""}${data.notice !== undefined ? `  ${t(locale, "notice")}: ${data.notice.slice(0, 8)}` : ""}`,
  ]
  const answer =
    summary.remote.status === "loading"
      ? [t(locale, "loading")]
      : summary.remote.status === "failed"
        ? failureLines(summary.remote.failure, locale, columns)
        : track === undefined
          ? ["-"]
          : [
              `${Labels.text(Labels.eligibilityStatus[track.status], locale)}  (${track.grounds.length} ${t(locale, "grounds")}, e)`,
              `${track.citation.document} ${track.citation.article}`,
            ]
  return (
    <Frame
      title={title}
      keys={["move", "open", "expand", "historyToggle", "back"]}
      {...(state.status !== undefined ? { status: state.status } : {})}
    >
      {profile.map((l) => (
        <Line key={l}>{l}</Line>
      ))}
      <Line bold>{`-- ${t(locale, "eligibility")}`}</Line>
      {answer.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of a text
        <Line key={i} indent={1}>
          {l}
        </Line>
      ))}
      <Line bold>{`-- ${t(locale, "actions")}`}</Line>
      {steps.length === 0 ? <Line indent={1}>{t(locale, "noActions")}</Line> : null}
      <Box flexDirection="column">
        <Menu
          choices={steps.map((s) => ({ label: label(s.label, locale), run: () => choose(s) }))}
          onKey={(input) => {
            if (input === "e" && track !== undefined)
              send({ type: "view", view: { kind: "grounds", top: 0 } })
            else if (input === "h") send({ type: "view", view: { kind: "history", top: 0 } })
            else if (input === "r") app.reload()
          }}
        />
      </Box>
    </Frame>
  )
}
