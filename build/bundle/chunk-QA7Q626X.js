import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);

// build/src/files.js
import { createHash } from "node:crypto";
import { chmodSync, chownSync, closeSync, constants, fstatSync, ftruncateSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { hostname } from "node:os";
import path from "node:path";
var counter = 0;
function writeFileAtomic(file, data) {
  writePartsAtomic(file, [typeof data === "string" ? Buffer.from(data) : data]);
}
function writePartsAtomic(file, parts) {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${counter++}.tmp`);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    const fd = openSync(temp, "w");
    try {
      for (const part of parts)
        for (let at = 0; at < part.length; )
          at += writeSync(fd, part, at);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
function hashBytes(bytes) {
  return createHash("sha1").update(bytes).digest("hex");
}
function fullPath(cwd, file) {
  return path.isAbsolute(cwd) && file && !file.includes("..") && !path.isAbsolute(file) && !file.includes("./") && !file.includes("//") ? `${cwd.endsWith(path.sep) ? cwd.slice(0, -1) : cwd}${path.sep}${path.sep === "/" ? file : file.replace(/\//g, path.sep)}` : path.resolve(cwd, file);
}
function statOf(file) {
  try {
    const s = statSync(file);
    return { mtimeMs: s.mtimeMs, size: s.size };
  } catch {
    return void 0;
  }
}
var NotRegularFile = class extends Error {
  code;
  constructor(code, message) {
    super(message);
    this.code = code;
  }
};
function readRegularFile(file, maxBytes = Infinity) {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = fstatSync(fd);
    if (!s.isFile())
      throw new NotRegularFile("ENOTREG", `not a regular file (${kindOf(s)})`);
    if (s.size > maxBytes)
      throw new NotRegularFile("E2BIG", `${s.size} bytes, over the limit of ${maxBytes}`);
    const bytes = Buffer.allocUnsafe(s.size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (!n)
        break;
      at += n;
    }
    return at === bytes.length ? bytes : bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}
function kindOf(s) {
  if (s.isFIFO())
    return "a FIFO";
  if (s.isSocket())
    return "a socket";
  if (s.isCharacterDevice() || s.isBlockDevice())
    return "a device";
  if (s.isDirectory())
    return "a folder";
  if (s.isSymbolicLink())
    return "a symbolic link";
  return "a special file";
}
var pending = /* @__PURE__ */ new Set();
var trapped = false;
function trapSignals() {
  if (trapped || !createRequire(import.meta.url)("node:worker_threads").isMainThread)
    return;
  trapped = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.once(signal, () => {
      for (const t of pending)
        rmSync(t, { force: true });
      process.kill(process.pid, signal);
    });
  }
}
function rewriteFile(file, data) {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  const target = lstatSync(file).isSymbolicLink() ? realpathSync(file) : file;
  const before = statSync(target);
  if (before.nlink > 1) {
    const fd = openSync(target, "r+");
    try {
      ftruncateSync(fd, 0);
      for (let at = 0; at < bytes.length; )
        at += writeSync(fd, bytes, at, bytes.length - at, at);
    } finally {
      closeSync(fd);
    }
    return;
  }
  trapSignals();
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${counter++}.tmp`);
  pending.add(temp);
  try {
    const fd = openSync(temp, "wx", before.mode & 4095);
    try {
      for (let at = 0; at < bytes.length; )
        at += writeSync(fd, bytes, at);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, before.mode & 4095);
    try {
      chownSync(temp, before.uid, before.gid);
    } catch {
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
  }
}
var LOCK_WAIT_MS = 15e3;
var LOCK_STALE_MS = 6e4;
function withLock(lock, fn) {
  const start = Date.now();
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  const me = `${process.pid}
${hostname()}
`;
  for (; ; ) {
    let fd;
    try {
      mkdirSync(path.dirname(lock), { recursive: true });
      fd = openSync(lock, "wx");
    } catch (error) {
      if (error.code !== "EEXIST") {
        fn();
        return true;
      }
    }
    if (fd !== void 0) {
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
    if (Date.now() - start > LOCK_WAIT_MS)
      return false;
    Atomics.wait(sleeper, 0, 0, 5 + Math.random() * 10);
  }
}
function staleLock(lock) {
  try {
    const [pid, host] = readFileSync(lock, "utf8").split("\n");
    if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS)
      return true;
    if (host !== hostname() || !/^\d+$/.test(pid))
      return false;
    try {
      process.kill(Number(pid), 0);
      return false;
    } catch (error) {
      return error.code === "ESRCH";
    }
  } catch {
    return false;
  }
}

export {
  writeFileAtomic,
  writePartsAtomic,
  hashBytes,
  fullPath,
  statOf,
  NotRegularFile,
  readRegularFile,
  kindOf,
  rewriteFile,
  withLock
};
