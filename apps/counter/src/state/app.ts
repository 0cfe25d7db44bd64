/**
 * The counter's own state: where the clerk is (a stack of screens, Esc pops), whether help is
 * open, and whether a form holds input not yet sent (then leaving asks first). A reducer, so every
 * change is an action that a test can replay.
 */
export type Route =
  | { readonly screen: "home" }
  | { readonly screen: "queue" }
  | { readonly screen: "application"; readonly id: string }
  | { readonly screen: "certificates"; readonly number?: string; readonly application?: string }
  | { readonly screen: "publicity"; readonly applications?: ReadonlyArray<string> }
  | { readonly screen: "walk-in" }
  | { readonly screen: "rosters" }
  | { readonly screen: "calendar" }

export interface AppState {
  readonly stack: ReadonlyArray<Route>
  readonly help: boolean
  /** A form on the current screen holds input not yet sent. */
  readonly dirty: boolean
  /** Asking "leave anyway?": what to do on yes. */
  readonly leaving?: "exit" | "back" | undefined
  /** Set when the clerk confirmed leaving the app. */
  readonly exiting: boolean
  /** Bumped on every return to a screen, which then reloads what another screen may have changed. */
  readonly epoch: number
}

export type AppAction =
  | { readonly type: "push"; readonly route: Route }
  | { readonly type: "back" }
  | { readonly type: "help"; readonly open: boolean }
  | { readonly type: "dirty"; readonly dirty: boolean }
  | { readonly type: "exit" }
  | { readonly type: "leave-confirmed" }
  | { readonly type: "leave-cancelled" }

export const initialApp = (route: Route = { screen: "home" }): AppState => ({
  stack: [route],
  help: false,
  dirty: false,
  exiting: false,
  epoch: 0,
})

const pop = (state: AppState): AppState =>
  state.stack.length > 1
    ? { ...state, stack: state.stack.slice(0, -1), dirty: false, leaving: undefined, epoch: state.epoch + 1 }
    : { ...state, leaving: undefined }

export const appReducer = (state: AppState, action: AppAction): AppState => {
  switch (action.type) {
    case "push":
      return { ...state, stack: [...state.stack, action.route], dirty: false, help: false }
    case "back":
      if (state.help) return { ...state, help: false }
      return state.dirty ? { ...state, leaving: "back" } : pop(state)
    case "help":
      return { ...state, help: action.open }
    case "dirty":
      return state.dirty === action.dirty ? state : { ...state, dirty: action.dirty }
    case "exit":
      return state.dirty ? { ...state, leaving: "exit" } : { ...state, exiting: true }
    case "leave-confirmed":
      return state.leaving === "exit" ? { ...state, exiting: true, leaving: undefined } : pop(state)
    case "leave-cancelled":
      return { ...state, leaving: undefined }
  }
}

export const current = (state: AppState): Route => state.stack[state.stack.length - 1] ?? { screen: "home" }
