import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);

// build/src/files.js
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
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
function statOf(file) {
  try {
    const s = statSync(file);
    return { mtimeMs: s.mtimeMs, size: s.size };
  } catch {
    return void 0;
  }
}

export {
  writeFileAtomic,
  writePartsAtomic,
  hashBytes,
  statOf
};
