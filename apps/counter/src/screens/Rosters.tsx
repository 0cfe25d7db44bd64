/**
 * Adoption rosters (000 第九条) at the window: open one by its id, import a unit's Annex 2 file (CSV
 * or XLSX) from a path — all or none: the API's row-level problems are listed, row and column with
 * the rule — and finalise it, the API checking the unit's cap (a reason is recorded to exceed it).
 */
import { readFile } from "node:fs/promises"
import { Box } from "ink"
import { call, refusalOf } from "../api.ts"
import { useCounter } from "../context.ts"
import { flowReducer, initialFlow } from "../state/flow.ts"
import { useKeys } from "../state/keys.ts"
import { useRemote } from "../state/remote.ts"
import { useSyncReducer } from "../state/sync.ts"
import { t } from "../strings.ts"
import { FailureView } from "../ui/FailureView.tsx"
import { Form } from "../ui/Form.tsx"
import { Frame } from "../ui/Frame.tsx"
import { Line } from "../ui/Lines.tsx"

type View =
  | { readonly kind: "find" }
  | { readonly kind: "roster"; readonly id: string }
  | { readonly kind: "import"; readonly id: string }
  | { readonly kind: "finalise"; readonly id: string }

const reducer = flowReducer<View>({ kind: "find" }, ["find", "roster"])
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

export const RostersScreen = () => {
  const { client, raw, locale, dispatch, blocked, bodyRows, epoch } = useCounter()
  const [state, send, latest] = useSyncReducer(reducer, initialFlow<View>({ kind: "find" }))
  const v = state.view
  const goBack = () => (latest().back.length > 0 ? send({ type: "back" }) : dispatch({ type: "back" }))
  const rosterId = v.kind === "roster" ? v.id : undefined
  const roster = useRemote(
    rosterId !== undefined ? `roster|${rosterId}|${state.version}|${epoch}` : "idle",
    () =>
      rosterId === undefined
        ? Promise.resolve({ ok: true as const, data: undefined })
        : call(client.GET("/api/v1/rosters/{id}", { params: { path: { id: rosterId } } })),
  )

  useKeys(
    (input, key) => {
      const view = latest().view
      if (view.kind !== "roster") return
      if (key.escape) goBack()
      else if (input === "i") send({ type: "go", view: { kind: "import", id: view.id } })
      else if (input === "f") send({ type: "go", view: { kind: "finalise", id: view.id } })
      else if (input === "r") roster.reload()
      else if (input === "?") dispatch({ type: "help", open: true })
    },
    { isActive: !blocked && v.kind === "roster" },
  )

  const importFile = async (id: string, path: string) => {
    send({ type: "busy" })
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await readFile(path))
    } catch (e) {
      send({
        type: "failed",
        failure: refusalOf(0, {
          title: t(locale, "fileUnreadable", { path, why: e instanceof Error ? e.message : String(e) }),
        }),
      })
      return
    }
    try {
      const name = path.split(/[\\/]/).pop() ?? "roster"
      const r = await raw(
        `/api/v1/rosters/${encodeURIComponent(id)}/import?fileName=${encodeURIComponent(name)}`,
        {
          method: "POST",
          headers: { "content-type": /\.xlsx$/i.test(path) ? XLSX : "text/csv" },
          body: bytes,
        },
      )
      const body = (await r.json().catch(() => undefined)) as { added?: number } | undefined
      if (!r.ok) {
        send({ type: "failed", failure: refusalOf(r.status, body) })
        return
      }
      dispatch({ type: "dirty", dirty: false })
      send({ type: "done", status: t(locale, "imported", { n: body?.added ?? 0 }) })
    } catch (e) {
      send({
        type: "failed",
        failure: { kind: "unreachable", message: e instanceof Error ? e.message : String(e) },
      })
    }
  }

  const title = t(locale, "rosters")
  const failure =
    state.failure !== undefined ? <FailureView failure={state.failure} max={bodyRows - 3} /> : null
  switch (v.kind) {
    case "find":
      return (
        <Frame
          title={title}
          keys={["submit", "back"]}
          {...(state.status !== undefined ? { status: state.status } : {})}
        >
          <Form
            onCancel={goBack}
            fields={[{ name: "id", label: t(locale, "rosterId"), required: true }]}
            onSubmit={({ id = "" }) => send({ type: "go", view: { kind: "roster", id } })}
          />
        </Frame>
      )
    case "roster": {
      const d = roster.remote.status === "ok" ? roster.remote.data : undefined
      const u = d?.usage
      return (
        <Frame
          title={`${title} - ${v.id.slice(0, 8)}`}
          keys={["retry", "back"]}
          status={state.status ?? `i ${t(locale, "importFile")}  f ${t(locale, "finalise")}`}
        >
          {roster.remote.status === "loading" ? <Line>{t(locale, "loading")}</Line> : null}
          {roster.remote.status === "failed" ? <FailureView failure={roster.remote.failure} /> : null}
          {d !== undefined ? (
            <Box flexDirection="column">
              <Line bold>{`${d.roster.unitName}  ${d.roster.year}  [${d.roster.status}]`}</Line>
              {u !== undefined ? (
                <Line>
                  {t(locale, "usage", {
                    year: u.year,
                    people: u.adopted.people,
                    cap: u.cap !== undefined ? JSON.stringify((u.cap as { cap?: number }).cap ?? u.cap) : "-",
                    remaining: u.remaining ?? "-",
                  })}
                </Line>
              ) : null}
              {d.entries.slice(0, Math.max(1, bodyRows - 3)).map((e) => (
                <Line
                  key={e.id}
                >{`${e.seq}. ${e.name}  ${e.residentIdMasked}  ${e.adoptionSpecialty}  ${e.qualificationName}`}</Line>
              ))}
            </Box>
          ) : null}
        </Frame>
      )
    }
    case "import":
      return (
        <Frame title={`${title} - ${t(locale, "importFile")}`} keys={["submit", "back"]}>
          <Form
            busy={state.busy}
            onCancel={goBack}
            fields={[{ name: "path", label: t(locale, "filePath"), required: true }]}
            onSubmit={({ path = "" }) => void importFile(v.id, path)}
          />
          {failure}
        </Frame>
      )
    case "finalise":
      return (
        <Frame title={`${title} - ${t(locale, "finalise")}`} keys={["submit", "back"]}>
          <Form
            busy={state.busy}
            onCancel={goBack}
            fields={[{ name: "overCapReason", label: t(locale, "overCapReason") }]}
            onSubmit={async ({ overCapReason = "" }) => {
              send({ type: "busy" })
              const o = await call(
                client.POST("/api/v1/rosters/{id}/finalise", {
                  params: { path: { id: v.id } },
                  body: overCapReason !== "" ? { overCapReason } : {},
                }),
              )
              if (o.ok) {
                dispatch({ type: "dirty", dirty: false })
                send({ type: "done", status: t(locale, "finalised") })
              } else send({ type: "failed", failure: o })
            }}
          />
          {failure}
        </Frame>
      )
  }
}
