/** Atomic writes: a temp file beside the target, then a rename, so no reader ever sees half a file. */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
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
