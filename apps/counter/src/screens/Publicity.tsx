/**
 * Publicity (公示): open a notice for chosen unit-reviewed applications — the period's end day is
 * computed first from the edition's rule and the official calendar, and shown before anything is
 * sent —, read a running notice with its objections, record an objection received at the window,
 * resolve one (upheld or dismissed, with the reason), and close a notice whose period has ended.
 */
import * as Labels from "@zhicheng/domain/Labels"
import { Box } from "ink"
import { call, type Outcome, type ZhichengClient } from "../api.ts"
import { useCounter } from "../context.ts"
import { actionOf } from "../keymap.ts"
import type { ApplicationView } from "../model.ts"
import { flowReducer, initialFlow } from "../state/flow.ts"
import { useKeys } from "../state/keys.ts"
import { useRemote } from "../state/remote.ts"
import { useSyncReducer } from "../state/sync.ts"
import { t } from "../strings.ts"
import { FailureView } from "../ui/FailureView.tsx"
import { Form } from "../ui/Form.tsx"
import { Frame } from "../ui/Frame.tsx"
import { Line } from "../ui/Lines.tsx"
import { Menu } from "../ui/Menu.tsx"
import { Pick } from "../ui/Pick.tsx"

type View =
  | { readonly kind: "menu" }
  | { readonly kind: "pick" }
  | { readonly kind: "open"; readonly ids: ReadonlyArray<string> }
  | { readonly kind: "notices" }
  | { readonly kind: "notice"; readonly id: string; readonly cursor: number }
  | { readonly kind: "record"; readonly notice: string }
  | {
      readonly kind: "resolve"
      readonly notice: string
      readonly objection: string
      readonly resolution?: "upheld" | "dismissed"
    }
  | { readonly kind: "close"; readonly notice: string }

const publicityReducer = flowReducer<View>({ kind: "menu" }, ["menu", "notice"])

interface PublicityRule {
  readonly amount: number
  readonly unit: "calendar-days" | "working-days"
  readonly countPublicationDay: boolean
}

/** The edition's publicity rule as the policies reference shows it, or undefined when it has none. */
const ruleOf = async (
  client: ZhichengClient,
  edition: string,
): Promise<Outcome<PublicityRule | undefined>> => {
  const o = await call(client.GET("/api/v1/policies/{edition}", { params: { path: { edition } } }))
  if (!o.ok) return o
  const settings = (o.data as { settings?: ReadonlyArray<{ id: string; value: unknown }> }).settings ?? []
  const setting = settings.find((x) => x.id === `${edition}/settings/publicity`)
  return { ok: true, data: setting?.value as PublicityRule | undefined }
}

interface Preview {
  readonly edition: string
  readonly rule?: PublicityRule | undefined
  readonly start?: string
  readonly end?: string
}

const previewOf = async (
  client: ZhichengClient,
  edition: string,
  published: string,
): Promise<Outcome<Preview>> => {
  const rule = await ruleOf(client, edition)
  if (!rule.ok) return rule
  if (rule.data === undefined) return { ok: true, data: { edition } }
  const end = await call(
    client.GET("/api/v1/calendar/publicity-end", {
      params: {
        query: {
          published,
          amount: String(rule.data.amount),
          unit: rule.data.unit,
          countPublicationDay: rule.data.countPublicationDay ? "true" : "false",
        } as never,
      },
    }),
  )
  if (!end.ok) return end
  return { ok: true, data: { edition, rule: rule.data, start: end.data.start, end: end.data.end } }
}

/** Applications in a state, first page of 200 (a window's working list). */
const inState = (client: ZhichengClient, state: ApplicationView["state"]) =>
  call(client.GET("/api/v1/applications", { params: { query: { state, limit: "200" } } }))

