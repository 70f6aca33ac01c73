// Zip-bomb guard for .docx: reads the zip's central directory (no inflating) and refuses an archive whose
// declared uncompressed sizes add up beyond the limit; then inflates the XML parts it will hand to mammoth with
// Node's bounded inflate, so an entry that lies about its size stops at the size it declared.
import { inflateRawSync } from "node:zlib";
import { ReadError } from "./errors.ts";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CD_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const MAX_ENTRIES = 10_000;

const damaged = (why: string) => new ReadError("READ_DOCX_DAMAGED", `the .docx is not a readable zip archive (${why})`);

/** The entries of a zip's central directory, read without inflating anything. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65,535 (comment) bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged("no end of central directory");
  let count = buf.readUInt16LE(eocd + 10);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (
    (count === 0xffff || cdOffset === 0xffffffff) &&
    eocd >= 20 &&
    buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIG
  ) {
    const z64 = Number(buf.readBigUInt64LE(eocd - 20 + 8));
    if (z64 + 56 > buf.length || buf.readUInt32LE(z64) !== ZIP64_EOCD_SIG) throw damaged("bad zip64 record");
    count = Number(buf.readBigUInt64LE(z64 + 32));
    cdOffset = Number(buf.readBigUInt64LE(z64 + 48));
  }
  if (count > MAX_ENTRIES)
    throw new ReadError("READ_DOCX_TOO_LARGE", `the .docx holds ${count} files (limit ${MAX_ENTRIES})`);
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CD_SIG) throw damaged("bad central directory");
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      name: buf.toString("utf8", p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    };
    applyZip64(entry, buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen));
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** A field saturated at 0xFFFFFFFF is given in the zip64 extra field, in this order. */
function applyZip64(entry: ZipEntry, extra: Buffer): void {
  const wants = (["uncompressedSize", "compressedSize", "localHeaderOffset"] as const).filter(
    (k) => entry[k] === 0xffffffff,
  );
  if (wants.length === 0) return;
  for (let q = 0; q + 4 <= extra.length;) {
    const id = extra.readUInt16LE(q);
    const size = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      wants.forEach((k, i) => {
        if (q + 4 + 8 * (i + 1) <= extra.length) entry[k] = Number(extra.readBigUInt64LE(q + 4 + 8 * i));
      });
      return;
    }
    q += 4 + size;
  }
}

/** Throws READ_DOCX_TOO_LARGE when the declared uncompressed sizes add up beyond `limit` bytes. */
export function checkZipSize(entries: readonly ZipEntry[], limit: number): number {
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limit) {
    throw new ReadError(
      "READ_DOCX_TOO_LARGE",
      `the .docx would inflate to ${mb(total)} MB (limit ${mb(limit)} MB): refused as a possible zip bomb`,
    );
  }
  return total;
}

/**
 * Inflates the entries `pick` selects, each bounded by its declared size: an entry that inflates to more than
 * it declared is a zip bomb that lied in its headers.
 */
export function verifyInflatedSizes(bytes: Uint8Array, entries: readonly ZipEntry[], pick: (e: ZipEntry) => boolean) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of entries.filter(pick)) {
    const p = e.localHeaderOffset;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL_SIG) throw damaged(`bad local header of ${e.name}`);
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    const data = buf.subarray(start, start + e.compressedSize);
    if (e.method === 0) {
      if (data.length !== e.uncompressedSize) throw damaged(`${e.name} is truncated`);
    } else if (e.method === 8) {
      let out: Buffer;
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) {
          throw new ReadError(
            "READ_DOCX_TOO_LARGE",
            `${e.name} inflates beyond the ${e.uncompressedSize} bytes it declares: refused as a zip bomb`,
          );
        }
        throw damaged(`${e.name} does not inflate`);
      }
      if (out.length !== e.uncompressedSize) throw damaged(`${e.name} inflates to a size other than declared`);
    } else {
      throw damaged(`${e.name} uses compression method ${e.method}`);
    }
  }
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
