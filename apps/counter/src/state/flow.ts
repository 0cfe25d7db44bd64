/**
 * The state of a screen made of several views (a menu, lists, forms, results): the view shown,
 * the views to go back to, whether a request is out, its refusal, and a line saying what was just
 * done. After a task the screen returns to its "anchor" (the menu, or the record the task was
 * about) and reloads it (`version`).
 */
import type { Failure } from "../api.ts"

export interface Flow<V> {
  readonly view: V
  readonly back: ReadonlyArray<V>
  readonly busy: boolean
  readonly failure?: Failure | undefined
  readonly status?: string | undefined
  readonly version: number
}

export type FlowAction<V> =
  | { readonly type: "go"; readonly view: V }
  | { readonly type: "back" }
  | { readonly type: "busy" }
  | { readonly type: "failed"; readonly failure: Failure }
  /** Done: on to `view` (Esc then leads home), or back to the last anchor. */
  | { readonly type: "done"; readonly status: string; readonly view?: V }
  | { readonly type: "update"; readonly view: V }

export const initialFlow = <V>(view: V): Flow<V> => ({ view, back: [], busy: false, version: 0 })

export const flowReducer =
  <V extends { readonly kind: string }>(home: V, anchors: ReadonlyArray<V["kind"]>) =>
  (s: Flow<V>, a: FlowAction<V>): Flow<V> => {
    switch (a.type) {
      case "go":
        return { ...s, view: a.view, back: [...s.back, s.view], failure: undefined, status: undefined }
      case "back": {
        const view = s.back[s.back.length - 1]
        return view === undefined
          ? s
          : { ...s, view, back: s.back.slice(0, -1), failure: undefined, busy: false }
      }
      case "busy":
        return { ...s, busy: true, failure: undefined }
      case "failed":
        return { ...s, busy: false, failure: a.failure }
      case "done": {
        const base = { ...s, busy: false, failure: undefined, status: a.status, version: s.version + 1 }
        if (a.view !== undefined)
          return { ...base, view: a.view, back: a.view.kind === home.kind ? [] : [home] }
        const at = s.back.findLastIndex((x) => anchors.includes(x.kind))
        return { ...base, view: s.back[at] ?? home, back: s.back.slice(0, Math.max(0, at)) }
      }
      case "update":
        return { ...s, view: a.view }
    }
  }
