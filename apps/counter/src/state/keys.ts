/**
 * `useInput` for screens: the handler runs only while its screen is the one on top with nothing
 * over it, judged at the moment of the key. Keys come in batches (a fast typist, a paste, `4 2`):
 * after the first key opens another screen, the rest of the batch must not reach the screen left
 * behind, whose handler React has not yet switched off.
 */
import { type Key, useInput } from "ink"
import { useCounter } from "../context.ts"

export const useKeys = (
  handler: (input: string, key: Key) => void,
  options: { readonly isActive: boolean },
) => {
  const { live } = useCounter()
  useInput(
    (input, key) => {
      if (live()) handler(input, key)
    },
    { isActive: options.isActive },
  )
}
