import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  tallyOf,
  writePartsAtomic
} from "./chunk-FIOTYFPC.js";
import {
  codeDir,
  schemaDir
} from "./chunk-DOPRFVHJ.js";

// build/src/cache/checked.js
import { readFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { crc32 } from "node:zlib";
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
  const body = serialize(value);
  writePartsAtomic(file, [magic, checksum([body]), body]);
}
function readChecked(file, magic) {
  let bytes;
  try {
    bytes = readFileSync(file);
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

// build/src/cache/index.js
import { createHash as createHash2 } from "node:crypto";
import { readFileSync as readFileSync2, readdirSync, rmSync, statSync } from "node:fs";
import path2 from "node:path";
import { deserialize as deserialize2, serialize as serialize2 } from "node:v8";

// build/src/cache/blobs.js
import { createHash, randomBytes } from "node:crypto";
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, renameSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
var MAGIC = Buffer.from("SELFHELP-BLOBS-1");
var HEADER = MAGIC.length + 16;
var BlobFile = class _BlobFile {
  file;
  id;
  end;
  fd;
  /** the file appended to (the temporary one, for a new file) */
  writer;
  constructor(file, id, end) {
    this.file = file;
    this.id = id;
    this.end = end;
  }
  /** The blob file, if it exists and carries this id; else undefined. */
  static open(file, id) {
    let fd;
    try {
      fd = openSync(file, "r");
      const header = Buffer.alloc(HEADER);
      if (readSync(fd, header, 0, HEADER, 0) !== HEADER || !header.subarray(0, MAGIC.length).equals(MAGIC) || header.subarray(MAGIC.length).toString("hex") !== id) {
        closeSync(fd);
        return void 0;
      }
      const blobs = new _BlobFile(file, id, fstatSync(fd).size);
      blobs.fd = fd;
      return blobs;
    } catch {
      if (fd !== void 0)
        closeSync(fd);
      return void 0;
    }
  }
  /** A new, empty blob file (written on the first flush). */
  static create(file) {
    const blobs = new _BlobFile(file, randomBytes(16).toString("hex"), HEADER);
    blobs.fresh = true;
    return blobs;
  }
  fresh = false;
  get temp() {
    return `${this.file}.${process.pid}.tmp`;
  }
  /** The blob's bytes, or undefined when it cannot be read or does not match its checksum. */
  read(ref) {
    const [offset, length, sum] = ref;
    const fd = this.writer ?? this.fd;
    if (fd === void 0)
      return void 0;
    const bytes = Buffer.alloc(length);
    try {
      if (readSync(fd, bytes, 0, length, offset) !== length)
        return void 0;
    } catch {
      return void 0;
    }
    return createHash("sha1").update(bytes).digest("hex") === sum ? bytes : void 0;
  }
  /** Append a blob (written at once; a new file under a temporary name until flush). */
  append(bytes) {
    if (this.writer === void 0) {
      mkdirSync(path.dirname(this.file), { recursive: true });
      if (this.fresh) {
        this.writer = openSync(this.temp, "w+");
        writeSync(this.writer, Buffer.concat([MAGIC, Buffer.from(this.id, "hex")]));
      } else
        this.writer = openSync(this.file, "r+");
    }
    const ref = [this.end, bytes.length, createHash("sha1").update(bytes).digest("hex")];
    writeSync(this.writer, bytes, 0, bytes.length, this.end);
    this.end += bytes.length;
    return ref;
  }
  /** Bytes in the file. */
  get size() {
    return this.end;
  }
  /** Make what was appended durable in place: a new file is renamed to its name. */
  flush() {
    if (this.writer !== void 0) {
      closeSync(this.writer);
      this.writer = void 0;
    }
    if (this.fresh) {
      if (!existsSync(this.temp)) {
        mkdirSync(path.dirname(this.file), { recursive: true });
        writeFileSync(this.temp, Buffer.concat([MAGIC, Buffer.from(this.id, "hex")]));
      }
      renameSync(this.temp, this.file);
      this.fresh = false;
    }
    if (this.fd === void 0)
      this.fd = openSync(this.file, "r");
  }
  close() {
    for (const fd of [this.fd, this.writer])
      if (fd !== void 0)
        closeSync(fd);
    this.fd = void 0;
    this.writer = void 0;
  }
};

// build/src/cache/index.js
var CACHE_DIR = ".selfhelp-cache";
var FILE = "lint.v8";
var BLOBS = "lint.blobs";
var JOURNAL = "lint.journal";
var MAGIC2 = Buffer.from("SELFHELP-CACHE-9");
var JOURNAL_MAGIC = Buffer.from("SELFHELP-JOURNAL-3");
function poolArrays(entries) {
  const u32 = [];
  const f64 = [];
  let u32Length = 0;
  let f64Length = 0;
  const out = {};
  for (const [file, entry] of Object.entries(entries)) {
    const summaries = {};
    const pooled = [];
    for (const [rule, summary] of Object.entries(entry.summaries)) {
      if (!summary || typeof summary !== "object" || !Object.values(summary).some((v) => v instanceof Uint32Array || v instanceof Float64Array)) {
        summaries[rule] = summary;
        continue;
      }
      const copy = {};
      for (const [k, v] of Object.entries(summary)) {
        if (v instanceof Uint32Array) {
          copy[k] = null;
          pooled.push(rule, k, 0, u32Length, v.length);
          u32.push(v);
          u32Length += v.length;
        } else if (v instanceof Float64Array) {
          copy[k] = null;
          pooled.push(rule, k, 1, f64Length, v.length);
          f64.push(v);
          f64Length += v.length;
        } else
          copy[k] = v;
      }
      summaries[rule] = copy;
    }
    out[file] = pooled.length ? { ...entry, summaries, pooled } : { ...entry, summaries };
  }
  const join = (parts, length, make) => {
    const all = make(length);
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    return all;
  };
  return { entries: out, u32: join(u32, u32Length, (n) => new Uint32Array(n)), f64: join(f64, f64Length, (n) => new Float64Array(n)) };
}
var LAZY_KEYS = ["$render"];
var RAW = /* @__PURE__ */ Symbol("raw");
function unpool(stored, table, area, blobs) {
  const map = /* @__PURE__ */ new Map();
  for (const [file, entry] of Object.entries(stored.entries)) {
    const p = entry.pooled;
    if (p) {
      for (let i = 0; i + 4 < p.length; i += 5) {
        const summary = entry.summaries[p[i]];
        const [pool, offset, length] = [p[i + 2] ? stored.f64 : stored.u32, p[i + 3], p[i + 4]];
        if (!summary || typeof summary !== "object" || offset + length > pool.length)
          throw new Error("inconsistent pool");
        summary[p[i + 1]] = pool.subarray(offset, offset + length);
      }
      entry.pooled = void 0;
    }
    const ref = table.files[file];
    map.set(file, liveEntry(entry, ref ? area.subarray(ref[0], ref[0] + ref[1]) : EMPTY, blobs && ref?.[2] || null, blobs));
  }
  return map;
}
function liveEntry(entry, diagnosticBytes2, extrasRef, blobs) {
  const raw = { diagnostics: diagnosticBytes2, extras: extrasRef };
  if (!raw.extras) {
    for (const key of LAZY_KEYS)
      delete entry.summaries[key.slice(1)];
    return new LiveEntry(entry, raw, entry.summaries);
  }
  return new LiveEntry(entry, raw, new LazySummaries(entry.summaries, raw.extras, blobs));
}
var LiveEntry = class {
  summaries;
  hash;
  mtimeMs;
  size;
  tally;
  decoded;
  [RAW];
  constructor(entry, raw, summaries) {
    this.summaries = summaries;
    this.hash = entry.hash;
    this.mtimeMs = entry.mtimeMs;
    this.size = entry.size;
    this.tally = entry.tally;
    this[RAW] = raw;
  }
  get diagnostics() {
    const bytes = this[RAW].diagnostics;
    return this.decoded ??= bytes.length ? decode(bytes) ?? [] : [];
  }
};
var EXTRAS = /* @__PURE__ */ Symbol("extras");
var LazySummaries = class {
  constructor(eager2, ref, blobs) {
    Object.assign(this, eager2);
    this[EXTRAS] = { ref, blobs };
  }
};
for (const key of LAZY_KEYS) {
  Object.defineProperty(LazySummaries.prototype, key, {
    get() {
      const extras = this[EXTRAS];
      if (!extras.value) {
        const bytes = extras.blobs.read(extras.ref);
        extras.value = bytes && decode(bytes) || {};
      }
      return extras.value[key];
    },
    enumerable: true
  });
}
var EMPTY = Buffer.alloc(0);
var LintCache = class _LintCache {
  file;
  key;
  entries;
  discarded;
  blobs;
  dirty = false;
  /** the length and checksum (hex) of the summaries section of the `lint.v8` on disk, when there is one */
  base;
  /** the blob file that `lint.v8` names */
  baseBlobs;
  /** files set or removed since that `lint.v8`: what a journal holds */
  changed = /* @__PURE__ */ new Set();
  constructor(file, key, entries, discarded, blobs) {
    this.file = file;
    this.key = key;
    this.entries = entries;
    this.discarded = discarded;
    this.blobs = blobs;
  }
  static open(dir, config) {
    const file = path2.join(dir, FILE);
    const key = cacheKey(config);
    let bytes;
    try {
      bytes = readFileSync2(file);
    } catch {
      return new _LintCache(file, key, /* @__PURE__ */ new Map(), "none");
    }
    const sections = split(bytes);
    const stored = sections && fromDisk(decode(sections[0].body));
    if (!sections || !stored || !validStored(stored))
      return new _LintCache(file, key, /* @__PURE__ */ new Map(), "corrupt");
    if (stored.key !== key)
      return new _LintCache(file, key, /* @__PURE__ */ new Map(), "outdated");
    const table = decode(sections[1].body);
    if (!table || typeof table !== "object" || typeof table.files !== "object")
      return new _LintCache(file, key, /* @__PURE__ */ new Map(), "corrupt");
    const blobs = BlobFile.open(path2.join(dir, BLOBS), table.blobs);
    let entries;
    try {
      entries = unpool(stored, table, sections[2].body, blobs);
    } catch {
      return new _LintCache(file, key, /* @__PURE__ */ new Map(), "corrupt");
    }
    const cache = new _LintCache(file, key, entries, void 0, blobs);
    cache.stateBytes = stored.state instanceof Uint8Array ? stored.state : void 0;
    cache.base = sections[0].sum;
    cache.baseBlobs = table.blobs;
    cache.applyJournal(path2.join(dir, JOURNAL), blobs);
    return cache;
  }
  /** Apply the journal written after this `lint.v8`, if there is one and it is intact (else it is ignored). */
  applyJournal(file, blobs) {
    const journal = readChecked(file, JOURNAL_MAGIC);
    if (!journal || journal.base !== this.base || journal.blobs !== this.baseBlobs || typeof journal.entries !== "object")
      return;
    for (const [f, j] of Object.entries(journal.entries)) {
      this.changed.add(f);
      if (j)
        this.entries.set(f, liveEntry(j.entry, j.diagnostics, blobs ? j.extras : null, blobs));
      else
        this.entries.delete(f);
    }
    if (journal.state instanceof Uint8Array)
      this.stateBytes = journal.state;
  }
  /** the corpus rules' state as read (serialised), and decoded once a rule asks for it */
  stateBytes;
  decodedState;
  get corpusState() {
    if (!this.decodedState) {
      const value = this.stateBytes?.length ? decode(Buffer.from(this.stateBytes.buffer, this.stateBytes.byteOffset, this.stateBytes.byteLength)) : void 0;
      this.decodedState = value && typeof value === "object" ? value : {};
    }
    return this.decodedState;
  }
  /** The state to save: as read when no rule decoded it, else serialised again. */
  stateToSave() {
    return this.decodedState ? serialize2(this.decodedState) : this.stateBytes ?? serialize2({});
  }
  /** What a corpus rule kept at the end of the last full run. */
  getState(rule) {
    return this.corpusState[rule];
  }
  setState(rule, value) {
    this.corpusState[rule] = value;
    this.dirty = true;
  }
  /** The entry of a file whose size and modification time are unchanged (the cheap check, as git's index does). */
  fresh(file, stat) {
    const e = this.entries.get(file);
    return e && e.mtimeMs === stat.mtimeMs && e.size === stat.size ? e : void 0;
  }
  /** The entry of a file with exactly this content. */
  byHash(file, hash) {
    const e = this.entries.get(file);
    return e && e.hash === hash ? e : void 0;
  }
  set(file, entry) {
    this.entries.set(file, entry);
    this.changed.add(file);
    this.dirty = true;
  }
  /** Forget files that no longer exist among those linted. */
  retain(files) {
    for (const f of this.entries.keys()) {
      if (!files.has(f)) {
        this.entries.delete(f);
        this.changed.add(f);
        this.dirty = true;
      }
    }
  }
  save() {
    if (!this.dirty)
      return;
    if (this.base && this.blobs && this.blobs.id === this.baseBlobs && this.changed.size <= this.entries.size / 10)
      this.saveJournal(this.blobs);
    else
      this.saveAll();
    this.dirty = false;
  }
  /** Where an entry's extras (its rendered page) are: as read from the cache, or appended now for one made in this run. */
  extrasOf(e, blobs) {
    const raw = e[RAW];
    if (raw)
      return raw.extras;
    const lazy = Object.fromEntries(LAZY_KEYS.filter((k) => e.summaries[k] !== void 0).map((k) => [k, e.summaries[k]]));
    return Object.keys(lazy).length ? blobs.append(serialize2(lazy)) : null;
  }
  /** Only what changed since `lint.v8`: a few entries instead of every file's. */
  saveJournal(blobs) {
    const entries = {};
    for (const f of [...this.changed].sort()) {
      const e = this.entries.get(f);
      if (!e) {
        entries[f] = null;
        continue;
      }
      entries[f] = { entry: storedOf(e), diagnostics: diagnosticBytes(e), extras: this.extrasOf(e, blobs) };
    }
    blobs.flush();
    writeChecked(path2.join(path2.dirname(this.file), JOURNAL), JOURNAL_MAGIC, { base: this.base, blobs: blobs.id, entries, state: this.stateToSave() });
  }
  saveAll() {
    const sorted = [...this.entries].sort(([a], [b]) => a < b ? -1 : 1);
    const records = Object.fromEntries(sorted.map(([f, e]) => [f, storedOf(e)]));
    const { entries, u32, f64 } = poolArrays(records);
    const first = serialize2({ key: this.key, entries: Buffer.from(JSON.stringify(entries)), u32, f64, state: this.stateToSave() });
    let blobs = this.blobs ?? BlobFile.create(path2.join(path2.dirname(this.file), BLOBS));
    const extrasOf = /* @__PURE__ */ new Map();
    let live = 0;
    for (const [f, e] of sorted) {
      const ref = this.extrasOf(e, blobs);
      extrasOf.set(f, ref);
      live += ref?.[1] ?? 0;
    }
    if (blobs.size > 2 * live + (4 << 20)) {
      const fresh = BlobFile.create(path2.join(path2.dirname(this.file), BLOBS));
      for (const [f, ref] of extrasOf) {
        if (!ref)
          continue;
        const bytes = blobs.read(ref);
        extrasOf.set(f, bytes ? fresh.append(bytes) : null);
      }
      blobs.close();
      blobs = fresh;
    }
    blobs.flush();
    this.blobs = blobs;
    const parts = [];
    const table = { blobs: blobs.id, files: {} };
    let at = 0;
    for (const [f, e] of sorted) {
      const d = diagnosticBytes(e);
      parts.push(d);
      table.files[f] = [at, d.length, extrasOf.get(f) ?? null];
      at += d.length;
    }
    const summaries = sectionOf([first]);
    writePartsAtomic(this.file, [MAGIC2, ...summaries, ...sectionOf([serialize2(table)]), ...sectionOf(parts)]);
    this.base = Buffer.concat([summaries[0], summaries[1]]).toString("hex");
    this.baseBlobs = blobs.id;
    this.changed.clear();
    rmSync(path2.join(path2.dirname(this.file), JOURNAL), { force: true });
  }
};
function storedOf(e) {
  return { hash: e.hash, mtimeMs: e.mtimeMs, size: e.size, tally: e.tally, summaries: eager(e.summaries) };
}
function diagnosticBytes(e) {
  const raw = e[RAW];
  return raw ? raw.diagnostics : e.diagnostics.length ? serialize2(e.diagnostics) : EMPTY;
}
function eager(summaries) {
  return Object.fromEntries(Object.keys(summaries).filter((k) => !k.startsWith("$")).map((k) => [k, summaries[k]]));
}
function sectionOf(parts) {
  const length = parts.reduce((n, p) => n + p.length, 0);
  const header = Buffer.alloc(8);
  header.writeBigUInt64BE(BigInt(length));
  return [header, checksum(parts), ...parts];
}
function split(bytes) {
  if (bytes.length < MAGIC2.length || !bytes.subarray(0, MAGIC2.length).equals(MAGIC2))
    return void 0;
  const out = [];
  let at = MAGIC2.length;
  for (let i = 0; i < 3; i++) {
    if (bytes.length < at + 8 + SUM_BYTES)
      return void 0;
    const length = Number(bytes.readBigUInt64BE(at));
    const sum = bytes.subarray(at + 8, at + 8 + SUM_BYTES);
    const body = bytes.subarray(at + 8 + SUM_BYTES, at + 8 + SUM_BYTES + length);
    if (body.length !== length || !checksum([body]).equals(sum))
      return void 0;
    out.push({ body, sum: bytes.subarray(at, at + 8 + SUM_BYTES).toString("hex") });
    at += 8 + SUM_BYTES + length;
  }
  return at === bytes.length ? out : void 0;
}
function decode(body) {
  try {
    return deserialize2(body);
  } catch {
    return void 0;
  }
}
function fromDisk(stored) {
  if (!stored || typeof stored !== "object" || !(stored.entries instanceof Uint8Array))
    return void 0;
  try {
    return { ...stored, entries: JSON.parse(Buffer.from(stored.entries.buffer, stored.entries.byteOffset, stored.entries.byteLength).toString("utf8")) };
  } catch {
    return void 0;
  }
}
function validStored(stored) {
  return typeof stored.key === "string" && !!stored.entries && typeof stored.entries === "object" && stored.u32 instanceof Uint32Array && stored.f64 instanceof Float64Array;
}
var codeHash;
function toolHash() {
  if (codeHash)
    return codeHash;
  const h = createHash2("sha256");
  const add = (top, dir = top) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
      const full = path2.join(dir, entry.name);
      if (entry.isDirectory())
        add(top, full);
      else if (/\.(js|json)$/.test(entry.name)) {
        h.update(`${path2.relative(top, full)}\0${statSync(full).size}\0`).update(readFileSync2(full));
      }
    }
  };
  add(codeDir);
  add(path2.resolve(schemaDir.pathname));
  return codeHash = h.digest("hex");
}
function cacheKey(config) {
  const { file: _file, ...settings } = config;
  return createHash2("sha256").update(toolHash()).update(JSON.stringify(settings)).digest("hex");
}

