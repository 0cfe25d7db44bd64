/**
 * The public origin of this service (`https://zhicheng.example.gov.cn`): the base of the check
 * address printed in QR codes and on certificate PDFs. It is configuration, never a request's Host
 * header — a signed artefact must not take its origin from whoever asked for it. main.ts resolves
 * it once at start ({@link resolve}); the server gives it to every handler (`Options.publicUrl`).
 */
import { Context } from "effect"

export class PublicUrl extends Context.Tag("zhicheng/api/PublicUrl")<PublicUrl, string>() {}

/** Why the server cannot start: the public URL is missing or not an http(s) origin. */
export class PublicUrlInvalid extends Error {}

/**
 * The public origin from ZHICHENG_PUBLIC_URL (trailing slashes dropped), or undefined when it is
 * unset in the demo (ZHICHENG_DEMO not "0"), which then uses the origin it listens on. Outside the
 * demo it is required: its absence, like a value that is no http(s) URL, is an error naming it.
 */
export const resolve = (env: NodeJS.ProcessEnv): string | undefined => {
  const configured = env.ZHICHENG_PUBLIC_URL?.trim()
  if (configured === undefined || configured === "") {
    if (env.ZHICHENG_DEMO !== "0") return undefined
    throw new PublicUrlInvalid(
      "set ZHICHENG_PUBLIC_URL to the public origin printed in certificate QR codes (e.g. https://zhicheng.example.gov.cn); outside the demo (ZHICHENG_DEMO=0) it is required",
    )
  }
  let url: URL
  try {
    url = new URL(configured)
  } catch {
    throw new PublicUrlInvalid(`ZHICHENG_PUBLIC_URL is not a URL: "${configured}"`)
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new PublicUrlInvalid(`ZHICHENG_PUBLIC_URL must be an http(s) URL, got "${configured}"`)
  return configured.replace(/\/+$/, "")
}
