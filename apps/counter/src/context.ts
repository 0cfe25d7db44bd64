/** What every screen reads: the API client, the language, who is signed in, the screen size. */
import type { Role } from "@zhicheng/domain/Audit"
import type { Locale } from "@zhicheng/domain/Labels"
import { createContext, type Dispatch, useContext } from "react"
import type { ZhichengClient } from "./api.ts"
import type { AppAction } from "./state/app.ts"

export interface Me {
  readonly id: string
  readonly name: string
  readonly role: Role
  readonly unit?: string
}

export interface Counter {
  readonly client: ZhichengClient
  /** A plain request to the API with the clerk's key (documents, files). */
  readonly raw: (path: string, init?: RequestInit) => Promise<Response>
  readonly baseUrl: string
  readonly locale: Locale
  readonly me: Me
  /** False under NO_COLOR: screens then mark things with words and brackets only. */
  readonly color: boolean
  readonly dispatch: Dispatch<AppAction>
  /** An overlay (help, "leave?") has the keyboard: screens and fields stay inactive. */
  readonly blocked: boolean
  /** Whether this screen has the keyboard now (on top, nothing over it), read at the key press. */
  readonly live: () => boolean
  /** Rows a screen's body may use (the terminal's rows less header and footer). */
  readonly bodyRows: number
  readonly columns: number
  /** Changes when the clerk comes back to a screen: part of its load keys, so it reloads then. */
  readonly epoch: number
  /** Today in China (the day every check is made on), injectable for tests. */
  readonly today: () => string
}

export const CounterContext = createContext<Counter | undefined>(undefined)

export const useCounter = (): Counter => {
  const c = useContext(CounterContext)
  if (c === undefined) throw new Error("useCounter outside <CounterContext>")
  return c
}
