/**
 * Ed25519 (RFC 8032) through node:crypto: the default `Signer`. The plain functions `sign`,
 * `verifyJwk` and `generate` are exported too, so a benchmark can set them beside raw
 * `crypto.sign` / `crypto.verify` without the Effect layer.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  sign as cryptoSign,
  verify as cryptoVerify,
  generateKeyPairSync,
  type KeyObject,
} from "node:crypto"
import { type GeneratedKey, type PublicJwk, Signer } from "@zhicheng/domain/Certificates"
import { Effect, Layer } from "effect"

// Parsing a DER key costs more than an Ed25519 signature; keep the parsed key per buffer / JWK.
const privateCache = new WeakMap<Uint8Array, KeyObject>()
const publicCache = new Map<string, KeyObject>()

const privateKeyOf = (der: Uint8Array): KeyObject => {
  let k = privateCache.get(der)
  if (k === undefined) {
    k = createPrivateKey({
      key: Buffer.from(der.buffer, der.byteOffset, der.byteLength),
      format: "der",
      type: "pkcs8",
    })
    privateCache.set(der, k)
  }
  return k
}

const publicKeyOf = (jwk: PublicJwk): KeyObject => {
  if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519")
    throw new TypeError(`not an Ed25519 key: ${jwk.kty}/${jwk.crv}`)
  let k = publicCache.get(jwk.x)
  if (k === undefined) {
    k = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: jwk.x }, format: "jwk" })
    if (publicCache.size > 1000) publicCache.clear()
    publicCache.set(jwk.x, k)
  }
  return k
}

/** The key id: the first 16 characters of the RFC 7638 JWK thumbprint (SHA-256, base64url). */
export const thumbprint = (jwk: PublicJwk): string =>
  createHash("sha256")
    .update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x }))
    .digest("base64url")
    .slice(0, 16)

/** Generates an Ed25519 key pair: kid, public JWK and PEM, private key as PKCS#8 DER. */
export const generate = (): GeneratedKey => {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519")
  const jwk = publicKey.export({ format: "jwk" })
  const publicJwk: PublicJwk = { kty: "OKP", crv: "Ed25519", x: String(jwk.x) }
  return {
    kid: thumbprint(publicJwk),
    algorithm: "Ed25519",
    publicJwk,
    publicPem: String(publicKey.export({ format: "pem", type: "spki" })),
    privateKey: new Uint8Array(privateKey.export({ format: "der", type: "pkcs8" })),
  }
}

/** Signs `message` with a PKCS#8 DER private key (64-byte signature). */
export const sign = (privateKey: Uint8Array, message: Uint8Array): Uint8Array =>
  new Uint8Array(cryptoSign(null, message, privateKeyOf(privateKey)))

/** Verifies a signature against a public JWK; false on any mismatch or malformed input. */
export const verifyJwk = (publicKey: PublicJwk, message: Uint8Array, signature: Uint8Array): boolean => {
  try {
    return signature.length === 64 && cryptoVerify(null, message, publicKeyOf(publicKey), signature)
  } catch {
    return false
  }
}

/** The node:crypto Ed25519 signer as the domain's `Signer`. */
export const Ed25519Signer = Layer.succeed(Signer, {
  algorithm: "Ed25519",
  generate: Effect.sync(generate),
  sign: (privateKey, message) => Effect.sync(() => sign(privateKey, message)),
  verify: (publicKey, message, signature) => Effect.sync(() => verifyJwk(publicKey, message, signature)),
})
