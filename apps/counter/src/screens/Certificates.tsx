/**
 * Certificates at the window: issue them for approved applications (one request each, with a
 * progress bar, each retry-safe under its Idempotency-Key), verify one presented by number and
 * name or from its pasted QR text, and manage one — suspend, reinstate, revoke with the reason
 * (a fraud revocation shows the integrity ban it recorded) — and save its PDF to a path.
 */
import { writeFile } from "node:fs/promises"
import { resolve } from "node:path"
import * as Labels from "@zhicheng/domain/Labels"
import { Box } from "ink"
import { call, type Failure, type Outcome, refusalOf } from "../api.ts"
import { useCounter } from "../context.ts"
import { actionOf } from "../keymap.ts"
import type { ApplicationView, CertificateView } from "../model.ts"
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

type Change = "suspension" | "reinstatement" | "revocation"

interface Issued {
  readonly application: string
  readonly name: string
  readonly number?: string
  readonly failure?: Failure
}

type View =
  | { readonly kind: "menu" }
  | { readonly kind: "pick" }
  | { readonly kind: "issue"; readonly ids: ReadonlyArray<string> }
  | { readonly kind: "issuing"; readonly total: number; readonly results: ReadonlyArray<Issued> }
  | { readonly kind: "verify" }
  | { readonly kind: "qr" }
  | { readonly kind: "checked"; readonly lines: ReadonlyArray<string> }
  | { readonly kind: "find" }
  | { readonly kind: "manage"; readonly number: string; readonly note?: string }
  | { readonly kind: "change"; readonly number: string; readonly change: Change }
  | { readonly kind: "pdf"; readonly number: string }

const reducer = flowReducer<View>({ kind: "menu" }, ["menu", "manage"])

const NUMBER = /^[A-Z0-9]{2,12}-\d{4}-\d{6}$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** An ASCII progress bar: `[#####.....] 5/10`. */
export const bar = (done: number, total: number, cells: number): string => {
  const inner = Math.max(4, cells - 2)
  const filled = total === 0 ? inner : Math.round((done / total) * inner)
  return `[${"#".repeat(filled)}${".".repeat(inner - filled)}]`
}

