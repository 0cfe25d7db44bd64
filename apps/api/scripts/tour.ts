/**
 * The README's tour, played against a freshly started server exactly as a newcomer would: starts
 * `node src/main.ts` on a free port with a new SQLite file (demo mode, as `./zc start`), reads the
 * demo keys it prints, runs every step of the tour with @zhicheng/client and checks each answer,
 * then stops the server with SIGTERM and checks that it exits cleanly. `./zc test` runs it (the
 * API's `test` script); `node scripts/tour.ts` runs it alone. Exits 1 on the first step that fails,
 * with the server's log.
 *
 * Every step here is a step of README.md's "A tour"; change both together.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createZhichengClient, type ZhichengClient } from "@zhicheng/client"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import { checkCharacter } from "@zhicheng/domain/ResidentId"

const MAIN = join(import.meta.dirname, "..", "src", "main.ts")

interface Server {
  readonly child: ChildProcess
  readonly url: string
  readonly keys: Readonly<Record<string, string>>
  readonly log: Array<string>
  readonly exited: Promise<number | null>
}

/** Starts the server on a fresh database and waits for it to listen and print the demo keys. */
const start = (dir: string): Promise<Server> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        PORT: "0",
        ZHICHENG_DB_FILE: join(dir, "zhicheng.db"),
        DATABASE_URL: "",
        ZHICHENG_DEMO: "",
        ZHICHENG_PUBLIC_URL: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
    })
    const log: Array<string> = []
    const keys: Record<string, string> = {}
    let url = ""
    let buffered = ""
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)))
    void exited.then((code) =>
      reject(new Error(`server exited (${code}) before it was ready:\n${log.join("\n")}`)),
    )
    child.stderr?.on("data", (d: Buffer) => log.push(d.toString()))
    child.stdout?.on("data", (d: Buffer) => {
      buffered += d.toString()
      for (let nl = buffered.indexOf("\n"); nl >= 0; nl = buffered.indexOf("\n")) {
        const line = buffered.slice(0, nl)
        buffered = buffered.slice(nl + 1)
        log.push(line)
        const { msg = "", url: listening } = JSON.parse(line) as { msg?: string; url?: string }
        const key = /^\s+(\S+)\s+(zc_\S+)$/.exec(msg)
        if (key) keys[key[1] as string] = key[2] as string
        if (msg === "zhicheng api listening") url = listening ?? ""
        // The last line of start-up names the training clock.
        if (url !== "" && msg.startsWith("TRAINING MODE")) resolve({ child, url, keys, log, exited })
      }
    })
  })

/** A fictional ID number (region 999999 does not exist). */
const demoId = (seq: number) => {
  const first17 = `99999919920202${String(seq).padStart(3, "0")}`
  return `${first17}${checkCharacter(first17)}`
}

class StepFailed extends Error {}
const check = (ok: boolean, what: string, got?: unknown) => {
  if (!ok) throw new StepFailed(`${what}${got === undefined ? "" : `: got ${JSON.stringify(got)}`}`)
}
let steps = 0
const step = async (name: string, run: () => Promise<void>) => {
  await run()
  steps++
  process.stdout.write(`  ✓ ${name}\n`)
}

