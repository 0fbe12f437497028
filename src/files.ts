/**
 * The file helpers every stage shares, at the bottom of the tree (it imports nothing of ours): atomic writes
 * (a temp file beside the target, then a rename, so no reader ever sees half a file), content hashes and stats.
 */
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { hostname } from 'node:os';
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
      for (const part of parts) for (let at = 0; at < part.length;) at += writeSync(fd, part, at);
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

/**
 * A file's absolute path from the cwd: the two joined when the file is a plain relative path (as discovery and git
 * give them; path.resolve() costs more than the stat it is for), else resolved.
 */
export function fullPath(cwd: string, file: string): string {
  return path.isAbsolute(cwd) &&
    file &&
    !file.includes('..') &&
    !path.isAbsolute(file) &&
    !file.includes('./') &&
    !file.includes('//')
    ? `${cwd.endsWith(path.sep) ? cwd.slice(0, -1) : cwd}${path.sep}${path.sep === '/' ? file : file.replace(/\//g, path.sep)}`
    : path.resolve(cwd, file);
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

/** A file that is not a regular file (a FIFO, socket, device or folder), or one over the size limit. */
export class NotRegularFile extends Error {
  constructor(
    readonly code: 'ENOTREG' | 'E2BIG',
    message: string,
  ) {
    super(message);
  }
}

/**
 * A regular file's bytes. Opened without blocking (a FIFO never stalls the open) and checked with fstat
 * before anything is read, so a FIFO, a device such as /dev/zero or a socket is refused, never read; a file
 * over `maxBytes` is refused too.
 */
export function readRegularFile(file: string, maxBytes = Infinity): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) throw new NotRegularFile('ENOTREG', `not a regular file (${kindOf(s)})`);
    if (s.size > maxBytes) throw new NotRegularFile('E2BIG', `${s.size} bytes, over the limit of ${maxBytes}`);
    const bytes = Buffer.allocUnsafe(s.size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (!n) break;
      at += n;
    }
    return at === bytes.length ? bytes : bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

/** What a non-regular file is, in words. */
export function kindOf(s: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}): string {
  if (s.isFIFO()) return 'a FIFO';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isDirectory()) return 'a folder';
  if (s.isSymbolicLink()) return 'a symbolic link';
  return 'a special file';
}

/** Temp files being written, removed if the process is interrupted (SIGINT, SIGTERM, SIGHUP) meanwhile. */
const pending = new Set<string>();
let trapped = false;

function trapSignals(): void {
  // node:worker_threads loaded only here (only --fix rewrites files): not on every run's start-up
  if (
    trapped ||
    !(createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).isMainThread
  )
    return;
  trapped = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const t of pending) rmSync(t, { force: true });
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Rewrite an existing file with new content, keeping what it is (`--fix`): a symbolic link is written
 * through to its target; a file with other hard links is rewritten in place (its inode, and so its links,
 * kept); any other is replaced atomically (temp file + rename) with its mode and, where allowed, its owner
 * kept. A temp file is removed when the run is interrupted by a signal.
 */
export function rewriteFile(file: string, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const target = lstatSync(file).isSymbolicLink() ? realpathSync(file) : file;
  const before = statSync(target);
  if (before.nlink > 1) {
    const fd = openSync(target, 'r+');
    try {
      ftruncateSync(fd, 0);
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at, at);
    } finally {
      closeSync(fd);
    }
    return;
  }
  trapSignals();
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${counter++}.tmp`);
  pending.add(temp);
  try {
    const fd = openSync(temp, 'wx', before.mode & 0o7777);
    try {
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, before.mode & 0o7777);
    try {
      chownSync(temp, before.uid, before.gid);
    } catch {
      /* not allowed (another owner): the mode is kept */
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
  }
}

/** How long a lock is waited for before the work is given up (a save of the cache takes well under a second). */
const LOCK_WAIT_MS = 15_000;
/** A lock older than this is one left by a process that died mid-way (a save never takes this long). */
const LOCK_STALE_MS = 60_000;

/**
 * Runs `fn` while holding the lock file `lock` (made with O_EXCL: one process at a time), and returns true; or
 * returns false, without running it, when another process kept the lock for LOCK_WAIT_MS. A lock whose process is
 * gone (same host, no such pid) or that is older than LOCK_STALE_MS is taken over. Where no lock can be made (a
 * read-only folder), `fn` runs without one: its own writes fail as they would. Hand-written because the lock is
 * needed inside synchronous code: proper-lockfile's lockSync cannot wait, and it loads graceful-fs, which patches
 * the process' `fs` module.
 */
export function withLock(lock: string, fn: () => void): boolean {
  const start = Date.now();
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const me = `${process.pid}\n${hostname()}\n`;
  for (;;) {
    let fd: number | undefined;
    try {
      mkdirSync(path.dirname(lock), { recursive: true });
      fd = openSync(lock, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        fn();
        return true;
      }
    }
    if (fd !== undefined) {
      try {
        writeSync(fd, me);
      } finally {
        closeSync(fd);
      }
      try {
        fn();
      } finally {
        rmSync(lock, { force: true });
      }
      return true;
    }
    if (staleLock(lock)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() - start > LOCK_WAIT_MS) return false;
    Atomics.wait(sleeper, 0, 0, 5 + Math.random() * 10);
  }
}

function staleLock(lock: string): boolean {
  try {
    const [pid, host] = readFileSync(lock, 'utf8').split('\n');
    if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) return true;
    if (host !== hostname() || !/^\d+$/.test(pid)) return false;
    try {
      process.kill(Number(pid), 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH';
    }
  } catch {
    // gone meanwhile (released), or being written: not stale
    return false;
  }
}
