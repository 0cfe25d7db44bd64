/**
 * Which roles may call each operation, read once per API from its OpenAPI document, so the
 * counter offers a clerk only the steps the API will let a clerk take.
 */
import type { Outcome } from "../api.ts"
import { useCounter } from "../context.ts"
import { type OperationRoles, rolesOf } from "../steps.ts"
import { useRemote } from "./remote.ts"

const cache = new Map<string, Promise<Outcome<OperationRoles>>>()

const load = (raw: (path: string) => Promise<Response>): Promise<Outcome<OperationRoles>> =>
  raw("/api/openapi.json")
    .then(
      async (r): Promise<Outcome<OperationRoles>> =>
        r.ok
          ? { ok: true, data: rolesOf(await r.json()) }
          : {
              ok: false,
              kind: "problem",
              status: r.status,
              code: `http-${r.status}`,
              title: r.statusText,
              detail: "",
              errors: [],
            },
    )
    .catch((e: unknown) => ({ ok: false, kind: "unreachable", message: String(e) }))

/** The operation roles, or undefined while loading or when the document cannot be read. */
export const useOperationRoles = (): OperationRoles | undefined => {
  const { raw, baseUrl } = useCounter()
  const { remote } = useRemote(`openapi:${baseUrl}`, () => {
    let p = cache.get(baseUrl)
    if (p === undefined) {
      p = load(raw)
      cache.set(baseUrl, p)
      void p.then((o) => {
        if (!o.ok) cache.delete(baseUrl)
      })
    }
    return p
  })
  return remote.status === "ok" ? remote.data : undefined
}
