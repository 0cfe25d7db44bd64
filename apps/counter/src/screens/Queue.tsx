/**
 * The queue: applications by state, a page at a time (the API's cursor), newest state filter with
 * Left/Right, `/` to find one by name or application id. Enter opens the selected application.
 * An ID number is never asked for here: the counter neither keeps nor shows one.
 */
import { TextInput } from "@inkjs/ui"
import { STATES } from "@zhicheng/domain/Applications"
import * as Labels from "@zhicheng/domain/Labels"
import { Box } from "ink"
import { useMemo } from "react"
import { call, type Outcome, type ZhichengClient } from "../api.ts"
import { useCounter } from "../context.ts"
import { actionOf } from "../keymap.ts"
import type { ApplicationView, State } from "../model.ts"
import { useKeys } from "../state/keys.ts"
import { useRemote } from "../state/remote.ts"
import { useSyncReducer } from "../state/sync.ts"
import { t } from "../strings.ts"
import { FailureView } from "../ui/FailureView.tsx"
import { Frame } from "../ui/Frame.tsx"
import { Line } from "../ui/Lines.tsx"
import { type Column, Table } from "../ui/Table.tsx"

/** The filter positions: every state, then each state in procedure order. */
export const FILTERS: ReadonlyArray<State | undefined> = [undefined, ...STATES]

export interface QueueState {
  readonly filter: number
  /** `after` cursors of the pages seen so far; the last is the current page's. */
  readonly cursors: ReadonlyArray<string | undefined>
  readonly selected: number
  readonly searching: boolean
  /** The submitted search, shown instead of the pages until Esc. */
  readonly query?: string | undefined
}

export type QueueAction =
  | { readonly type: "filter"; readonly by: number }
  | { readonly type: "next-page"; readonly after: string }
  | { readonly type: "prev-page" }
  | { readonly type: "select"; readonly by: number; readonly rows: number }
  | { readonly type: "search-start" }
  | { readonly type: "search"; readonly query: string }
  | { readonly type: "search-clear" }

export const initialQueue: QueueState = { filter: 0, cursors: [undefined], selected: 0, searching: false }

export const queueReducer = (state: QueueState, action: QueueAction): QueueState => {
  switch (action.type) {
    case "filter":
      return {
        ...initialQueue,
        filter: (state.filter + action.by + FILTERS.length) % FILTERS.length,
      }
    case "next-page":
      return { ...state, cursors: [...state.cursors, action.after], selected: 0 }
    case "prev-page":
      return state.cursors.length > 1 ? { ...state, cursors: state.cursors.slice(0, -1), selected: 0 } : state
    case "select":
      return {
        ...state,
        selected: action.rows === 0 ? 0 : Math.min(action.rows - 1, Math.max(0, state.selected + action.by)),
      }
    case "search-start":
      return { ...state, searching: true }
    case "search":
      return action.query === ""
        ? { ...state, searching: false, query: undefined }
        : { ...state, searching: false, query: action.query, selected: 0 }
    case "search-clear":
      return { ...state, searching: false, query: undefined, selected: 0 }
  }
}