const tour = async (server: Server) => {
  const as = (key?: string): ZhichengClient => createZhichengClient({ baseUrl: server.url, apiKey: key })
  const pub = as()
  const hr = as(server.keys["enterprise-hr"])
  const clerk = as(server.keys.clerk)
  const committee = as(server.keys.committee)
  const admin = as(server.keys.admin)
  check(Object.keys(server.keys).length === 4, "the demo prints one key per role", Object.keys(server.keys))

  await step("the API reference at /api/docs", async () => {
    const res = await fetch(`${server.url}/api/docs`)
    check(res.status === 200, "GET /api/docs", res.status)
  })

  await step("ask the engine (POST /api/v1/eligibility)", async () => {
    const { data, error } = await pub.POST("/api/v1/eligibility", {
      body: {
        asOf: "2023-09-01",
        jurisdiction: "cn-zhejiang-shaoxing-shangyu",
        profile: { education: [{ level: "bachelor", degree: "bachelor", relatedness: "related" }] },
      },
    })
    check(data !== undefined && data.tracks.length > 0, "an answer per track", error)
  })

  await step("the brief answer (POST /api/v1/eligibility/summary)", async () => {
    const { data, error } = await pub.POST("/api/v1/eligibility/summary", {
      body: {
        asOf: "2023-09-01",
        jurisdiction: "cn-zhejiang-shaoxing-shangyu",
        profile: { education: [{ level: "bachelor", degree: "bachelor", relatedness: "related" }] },
      },
    })
    check(data !== undefined && data.tracks.length > 0, "a status per track", error)
  })

  await step("read the rules (GET /api/v1/policies)", async () => {
    const { data } = await pub.GET("/api/v1/policies")
    check(data !== undefined && data.editions.length > 0, "the editions")
  })

  await step("count a publicity period (GET /api/v1/calendar/publicity-end)", async () => {
    const { data } = await pub.GET("/api/v1/calendar/publicity-end", {
      params: { query: { published: "2024-09-27", amount: "5", unit: "working-days" } },
    })
    check(data?.end === "2024-10-10", "ends 2024-10-10", data?.end)
    const refused = await pub.GET("/api/v1/calendar/publicity-end", {
      params: { query: { published: "2027-09-27", amount: "5", unit: "working-days" } },
    })
    check(refused.response.status === 422, "a year without a State Council notice is refused", refused.error)
  })

  const today = CivilDate.todayInChina(Date.now())
  await step("the training clock (GET /api/v1/training/clock)", async () => {
    const { data, response } = await pub.GET("/api/v1/training/clock")
    check(data?.trainingDay === today && data.offsetDays === 0, "stands at today", data)
    check(response.headers.get("zhicheng-training-day") === today, "the header names the training day")
  })

  const seeded = new Map<string, string>()
  await step("the demo HR key's seeded applications, one per stage (GET /api/v1/applications)", async () => {
    const { data, error } = await hr.GET("/api/v1/applications", { params: { query: {} } })
    for (const a of data?.applications ?? []) seeded.set(a.state, a.id)
    const stages = [
      "draft",
      "submitted",
      "unit-reviewed",
      "in-publicity",
      "publicity-passed",
      "recommended",
      "decided",
      "certificate-issued",
    ]
    check(
      stages.every((s) => seeded.has(s)),
      "every stage",
      error ?? [...seeded.keys()],
    )
  })

  await step("pass the seeded publicity whose period has ended (POST …/pass-publicity)", async () => {
    const id = seeded.get("in-publicity") as string
    const { data, error } = await clerk.POST("/api/v1/applications/{id}/pass-publicity", {
      params: { path: { id } },
      body: {},
    })
    check(data?.state === "publicity-passed", "publicity passed", error)
  })

  const path = (id: string) => ({ params: { path: { id } } })
  const name = "演示申请人壬"
  let id = ""
  await step("file an application as the demo HR key (POST /api/v1/applications) and submit it", async () => {
    const created = await hr.POST("/api/v1/applications", {
      body: {
        edition: "shanxi-2020-38",
        track: "shanxi-2020-38/skilled-talent",
        target: { level: "intermediate" },
        specialty: "机电制造",
        employer: "演示机电有限公司（DEMO）",
        unit: "91999999MA0000001X",
        profile: { residentId: demoId(900), name, status: { retired: false } },
      },
    })
    check(created.response.status === 201, "created", created.error)
    id = created.data?.id as string
    const submitted = await hr.POST("/api/v1/applications/{id}/submit", { ...path(id), body: {} })
    check(submitted.data?.state === "submitted", "submitted", submitted.error)
  })

  await step("unit review as the clerk (POST …/unit-review)", async () => {
    const { data, error } = await clerk.POST("/api/v1/applications/{id}/unit-review", {
      ...path(id),
      body: {},
    })
    check(data?.state === "unit-reviewed", "unit-reviewed", error)
  })

  const end = CivilDate.addDays(today, 7)
  let notice = ""
  await step(
    "open a publicity notice (POST /api/v1/publicity-notices) and read its public view",
    async () => {
      const opened = await clerk.POST("/api/v1/publicity-notices", {
        body: { applications: [id], howToObject: "演示人社局职称科（DEMO）0000-0000000", end },
      })
      check(opened.response.status === 201, "opened", opened.error)
      notice = opened.data?.notice.id as string
      const view = await pub.GET("/api/v1/publicity-notices/{id}", path(notice))
      const entry = view.data?.entries[0]
      check(
        entry?.name === name && !JSON.stringify(view.data).includes(demoId(900)),
        "name shown, no ID",
        view.data,
      )
    },
  )

  await step("object as anyone, dismissed by the clerk with a reason", async () => {
    const filed = await pub.POST("/api/v1/publicity-notices/{id}/objections", {
      ...path(notice),
      body: { entry: 1, text: "演示异议（DEMO）", objector: { contact: "demo@example.invalid" } },
    })
    check(filed.response.status === 201, "filed", filed.error)
    const resolved = await clerk.POST("/api/v1/objections/{id}/resolution", {
      ...path(filed.data?.objection as string),
      body: { resolution: "dismissed", reason: "经核实不成立（演示）" },
    })
    check(resolved.response.status === 200, "dismissed", resolved.error)
  })

  await step(
    "refused before the period ends (409), passed after the clerk moves the training clock",
    async () => {
      const early = await clerk.POST("/api/v1/applications/{id}/pass-publicity", { ...path(id), body: {} })
      check(early.response.status === 409, "not before the period ends", early.error)
      const moved = await clerk.POST("/api/v1/training/clock", { body: { to: CivilDate.addDays(end, 1) } })
      check(moved.data?.trainingDay === CivilDate.addDays(end, 1), "moved past the end", moved.error)
      const passed = await clerk.POST("/api/v1/applications/{id}/pass-publicity", { ...path(id), body: {} })
      check(passed.data?.state === "publicity-passed", "passed", passed.error)
    },
  )

  await step("recommend (clerk) and decide (committee)", async () => {
    const recommended = await clerk.POST("/api/v1/applications/{id}/recommend", { ...path(id), body: {} })
    check(recommended.data?.state === "recommended", "recommended", recommended.error)
    const decided = await committee.POST("/api/v1/applications/{id}/decide", {
      ...path(id),
      body: { outcome: "approved", reason: "评审通过（演示）" },
    })
    check(decided.data?.state === "decided", "decided", decided.error)
  })

  let number = ""
  let qr = ""
  await step("issue the certificate (POST /api/v1/certificates)", async () => {
    const issued = await clerk.POST("/api/v1/certificates", {
      body: {
        application: id,
        approvalNo: "演示〔2026〕2号（DEMO）",
        issuingBody: { code: "DEMO", name: "演示人力资源和社会保障局（DEMO）" },
        title: "工程师",
        series: "工程系列",
      },
    })
    check(issued.response.status === 201, "issued", issued.error)
    number = issued.data?.number as string
    qr = issued.data?.qr as string
  })

  await step(
    "anyone checks it: by number and name, the page /v/{number}, the QR offline against /api/v1/keys",
    async () => {
      const verified = await pub.GET("/api/v1/certificates/{number}/verification", {
        params: { path: { number }, query: { name } },
      })
      check(verified.data?.status === "valid", "valid", verified.error)
      const page = await fetch(`${server.url}/v/${encodeURIComponent(number)}`)
      check(page.status === 200 && (await page.text()).includes(number), "the check page")
      const byQr = await pub.POST("/api/v1/certificates/verify-qr", { body: { qr } })
      check(
        byQr.data?.valid === true && byQr.data.payload.no === number,
        "the QR verifies",
        byQr.error ?? byQr.data,
      )
      const keys = await pub.GET("/api/v1/keys")
      check(
        (keys.data?.keys ?? []).some((k) => k.kid === byQr.data?.payload.kid),
        "the signing key is published",
      )
    },
  )

  await step("the hash-chained audit log verifies (GET /api/v1/audit/verify)", async () => {
    const { data, error } = await admin.GET("/api/v1/audit/verify")
    check((data?.count ?? 0) > 0, "the chain holds", error)
  })
}

const dir = mkdtempSync(join(tmpdir(), "zc-tour-"))
let server: Server | undefined
let failed = false
try {
  process.stdout.write("README tour against a freshly started server:\n")
  server = await start(dir)
  await tour(server)
  server.child.kill("SIGTERM")
  const code = await server.exited
  check(code === 0, "the server exits 0 on SIGTERM", code)
  process.stdout.write(`  ✓ stopped with SIGTERM\nREADME tour: ${steps} steps passed\n`)
} catch (e) {
  failed = true
  process.stderr.write(`README tour failed: ${(e as Error).message}\n`)
  if (server !== undefined) process.stderr.write(`server log:\n${server.log.slice(-30).join("\n")}\n`)
  server?.child.kill("SIGKILL")
} finally {
  rmSync(dir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
