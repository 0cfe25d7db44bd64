/**
 * Personal ID numbers at rest (ADR 0006, ADR 0009): the one place that says how a resident ID number
 * is kept. Everywhere it is a fingerprint — HMAC-SHA256 of the normalised number under a server key
 * ({@link IdHmac}, ZHICHENG_ID_HMAC_KEY), which bans, duplicates, adoption counts and certificates
 * are keyed by; an application's stored profile drops the number ({@link protectProfile}). Only a
 * roster entry also keeps it, sealed with AES-256-GCM under a key derived from ZHICHENG_ID_SEAL_KEY
 * ({@link IdSealer}), for the bureau's audited export; the seal key rotates with previous keys and
 * the `Rosters.resealIds` job, while the HMAC key cannot be rotated (ADR 0009).
 *
 * Use it when a service takes an ID number in (fingerprint it, never store it) or must hand one to
 * the bureau (seal it, open it only in an audited export). Nothing here imports a Node-only module:
 * both ports run on WebCrypto.
 */
import { Config, Context, Effect, Layer, Redacted, Schema } from "effect"
import * as CivilDate from "./CivilDate.ts"
import * as ErrorKind from "./ErrorKind.ts"
import type { Profile } from "./Profile.ts"
import * as ResidentId from "./ResidentId.ts"

// ---------------------------------------------------------------------------------------------------
// Fingerprints
// ---------------------------------------------------------------------------------------------------

/**
 * HMAC-SHA256 of a normalised resident ID number under a server key (hex). Use `IdHmac.fromKey` or
 * `IdHmac.fromConfig` (ZHICHENG_ID_HMAC_KEY, at least 32 characters); never a plain hash, whose input
 * space is small enough to enumerate.
 */
export class IdHmac extends Context.Tag("zhicheng/IdHmac")<
  IdHmac,
  { readonly of: (id: ResidentId.ResidentId | string) => Effect.Effect<string> }
