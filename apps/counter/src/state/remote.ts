/**
 * Loading something from the API for a screen: a reducer holding loading / the data / the
 * failure, refetched when `key` changes or on `reload()` (the "r to retry" of an unreachable API).
 * The answer is kept under the key it was asked for, so a screen never shows one record's data
 * under another's heading while the next loads.
 */
import { useCallback, useEffect, useReducer } from "react"
import type { Failure, Outcome } from "../api.ts"

export type Remote<T> =
  | { readonly status: "loading" }
  | { readonly status: "ok"; readonly data: T }
  | { readonly status: "failed"; readonly failure: Failure }

type Action<T> =
  | { readonly type: "done"; readonly outcome: Outcome<T>; readonly key: string; readonly run: number }
  | { readonly type: "reload" }

interface State<T> {
  readonly key: string | undefined
  readonly run: number
  readonly remote: Remote<T>
}

const reducer = <T>(state: State<T>, action: Action<T>): State<T> => {
  switch (action.type) {
    case "reload":
      return { ...state, run: state.run + 1, remote: { status: "loading" } }
    case "done": {
      if (action.run !== state.run) return state
      const o = action.outcome
      if (o.ok) return { ...state, key: action.key, remote: { status: "ok", data: o.data } }
      const { ok: _ok, ...failure } = o
      return { ...state, key: action.key, remote: { status: "failed", failure: failure as Failure } }
    }
  }
}

/** Loads `load()` now and whenever `key` changes; `reload` loads again. */
export const useRemote = <T>(key: string, load: () => Promise<Outcome<T>>) => {
  const [state, dispatch] = useReducer(reducer<T>, { key: undefined, run: 0, remote: { status: "loading" } })
  const run = state.run
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names everything `load` reads.
  useEffect(() => {
    let live = true
    void load().then((outcome) => {
      if (live) dispatch({ type: "done", outcome, key, run })
    })
    return () => {
      live = false
    }
  }, [key, run])
  const reload = useCallback(() => dispatch({ type: "reload" }), [])
  const remote: Remote<T> = state.key === key ? state.remote : { status: "loading" }
  return { remote, reload }
}
