/**
 * Cache files are opened only when they are regular files (issue 19): anything else in their place (a FIFO,
 * which would block the read, a folder, a socket, a symbolic link) is a damaged cache, removed (a link
 * itself, never what it points to) with one warning, and the cache is rebuilt.
 */
import { lstatSync, rmSync } from 'node:fs';
import { kindOf } from '../files.js';

const warned = new Set<string>();

/** Whether `file` may be read as a cache file: absent, or a regular file. Anything else is removed. */
export function regularOrAbsent(file: string): boolean {
  const s = lstatSync(file, { throwIfNoEntry: false });
  if (!s || s.isFile()) return true;
  rmSync(file, { recursive: true, force: true });
  if (!warned.has(file)) {
    warned.add(file);
    // the one place below the CLI that writes to stderr: a damaged cache is worth a warning, not an error
    process.stderr.write(
      `warning: the cache file ${file} was ${kindOf(s)}, not a regular file: removed, the cache is rebuilt\n`,
    );
  }
  return false;
}
