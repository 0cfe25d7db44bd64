/**
 * A reducer whose latest state key handlers can read at once. A terminal delivers keys in batches
 * (a paste, a fast typist, `Down Down Enter` from a test): Ink calls the handler for each key
 * before React renders again, so a handler closing over the rendered state would open the row
 * selected before the batch. `get()` returns the state after every action dispatched so far.
 */
import { type Reducer, useCallback, useReducer, useRef } from "react"

export const useSyncReducer = <S, A>(reducer: Reducer<S, A>, initial: S) => {
  const latest = useRef(initial)
  const [state, dispatch] = useReducer((_: S, next: S) => next, initial)
  const send = useCallback(
    (action: A) => {
      latest.current = reducer(latest.current, action)
      dispatch(latest.current)
    },
    [reducer],
  )
  const get = useCallback(() => latest.current, [])
  return [state, send, get] as const
}
