/**
 * An append-only blob file beside the cache (`lint.blobs`) for the large, rarely read parts of the cache
 * (rendered pages): a rebuild appends the few new blobs instead of rewriting them all, and reads back only
 * the ones it needs. Each blob is checked against its SHA-1 when read: a damaged one reads as missing, and
 * the caller makes it again. The file starts with a random id that the cache's table names, so a table
 * never reads another file's blobs. It is compacted when most of it is garbage.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

const MAGIC = Buffer.from('SELFHELP-BLOBS-1');
const HEADER = MAGIC.length + 16;

/** offset, length and SHA-1 (hex) of one blob */
export type BlobRef = [number, number, string];

export class BlobFile {
  private fd: number | undefined;
  /** the file appended to (the temporary one, for a new file) */
  private writer: number | undefined;

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
      if (
        readSync(fd, header, 0, HEADER, 0) !== HEADER ||
        !header.subarray(0, MAGIC.length).equals(MAGIC) ||
        header.subarray(MAGIC.length).toString('hex') !== id
      ) {
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

  private get temp(): string {
    return `${this.file}.${process.pid}.tmp`;
  }

  /** The blob's bytes, or undefined when it cannot be read or does not match its checksum. */
  read(ref: BlobRef): Buffer | undefined {
    const [offset, length, sum] = ref;
    const fd = this.writer ?? this.fd;
    if (fd === undefined) return undefined;
    const bytes = Buffer.alloc(length);
    try {
      if (readSync(fd, bytes, 0, length, offset) !== length) return undefined;
    } catch {
      return undefined;
    }
    return createHash('sha1').update(bytes).digest('hex') === sum ? bytes : undefined;
  }

  /** Append a blob (written at once; a new file under a temporary name until flush). */
  append(bytes: Buffer): BlobRef {
    if (this.writer === undefined) {
      mkdirSync(path.dirname(this.file), { recursive: true });
      if (this.fresh) {
        this.writer = openSync(this.temp, 'w+');
        writeSync(this.writer, Buffer.concat([MAGIC, Buffer.from(this.id, 'hex')]));
      } else this.writer = openSync(this.file, 'r+');
    }
    const ref: BlobRef = [this.end, bytes.length, createHash('sha1').update(bytes).digest('hex')];
    writeSync(this.writer, bytes, 0, bytes.length, this.end);
    this.end += bytes.length;
    return ref;
  }

  /** Bytes in the file. */
  get size(): number {
    return this.end;
  }

  /** Make what was appended durable in place: a new file is renamed to its name. */
  flush(): void {
    if (this.writer !== undefined) {
      closeSync(this.writer);
      this.writer = undefined;
    }
    if (this.fresh) {
      if (!existsSync(this.temp)) {
        mkdirSync(path.dirname(this.file), { recursive: true });
        writeFileSync(this.temp, Buffer.concat([MAGIC, Buffer.from(this.id, 'hex')]));
      }
      renameSync(this.temp, this.file);
      this.fresh = false;
    }
    if (this.fd === undefined) this.fd = openSync(this.file, 'r');
  }

  close(): void {
    for (const fd of [this.fd, this.writer]) if (fd !== undefined) closeSync(fd);
    this.fd = undefined;
    this.writer = undefined;
  }
}