export const PublicityScreen = ({ applications }: { readonly applications?: ReadonlyArray<string> }) => {
  const { client, locale, dispatch, blocked, bodyRows, today, epoch } = useCounter()
  const [state, send, latest] = useSyncReducer(
    publicityReducer,
    initialFlow<View>(applications !== undefined ? { kind: "open", ids: applications } : { kind: "menu" }),
  )
  const v = state.view
  const goBack = () => (latest().back.length > 0 ? send({ type: "back" }) : dispatch({ type: "back" }))
  const key = `${state.version}|${epoch}`

  // The lists the views need, loaded when they are shown.
  const reviewed = useRemote(v.kind === "pick" ? `reviewed|${key}` : "idle", () =>
    v.kind === "pick"
      ? inState(client, "unit-reviewed")
      : Promise.resolve({ ok: true as const, data: { applications: [] } }),
  )
  const chosenIds = v.kind === "open" ? v.ids : []
  const chosen = useRemote<ReadonlyArray<ApplicationView>>(`chosen|${chosenIds.join(",")}`, async () => {
    const out: Array<ApplicationView> = []
    for (const id of chosenIds) {
      const o = await call(client.GET("/api/v1/applications/{id}", { params: { path: { id } } }))
      if (!o.ok) return o
      out.push(o.data)
    }
    return { ok: true, data: out }
  })
  const edition = chosen.remote.status === "ok" ? chosen.remote.data[0]?.edition : undefined
  const preview = useRemote<Preview | undefined>(`preview|${edition ?? ""}|${today()}`, () =>
    edition === undefined
      ? Promise.resolve({ ok: true, data: undefined })
      : previewOf(client, edition, today()),
  )
  const running = useRemote<ReadonlyArray<ApplicationView>>(
    v.kind === "notices" || v.kind === "notice" ? `running|${key}` : "idle",
    async () => {
      if (v.kind !== "notices" && v.kind !== "notice") return { ok: true, data: [] }
      const out: Array<ApplicationView> = []
      for (const s of ["in-publicity", "objected", "publicity-passed"] as const) {
        const o = await inState(client, s)
        if (!o.ok) return o
        out.push(...o.data.applications)
      }
      return { ok: true, data: out }
    },
  )
  const noticeId = v.kind === "notice" ? v.id : undefined
  const notice = useRemote(noticeId !== undefined ? `notice|${noticeId}|${key}` : "idle", async () => {
    if (noticeId === undefined) return { ok: true as const, data: undefined }
    const pub = await call(
      client.GET("/api/v1/publicity-notices/{id}", { params: { path: { id: noticeId } } }),
    )
    if (!pub.ok) return pub
    const objections = await call(
      client.GET("/api/v1/publicity-notices/{id}/objections", { params: { path: { id: noticeId } } }),
    )
    if (!objections.ok) return objections
    return { ok: true as const, data: { pub: pub.data, objections: objections.data } }
  })

  const post = async <T,>(
    request: Promise<Outcome<T>>,
    status: (data: T) => string,
    next?: (data: T) => View,
  ) => {
    send({ type: "busy" })
    const o = await request
    if (o.ok) {
      dispatch({ type: "dirty", dirty: false })
      send({ type: "done", status: status(o.data), ...(next !== undefined ? { view: next(o.data) } : {}) })
    } else send({ type: "failed", failure: o })
  }

  const objections =
    notice.remote.status === "ok" && notice.remote.data !== undefined ? notice.remote.data.objections : []
  useKeys(
    (input, key) => {
      const a = actionOf(["back", "up", "down", "open", "help"], input, key)
      const view = latest().view
      if (view.kind === "pick" && a === "back") goBack()
      if (view.kind !== "notice") return
      if (a === "back") goBack()
      else if (a === "help") dispatch({ type: "help", open: true })
      else if (a === "up" || a === "down") {
        const cursor = Math.max(0, Math.min(objections.length - 1, view.cursor + (a === "up" ? -1 : 1)))
        send({ type: "update", view: { ...view, cursor } })
      } else if (input === "o") send({ type: "go", view: { kind: "record", notice: view.id } })
      else if (input === "c") send({ type: "go", view: { kind: "close", notice: view.id } })
      else if (input === "r") notice.reload()
      else if (a === "open") {
        const o = objections[view.cursor]
        if (o !== undefined && o.status === "open")
          send({ type: "go", view: { kind: "resolve", notice: view.id, objection: o.id } })
      }
    },
    {
      isActive:
        !blocked &&
        (v.kind === "notice" ||
          // An empty or failed list has no picker to take Esc.
          (v.kind === "pick" &&
            !(reviewed.remote.status === "ok" && reviewed.remote.data.applications.length > 0))),
    },
  )
  useKeys(
    (input, key) => {
      if (KEYS_CONFIRM(input)) {
        if (v.kind === "close")
          void post(
            call(client.POST("/api/v1/publicity-notices/{id}/close", { params: { path: { id: v.notice } } })),
            () => t(locale, "closed"),
          )
      } else if (input === "n" || key.escape) goBack()
    },
    { isActive: !blocked && v.kind === "close" && !state.busy },
  )

  const title = t(locale, "publicity")
  const status = state.status
  const failure = state.failure !== undefined ? <FailureView failure={state.failure} /> : null
  const statusProp = status !== undefined ? { status } : {}

  if (v.kind === "menu")
    return (
      <Frame title={title} keys={["move", "open", "choose", "back"]} {...statusProp}>
        <Menu
          choices={[
            { label: t(locale, "openNotice"), run: () => send({ type: "go", view: { kind: "pick" } }) },
            { label: t(locale, "notices"), run: () => send({ type: "go", view: { kind: "notices" } }) },
          ]}
        />
      </Frame>
    )

  if (v.kind === "pick") {
    const apps = reviewed.remote.status === "ok" ? reviewed.remote.data.applications : []
    return (
      <Frame
        title={`${title} - ${t(locale, "openNotice")}`}
        keys={["move", "open", "back"]}
        status={t(locale, "chooseApps")}
      >
        {reviewed.remote.status === "loading" ? <Line>{t(locale, "loading")}</Line> : null}
        {reviewed.remote.status === "failed" ? <FailureView failure={reviewed.remote.failure} /> : null}
        {reviewed.remote.status === "ok" && apps.length === 0 ? <Line>{t(locale, "empty")}</Line> : null}
        {apps.length > 0 ? (
          <Pick
            height={bodyRows}
            rows={apps.map(
              (a) => `${a.name}  ${a.employer}  ${a.specialty}  ${a.edition}  ${a.id.slice(0, 8)}`,
            )}
            onDone={(picked) => {
              const ids = picked.map((i) => apps[i]?.id).filter((x): x is string => x !== undefined)
              if (ids.length > 0) send({ type: "go", view: { kind: "open", ids } })
            }}
          />
        ) : null}
      </Frame>
    )
  }

  if (v.kind === "open") {
    const p = preview.remote.status === "ok" ? preview.remote.data : undefined
    const period =
      p === undefined
        ? t(locale, "loading")
        : p.rule === undefined
          ? t(locale, "noRule", { edition: p.edition })
          : t(locale, "period", {
              start: Labels.formatDate(p.start as never, locale),
              end: Labels.formatDate(p.end as never, locale),
              rule: t(locale, p.rule.unit === "working-days" ? "workingDays" : "calendarDays", {
                n: p.rule.amount,
              }),
            })
    const names =
      chosen.remote.status === "ok" ? chosen.remote.data.map((a) => a.name).join(", ") : t(locale, "loading")
    return (
      <Frame title={`${title} - ${t(locale, "openNotice")}`} keys={["submit", "fields", "back"]}>
        <Line>{`${t(locale, "chosen", { n: v.ids.length })}: ${names}`}</Line>
        <Line bold>{period}</Line>
        {preview.remote.status === "failed" ? <FailureView failure={preview.remote.failure} /> : null}
        <Form
          busy={state.busy}
          onCancel={goBack}
          fields={[
            { name: "howToObject", label: t(locale, "howToObject"), required: true },
            {
              name: "published",
              label: t(locale, "published"),
              check: (x) => (/^\d{4}-\d{2}-\d{2}$/.test(x) ? undefined : t(locale, "dateRule")),
            },
          ]}
          onSubmit={(values) =>
            void post(
              call(
                client.POST("/api/v1/publicity-notices", {
                  body: {
                    applications: [...v.ids],
                    howToObject: values.howToObject ?? "",
                    ...(values.published !== undefined && values.published !== ""
                      ? { published: values.published }
                      : {}),
                  } as never,
                }),
              ),
              (d) =>
                t(locale, "opened", {
                  id: d.notice.id.slice(0, 8),
                  end: Labels.formatDate(d.notice.end as never, locale),
                }),
              (d) => ({ kind: "notice", id: d.notice.id, cursor: 0 }),
            )
          }
        />
        {failure}
      </Frame>
    )
  }

  if (v.kind === "notices") {
    const apps = running.remote.status === "ok" ? running.remote.data : []
    const byNotice = new Map<string, Array<ApplicationView>>()
    for (const a of apps)
      if (a.notice !== undefined) byNotice.set(a.notice, [...(byNotice.get(a.notice) ?? []), a])
    const ids = [...byNotice.keys()]
    return (
      <Frame title={`${title} - ${t(locale, "notices")}`} keys={["move", "open", "back"]} {...statusProp}>
        {running.remote.status === "loading" ? <Line>{t(locale, "loading")}</Line> : null}
        {running.remote.status === "failed" ? <FailureView failure={running.remote.failure} /> : null}
        {running.remote.status === "ok" && ids.length === 0 ? <Line>{t(locale, "noNotices")}</Line> : null}
        <Menu
          choices={ids.map((id) => ({
            label: `${id.slice(0, 8)}  ${(byNotice.get(id) ?? []).map((a) => `${a.name}[${Labels.text(Labels.applicationState[a.state], locale)}]`).join(", ")}`,
            run: () => send({ type: "go", view: { kind: "notice", id, cursor: 0 } }),
          }))}
          onKey={() => {}}
        />
      </Frame>
    )
  }

  if (v.kind === "notice") {
    const d = notice.remote.status === "ok" ? notice.remote.data : undefined
    return (
      <Frame
        title={`${title} - ${v.id.slice(0, 8)}`}
        keys={["move", "open", "back"]}
        status={
          status ??
          `o ${t(locale, "recordObjection")}  Enter ${t(locale, "resolve")}  c ${t(locale, "closeNotice")}`
        }
      >
        {notice.remote.status === "loading" ? <Line>{t(locale, "loading")}</Line> : null}
        {notice.remote.status === "failed" ? <FailureView failure={notice.remote.failure} /> : null}
        {d !== undefined ? (
          <Box flexDirection="column">
            <Line bold>
              {t(locale, "period", {
                start: Labels.formatDate(d.pub.start as never, locale),
                end: Labels.formatDate(d.pub.end as never, locale),
                rule: d.pub.period,
              })}
            </Line>
            <Line dim>{`${d.pub.clause.document} ${d.pub.clause.article}`}</Line>
            <Line bold>{`-- ${t(locale, "entries")}`}</Line>
            {d.pub.entries
              .slice(0, Math.max(1, bodyRows - 6 - Math.min(objections.length, 6)))
              .map((e, i) => (
                <Line key={`${e.name}|${e.employer}|${e.specialty}|${e.track}`} indent={1}>
                  {`${i + 1}. ${e.name}  ${e.employer}  ${e.specialty}  ${e.title}`}
                </Line>
              ))}
            <Line bold>{`-- ${t(locale, "objections")}`}</Line>
            {objections.length === 0 ? <Line indent={1}>{t(locale, "noObjections")}</Line> : null}
            {objections.map((o, i) => (
              <Line key={o.id} inverse={i === v.cursor}>
                {`${i === v.cursor ? ">" : " "} [${o.status === "open" ? t(locale, "open") : t(locale, o.status)}] ${o.filedOn} ${o.text}  (${o.objector.name ?? ""} ${o.objector.contact})`}
              </Line>
            ))}
          </Box>
        ) : null}
        {failure}
      </Frame>
    )
  }

  if (v.kind === "record")
    return (
      <Frame title={`${title} - ${t(locale, "recordObjection")}`} keys={["submit", "fields", "back"]}>
        <Form
          busy={state.busy}
          onCancel={goBack}
          fields={[
            {
              name: "entry",
              label: t(locale, "entryNo"),
              required: true,
              check: (x) =>
                /^[1-9]\d{0,4}$/.test(x) ? undefined : t(locale, "numberRule", { min: 1, max: 10000 }),
            },
            { name: "text", label: t(locale, "objectionText"), required: true },
            { name: "name", label: t(locale, "objectorName") },
            { name: "contact", label: t(locale, "objectorContact"), required: true },
          ]}
          onSubmit={(values) =>
            void post(
              call(
                client.POST("/api/v1/publicity-notices/{id}/objections", {
                  params: { path: { id: v.notice } },
                  body: {
                    entry: Number(values.entry),
                    text: values.text ?? "",
                    objector: {
                      ...(values.name !== undefined && values.name !== "" ? { name: values.name } : {}),
                      contact: values.contact ?? "",
                    },
                  },
                }),
              ),
              (d) => t(locale, "objectionRecorded", { id: d.objection.slice(0, 8) }),
            )
          }
        />
        {failure}
      </Frame>
    )

  if (v.kind === "resolve") {
    if (v.resolution === undefined)
      return (
        <Frame title={`${title} - ${t(locale, "resolve")}`} keys={["move", "open", "back"]}>
          <Menu
            choices={(["upheld", "dismissed"] as const).map((r) => ({
              label: t(locale, r),
              run: () => send({ type: "go", view: { ...v, resolution: r } }),
            }))}
            onKey={(_i, k) => k.escape && goBack()}
          />
        </Frame>
      )
    const resolution = v.resolution
    return (
      <Frame title={`${title} - ${t(locale, "resolve")}: ${t(locale, resolution)}`} keys={["submit", "back"]}>
        <Form
          busy={state.busy}
          onCancel={goBack}
          fields={[{ name: "reason", label: t(locale, "reasonRequired"), required: true }]}
          onSubmit={(values) => {
            void post(
              call(
                client.POST("/api/v1/objections/{id}/resolution", {
                  params: { path: { id: v.objection } },
                  body: { resolution, reason: values.reason ?? "" },
                }),
              ),
              () => t(locale, "resolved", { what: t(locale, resolution) }),
            )
          }}
        />
        {failure}
      </Frame>
    )
  }

  return (
    <Frame title={`${title} - ${t(locale, "closeNotice")}`} keys={["confirm", "cancel"]}>
      <Line>{`${t(locale, "closeNotice")} ${v.notice.slice(0, 8)}? (y/n)`}</Line>
      {failure}
    </Frame>
  )
}

const KEYS_CONFIRM = (input: string) => input === "y" || input === "Y"
