/**
 * An append-only blob file beside the cache (`lint.blobs`) for the large, rarely read parts of the cache
 * (rendered pages): a rebuild appends the few new blobs instead of rewriting them all, and reads back only
 * the ones it needs. Each blob is checked against its SHA-1 when read: a damaged one reads as missing, and
 * the caller makes it again. The file starts with a random id that the cache's table names, so a table
 * never reads another file's blobs. It is compacted when most of it is garbage.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

const MAGIC = Buffer.from('SELFHELP-BLOBS-1');
const HEADER = MAGIC.length + 16;

/** offset, length and SHA-1 (hex) of one blob */
export type BlobRef = [number, number, string];

export class BlobFile {
  private fd: number | undefined;
  private pending: Buffer[] = [];
  private pendingLength = 0;

  private constructor(
    private readonly file: string,
    /** the id in the file's header */
    readonly id: string,
    /** where the next appended blob starts */
    private end: number,
  ) {}

  /** The blob file, if it exists and carries this id; else undefined. */
  static open(file: string, id: string): BlobFile | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(file, 'r');
      const header = Buffer.alloc(HEADER);
      if (readSync(fd, header, 0, HEADER, 0) !== HEADER || !header.subarray(0, MAGIC.length).equals(MAGIC) || header.subarray(MAGIC.length).toString('hex') !== id) {
        closeSync(fd);
        return undefined;
      }
      const blobs = new BlobFile(file, id, fstatSync(fd).size);
      blobs.fd = fd;
      return blobs;
    } catch {
      if (fd !== undefined) closeSync(fd);
      return undefined;
    }
  }

  /** A new, empty blob file (written on the first flush). */
  static create(file: string): BlobFile {
    const blobs = new BlobFile(file, randomBytes(16).toString('hex'), HEADER);
    blobs.fresh = true;
    return blobs;
  }

  private fresh = false;

  /** The blob's bytes, or undefined when it cannot be read or does not match its checksum. */
  read(ref: BlobRef): Buffer | undefined {
    const [offset, length, sum] = ref;
    let bytes: Buffer | undefined;
    if (offset >= this.end - this.pendingLength) {
      bytes = Buffer.concat(this.pending, this.pendingLength).subarray(offset - (this.end - this.pendingLength), offset - (this.end - this.pendingLength) + length);
    } else if (this.fd !== undefined) {
      bytes = Buffer.alloc(length);
      try {
        if (readSync(this.fd, bytes, 0, length, offset) !== length) return undefined;
      } catch {
        return undefined;
      }
    }
    return bytes && createHash('sha1').update(bytes).digest('hex') === sum ? bytes : undefined;
  }

  /** Queue a blob to be appended at the next flush; its reference is valid at once. */
  append(bytes: Buffer): BlobRef {
    const ref: BlobRef = [this.end, bytes.length, createHash('sha1').update(bytes).digest('hex')];
    this.pending.push(bytes);
    this.pendingLength += bytes.length;
    this.end += bytes.length;
    return ref;
  }

  /** Bytes in the file (and queued). */
  get size(): number {
    return this.end;
  }

  /** Append what is queued. A new file is written to a temporary name and renamed. */
  flush(): void {
    if (!this.pending.length && !this.fresh) return;
    const data = Buffer.concat(this.pending, this.pendingLength);
    if (this.fresh) {
      const temp = `${this.file}.${process.pid}.tmp`;
      mkdirSync(path.dirname(this.file), { recursive: true });
      const fd = openSync(temp, 'w');
      try {
        writeSync(fd, Buffer.concat([MAGIC, Buffer.from(this.id, 'hex'), data]));
      } finally {
        closeSync(fd);
      }
      renameSync(temp, this.file);
      this.fresh = false;
    } else {
      const fd = openSync(this.file, 'r+');
      try {
        writeSync(fd, data, 0, data.length, this.end - this.pendingLength);
      } finally {
        closeSync(fd);
      }
    }
    this.pending = [];
    this.pendingLength = 0;
    if (this.fd === undefined) this.fd = openSync(this.file, 'r');
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  static remove(file: string): void {
    rmSync(file, { force: true });
  }
}
