/**
 * Renders the counter into a fake terminal of a given size, interactive (as a real terminal is:
 * Ink renders nothing until exit when it thinks it runs in CI), and drives it with keys. `waitFor`
 * polls a condition on the screen — never a fixed sleep.
 */
import { EventEmitter } from "node:events"
import { render as inkRender } from "ink"
import type { ReactElement } from "react"
import stringWidth from "string-width"

class Stdout extends EventEmitter {
  isTTY = true
  columns: number
  rows: number
  frames: Array<string> = []
  constructor(columns: number, rows: number) {
    super()
    this.columns = columns
    this.rows = rows
  }
  write = (frame: string, encodingOrDone?: unknown, done?: unknown) => {
    this.frames.push(frame)
    const cb = typeof encodingOrDone === "function" ? encodingOrDone : done
    if (typeof cb === "function") queueMicrotask(cb as () => void)
    return true
  }
}

class Stdin extends EventEmitter {
  isTTY = true
  queue: Array<string> = []
  write = (data: string) => {
    this.queue.push(data)
    this.emit("readable")
    this.emit("data", data)
  }
  read = () => this.queue.shift() ?? null
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

/** Keys as a terminal sends them. */
export const KEY = {
  up: "\u001b[A",
  down: "\u001b[B",
  left: "\u001b[D",
  right: "\u001b[C",
  enter: "\r",
  escape: "\u001b",
  tab: "\t",
  backspace: "\u007f",
  ctrlC: "\u0003",
  pageDown: "\u001b[6~",
  /** Bracketed paste of `text`. */
  paste: (text: string) => `\u001b[200~${text}\u001b[201~`,
} as const

// ANSI escapes, built from a code point so no control character sits in the source.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[ -/]*[@-~]`, "g")

/** The text of a frame without colours or cursor codes. */
export const plain = (s: string): string => s.replace(ANSI, "")

export const renderTerminal = (tree: ReactElement, columns = 80, rows = 24) => {
  const stdout = new Stdout(columns, rows)
  const stdin = new Stdin()
  const stderr = new Stdout(columns, rows)
  const instance = inkRender(tree, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    debug: true,
    interactive: true,
    exitOnCtrlC: false,
    patchConsole: false,
  })
  /** The last frame drawn (writes that only move or show the cursor draw nothing). */
  const screen = () => {
    for (let i = stdout.frames.length - 1; i >= 0; i--) {
      const text = plain(stdout.frames[i] ?? "")
      if (text.trim() !== "") return text
    }
    return ""
  }
  /** Waits until `test(screen)` holds (checking after every frame and every 20 ms), else fails with the screen. */
  const waitFor = async (
    test: (screen: string) => boolean,
    what = "the screen to change",
    timeout = 10_000,
  ) => {
    const start = Date.now()
    for (;;) {
      if (test(screen())) {
        // Let React run the new screen's effects, where Ink attaches its key handlers, before the
        // test types: a person never types into a screen in the instant it appears.
        for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r))
        return screen()
      }
      if (Date.now() - start > timeout)
        throw new Error(
          `timed out waiting for ${what}; the screen:\n${screen()}${stderr.frames.length > 0 ? `\nstderr:\n${stderr.frames.join("")}` : ""}`,
        )
      await new Promise((r) => setTimeout(r, 20))
    }
  }
  return {
    stdin,
    stdout,
    screen,
    waitFor,
    /** Waits for `text` on the screen. */
    see: (text: string, timeout?: number) => waitFor((s) => s.includes(text), `"${text}"`, timeout),
    press: (...keys: ReadonlyArray<string>) => {
      for (const k of keys) stdin.write(k)
    },
    /**
     * Types `text` into the field and waits until it shows, as a person sees what they typed before
     * pressing Enter (@inkjs/ui's TextInput submits the value of its last render).
     */
    type: async (text: string) => {
      stdin.write(text)
      await waitFor((s) => s.includes(text), `"${text}" typed`)
    },
    resize: (c: number, r: number) => {
      stdout.columns = c
      stdout.rows = r
      stdout.emit("resize")
    },
    /** Every line of the screen fits `columns` cells (measured as a terminal does, CJK = 2). */
    widest: () =>
      Math.max(
        ...screen()
          .split("\n")
          .map((l) => stringWidth(l)),
      ),
    exited: instance.waitUntilExit(),
    unmount: () => instance.unmount(),
  }
}
