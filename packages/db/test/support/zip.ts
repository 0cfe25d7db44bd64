/**
 * A small ZIP reader and writer for tests and benchmarks that build odd XLSX files (zip bombs,
 * nested archives, lying central directories): deflated parts only, no ZIP64, no data descriptors.
 */
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib"

/** A ZIP part as the tests write it; `declared` and `flags` let a test lie in the central directory. */
export interface Part {
  readonly name: string
  readonly data: Uint8Array
  readonly declared?: number
  readonly flags?: number
}

/** The parts of a ZIP file (central directory order), inflated. */
export const unzip = (bytes: Uint8Array): Array<Part> => {
  const b = Buffer.from(bytes)
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]))
  const parts: Array<Part> = []
  let at = b.readUInt32LE(end + 16)
  for (let n = b.readUInt16LE(end + 10); n > 0; n--) {
    const nameLength = b.readUInt16LE(at + 28)
    const local = b.readUInt32LE(at + 42)
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28)
    const raw = b.subarray(start, start + b.readUInt32LE(at + 20))
    parts.push({
      name: b.toString("utf8", at + 46, at + 46 + nameLength),
      data: b.readUInt16LE(at + 10) === 8 ? inflateRawSync(raw) : raw,
    })
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32)
  }
  return parts
}

/** A ZIP file of deflated parts, each declaring `declared ?? data.length` bytes. */
export const zip = (parts: ReadonlyArray<Part>): Uint8Array => {
  const out: Array<Buffer> = []
  const directory: Array<Buffer> = []
  let offset = 0
  for (const p of parts) {
    const name = Buffer.from(p.name)
    const data = deflateRawSync(p.data)
    const header = (size: number) => {
      const h = Buffer.alloc(size)
      h.writeUInt16LE(p.flags ?? 0, size === 30 ? 6 : 8)
      h.writeUInt16LE(8, size === 30 ? 8 : 10)
      h.writeUInt32LE(crc32(p.data), size === 30 ? 14 : 16)
      h.writeUInt32LE(data.length, size === 30 ? 18 : 20)
      h.writeUInt32LE(p.declared ?? p.data.length, size === 30 ? 22 : 24)
      h.writeUInt16LE(name.length, size === 30 ? 26 : 28)
      return h
    }
    const local = header(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    const central = header(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(offset, 42)
    out.push(local, name, data)
    directory.push(central, name)
    offset += local.length + name.length + data.length
  }
  const cd = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...out, cd, end]))
}

/**
 * `parts` with part `name` padded by `bytes` spaces just before the first `before` (e.g.
 * "</sheetData>"): the XML stays valid and deflates about a thousandfold — a zip bomb. `declared`
 * sets the size the directory declares for the padded part (to lie about it).
 */
export const padPart = (
  parts: ReadonlyArray<Part>,
  name: string,
  before: string,
  bytes: number,
  declared?: (size: number) => number,
): Array<Part> =>
  parts.map((p) => {
    if (p.name !== name) return p
    const xml = Buffer.from(p.data)
    const at = xml.indexOf(before)
    const data = Buffer.concat([xml.subarray(0, at), Buffer.alloc(bytes, 0x20), xml.subarray(at)])
    return { ...p, data, ...(declared ? { declared: declared(data.length) } : {}) }
  })