export const CertificatesScreen = ({
  application,
  number,
}: {
  readonly application?: string
  readonly number?: string
}) => {
  const { client, raw, locale, dispatch, blocked, bodyRows, columns, today, epoch } = useCounter()
  const first: View =
    application !== undefined
      ? { kind: "issue", ids: [application] }
      : number !== undefined
        ? { kind: "manage", number }
        : { kind: "menu" }
  const [state, send, latest] = useSyncReducer(reducer, initialFlow(first))
  const v = state.view
  const goBack = () => (latest().back.length > 0 ? send({ type: "back" }) : dispatch({ type: "back" }))
  const key = `${state.version}|${epoch}`
  const label = (status: string) =>
    status === "valid" || status === "suspended" || status === "revoked" ? t(locale, status) : status

  const decided = useRemote(v.kind === "pick" ? `decided|${key}` : "idle", async () => {
    if (v.kind !== "pick") return { ok: true as const, data: [] as ReadonlyArray<ApplicationView> }
    const o = await call(
      client.GET("/api/v1/applications", { params: { query: { state: "decided", limit: "200" } } }),
    )
    return o.ok ? { ok: true as const, data: o.data.applications.filter((a) => a.outcome === "approved") } : o
  })
  const managed = v.kind === "manage" ? v.number : undefined
  const cert = useRemote<CertificateView | undefined>(
    managed !== undefined ? `cert|${managed}|${key}` : "idle",
    () =>
      managed === undefined
        ? Promise.resolve({ ok: true, data: undefined })
        : call(client.GET("/api/v1/certificates/{number}", { params: { path: { number: managed } } })),
  )

  const finish = <T,>(o: Outcome<T>, status: (d: T) => string, next?: (d: T) => View) => {
    if (o.ok) {
      dispatch({ type: "dirty", dirty: false })
      send({ type: "done", status: status(o.data), ...(next !== undefined ? { view: next(o.data) } : {}) })
    } else send({ type: "failed", failure: o })
  }

  /** Issues one certificate per application in turn, showing each as it comes. */
  const issueAll = async (ids: ReadonlyArray<string>, values: Readonly<Record<string, string>>) => {
    send({ type: "go", view: { kind: "issuing", total: ids.length, results: [] } })
    const results: Array<Issued> = []
    for (const id of ids) {
      const app = await call(client.GET("/api/v1/applications/{id}", { params: { path: { id } } }))
      const name = app.ok ? app.data.name : id.slice(0, 8)
      const o = await call(
        client.POST("/api/v1/certificates", {
          params: { header: { "Idempotency-Key": `counter-issue-${id}` } } as never,
          body: {
            application: id,
            approvalNo: values.approvalNo ?? "",
            issuingBody: { code: values.bodyCode ?? "", name: values.bodyName ?? "" },
            ...(values.title ? { title: values.title } : {}),
            ...(values.series ? { series: values.series } : {}),
          } as never,
        }),
      )
      results.push(
        o.ok ? { application: id, name, number: o.data.number } : { application: id, name, failure: o },
      )
      send({ type: "update", view: { kind: "issuing", total: ids.length, results: [...results] } })
    }
    dispatch({ type: "dirty", dirty: false })
  }

  const change = async (number: string, which: Change, values: Readonly<Record<string, string>>) => {
    send({ type: "busy" })
    const on = values.on || today()
    const body =
      which === "revocation"
        ? {
            on,
            document: values.document ?? "",
            reason: values.reason ?? "",
            ...(values.fraud ? { fraud: { foundOn: values.fraud } } : {}),
          }
        : {
            on,
            ...(values.reason ? { reason: values.reason } : {}),
            ...(values.document ? { document: values.document } : {}),
          }
    const path = `/api/v1/certificates/{number}/${which}` as "/api/v1/certificates/{number}/revocation"
    const o = await call(client.POST(path, { params: { path: { number } }, body: body as never }))
    let note: string | undefined
    if (o.ok && which === "revocation" && values.fraud) {
      // The ban is recorded on the application's last step: show it, with its years.
      const h = await call(
        client.GET("/api/v1/applications/{id}/history", { params: { path: { id: o.data.applicationId } } }),
      )
      const last = h.ok ? h.data[h.data.length - 1] : undefined
      const ban = (last?.data as { integrityBan?: { fromYear: number; toYear: number } } | undefined)
        ?.integrityBan
      if (ban !== undefined)
        note = t(locale, "banRecorded", { from: ban.fromYear, to: ban.toYear, clause: "002 四、申报纪律" })
    }
    const what = t(
      locale,
      which === "suspension" ? "suspend" : which === "reinstatement" ? "reinstate" : "revoke",
    )
    finish(
      o,
      () => t(locale, "changed", { what }),
      () => ({ kind: "manage", number, ...(note !== undefined ? { note } : {}) }),
    )
  }

  const savePdf = async (number: string, path: string) => {
    send({ type: "busy" })
    try {
      const r = await raw(`/api/v1/certificates/${encodeURIComponent(number)}/pdf`)
      if (!r.ok) {
        send({ type: "failed", failure: refusalOf(r.status, await r.json().catch(() => undefined)) })
        return
      }
      const bytes = new Uint8Array(await r.arrayBuffer())
      const target = resolve(path)
      await writeFile(target, bytes)
      finish({ ok: true, data: bytes.length }, (n) => t(locale, "saved", { path: target, bytes: n }))
    } catch (e) {
      send({
        type: "failed",
        failure: { kind: "unreachable", message: e instanceof Error ? e.message : String(e) },
      })
    }
  }

  useKeys(
    (input, key) => {
      const view = latest().view
      const a = actionOf(["back", "help", "open", "retry"], input, key)
      if (a === "back" && view.kind !== "issuing") goBack()
      else if (a === "help") dispatch({ type: "help", open: true })
      else if (view.kind === "manage") {
        if (input === "s")
          send({ type: "go", view: { kind: "change", number: view.number, change: "suspension" } })
        else if (input === "i")
          send({ type: "go", view: { kind: "change", number: view.number, change: "reinstatement" } })
        else if (input === "x")
          send({ type: "go", view: { kind: "change", number: view.number, change: "revocation" } })
        else if (input === "d") send({ type: "go", view: { kind: "pdf", number: view.number } })
        else if (a === "retry") cert.reload()
      } else if (view.kind === "issuing" && a === "back" && view.results.length === view.total) {
        send({ type: "done", status: "", view: { kind: "menu" } })
      } else if (view.kind === "issuing" && a === "open" && view.results.length === view.total) {
        const firstIssued = view.results.find((r) => r.number !== undefined)
        if (firstIssued?.number !== undefined)
          send({ type: "done", status: "", view: { kind: "manage", number: firstIssued.number } })
      }
    },
    {
      isActive:
        !blocked &&
        (v.kind === "manage" ||
          v.kind === "issuing" ||
          v.kind === "checked" ||
          // An empty or failed list has no picker to take Esc.
          (v.kind === "pick" && !(decided.remote.status === "ok" && decided.remote.data.length > 0))),
    },
  )

  const title = t(locale, "certificates")
  const failure = state.failure !== undefined ? <FailureView failure={state.failure} /> : null
  const statusProp = state.status !== undefined && state.status !== "" ? { status: state.status } : {}

  switch (v.kind) {
    case "menu":
      return (
        <Frame title={title} keys={["move", "open", "choose", "back"]} {...statusProp}>
          <Menu
            choices={[
              { label: t(locale, "issue"), run: () => send({ type: "go", view: { kind: "pick" } }) },
              { label: t(locale, "verify"), run: () => send({ type: "go", view: { kind: "verify" } }) },
              { label: t(locale, "verifyQr"), run: () => send({ type: "go", view: { kind: "qr" } }) },
              { label: t(locale, "manage"), run: () => send({ type: "go", view: { kind: "find" } }) },
            ]}
          />
        </Frame>
      )
    case "pick": {
      const apps = decided.remote.status === "ok" ? decided.remote.data : []
      return (
        <Frame
          title={`${title} - ${t(locale, "issue")}`}
          keys={["move", "open", "back"]}
          status={t(locale, "chooseApps")}
        >
          {decided.remote.status === "loading" ? <Line>{t(locale, "loading")}</Line> : null}
          {decided.remote.status === "failed" ? <FailureView failure={decided.remote.failure} /> : null}
          {decided.remote.status === "ok" && apps.length === 0 ? <Line>{t(locale, "empty")}</Line> : null}
          {apps.length > 0 ? (
            <Pick
              height={bodyRows}
              rows={apps.map((a) => `${a.name}  ${a.employer}  ${a.specialty}  ${a.id.slice(0, 8)}`)}
              onDone={(picked) => {
                const ids = picked.map((i) => apps[i]?.id).filter((x): x is string => x !== undefined)
                if (ids.length > 0) send({ type: "go", view: { kind: "issue", ids } })
              }}
            />
          ) : null}
        </Frame>
      )
    }
    case "issue":
      return (
        <Frame
          title={`${title} - ${t(locale, "issue")} (${v.ids.length})`}
          keys={["submit", "fields", "back"]}
        >
          <Form
            onCancel={goBack}
            fields={[
              { name: "approvalNo", label: t(locale, "approvalNo"), required: true },
              {
                name: "bodyCode",
                label: t(locale, "bodyCode"),
                required: true,
                check: (x) => (/^[A-Z0-9]{2,12}$/.test(x) ? undefined : "A-Z 0-9, 2-12"),
              },
              { name: "bodyName", label: t(locale, "bodyName"), required: true },
              { name: "title", label: t(locale, "titleAsPrinted") },
              { name: "series", label: t(locale, "seriesAsPrinted") },
            ]}
            onSubmit={(values) => void issueAll(v.ids, values)}
          />
        </Frame>
      )
    case "issuing": {
      const done = v.results.length
      const complete = done === v.total
      return (
        <Frame
          title={`${title} - ${t(locale, complete ? "issued" : "issuing", { n: v.results.filter((r) => r.number).length, done, total: v.total })}`}
          keys={complete ? ["open", "back"] : []}
        >
          <Line>{`${bar(done, v.total, Math.min(50, columns - 12))} ${done}/${v.total}`}</Line>
          {v.results.slice(-Math.max(1, bodyRows - 2)).map((r) =>
            r.number !== undefined ? (
              <Line key={r.application}>{`[+] ${r.name}  ${r.number}`}</Line>
            ) : (
              <Box key={r.application} flexDirection="column">
                <Line>{`[-] ${r.name}`}</Line>
                {r.failure !== undefined ? <FailureView failure={r.failure} max={3} /> : null}
              </Box>
            ),
          )}
        </Frame>
      )
    }
    case "verify":
      return (
        <Frame title={`${title} - ${t(locale, "verify")}`} keys={["submit", "fields", "back"]}>
          <Form
            busy={state.busy}
            onCancel={goBack}
            fields={[
              {
                name: "number",
                label: t(locale, "number"),
                required: true,
                check: (x) => (NUMBER.test(x) ? undefined : "SYRS-2023-000001"),
              },
              { name: "name", label: t(locale, "holderName"), required: true },
            ]}
            onSubmit={async (values) => {
              send({ type: "busy" })
              const o = await call(
                client.GET("/api/v1/certificates/{number}/verification", {
                  params: { path: { number: values.number ?? "" }, query: { name: values.name ?? "" } },
                }),
              )
              finish(
                o,
                () => "",
                (d) => ({
                  kind: "checked",
                  lines: [
                    `${t(locale, "status")}: [${label(d.status)}]${d.statusOn !== undefined ? ` ${d.statusOn} ${d.statusDocument ?? ""}` : ""}`,
                    `${t(locale, "number")}: ${d.number}  ${d.title} (${Labels.text(Labels.level[d.level], locale)})`,
                    `${d.series}  ${d.specialty}`,
                    `${t(locale, "issuingBody")}: ${d.issuingBody}  ${t(locale, "issuedOn")}: ${Labels.formatDate(d.issuedOn as never, locale)}`,
                    `${t(locale, "approvalNo")}: ${d.approvalNo}`,
                  ],
                }),
              )
            }}
          />
          {failure}
        </Frame>
      )
    case "qr":
      return (
        <Frame title={`${title} - ${t(locale, "verifyQr")}`} keys={["submit", "back"]}>
          <Form
            busy={state.busy}
            onCancel={goBack}
            fields={[{ name: "qr", label: t(locale, "qrText"), required: true }]}
            onSubmit={async (values) => {
              send({ type: "busy" })
              const o = await call(
                client.POST("/api/v1/certificates/verify-qr", { body: { qr: values.qr ?? "" } }),
              )
              finish(
                o,
                () => "",
                (d) => ({
                  kind: "checked",
                  lines: [
                    t(locale, "signatureOk", { key: `${d.payload.kid} ${d.keyStatus}` }),
                    `${t(locale, "number")}: ${d.payload.no}  ${d.payload.name}  ${d.payload.title}`,
                    `${d.payload.series}  ${d.payload.specialty}  ${d.payload.body}  ${d.payload.issued}`,
                    `${t(locale, "status")}: ${d.current !== undefined ? `[${label(d.current.status)}]` : "-"}`,
                  ],
                }),
              )
            }}
          />
          {failure}
        </Frame>
      )
    case "checked":
      return (
        <Frame title={`${title} - ${t(locale, "verify")}`} keys={["back"]}>
          {v.lines.map((l) => (
            <Line key={l}>{l}</Line>
          ))}
        </Frame>
      )
    case "find":
      return (
        <Frame title={`${title} - ${t(locale, "manage")}`} keys={["submit", "back"]}>
          <Form
            onCancel={goBack}
            fields={[
              {
                name: "number",
                label: t(locale, "number"),
                required: true,
                check: (x) => (NUMBER.test(x) ? undefined : "SYRS-2023-000001"),
              },
            ]}
            onSubmit={(values) => send({ type: "go", view: { kind: "manage", number: values.number ?? "" } })}
          />
        </Frame>
      )
    case "manage": {
      const c = cert.remote.status === "ok" ? cert.remote.data : undefined
      return (
        <Frame
          title={`${title} - ${v.number}`}
          keys={["retry", "back"]}
          status={
            state.status ||
            `s ${t(locale, "suspend")}  i ${t(locale, "reinstate")}  x ${t(locale, "revoke")}  d ${t(locale, "savePdf")}`
          }
        >
          {cert.remote.status === "loading" ? <Line>{t(locale, "loading")}</Line> : null}
          {cert.remote.status === "failed" ? <FailureView failure={cert.remote.failure} /> : null}
          {c !== undefined ? (
            <Box flexDirection="column">
              <Line bold>{`${c.holderName}  [${label(c.status)}]`}</Line>
              <Line>{`${c.title} (${Labels.text(Labels.level[c.level], locale)})  ${c.series}  ${c.specialty}`}</Line>
              <Line>{`${t(locale, "issuingBody")}: ${c.issuingBody.name} (${c.issuingBody.code})  ${t(locale, "issuedOn")}: ${Labels.formatDate(c.issuedOn as never, locale)}`}</Line>
              <Line>{`${t(locale, "approvalNo")}: ${c.approvalNo}`}</Line>
              {c.statusChange !== undefined ? (
                <Line>{`${c.statusChange.on} ${c.statusChange.document ?? ""} ${c.statusChange.reason ?? ""}`}</Line>
              ) : null}
              <Line dim>{c.qr}</Line>
              {v.note !== undefined ? <Line bold>{v.note}</Line> : null}
            </Box>
          ) : null}
        </Frame>
      )
    }
    case "change": {
      const which = v.change
      const dateCheck = (x: string) => (DATE.test(x) ? undefined : t(locale, "dateRule"))
      return (
        <Frame
          title={`${title} - ${v.number} - ${t(locale, which === "suspension" ? "suspend" : which === "reinstatement" ? "reinstate" : "revoke")}`}
          keys={["submit", "fields", "back"]}
        >
          <Form
            busy={state.busy}
            onCancel={goBack}
            fields={
              which === "revocation"
                ? [
                    { name: "document", label: t(locale, "documentRequired"), required: true },
                    { name: "reason", label: t(locale, "reasonRequired"), required: true },
                    { name: "on", label: t(locale, "on"), check: dateCheck },
                    { name: "fraud", label: t(locale, "fraudFoundOn"), check: dateCheck },
                  ]
                : [
                    {
                      name: "reason",
                      label: t(locale, which === "suspension" ? "reasonRequired" : "reasonOptional"),
                      required: which === "suspension",
                    },
                    { name: "document", label: t(locale, "documentNo") },
                    { name: "on", label: t(locale, "on"), check: dateCheck },
                  ]
            }
            onSubmit={(values) => void change(v.number, which, values)}
          />
          {failure}
        </Frame>
      )
    }
    case "pdf":
      return (
        <Frame title={`${title} - ${v.number} - ${t(locale, "savePdf")}`} keys={["submit", "back"]}>
          <Form
            busy={state.busy}
            onCancel={goBack}
            fields={[
              { name: "path", label: t(locale, "path"), required: true, initial: `./${v.number}.pdf` },
            ]}
            onSubmit={(values) => void savePdf(v.number, values.path ?? "")}
          />
          {failure}
        </Frame>
      )
  }
}
