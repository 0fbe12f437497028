import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  kindOf,
  readRegularFile,
  writePartsAtomic
} from "./chunk-QA7Q626X.js";

// build/src/cache/checked.js
import { deserialize, serialize } from "node:v8";
import { crc32 } from "node:zlib";

// build/src/cache/damaged.js
import { lstatSync, rmSync } from "node:fs";
var warned = /* @__PURE__ */ new Set();
function regularOrAbsent(file) {
  const s = lstatSync(file, { throwIfNoEntry: false });
  if (!s || s.isFile())
    return true;
  rmSync(file, { recursive: true, force: true });
  if (!warned.has(file)) {
    warned.add(file);
    process.stderr.write(`warning: the cache file ${file} was ${kindOf(s)}, not a regular file: removed, the cache is rebuilt
`);
  }
  return false;
}

// build/src/cache/checked.js
var SUM_BYTES = 4;
function checksum(parts) {
  let value = 0;
  for (const p of parts)
    value = crc32(p, value);
  const out = Buffer.alloc(SUM_BYTES);
  out.writeUInt32BE(value >>> 0);
  return out;
}
function writeChecked(file, magic, value) {
  regularOrAbsent(file);
  const body = serialize(value);
  writePartsAtomic(file, [magic, checksum([body]), body]);
}
function readChecked(file, magic) {
  let bytes;
  try {
    if (!regularOrAbsent(file))
      return void 0;
    bytes = readRegularFile(file);
  } catch {
    return void 0;
  }
  const at = magic.length + SUM_BYTES;
  if (bytes.length < at || !bytes.subarray(0, magic.length).equals(magic))
    return void 0;
  const body = bytes.subarray(at);
  if (!checksum([body]).equals(bytes.subarray(magic.length, at)))
    return void 0;
  try {
    return deserialize(body);
  } catch {
    return void 0;
  }
}

// build/src/timing.js
var on = !!process.env.SELFHELP_TIMING;
var rss = process.env.SELFHELP_TIMING === "rss";
function mark(label) {
  if (on)
    process.stderr.write(`${label} ${performance.now().toFixed(0)}ms${rss ? ` ${(process.memoryUsage().rss / 1048576).toFixed(0)}MB` : ""}
`);
}

export {
  regularOrAbsent,
  SUM_BYTES,
  checksum,
  writeChecked,
  readChecked,
  mark
};