>() {
  static readonly fromKey = (key: Redacted.Redacted<string>): Layer.Layer<IdHmac> =>
    Layer.effect(
      IdHmac,
      Effect.gen(function* () {
        const raw = Redacted.value(key)
        if (raw.length < 32) return yield* Effect.dieMessage("the ID HMAC key must be at least 32 characters")
        const k = yield* Effect.promise(() =>
          globalThis.crypto.subtle.importKey(
            "raw",
            new TextEncoder().encode(raw),
            { name: "HMAC", hash: "SHA-256" },
            false,
            ["sign"],
          ),
        )
        return {
          of: (id) =>
            Effect.promise(() =>
              globalThis.crypto.subtle.sign("HMAC", k, new TextEncoder().encode(ResidentId.normalize(id))),
            ).pipe(
              Effect.map((buf) =>
                [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join(""),
              ),
            ),
        }
      }),
    )
  static readonly fromConfig: Layer.Layer<IdHmac> = Layer.unwrapEffect(
    Effect.map(Config.redacted("ZHICHENG_ID_HMAC_KEY"), IdHmac.fromKey),
  ).pipe(Layer.orDie)
}

/**
 * The profile as stored: without the resident ID number; its birth date is kept in `birthDate` (taken
 * from the number when the profile gives none) so that age conditions still evaluate.
 */
export const protectProfile = (p: Profile): Profile => {
  const { residentId, ...rest } = p
  if (residentId === undefined || rest.birthDate !== undefined) return rest
  return { ...rest, birthDate: CivilDate.make(ResidentId.birthDate(residentId)) }
}

// ---------------------------------------------------------------------------------------------------
// Sealing ID numbers
// ---------------------------------------------------------------------------------------------------

const b64 = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "")
const unb64 = (s: string): Uint8Array<ArrayBuffer> => {
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"))
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

/** ZHICHENG_ID_SEAL_KEY_PREVIOUS: comma-separated keys, blanks around them and empty items ignored. */
export const parsePreviousKeys = (value: string | undefined): ReadonlyArray<string> =>
  (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")

/**
 * A sealed value names a key (`v2.<kid>.…`) that is neither the current seal key nor one of the
 * previous ones: the key that sealed it must be restored as a previous key (ZHICHENG_ID_SEAL_KEY_PREVIOUS)
 * before the value can be opened. A server configuration fault, so it is raised as a defect.
 */
export class IdSealKeyUnknown extends Schema.TaggedError<IdSealKeyUnknown>()(
  "IdSealKeyUnknown",
  {
    /** The key id the value names (`v2`), or "v1" for the old form that names none. */
    kid: Schema.String,
    /** The key ids this sealer holds, current first. */
    known: Schema.Array(Schema.String),
    message: Schema.String,
  },
  ErrorKind.internal,
) {}

/** The key a sealed value names: its kid for `v2.<kid>.…`, "v1" for the old form, which names none. */
export const sealedKeyOf = (sealed: string): string => {
  const [v, kid] = sealed.split(".")
  return v === "v2" && kid !== undefined ? kid : "v1"
}

/**
 * Reversible protection of resident ID numbers at rest: AES-256-GCM with a key derived (HKDF-SHA256,
 * info "zhicheng/id-seal/v1") from a server secret. A value names its key: `v2.<kid>.<iv>.<ciphertext>`
 * (base64url), where the kid is the first 16 hex digits of SHA-256 of the derived key (never the key).
 * Values of the old form `v1.<iv>.<ciphertext>` name no key and open under whichever configured key
 * authenticates them. Sealing uses the current key; opening uses the key the value names, among the
 * current and the previous keys (ADR 0009: rotation, and `resealIds` to move old values to the
 * current key). Use `fromKeys`, `fromKey` or `fromConfig` (ZHICHENG_ID_SEAL_KEY and the optional,
 * comma-separated ZHICHENG_ID_SEAL_KEY_PREVIOUS; at least 32 characters each). A value under no
 * configured key is a defect ({@link IdSealKeyUnknown} for `v2`).
 */
export class IdSealer extends Context.Tag("zhicheng/IdSealer")<
  IdSealer,
  {
    readonly seal: (id: string) => Effect.Effect<string>
    readonly open: (sealed: string) => Effect.Effect<string>
    /** The current key's id: values sealed now begin `v2.<kid>.`. */
    readonly kid: string
    /** The ids of every key this sealer opens with, current first. */
    readonly kids: ReadonlyArray<string>
  }
>() {
  static readonly fromKeys = (
    current: Redacted.Redacted<string>,
    previous: ReadonlyArray<Redacted.Redacted<string>> = [],
  ): Layer.Layer<IdSealer> =>
    Layer.effect(
      IdSealer,
      Effect.gen(function* () {
        const subtle = globalThis.crypto.subtle
        const derive = (secret: Redacted.Redacted<string>, which: string) =>
          Effect.gen(function* () {
            const raw = Redacted.value(secret)
            if (raw.length < 32)
              return yield* Effect.dieMessage(`the ${which} must be at least 32 characters`)
            const bits = yield* Effect.promise(async () => {
              const base = await subtle.importKey("raw", new TextEncoder().encode(raw), "HKDF", false, [
                "deriveBits",
              ])
              const info = new TextEncoder().encode("zhicheng/id-seal/v1")
              return subtle.deriveBits(
                { name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info },
                base,
                256,
              )
            })
            const key = yield* Effect.promise(() =>
              subtle.importKey("raw", bits, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]),
            )
            const digest = yield* Effect.promise(() => subtle.digest("SHA-256", bits))
            return { kid: hex(new Uint8Array(digest)).slice(0, 16), key }
          })
        const first = yield* derive(current, "ID seal key")
        const keys = [first]
        for (const [i, p] of previous.entries()) {
          const k = yield* derive(p, `previous ID seal key ${i + 1}`)
          // The current key listed again among the previous ones, or a key listed twice, is harmless.
          if (!keys.some((o) => o.kid === k.kid)) keys.push(k)
        }
        const kids = keys.map((k) => k.kid)
        const decrypt = (key: typeof first.key, iv: string, ct: string) =>
          subtle.decrypt({ name: "AES-GCM", iv: unb64(iv) }, key, unb64(ct))
        return {
          kid: first.kid,
          kids,
          seal: (id) =>
            Effect.promise(async () => {
              const iv = globalThis.crypto.getRandomValues(new Uint8Array(12))
              const ct = await subtle.encrypt(
                { name: "AES-GCM", iv },
                first.key,
                new TextEncoder().encode(id),
              )
              return `v2.${first.kid}.${b64(iv)}.${b64(new Uint8Array(ct))}`
            }),
          open: (sealed) => {
            const parts = sealed.split(".")
            if (parts[0] === "v2" && parts.length === 4) {
              const [, kid, iv, ct] = parts as [string, string, string, string]
              const key = keys.find((k) => k.kid === kid)
              if (key === undefined)
                return Effect.die(
                  new IdSealKeyUnknown({
                    kid,
                    known: kids,
                    message: `the ID number was sealed under key ${kid}, which is neither the current seal key (${first.kid}) nor one of the previous ones (${kids.slice(1).join(", ") || "none"}): restore that key in ZHICHENG_ID_SEAL_KEY_PREVIOUS`,
                  }),
                )
              return Effect.promise(async () => new TextDecoder().decode(await decrypt(key.key, iv, ct)))
            }
            if (parts[0] === "v1" && parts.length === 3) {
              const [, iv, ct] = parts as [string, string, string]
              // The old form names no key: the first key whose GCM tag authenticates it is the one.
              return Effect.promise(async () => {
                for (const k of keys) {
                  const pt = await decrypt(k.key, iv, ct).catch(() => undefined)
                  if (pt !== undefined) return new TextDecoder().decode(pt)
                }
                throw new IdSealKeyUnknown({
                  kid: "v1",
                  known: kids,
                  message: `a v1 sealed ID number opens under none of the ${kids.length} configured seal key(s) (${kids.join(", ")})`,
                })
              })
            }
            return Effect.dieMessage("not a sealed ID number")
          },
        }
      }),
    )
  /** A sealer with one key and no previous ones. */
  static readonly fromKey = (secret: Redacted.Redacted<string>): Layer.Layer<IdSealer> =>
    IdSealer.fromKeys(secret)
  static readonly fromConfig: Layer.Layer<IdSealer> = Layer.unwrapEffect(
    Effect.map(
      Config.all([
        Config.redacted("ZHICHENG_ID_SEAL_KEY"),
        Config.string("ZHICHENG_ID_SEAL_KEY_PREVIOUS").pipe(Config.withDefault("")),
      ]),
      ([current, previous]) => IdSealer.fromKeys(current, parsePreviousKeys(previous).map(Redacted.make)),
    ),
  ).pipe(Layer.orDie)
}
