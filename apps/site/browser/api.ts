/**
 * The real API for the browser tests: `node apps/api/src/main.ts` on a free port over a fresh SQLite
 * file, with the demo's API keys read from its first-start output, and the records the tests need
 * made through the API itself (a pilot unit, applications, an open publicity notice, an issued
 * certificate).
 */
import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { fileURLToPath } from "node:url"
import { createZhichengClient, type ZhichengClient } from "@zhicheng/client"
import * as CivilDate from "@zhicheng/domain/CivilDate"
import { checkCharacter } from "@zhicheng/domain/ResidentId"

const REPO = fileURLToPath(new URL("../../../", import.meta.url))

type Role = "admin" | "clerk" | "enterprise-hr" | "committee"

export interface Api {
  readonly url: string
  readonly as: (role: Role) => ZhichengClient
  readonly public: ZhichengClient
  /** Moves a notice's dates back as if it had been published `days` ago (its period has ended). */
  readonly backdate: (notice: string, days?: number) => void
  readonly stop: () => Promise<void>
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer()
    s.once("error", reject)
    s.listen(0, "127.0.0.1", () => {
      const address = s.address()
      s.close(() => resolve(typeof address === "object" && address ? address.port : 0))
    })
  })

/** Starts the API and waits until it listens and has printed the demo keys. */
export const startApi = async (): Promise<Api> => {
  const dir = mkdtempSync(join(tmpdir(), "zc-site-browser-"))
  const db = join(dir, "zc.db")
  const port = await freePort()
  const child: ChildProcess = spawn(process.execPath, ["apps/api/src/main.ts"], {
    cwd: REPO,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", ZHICHENG_DB_FILE: db, ZHICHENG_DEMO: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  })
  const keys: Partial<Record<Role, string>> = {}
  let output = ""
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start:\n${output}`)), 60_000)
    child.once("exit", (code) => reject(new Error(`the API exited (${code}):\n${output}`)))
    child.stderr?.on("data", (b: Buffer) => {
      output += b.toString()
    })
    child.stdout?.on("data", (b: Buffer) => {
      output += b.toString()
      // The demo prints one key per role on first start: "<role>  zc_…" (README, "The two commands").
      for (const m of output.matchAll(/\b(admin|clerk|enterprise-hr|committee)\s+(zc_[A-Za-z0-9_-]+)/g))
        keys[m[1] as Role] = m[2] as string
      if (keys.admin && keys.clerk && keys["enterprise-hr"] && keys.committee) {
        clearTimeout(timer)
        resolve()
      }
    })
  })
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    as: (role) => createZhichengClient({ baseUrl: url, apiKey: keys[role] }),
    public: createZhichengClient({ baseUrl: url }),
    backdate: (notice, days = 30) => {
      const today = CivilDate.todayInChina(Date.now())
      const published = CivilDate.addDays(today, -days)
      const sql = new DatabaseSync(db)
      sql
        .prepare("UPDATE publicity_notices SET published = ?, start_date = ?, end_date = ? WHERE id = ?")
        .run(published, CivilDate.addDays(published, 1), CivilDate.addDays(published, 6), notice)
      sql.close()
    },
    stop: async () => {
      const exited = new Promise((r) => child.once("exit", r))
      child.kill("SIGTERM")
      await exited
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A valid, fictional resident ID number (region 330602, born 1990-01-01, sequence n). */
const residentId = (n: number) => {
  const first17 = `33060219900101${String(n % 1000).padStart(3, "0")}`
  return `${first17}${checkCharacter(first17)}`
}

/** Fictional holders, one per application. */
const NAMES = ["", "张示例", "李示例"]

const must = <T>(what: string, r: { data?: T; error?: unknown; response: Response }): T => {
  if (r.data === undefined) throw new Error(`${what}: ${r.response.status} ${JSON.stringify(r.error)}`)
  return r.data
}

export interface Records {
  /** An open notice listing one person (entry 1). */
  readonly openNotice: string
  readonly certificate: {
    readonly number: string
    readonly name: string
    readonly qr: string
    readonly title: string
  }
}

/**
 * Through the API, as the counter would: a Shaoxing pilot unit selected for this year; one
 * application on an open publicity notice; another taken past publicity (backdated), recommended,
 * approved, and its certificate issued.
 */
export const makeRecords = async (api: Api): Promise<Records> => {
  const hr = api.as("enterprise-hr")
  const clerk = api.as("clerk")
  const year = CivilDate.parts(CivilDate.todayInChina(Date.now())).year
  const unit = must(
    "pilot unit",
    await hr.POST("/api/v1/pilot-units", {
      body: {
        application: {
          year,
          district: "cn-zhejiang-shaoxing-yuecheng",
          unitName: "绍兴示例机械有限公司",
          industry: "高端装备制造",
          address: "绍兴市越城区示例路1号",
          legalRepresentative: { name: "示例法人", position: "董事长", mobile: "13800000001" },
          workContact: { name: "示例联系人", position: "人事经理", mobile: "13900000002" },
          staff: { fullSenior: 0, associateSenior: 3, intermediate: 20, junior: 40 },
          profileAndPromotionSystem: "技术岗位评价晋升制度（附页）",
          specialties: ["机电"],
        },
        lateReason: "测试数据",
      },
    }),
  ).id
  const path = { params: { path: { id: unit } } }
  must(
    "recommend unit",
    await clerk.POST("/api/v1/pilot-units/{id}/recommendation", {
      ...path,
      body: { recommended: true, opinion: "同意推荐" },
    }),
  )
  must(
    "select unit",
    await clerk.POST("/api/v1/pilot-units/{id}/selection", {
      ...path,
      body: {
        opinion: "同意",
        scope: { postSequence: "工程技术岗", levels: ["助理工程师", "工程师"], specialties: ["机电"] },
        overCapReason: "测试数据",
      },
    }),
  )
  must(
    "figures",
    await hr.PUT("/api/v1/pilot-units/{id}/adoptions/{year}/figures", {
      params: { path: { id: unit, year: String(year) } },
      body: { insuredStaff: 10_000, lastYearGraduateHires: 1000 },
    }),
  )
  const application = async (n: number) => {
    const a = must(
      "application",
      await hr.POST("/api/v1/applications", {
        body: {
          profile: { residentId: residentId(n), name: NAMES[n] ?? "王示例", status: { retired: false } },
          edition: "shaoxing-adoption-draft",
          track: "shaoxing-adoption-draft/engineer",
          specialty: "机械工程",
          employer: "绍兴示例机械有限公司",
          unit,
        } as never,
      }),
    ).id
    const p = { params: { path: { id: a } }, body: {} }
    must("submit", await hr.POST("/api/v1/applications/{id}/submit", p))
    must("unit review", await clerk.POST("/api/v1/applications/{id}/unit-review", p))
    return a
  }
  const notice = async (ids: ReadonlyArray<string>) =>
    must(
      "notice",
      await clerk.POST("/api/v1/publicity-notices", {
        body: { applications: [...ids], howToObject: "绍兴市人社局专技处（示例），电话 0575-00000000" },
      }),
    ).notice.id
  const onNotice = await application(1)
  const openNotice = await notice([onNotice])

  const toCertify = await application(2)
  const ended = await notice([toCertify])
  api.backdate(ended)
  const p = { params: { path: { id: toCertify } }, body: {} }
  must("pass publicity", await clerk.POST("/api/v1/applications/{id}/pass-publicity", p))
  must("recommend", await clerk.POST("/api/v1/applications/{id}/recommend", p))
  must(
    "decide",
    await api.as("committee").POST("/api/v1/applications/{id}/decide", {
      params: { path: { id: toCertify } },
      body: { outcome: "approved" },
    }),
  )
  const cert = must(
    "certificate",
    await clerk.POST("/api/v1/certificates", {
      body: {
        application: toCertify,
        approvalNo: "绍人社职〔2026〕1号（示例）",
        issuingBody: { code: "SXRS", name: "绍兴市人力资源和社会保障局（示例）" },
      },
    }),
  )
  return {
    openNotice,
    certificate: { number: cert.number, name: NAMES[2] ?? "", qr: cert.qr, title: cert.title },
  }
}
