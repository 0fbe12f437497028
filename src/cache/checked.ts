/**
 * A cache file holding one serialised body behind a magic header and the body's SHA-256: written
 * atomically, and read back only when the header and the checksum match (the build index, the lint journal).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writePartsAtomic } from '../lint/write.js';

export function writeChecked(file: string, magic: Buffer, body: Uint8Array): void {
  writePartsAtomic(file, [magic, createHash('sha256').update(body).digest(), body]);
}

/** The body, or undefined when the file is missing, foreign, truncated or damaged. */
export function readChecked(file: string, magic: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const at = magic.length + 32;
  if (bytes.length < at || !bytes.subarray(0, magic.length).equals(magic)) return undefined;
  const body = bytes.subarray(at);
  return createHash('sha256').update(body).digest().equals(bytes.subarray(magic.length, at)) ? body : undefined;
}
