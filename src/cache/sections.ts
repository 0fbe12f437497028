/**
 * A cache file of checked sections, read in part: the magic string, then each section as its length (8 bytes), its
 * checksum (a CRC-32, see checked.ts), padding to a multiple of 8 bytes from the file's start (so typed arrays can
 * be views of it) and its body. Opening reads only the magic and the sections' headers (and checks that the lengths
 * add up to the file's size); a section is read when first asked for, whole or by parts, each part checked against
 * the checksum its owner recorded for it. What does not match is a damaged cache (CacheDamaged), never trusted.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { checksum, SUM_BYTES } from './checked.js';

/** A cache file found damaged after it was opened (a part that does not match its checksum, a short read). */
export class CacheDamaged extends Error {
  override name = 'CacheDamaged';
}

const HEADER = 8 + SUM_BYTES;
const align = (n: number) => (n + 7) & ~7;

/** After this many parts read one by one, a section is read whole (a full run reads every part). */
const PARTS_BEFORE_WHOLE = 64;

/** The CRC-32 of some bytes, as a number (what a part's owner records). */
export function partSum(bytes: Uint8Array): number {
  return crc32(bytes) >>> 0;
}

export class Section {
  private body: Buffer | undefined;
  private reads = 0;

  constructor(
    private readonly fd: () => number,
    private readonly offset: number,
    readonly length: number,
    private readonly sum: Buffer,
    /** the section's name: its length and checksum, in hex */
    readonly name: string,
  ) {}

  /** The whole body, read and checked once. */
  whole(): Buffer {
    if (!this.body) {
      const body = read(this.fd(), this.offset, this.length);
      if (!checksum([body]).equals(this.sum)) throw new CacheDamaged('a cache section does not match its checksum');
      this.body = body;
    }
    return this.body;
  }

  /** A part of the body, checked against the checksum recorded for it. Its offset is a multiple of 8 in the file. */
  part(offset: number, length: number, sum: number): Buffer {
    if (offset < 0 || length < 0 || offset + length > this.length) throw new CacheDamaged('a cache part out of bounds');
    if (!this.body && ++this.reads > PARTS_BEFORE_WHOLE) this.whole();
    if (this.body) return this.body.subarray(offset, offset + length);
    const bytes = read(this.fd(), this.offset + offset, length);
    if (partSum(bytes) !== sum) throw new CacheDamaged('a cache part does not match its checksum');
    return bytes;
  }
}

/** Bytes at a position of a file, in a buffer of their own (aligned: typed arrays may view it). */
function read(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.from(new ArrayBuffer(length));
  let at = 0;
  try {
    while (at < length) {
      const n = readSync(fd, bytes, at, length - at, position + at);
      if (!n) break;
      at += n;
    }
  } catch {
    throw new CacheDamaged('a cache file could not be read');
  }
  if (at !== length) throw new CacheDamaged('a cache file ends early');
  return bytes;
}

export class SectionFile {
  private constructor(
    private fd: number | undefined,
    readonly sections: Section[],
  ) {}

  /**
   * The file's sections, when it starts with `magic` and holds exactly `count` sections; undefined for a file that is
   * foreign, truncated or longer (nothing else is read yet). Throws when the file cannot be opened (it is absent).
   */
  static open(file: string, magic: Buffer, count: number): SectionFile | undefined {
    // never blocks on a FIFO (the caller checked it is a regular file, or absent)
    const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const sections: Section[] = [];
    const out = new SectionFile(fd, sections);
    try {
      const size = fstatSync(fd).size;
      if (!fstatSync(fd).isFile() || size < magic.length || !read(fd, 0, magic.length).equals(magic)) {
        out.close();
        return undefined;
      }
      let at = magic.length;
      for (let i = 0; i < count; i++) {
        if (at + HEADER > size) throw new CacheDamaged('truncated');
        const header = read(fd, at, HEADER);
        const length = Number(header.readBigUInt64BE(0));
        const start = align(at + HEADER);
        if (start + length > size) throw new CacheDamaged('truncated');
        sections.push(new Section(() => out.descriptor(), start, length, header.subarray(8), header.toString('hex')));
        at = start + length;
      }
      if (at !== size) throw new CacheDamaged('longer than its sections');
      return out;
    } catch {
      out.close();
      return undefined;
    }
  }

  private descriptor(): number {
    if (this.fd === undefined) throw new CacheDamaged('the cache file was closed');
    return this.fd;
  }

  /** Read every section whole (then the file is no longer needed). */
  load(): void {
    for (const s of this.sections) s.whole();
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/**
 * The parts of a file of these sections (each section given as its parts): written by the caller at once
 * (atomically). Returns the parts and each section's name. Each section body starts at a multiple of 8.
 */
export function sectionParts(magic: Buffer, sections: Uint8Array[][]): { parts: Uint8Array[]; names: string[] } {
  const parts: Uint8Array[] = [magic];
  const names: string[] = [];
  let at = magic.length;
  for (const body of sections) {
    const length = body.reduce((n, p) => n + p.length, 0);
    const header = Buffer.alloc(HEADER);
    header.writeBigUInt64BE(BigInt(length));
    checksum(body).copy(header, 8);
    names.push(header.toString('hex'));
    parts.push(header);
    const start = align(at + HEADER);
    if (start > at + HEADER) parts.push(Buffer.alloc(start - at - HEADER));
    parts.push(...body);
    at = start + length;
  }
  return { parts, names };
}
