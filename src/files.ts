/**
 * The file helpers every stage shares, at the bottom of the tree (it imports nothing of ours): atomic writes
 * (a temp file beside the target, then a rename, so no reader ever sees half a file), content hashes and stats.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

let counter = 0;

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  writePartsAtomic(file, [typeof data === 'string' ? Buffer.from(data) : data]);
}

/** The same, for data in parts (written one after another: no copy of the whole). */
export function writePartsAtomic(file: string, parts: Uint8Array[]): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${counter++}.tmp`);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    const fd = openSync(temp, 'w');
    try {
      for (const part of parts) for (let at = 0; at < part.length; ) at += writeSync(fd, part, at);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** The content hash that names a file's bytes in the cache and the build's records (sha1, hex). */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** A file's size and modification time, or undefined when it cannot be stat'ed. */
export function statOf(file: string): { mtimeMs: number; size: number } | undefined {
  try {
    const s = statSync(file);
    return { mtimeMs: s.mtimeMs, size: s.size };
  } catch {
    return undefined;
  }
}
