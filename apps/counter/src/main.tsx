/**
 * `./zc counter [--lang en] [--url URL]`: the counter terminal for clerks. It talks to the API at
 * ZHICHENG_API_URL (default the local API) with the clerk's key from ZHICHENG_API_KEY or a masked
 * prompt; it holds no database URL and no ID keys.
 */
import { render } from "ink"
import { Root } from "./Root.tsx"

const HELP = `usage: ./zc counter [--lang zh-CN|en] [--url URL]
  ZHICHENG_API_URL   the API (default http://127.0.0.1:8787)
  ZHICHENG_API_KEY   the clerk's API key (asked for, hidden, when unset)
  NO_COLOR           no colours (brackets and words mark things instead)
  INK_SCREEN_READER=true   screen-reader output`

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name)
  if (i >= 0) return args[i + 1]
  const eq = args.find((a) => a.startsWith(`${name}=`))
  return eq?.slice(name.length + 1)
}

if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(`${HELP}\n`)
  process.exit(0)
}

const lang = flag("--lang") ?? "zh-CN"
if (lang !== "zh-CN" && lang !== "en" && lang !== "zh") {
  process.stderr.write(`counter: --lang must be zh-CN or en, not "${lang}"\n`)
  process.exit(2)
}
const baseUrl = (flag("--url") ?? process.env.ZHICHENG_API_URL ?? "http://127.0.0.1:8787").replace(/\/+$/, "")
const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== ""

const instance = render(
  <Root
    baseUrl={baseUrl}
    apiKey={process.env.ZHICHENG_API_KEY}
    locale={lang === "en" ? "en" : "zh-CN"}
    color={!noColor}
  />,
  {
    exitOnCtrlC: false,
    patchConsole: true,
    // A clerk's terminal is interactive even where CI=true is set (Ink would otherwise draw
    // nothing until exit); only a piped stdout is not.
    interactive: process.stdout.isTTY === true,
  },
)
await instance.waitUntilExit()