interface Page {
  readonly applications: ReadonlyArray<ApplicationView>
  readonly next?: string | undefined
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** Pages read when searching by name (the API filters by state, not by name). */
const SEARCH_PAGES = 10

/**
 * Applications matching `query`: the one with that id, else those whose name contains it or
 * whose id starts with it, over the first pages of the current state's list.
 */
export const search = async (
  client: ZhichengClient,
  query: string,
  state: State | undefined,
): Promise<Outcome<Page>> => {
  const q = query.trim()
  if (UUID.test(q)) {
    const one = await call(client.GET("/api/v1/applications/{id}", { params: { path: { id: q } } }))
    if (one.ok) return { ok: true, data: { applications: [one.data] } }
    if (one.kind === "unreachable" || one.status !== 404) return one
  }
  const found: Array<ApplicationView> = []
  let after: string | undefined
  for (let i = 0; i < SEARCH_PAGES; i++) {
    const page = await call(
      client.GET("/api/v1/applications", {
        params: {
          query: {
            limit: "200",
            ...(state !== undefined ? { state } : {}),
            ...(after !== undefined ? { after } : {}),
          },
        },
      }),
    )
    if (!page.ok) return page
    found.push(
      ...page.data.applications.filter((a) => a.name.includes(q) || a.id.startsWith(q.toLowerCase())),
    )
    after = page.data.next
    if (after === undefined) break
  }
  return { ok: true, data: { applications: found } }
}

export const Queue = () => {
  const { client, locale, dispatch, blocked, bodyRows, color } = useCounter()
  const [state, send, latest] = useSyncReducer(queueReducer, initialQueue)
  const filter = FILTERS[state.filter]
  const pageSize = Math.max(1, bodyRows - 3)
  const after = state.cursors[state.cursors.length - 1]
  const key = `${filter ?? "*"}|${after ?? ""}|${pageSize}|${state.query ?? ""}`
  const { remote, reload } = useRemote<Page>(key, () =>
    state.query !== undefined
      ? search(client, state.query, filter)
      : call(
          client.GET("/api/v1/applications", {
            params: {
              query: {
                limit: String(pageSize),
                ...(filter !== undefined ? { state: filter } : {}),
                ...(after !== undefined ? { after } : {}),
              },
            },
          }),
        ),
  )
  const page = remote.status === "ok" ? remote.data : undefined
  const rows = useMemo(() => page?.applications.slice(0, pageSize) ?? [], [page, pageSize])
  const cells = useMemo(
    () =>
      rows.map((a) => [
        a.name,
        Labels.text(Labels.applicationState[a.state], locale),
        a.employer,
        a.specialty,
        a.id.slice(0, 8),
      ]),
    [rows, locale],
  )
  useKeys(
    (input, key) => {
      const a = actionOf(
        [
          "back",
          "help",
          "up",
          "down",
          "open",
          "nextPage",
          "prevPage",
          "nextFilter",
          "prevFilter",
          "search",
          "retry",
        ],
        input,
        key,
      )
      if (a === "back") {
        if (latest().query !== undefined) send({ type: "search-clear" })
        else dispatch({ type: "back" })
      } else if (a === "help") dispatch({ type: "help", open: true })
      else if (a === "up") send({ type: "select", by: -1, rows: rows.length })
      else if (a === "down") send({ type: "select", by: 1, rows: rows.length })
      else if (a === "open") {
        const app = rows[latest().selected]
        if (app !== undefined) dispatch({ type: "push", route: { screen: "application", id: app.id } })
      } else if (a === "nextPage" && page?.next !== undefined && state.query === undefined)
        send({ type: "next-page", after: page.next })
      else if (a === "prevPage") send({ type: "prev-page" })
      else if (a === "nextFilter") send({ type: "filter", by: 1 })
      else if (a === "prevFilter") send({ type: "filter", by: -1 })
      else if (a === "search") send({ type: "search-start" })
      else if (a === "retry") reload()
    },
    { isActive: !blocked && !state.searching },
  )
  useKeys(
    (_input, key) => {
      if (key.escape) send({ type: "search-clear" })
    },
    { isActive: !blocked && state.searching },
  )
  const filterLabel =
    filter === undefined ? t(locale, "allStates") : Labels.text(Labels.applicationState[filter], locale)
  const title =
    state.query !== undefined
      ? `${t(locale, "queue")} - ${filterLabel} - ${t(locale, "searchFor", { q: state.query })}`
      : `${t(locale, "queue")} - ${filterLabel}  ${t(locale, "page", { n: state.cursors.length })}${page?.next !== undefined ? " +" : ""}`
  const columns: ReadonlyArray<Column> = useMemo(
    () => [
      { title: t(locale, "colName"), min: 14 },
      { title: t(locale, "colState"), min: 12 },
      { title: t(locale, "colEmployer"), min: 12, grow: true },
      { title: t(locale, "colSpecialty"), min: 10 },
      { title: t(locale, "colId"), min: 8 },
    ],
    [locale],
  )
  return (
    <Frame
      title={title}
      keys={state.searching ? ["submit", "back"] : ["move", "open", "filter", "page", "search", "back"]}
    >
      {state.searching ? (
        <Box>
          <Line>{t(locale, "searchPrompt")}</Line>
        </Box>
      ) : null}
      {state.searching ? (
        <TextInput isDisabled={blocked} onSubmit={(q) => send({ type: "search", query: q.trim() })} />
      ) : null}
      {remote.status === "loading" ? <Line dim={color}>{t(locale, "loading")}</Line> : null}
      {remote.status === "failed" ? <FailureView failure={remote.failure} /> : null}
      {remote.status === "ok" && rows.length === 0 ? (
        <Line>
          {state.query !== undefined ? t(locale, "searchNone", { q: state.query }) : t(locale, "empty")}
        </Line>
      ) : null}
      {rows.length > 0 && !state.searching ? (
        <Table columns={columns} selected={state.selected} rows={cells} />
      ) : null}
    </Frame>
  )
}
