/**
 * Every key the counter answers to, in one place: the footer's hints and the help screen are
 * generated from this table, so what is shown is what works.
 */

import type { Locale } from "@zhicheng/domain/Labels"
import type { Key } from "ink"

export interface Binding {
  /** The keys as shown in hints. */
  readonly keys: string
  readonly label: { readonly zh: string; readonly en: string }
  readonly matches: (input: string, key: Key) => boolean
}

const b = (keys: string, zh: string, en: string, matches: Binding["matches"]): Binding => ({
  keys,
  label: { zh, en },
  matches,
})

export const KEYMAP = {
  up: b("Up/k", "上移", "up", (i, k) => k.upArrow || i === "k"),
  down: b("Down/j", "下移", "down", (i, k) => k.downArrow || i === "j"),
  open: b("Enter", "打开", "open", (_, k) => k.return),
  back: b("Esc", "返回", "back", (_, k) => k.escape),
  help: b("?", "帮助", "help", (i) => i === "?"),
  nextPage: b("PgDn/n", "下一页", "next page", (i, k) => k.pageDown || i === "n"),
  prevPage: b("PgUp/p", "上一页", "previous page", (i, k) => k.pageUp || i === "p"),
  nextFilter: b("Right/Tab", "下一状态", "next state", (_, k) => k.rightArrow || (k.tab && !k.shift)),
  prevFilter: b("Left", "上一状态", "previous state", (_, k) => k.leftArrow || (k.tab && k.shift)),
  search: b("/", "查找", "find", (i) => i === "/"),
  retry: b("r", "重试", "retry", (i) => i === "r"),
  expand: b("e", "展开/收起依据", "expand grounds", (i) => i === "e"),
  historyToggle: b("h", "办理记录", "history", (i) => i === "h"),
  confirm: b("y", "确认", "confirm", (i) => i === "y" || i === "Y"),
  cancel: b("n", "取消", "cancel", (i) => i === "n" || i === "N"),
  nextField: b("Tab", "下一项", "next field", (_, k) => k.tab && !k.shift),
  prevField: b("Shift+Tab", "上一项", "previous field", (_, k) => k.tab && k.shift),
  submit: b("Enter", "提交", "submit", (_, k) => k.return),
  quit: b("q", "退出", "quit", (i) => i === "q"),
  choose: b("1-9", "选择", "choose", (i) => /^[1-9]$/.test(i)),
} as const satisfies Record<string, Binding>

export type Action = keyof typeof KEYMAP

/** The first of `actions` that the key press matches. */
export const actionOf = (actions: ReadonlyArray<Action>, input: string, key: Key): Action | undefined =>
  actions.find((a) => KEYMAP[a].matches(input, key))

/** Pairs of actions the footer names as one hint, to fit 80 columns. */
export const PAIRS = {
  move: { keys: "Up/Down", label: { zh: "移动", en: "move" }, actions: ["up", "down"] },
  page: { keys: "n/p", label: { zh: "翻页", en: "page" }, actions: ["nextPage", "prevPage"] },
  filter: { keys: "Left/Right", label: { zh: "状态", en: "state" }, actions: ["prevFilter", "nextFilter"] },
  fields: { keys: "Tab", label: { zh: "换项", en: "field" }, actions: ["nextField", "prevField"] },
} as const satisfies Record<string, { keys: string; label: Binding["label"]; actions: ReadonlyArray<Action> }>

export type Hint = Action | keyof typeof PAIRS

/** `Enter open  Esc back …` for the footer. */
export const hints = (shown: ReadonlyArray<Hint>, locale: Locale): string =>
  shown
    .map((h) => {
      const b = h in PAIRS ? PAIRS[h as keyof typeof PAIRS] : KEYMAP[h as Action]
      return `${b.keys} ${locale === "en" ? b.label.en : b.label.zh}`
    })
    .join("  ")