// build/src/report/stylish.js
import { styleText } from "node:util";
var paint = (on, style, s) => on ? styleText(style, s) : s;
function formatLine(d, withFile = true, color = false) {
  const where = withFile ? `${d.file}:${d.line}:${d.column}` : `${d.line}:${d.column}`;
  const sev = d.severity === "error" ? paint(color, "red", "error") : d.severity === "warning" ? paint(color, "yellow", "warning") : paint(color, "blue", "info");
  return `${where}  ${sev}  ${d.message}  ${paint(color, "dim", d.ruleId)}`;
}
function stylish(diagnostics, options) {
  const lines = diagnostics.map((d) => formatLine(d, true, options.color));
  lines.push(summaryLine(diagnostics, options.fileCount));
  return `${lines.join("\n")}
`;
}
function summaryLine(diagnostics, fileCount) {
  let [e, w, i, fixable] = [0, 0, 0, 0];
  for (const t of Object.values(Array.isArray(diagnostics) ? tallyOf(diagnostics) : diagnostics)) {
    e += t[0];
    w += t[1];
    i += t[2];
    fixable += t[3];
  }
  const problems = e + w + i;
  const files = `${fileCount} file${fileCount === 1 ? "" : "s"} checked`;
  if (!problems)
    return `${files}: no problems`;
  const plural = (n, w2) => `${n} ${w2}${n === 1 ? "" : "s"}`;
  return `${files}: ${plural(problems, "problem")} (${plural(e, "error")}, ${plural(w, "warning")}, ${i} info)${fixable ? `; ${fixable} fixable with --fix` : ""}`;
}

export {
  writeChecked,
  readChecked,
  CACHE_DIR,
  LintCache,
  cacheKey,
  formatLine,
  stylish,
  summaryLine
};
