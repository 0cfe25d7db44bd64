/**
 * Signing in: the key from ZHICHENG_API_KEY, or typed into a masked prompt, is checked with
 * GET /api/v1/me, which names the holder and role shown in every screen's header. An unknown key
 * asks again; an unreachable API says so and retries on `r`.
 */
import { PasswordInput } from "@inkjs/ui"
import type * as Labels from "@zhicheng/domain/Labels"
import { Box, Text, useApp, useInput } from "ink"
import { lazy, Suspense, useEffect, useReducer } from "react"
import { call, connect, type ZhichengClient } from "./api.ts"
import type { Me } from "./context.ts"
import type { Route } from "./state/app.ts"
import { t } from "./strings.ts"

export type SignIn =
  | { readonly phase: "prompt"; readonly refused: boolean }
  | { readonly phase: "checking"; readonly key: string; readonly attempt: number }
  | {
      readonly phase: "unreachable"
      readonly key: string
      readonly message: string
      readonly attempt: number
    }
  | { readonly phase: "ready"; readonly key: string; readonly me: Me; readonly client: ZhichengClient }

export type SignInAction =
  | { readonly type: "key"; readonly key: string }
  | { readonly type: "refused" }
  | { readonly type: "unreachable"; readonly message: string }
  | { readonly type: "retry" }
  | { readonly type: "ready"; readonly me: Me; readonly client: ZhichengClient }

export const signInReducer = (state: SignIn, action: SignInAction): SignIn => {
  switch (action.type) {
    case "key":
      return { phase: "checking", key: action.key, attempt: 0 }
    case "refused":
      return { phase: "prompt", refused: true }
    case "unreachable":
      return state.phase === "checking"
        ? { phase: "unreachable", key: state.key, message: action.message, attempt: state.attempt }
        : state
    case "retry":
      return state.phase === "unreachable"
        ? { phase: "checking", key: state.key, attempt: state.attempt + 1 }
        : state
    case "ready":
      return state.phase === "checking"
        ? { phase: "ready", key: state.key, me: action.me, client: action.client }
        : state
  }
}

/**
 * The screens and the domain modules they use are loaded while the key is checked, after the first
 * frame is on the screen (the bundle evaluates them lazily), so the clerk sees the counter at once.
 */
const loadApp = () => import("./App.tsx").then((m) => ({ default: m.App }))
const App = lazy(loadApp)

export interface RootProps {
  readonly baseUrl: string
  readonly apiKey?: string | undefined
  readonly locale: Labels.Locale
  readonly color: boolean
  /** Today in China; tests fix it (default: the domain's `todayInChina`). */
  readonly today?: () => string
  /** Another fetch (tests call the API in-process). */
  readonly fetch?: typeof fetch
  readonly start?: Route
}

export const Root = (props: RootProps) => {
  const { locale } = props
  const app = useApp()
  const [state, dispatch] = useReducer(
    signInReducer,
    props.apiKey,
    (key): SignIn =>
      key !== undefined && key !== ""
        ? { phase: "checking", key, attempt: 0 }
        : { phase: "prompt", refused: false },
  )
  // Start loading the screens now, in parallel with the sign-in request.
  void loadApp()
  const checking = state.phase === "checking" ? `${state.key}#${state.attempt}` : undefined
  // biome-ignore lint/correctness/useExhaustiveDependencies: `checking` names the key and attempt.
  useEffect(() => {
    if (state.phase !== "checking") return
    const client = connect(props.baseUrl, state.key, props.fetch)
    let live = true
    void call(client.GET("/api/v1/me")).then((o) => {
      if (!live) return
      if (o.ok) dispatch({ type: "ready", me: o.data as Me, client })
      else if (o.kind === "unreachable") dispatch({ type: "unreachable", message: o.message })
      else dispatch({ type: "refused" })
    })
    return () => {
      live = false
    }
  }, [checking])
  useInput(
    (input, key) => {
      if (key.ctrl && input === "c") app.exit()
      else if (state.phase === "unreachable" && input === "r") dispatch({ type: "retry" })
    },
    { isActive: state.phase !== "ready" },
  )
  if (state.phase === "ready")
    return (
      <Suspense fallback={<Text>{t(locale, "loading")}</Text>}>
        <App
          client={state.client}
          raw={(path, init) =>
            (props.fetch ?? fetch)(`${props.baseUrl}${path}`, {
              ...init,
              headers: {
                ...(init?.headers as Record<string, string> | undefined),
                authorization: `Bearer ${state.key}`,
              },
            })
          }
          baseUrl={props.baseUrl}
          locale={locale}
          me={state.me}
          color={props.color}
          {...(props.today !== undefined ? { today: props.today } : {})}
          {...(props.start !== undefined ? { start: props.start } : {})}
        />
      </Suspense>
    )
  return (
    <Box flexDirection="column">
      <Text bold>{`${t(locale, "appName")}  ${props.baseUrl}`}</Text>
      {state.phase === "prompt" ? (
        <>
          {state.refused ? <Text>{t(locale, "keyRefused")}</Text> : null}
          <Text>{t(locale, "keyPrompt")}</Text>
          <PasswordInput
            onSubmit={(key) => key.trim() !== "" && dispatch({ type: "key", key: key.trim() })}
          />
        </>
      ) : state.phase === "checking" ? (
        <Text>{t(locale, "signingIn")}</Text>
      ) : (
        <>
          <Text>{`${t(locale, "unreachable")}: ${props.baseUrl} (${state.message})`}</Text>
          <Text>{t(locale, "unreachableHint")}</Text>
        </>
      )}
    </Box>
  )
}
