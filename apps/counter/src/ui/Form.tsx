/**
 * A form of a few text fields, one active at a time (Tab / Shift+Tab or Enter to move, Enter on
 * the last submits, Esc leaves — asking first when something was typed). Inputs are @inkjs/ui's
 * TextInput, which keeps every key of a batched backspace; a bracketed paste (an ID number, a QR
 * payload) lands in the active field in one piece, its line breaks turned to spaces.
 */
import { TextInput } from "@inkjs/ui"
import { Box, usePaste } from "ink"
import { useReducer } from "react"
import { useCounter } from "../context.ts"
import { actionOf } from "../keymap.ts"
import { useKeys } from "../state/keys.ts"
import { t } from "../strings.ts"
import { clip, width } from "../text.ts"
import { Line } from "./Lines.tsx"

export interface FieldSpec {
  readonly name: string
  readonly label: string
  readonly required?: boolean
  readonly placeholder?: string
  readonly initial?: string
  /** A message naming the rule, or undefined when the value is acceptable. */
  readonly check?: (value: string) => string | undefined
}

export interface FormState {
  readonly values: Readonly<Record<string, string>>
  readonly active: number
  /** Bumped when a value is set from outside the input (a paste), to remount it with that value. */
  readonly generation: number
  readonly error?: string | undefined
}

export type FormAction =
  | { readonly type: "change"; readonly name: string; readonly value: string }
  | { readonly type: "paste"; readonly name: string; readonly text: string }
  | { readonly type: "move"; readonly to: number }
  | { readonly type: "error"; readonly message: string | undefined }

export const formReducer = (state: FormState, action: FormAction): FormState => {
  switch (action.type) {
    case "change":
      return { ...state, values: { ...state.values, [action.name]: action.value }, error: undefined }
    case "paste": {
      const text = action.text.replace(/[\r\n]+/g, " ").trim()
      return {
        ...state,
        values: { ...state.values, [action.name]: (state.values[action.name] ?? "") + text },
        generation: state.generation + 1,
        error: undefined,
      }
    }
    case "move":
      return { ...state, active: action.to, error: undefined }
    case "error":
      return { ...state, error: action.message }
  }
}

/** The first problem with `values`: a required field left empty, or a field's own check. */
export const validate = (
  fields: ReadonlyArray<FieldSpec>,
  values: Readonly<Record<string, string>>,
  requiredWord: string,
): { readonly index: number; readonly message: string } | undefined => {
  for (const [index, f] of fields.entries()) {
    const v = (values[f.name] ?? "").trim()
    if (f.required === true && v === "") return { index, message: `${f.label}: ${requiredWord}` }
    const m = v === "" ? undefined : f.check?.(v)
    if (m !== undefined) return { index, message: `${f.label}: ${m}` }
  }
  return undefined
}

export const Form = ({
  fields,
  onSubmit,
  busy = false,
  onCancel,
}: {
  readonly fields: ReadonlyArray<FieldSpec>
  readonly onSubmit: (values: Readonly<Record<string, string>>) => void
  /** The form was sent and the answer is awaited: inputs are inert. */
  readonly busy?: boolean
  /** Esc: by default back to the previous screen (asking first when something was typed). */
  readonly onCancel?: () => void
}) => {
  const { locale, dispatch, blocked, columns } = useCounter()
  const [state, send] = useReducer(
    formReducer,
    undefined,
    (): FormState => ({
      values: Object.fromEntries(fields.map((f) => [f.name, f.initial ?? ""])),
      active: 0,
      generation: 0,
    }),
  )
  const inert = blocked || busy
  const activeField = fields[state.active]
  const submit = () => {
    const problem = validate(fields, state.values, t(locale, "required"))
    if (problem !== undefined) {
      send({ type: "move", to: problem.index })
      send({ type: "error", message: problem.message })
      return
    }
    onSubmit(Object.fromEntries(fields.map((f) => [f.name, (state.values[f.name] ?? "").trim()])))
  }
  useKeys(
    (input, key) => {
      const a = actionOf(["back", "prevField", "nextField"], input, key)
      if (a === "back") (onCancel ?? (() => dispatch({ type: "back" })))()
      else if (a === "nextField") send({ type: "move", to: (state.active + 1) % fields.length })
      else if (a === "prevField")
        send({ type: "move", to: (state.active + fields.length - 1) % fields.length })
    },
    { isActive: !inert },
  )
  usePaste(
    (text) => {
      if (activeField !== undefined) {
        send({ type: "paste", name: activeField.name, text })
        dispatch({ type: "dirty", dirty: true })
      }
    },
    { isActive: !inert },
  )
  const labelWidth = Math.min(Math.max(...fields.map((f) => width(f.label))) + 2, Math.floor(columns / 3))
  return (
    <Box flexDirection="column">
      {fields.map((f, i) => {
        const isActive = i === state.active
        const label = clip(`${isActive ? ">" : " "}${f.label}${f.required === true ? "*" : ""}`, labelWidth)
        return (
          <Box key={f.name} width={columns}>
            <Box width={labelWidth + 1} flexShrink={0}>
              <Line bold={isActive}>{label}</Line>
            </Box>
            <Box flexGrow={1}>
              {isActive && !inert ? (
                <TextInput
                  key={`${f.name}:${state.generation}`}
                  defaultValue={state.values[f.name] ?? ""}
                  {...(f.placeholder !== undefined ? { placeholder: f.placeholder } : {})}
                  onChange={(value) => {
                    send({ type: "change", name: f.name, value })
                    dispatch({ type: "dirty", dirty: true })
                  }}
                  onSubmit={() => (i === fields.length - 1 ? submit() : send({ type: "move", to: i + 1 }))}
                />
              ) : (
                <Line dim>
                  {clip(state.values[f.name] || (f.placeholder ?? ""), columns - labelWidth - 1)}
                </Line>
              )}
            </Box>
          </Box>
        )
      })}
      {state.error !== undefined ? <Line bold>{`! ${state.error}`}</Line> : null}
    </Box>
  )
}
