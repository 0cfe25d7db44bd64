/**
 * The public site and the counter terminal are front ends: they reach the server through
 * @zhicheng/client and read the rules, labels and interview from @zhicheng/domain. They never depend
 * on packages/db (storage, keys, SQL) nor on the API's code (docs/architecture.md, "Adding a front
 * end"). This check fails when one does: a runtime dependency in its package.json, or an import in
 * what it ships (src/). Its tests may start the API in-process; that is not shipped.
 *
 *   node tooling/check-front-ends.mts        (run by `./zc test` through the root check:all)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join, relative, resolve } from "node:path"

const ROOT = resolve(import.meta.dirname, "..")
const FRONT_ENDS = ["apps/site", "apps/counter"] as const
const FORBIDDEN_PACKAGES = ["@zhicheng/db", "@zhicheng/api"] as const
const FORBIDDEN_DIRS = ["packages/db", "apps/api"].map((d) => join(ROOT, d))
const SOURCE = /\.(ts|tsx|mts|js|mjs|jsx|astro)$/

const files = (dir: string): ReadonlyArray<string> =>
  !existsSync(dir)
    ? []
    : readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? files(join(dir, d.name)) : SOURCE.test(d.name) ? [join(dir, d.name)] : [],
      )

/** Every module specifier a source file names: import/export … from, import(), require(). */
const specifiers = (text: string): ReadonlyArray<string> =>
  [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm)].map(
    (m) => m[1] as string,
  )

const problems: Array<string> = []
for (const app of FRONT_ENDS) {
  const dir = join(ROOT, app)
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>
    peerDependencies?: Record<string, string>
    optionalDependencies?: Record<string, string>
  }
  for (const deps of [pkg.dependencies, pkg.peerDependencies, pkg.optionalDependencies])
    for (const name of Object.keys(deps ?? {}))
      if ((FORBIDDEN_PACKAGES as ReadonlyArray<string>).includes(name))
        problems.push(`${app}/package.json depends on ${name}`)
  for (const file of files(join(dir, "src"))) {
    for (const spec of specifiers(readFileSync(file, "utf8"))) {
      const pkgHit = FORBIDDEN_PACKAGES.find((p) => spec === p || spec.startsWith(`${p}/`))
      const target = spec.startsWith(".") ? resolve(join(file, ".."), spec) : undefined
      const dirHit = target === undefined ? undefined : FORBIDDEN_DIRS.find((d) => target.startsWith(`${d}/`))
      if (pkgHit !== undefined || dirHit !== undefined)
        problems.push(`${relative(ROOT, file)} imports ${spec}`)
    }
  }
}

if (problems.length > 0) {
  console.error(
    `A front end depends on the server's storage or code (use @zhicheng/client and @zhicheng/domain):\n  ${problems.join("\n  ")}`,
  )
  process.exit(1)
}
console.log(`front ends: ${FRONT_ENDS.join(", ")} depend on neither ${FORBIDDEN_PACKAGES.join(" nor ")}`)
