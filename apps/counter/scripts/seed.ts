/**
 * Files `count` fictional applications (示例) through the API, for trying the counter and for its
 * bench: `node scripts/seed.ts <api-url> <clerk-key> [count]`. Each is a draft on the national
 * green channel at the intermediate level, with a valid but made-up resident ID number.
 */
import { createZhichengClient, type ZhichengClient } from "@zhicheng/client"
import { checkCharacter } from "@zhicheng/domain/ResidentId"

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"]
const GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明"]
const EMPLOYERS = [
  "示例机电有限公司",
  "示例精密制造有限公司",
  "Demo Tech Co., Ltd. (fictional)",
  "示例新材料科技有限公司",
]
const SPECIALTIES = ["机电制造", "机械设计", "电气自动化", "材料工程"]

/** A valid made-up resident ID number (region 330602, born 1990-01-01, sequence n). */
export const demoResidentId = (n: number): string => {
  const first17 = `3306021990${String(1 + (Math.floor(n / 1000) % 12)).padStart(2, "0")}01${String(n % 1000).padStart(3, "0")}`
  return `${first17}${checkCharacter(first17)}`
}

/** A made-up name, distinct for the first 2,352 n (names may hold no digits). */
export const demoName = (n: number): string => {
  const a = n % SURNAMES.length
  const b = Math.floor(n / SURNAMES.length) % GIVEN.length
  const c = Math.floor(n / (SURNAMES.length * GIVEN.length)) % GIVEN.length
  return `${SURNAMES[a]}${GIVEN[b]}${GIVEN[c]}`
}

/** The request body of the n-th fictional application. */
export const demoApplication = (n: number) => {
  const employer = EMPLOYERS[n % EMPLOYERS.length] as string
  const specialty = SPECIALTIES[n % SPECIALTIES.length] as string
  return {
    edition: "national-2020-13",
    track: "national-2020-13/green-channel",
    target: { level: "intermediate" as const },
    specialty,
    employer,
    unit: employer,
    profile: {
      residentId: demoResidentId(n),
      name: demoName(n),
      education: [
        {
          level: "bachelor",
          degree: "bachelor",
          fullTime: true,
          major: "机械设计制造及其自动化",
          relatedness: "related",
        },
      ],
      work: [
        {
          employer,
          employerKind: "private-enterprise",
          place: "cn-zhejiang-shaoxing-shangyu",
          workKind: "engineering-technical",
          specialty,
          from: "2016-07-01",
          to: "present",
        },
      ],
      status: { retired: false, integrityBans: [] },
    },
  }
}

/** Files applications `from` … `from + count - 1`, eight at a time; returns their ids. */
export const seed = async (
  client: ZhichengClient,
  count: number,
  from = 1,
): Promise<ReadonlyArray<string>> => {
  const ids: Array<string> = []
  for (let i = 0; i < count; i += 8) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(8, count - i) }, (_, j) =>
        client.POST("/api/v1/applications", { body: demoApplication(from + i + j) as never }),
      ),
    )
    for (const r of batch) {
      if (r.data === undefined) throw new Error(`create refused: ${JSON.stringify(r.error)}`)
      ids.push(r.data.id)
    }
  }
  return ids
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, key, count = "40"] = process.argv.slice(2)
  if (url === undefined || key === undefined) {
    console.error("usage: node scripts/seed.ts <api-url> <clerk-key> [count]")
    process.exit(2)
  }
  const ids = await seed(createZhichengClient({ baseUrl: url, apiKey: key }), Number(count))
  console.log(`filed ${ids.length} fictional applications`)
}
