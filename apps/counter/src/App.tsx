/**
 * The signed-in counter: the screen stack, the help overlay, and the one place that decides what
 * Ctrl+C and leaving with unsaved input do. Screens handle their own keys (`useInput` with
 * `isActive`), so a key reaches one handler at a time.
 */
import { todayInChina } from "@zhicheng/domain/CivilDate"
import { Box, useApp, useInput, useWindowSize } from "ink"
import type { ZhichengClient } from "./api.ts"
import { type Counter, CounterContext, type Me, useCounter } from "./context.ts"
import { KEYMAP, PAIRS } from "./keymap.ts"
import { ApplicationScreen } from "./screens/Application.tsx"
import { CalendarScreen } from "./screens/Calendar.tsx"
import { CertificatesScreen } from "./screens/Certificates.tsx"
import { Home } from "./screens/Home.tsx"
import { PublicityScreen } from "./screens/Publicity.tsx"
import { Queue } from "./screens/Queue.tsx"
import { RostersScreen } from "./screens/Rosters.tsx"
import { WalkIn } from "./screens/WalkIn.tsx"
import { type AppState, appReducer, initialApp, type Route } from "./state/app.ts"
import { useSyncReducer } from "./state/sync.ts"
import { t } from "./strings.ts"
import { fit } from "./text.ts"
import { FRAME_ROWS, Frame } from "./ui/Frame.tsx"
import { Line } from "./ui/Lines.tsx"

export interface AppProps {
  readonly client: ZhichengClient
  readonly raw: (path: string, init?: RequestInit) => Promise<Response>
  readonly baseUrl: string
  readonly locale: "zh-CN" | "en"
  readonly me: Me
  readonly color: boolean
  readonly today?: () => string
  readonly start?: Route
}

const Screen = ({ route }: { readonly route: Route }) => {
  switch (route.screen) {
    case "home":
      return <Home />
    case "queue":
      return <Queue />
    case "application":
      return <ApplicationScreen id={route.id} />
    case "publicity":
      return <PublicityScreen {...route} />
    case "certificates":
      return <CertificatesScreen {...route} />
    case "walk-in":
      return <WalkIn />
    case "rosters":
      return <RostersScreen />
    case "calendar":
      return <CalendarScreen />
  }
}

/** Every key, pairs (Up/Down, n/p, Left/Right, Tab) on one line each, so the list fits 24 rows. */
const HELP = [
  ...Object.values(PAIRS),
  ...Object.entries(KEYMAP)
    .filter(
      ([action]) => !Object.values(PAIRS).some((p) => (p.actions as ReadonlyArray<string>).includes(action)),
    )
    .map(([, b]) => b),
]

const Help = () => {
  const { locale, dispatch } = useCounter()
  useInput(() => dispatch({ type: "help", open: false }))
  return (
    <Frame title={t(locale, "help")} keys={[]} status={t(locale, "helpClose")}>
      {HELP.map((b) => (
        <Line
          key={b.keys + b.label.en}
        >{`${fit(b.keys, 12)} ${locale === "en" ? b.label.en : b.label.zh}`}</Line>
      ))}
    </Frame>
  )
}

export const App = (props: AppProps) => {
  const app = useApp()
  const { columns, rows } = useWindowSize()
  const [state, dispatch, latest] = useSyncReducer(appReducer, initialApp(props.start))
  const leaving = state.leaving !== undefined
  useInput((input, key) => {
    const now = latest()
    if (key.ctrl && input === "c") {
      if (now.dirty) dispatch({ type: "exit" })
      else app.exit()
      return
    }
    if (now.leaving === undefined) return
    if (KEYMAP.confirm.matches(input, key)) {
      if (now.leaving === "exit") app.exit()
      else dispatch({ type: "leave-confirmed" })
    } else if (KEYMAP.cancel.matches(input, key) || key.escape) dispatch({ type: "leave-cancelled" })
  })
  const top = state.stack.length - 1
  const counter: Counter = {
    client: props.client,
    raw: props.raw,
    baseUrl: props.baseUrl,
    locale: props.locale,
    me: props.me,
    color: props.color,
    dispatch,
    blocked: leaving || state.help,
    live: () => {
      const now = latest()
      return now.stack.length - 1 === top && !now.help && now.leaving === undefined
    },
    // One row is left free below the frame: a live region as tall as the terminal flickers.
    bodyRows: Math.max(3, rows - FRAME_ROWS - 1 - (leaving ? 1 : 0)),
    columns: Math.max(20, columns),
    today: props.today ?? (() => todayInChina(Date.now())),
    epoch: state.epoch,
  }
  // Every screen on the stack stays mounted (hidden, its keys off), so Esc returns to the queue
  // page and row the clerk left.
  return (
    <CounterContext.Provider value={counter}>
      <Box flexDirection="column">
        {state.stack.map((route, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a stack level is its identity
          <Box key={i} display={i === top && !state.help ? "flex" : "none"}>
            <CounterContext.Provider value={i === top ? counter : { ...counter, blocked: true }}>
              <Screen route={route} />
            </CounterContext.Provider>
          </Box>
        ))}
        {state.help ? (
          <CounterContext.Provider value={{ ...counter, blocked: false }}>
            <Help />
          </CounterContext.Provider>
        ) : null}
        {leaving ? (
          <Line bold inverse={props.color}>
            {t(props.locale, "leaveUnsaved")}
          </Line>
        ) : null}
      </Box>
    </CounterContext.Provider>
  )
}

export type { AppState }
