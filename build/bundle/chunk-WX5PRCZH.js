import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  SUM_BYTES,
  checksum,
  mark,
  readChecked,
  regularOrAbsent,
  writeChecked
} from "./chunk-BWTUDGMU.js";
import {
  budgetOf,
  isBudgetResult,
  lintSmallRun,
  runGuarded
} from "./chunk-HEMP7HSW.js";
import {
  ruleInfos,
  rules
} from "./chunk-TO7AAS6C.js";
import {
  RuleResolver,
  climbs,
  fromConfigFolder,
  joinGlob,
  require_picomatch,
  toPosix
} from "./chunk-NGIQJ5UK.js";
import {
  UserError,
  addTally,
  compareDiagnostics,
  tallyOf
} from "./chunk-E5TTG7W6.js";
import {
  hashBytes,
  kindOf,
  readRegularFile,
  statOf,
  writePartsAtomic
} from "./chunk-KIF3DI5L.js";
import {
  codeDir,
  schemaDir,
  workerUrl
} from "./chunk-QHH42R5J.js";
import {
  __toESM
} from "./chunk-CELZMKDY.js";

// build/src/cache/index.js
import { createHash as createHash2 } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path2 from "node:path";
import { deserialize, serialize } from "node:v8";

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

// build/src/cache/fields.js
var UnkeepableSummary = class extends Error {
  name = "UnkeepableSummary";
};
function assertPlain(rule, value) {
  const fail = (where, what) => {
    throw new UnkeepableSummary(`the summary of rule \`${rule}\` holds ${what} at ${where || "its top"}: the cache keeps plain data (and Uint32Array or Float64Array values at the top level); give the rule a summaryCodec`);
  };
  const walk = (v, where, top) => {
    if (v === null || typeof v === "string" || typeof v === "boolean")
      return;
    if (typeof v === "number") {
      if (!Number.isFinite(v))
        fail(where, String(v));
      return;
    }
    if (typeof v !== "object")
      return fail(where, `a ${typeof v}`);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++)
        walk(v[i], `${where}[${i}]`, false);
      return;
    }
    if (v instanceof Uint32Array || v instanceof Float64Array) {
      if (!top)
        fail(where, `a ${v.constructor.name} below the top level`);
      return;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null)
      return fail(where, `a ${proto?.constructor?.name ?? "class instance"}`);
    for (const [k, inner] of Object.entries(v)) {
      if (inner === void 0)
        continue;
      walk(inner, `${where}.${k}`, where === "" && !Array.isArray(value));
    }
  };
  walk(value, "", false);
}
function encodeSummaries(summaries, codecs) {
  let out;
  for (const [rule, value] of Object.entries(summaries)) {
    const codec = codecs.get(rule);
    if (!codec)
      continue;
    out ??= { ...summaries };
    out[rule] = codec.encode(value);
  }
  return out ?? summaries;
}
function decodeSummaries(stored, codecs) {
  for (const [rule, codec] of codecs)
    if (stored[rule] !== void 0)
      stored[rule] = codec.decode(stored[rule]);
  return stored;
}
function checkSummaries(summaries, codecs) {
  const stored = encodeSummaries(summaries, codecs);
  for (const [rule, value] of Object.entries(stored))
    if (!rule.startsWith("$") && rule !== "render")
      assertPlain(rule, value);
}
function codecsKey(codecs) {
  return [...codecs].map(([rule, c]) => `${rule}@${c.version}`).sort().join(",");
}

// build/src/cache/index.js
var CACHE_DIR = ".selfhelp-cache";
var FILE = "lint.v8";
var BLOBS = "lint.blobs";
var JOURNAL = "lint.journal";
var MAGIC2 = Buffer.from("SELFHELP-CACHE-10");
var JOURNAL_MAGIC = Buffer.from("SELFHELP-JOURNAL-4");
var PAGE_META = "render";
var PAGE_BODY = "$render";
function pageOf(summaries) {
  if (summaries[PAGE_META] === void 0)
    return void 0;
  return {
    meta: summaries[PAGE_META],
    get body() {
      return summaries[PAGE_BODY];
    }
  };
}
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
  const join = (parts, length, make2) => {
    const all = make2(length);
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    return all;
  };
  return {
    entries: out,
    u32: join(u32, u32Length, (n) => new Uint32Array(n)),
    f64: join(f64, f64Length, (n) => new Float64Array(n))
  };
}
var LAZY_KEYS = [PAGE_BODY];
var RAW = /* @__PURE__ */ Symbol("raw");
function unpool(stored, table, area, blobs, codecs) {
  const map = /* @__PURE__ */ new Map();
  for (const [file, entry] of Object.entries(stored.entries)) {
    const p = entry.pooled;
    if (p) {
      for (let i = 0; i + 4 < p.length; i += 5) {
        const summary = entry.summaries[p[i]];
        const [pool2, offset, length] = [p[i + 2] ? stored.f64 : stored.u32, p[i + 3], p[i + 4]];
        if (!summary || typeof summary !== "object" || offset + length > pool2.length)
          throw new Error("inconsistent pool");
        summary[p[i + 1]] = pool2.subarray(offset, offset + length);
      }
      entry.pooled = void 0;
    }
    const ref = table.files[file];
    map.set(file, liveEntry(entry, ref ? area.subarray(ref[0], ref[0] + ref[1]) : EMPTY, blobs && ref?.[2] || null, blobs, codecs));
  }
  return map;
}
function liveEntry(entry, diagnosticBytes2, extrasRef, blobs, codecs) {
  if (codecs.size)
    entry.summaries = decodeSummaries(entry.summaries, codecs);
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
  silenced;
  decoded;
  [RAW];
  constructor(entry, raw, summaries) {
    this.summaries = summaries;
    this.hash = entry.hash;
    this.mtimeMs = entry.mtimeMs;
    this.size = entry.size;
    this.tally = entry.tally;
    if (entry.silenced)
      this.silenced = entry.silenced;
    this[RAW] = raw;
  }
  get page() {
    return pageOf(this.summaries);
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
  codecs;
  discarded;
  blobs;
  dirty = false;
  /** the length and checksum (hex) of the summaries section of the `lint.v8` on disk, when there is one */
  base;
  /** the blob file that `lint.v8` names */
  baseBlobs;
  /** files set or removed since that `lint.v8`: what a journal holds */
  changed = /* @__PURE__ */ new Set();
  constructor(file, key, entries, codecs, discarded, blobs) {
    this.file = file;
    this.key = key;
    this.entries = entries;
    this.codecs = codecs;
    this.discarded = discarded;
    this.blobs = blobs;
  }
  /** The cache in `dir` for this config; `codecs` keep the summaries of the rules that declare one (see fields.ts). */
  static open(dir, config, codecs = /* @__PURE__ */ new Map()) {
    const file = path2.join(dir, FILE);
    const key = `${cacheKey(config)}:${codecsKey(codecs)}`;
    let bytes;
    try {
      if (!regularOrAbsent(file) || !regularOrAbsent(path2.join(dir, BLOBS)) || !regularOrAbsent(path2.join(dir, JOURNAL)))
        return new _LintCache(file, key, /* @__PURE__ */ new Map(), codecs, "corrupt");
      bytes = readRegularFile(file);
    } catch {
      return new _LintCache(file, key, /* @__PURE__ */ new Map(), codecs, "none");
    }
    const sections = split(bytes);
    const stored = sections && fromDisk(decode(sections[0].body));
    if (!sections || !stored || !validStored(stored))
      return new _LintCache(file, key, /* @__PURE__ */ new Map(), codecs, "corrupt");
    if (stored.key !== key)
      return new _LintCache(file, key, /* @__PURE__ */ new Map(), codecs, "outdated");
    const table = decode(sections[1].body);
    if (!table || typeof table !== "object" || typeof table.files !== "object")
      return new _LintCache(file, key, /* @__PURE__ */ new Map(), codecs, "corrupt");
    const blobs = BlobFile.open(path2.join(dir, BLOBS), table.blobs);
    let entries;
    try {
      entries = unpool(stored, table, sections[2].body, blobs, codecs);
    } catch {
      return new _LintCache(file, key, /* @__PURE__ */ new Map(), codecs, "corrupt");
    }
    const cache = new _LintCache(file, key, entries, codecs, void 0, blobs);
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
        this.entries.set(f, liveEntry(j.entry, j.diagnostics, blobs ? j.extras : null, blobs, this.codecs));
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
    return this.decodedState ? serialize(this.decodedState) : this.stateBytes ?? serialize({});
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
  fresh(file, stat2) {
    const e = this.entries.get(file);
    return e && e.mtimeMs === stat2.mtimeMs && e.size === stat2.size ? e : void 0;
  }
  /** The entry of a file with exactly this content. */
  byHash(file, hash) {
    const e = this.entries.get(file);
    return e && e.hash === hash ? e : void 0;
  }
  /** Keep a fresh entry; a summary that the cache could not give back exactly is refused here (UnkeepableSummary). */
  set(file, entry) {
    checkSummaries(entry.summaries, this.codecs);
    if (entry.page) {
      const summaries = { ...entry.summaries, [PAGE_META]: entry.page.meta, [PAGE_BODY]: entry.page.body };
      entry = { ...entry, summaries, page: pageOf(summaries) };
    }
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
  /**
   * Where an entry's extras (its rendered page) are: as read from the cache, or appended now for one made in this run.
   */
  extrasOf(e, blobs) {
    const raw = e[RAW];
    if (raw)
      return raw.extras;
    const lazy = Object.fromEntries(LAZY_KEYS.filter((k) => e.summaries[k] !== void 0).map((k) => [k, e.summaries[k]]));
    return Object.keys(lazy).length ? blobs.append(serialize(lazy)) : null;
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
      entries[f] = {
        entry: storedOf(e, this.codecs),
        diagnostics: diagnosticBytes(e),
        extras: this.extrasOf(e, blobs)
      };
    }
    blobs.flush();
    writeChecked(path2.join(path2.dirname(this.file), JOURNAL), JOURNAL_MAGIC, {
      base: this.base,
      blobs: blobs.id,
      entries,
      state: this.stateToSave()
    });
  }
  saveAll() {
    const sorted = [...this.entries].sort(([a], [b]) => a < b ? -1 : 1);
    const records = Object.fromEntries(sorted.map(([f, e]) => [f, storedOf(e, this.codecs)]));
    const { entries, u32, f64 } = poolArrays(records);
    const first = serialize({
      key: this.key,
      entries: Buffer.from(JSON.stringify(entries)),
      u32,
      f64,
      state: this.stateToSave()
    });
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
    writePartsAtomic(this.file, [MAGIC2, ...summaries, ...sectionOf([serialize(table)]), ...sectionOf(parts)]);
    this.base = Buffer.concat([summaries[0], summaries[1]]).toString("hex");
    this.baseBlobs = blobs.id;
    this.changed.clear();
    rmSync(path2.join(path2.dirname(this.file), JOURNAL), { force: true });
  }
};
function storedOf(e, codecs) {
  const summaries = encodeSummaries(eager(e.summaries), codecs);
  const stored = { hash: e.hash, mtimeMs: e.mtimeMs, size: e.size, tally: e.tally, summaries };
  return e.silenced ? { ...stored, silenced: e.silenced } : stored;
}
function diagnosticBytes(e) {
  const raw = e[RAW];
  return raw ? raw.diagnostics : e.diagnostics.length ? serialize(e.diagnostics) : EMPTY;
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
    return deserialize(body);
  } catch {
    return void 0;
  }
}
function fromDisk(stored) {
  if (!stored || typeof stored !== "object" || !(stored.entries instanceof Uint8Array))
    return void 0;
  try {
    return {
      ...stored,
      entries: JSON.parse(Buffer.from(stored.entries.buffer, stored.entries.byteOffset, stored.entries.byteLength).toString("utf8"))
    };
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
        h.update(`${path2.relative(top, full)}\0${statSync(full).size}\0`).update(readFileSync(full));
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

// build/src/engine/pool.js
var Pool;
var pool;
var users = 0;
function make(threads) {
  return new Pool({ filename: workerUrl("lint"), maxThreads: threads, minThreads: threads, idleTimeout: 100 });
}
async function acquirePool(threads) {
  users++;
  Pool ??= (await import("piscina")).Piscina;
  pool ??= make(threads);
  return pool;
}
async function releasePool() {
  if (--users > 0 || !pool)
    return;
  const p = pool;
  pool = void 0;
  await p.destroy();
}
function holdPool() {
  users++;
  return releasePool;
}

// build/src/engine/run.js
import { availableParallelism } from "node:os";
import path4 from "node:path";
import { performance } from "node:perf_hooks";

// build/src/discover/index.js
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { lstatSync, readdirSync as readdirSync3, realpathSync as realpathSync2, statSync as statSync3 } from "node:fs";
import path3 from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync as readdirSync2, realpath, realpathSync, stat, statSync as statSync2 } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path5) {
  let normalized = normalize(path5);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path5, separator) {
  return path5.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path5) {
  return path5 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path5);
}
function normalizePath(path5, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path5.includes("/") || path5.startsWith(".");
  if (resolvePaths) path5 = resolve(path5);
  if (normalizePath$1 || pathNeedsCleaning) path5 = cleanPath(path5);
  if (path5 === ".") return "";
  const needsSeperator = path5[path5.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path5 + pathSeparator : path5, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path5 = directoryPath || ".";
  if (filters.every((filter) => filter(path5, true))) paths.push(path5);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path5, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path5, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path5, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path5, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path5);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path5, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path5, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path5);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path5, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path5 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path5)) continue;
        this.pushDirectory(path5, paths, filters);
        this.walkDirectory(this.state, path5, path5, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path5 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path5, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path5 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path5 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path5;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path5) => isMatch(path5));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path5) {
  return path5.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path5) {
  var _result$parts;
  const result = import_picomatch.default.scan(path5, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path5];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path5) => path5.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path5) => path5.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path5 = format(p, isDirectory);
      const matches = matcher(path5) && !ignore(path5);
      if (matches) log(`matched ${path5}`);
      return matches;
    } : (p, isDirectory) => {
      const path5 = format(p, isDirectory);
      return matcher(path5) && !ignore(path5);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync2,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync2
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}

// build/src/discover/index.js
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**", "dist/**", ".selfhelp-cache/**"];
async function discoverFiles(options) {
  const { cwd } = options;
  const above = climbs(options.base) && options.ignore.length > 0 ? aboveIgnore(cwd, options) : void 0;
  const ignore = [...ALWAYS_IGNORED, ...above ? [] : options.ignore.map((g) => joinGlob(options.base, g))];
  const found = /* @__PURE__ */ new Set();
  const odd = /* @__PURE__ */ new Map();
  for (const pattern of options.patterns) {
    const full = path3.resolve(cwd, pattern);
    let stat2;
    try {
      stat2 = statSync3(full);
    } catch {
      stat2 = lstatSync(full, { throwIfNoEntry: false });
    }
    let matches;
    if (stat2?.isDirectory()) {
      const dir = toPosix(path3.relative(cwd, full)) || ".";
      const g = `${escapeGlob(dir)}/**/*.md`;
      const walked = walkFolder(cwd, dir, ignore);
      if (walked) {
        matches = walked.files;
        for (const m of walked.odd)
          odd.set(m, full);
      } else {
        matches = await glob(g, { cwd, ignore, dot: false, expandDirectories: false, followSymbolicLinks: false });
        for (const m of oddEntries(cwd, dir, dir === "." ? "**/*.md" : g, ignore))
          odd.set(m, full);
      }
    } else if (stat2 && !stat2.isDirectory() && !isDynamicPattern(pattern)) {
      const rel = toPosix(path3.relative(cwd, full));
      matches = [];
      if (lstatSync(full).isFile())
        matches.push(rel);
      else
        odd.set(rel, cwd);
    } else if (isDynamicPattern(pattern)) {
      matches = await glob(pattern, {
        cwd,
        ignore,
        dot: false,
        expandDirectories: false,
        onlyFiles: true,
        followSymbolicLinks: false
      });
      const base = staticBase(pattern);
      const baseAbs = path3.resolve(cwd, base);
      for (const m of oddEntries(cwd, toPosix(path3.relative(cwd, baseAbs)) || ".", pattern, ignore))
        odd.set(m, baseAbs);
      if (!matches.length && !odd.size)
        throw new UserError(`No files match \`${pattern}\``, "Check the glob; quote it so the shell does not expand it.");
    } else {
      throw new UserError(`No such file or folder: ${pattern}`);
    }
    for (const m of matches) {
      const file = stat2?.isFile() || PLAIN.test(m) ? m : toPosix(path3.normalize(m));
      if (stat2?.isFile() || !above?.(file))
        found.add(file);
    }
  }
  const problems = [];
  let realCwd;
  for (const [rel, root] of odd) {
    const file = PLAIN.test(rel) ? rel : toPosix(path3.normalize(rel));
    if (found.has(file))
      continue;
    const verdict = linkVerdict(path3.resolve(cwd, file), root);
    if (typeof verdict === "string") {
      problems.push({
        file,
        line: 1,
        column: 1,
        severity: "error",
        ruleId: "parse/not-regular-file",
        message: `${verdict}: it is not read`
      });
      continue;
    }
    realCwd ??= realpathSync2(cwd);
    const target = toPosix(path3.relative(realCwd, verdict.target));
    if (!found.has(target))
      found.add(file);
  }
  return {
    files: [...found].sort(),
    problems: problems.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  };
}
function linkVerdict(full, root) {
  const l = lstatSync(full, { throwIfNoEntry: false });
  if (!l)
    return "This file vanished while being listed";
  if (l.isFile())
    return { target: full };
  if (!l.isSymbolicLink())
    return `This is ${kindOf(l)}, not a regular file`;
  let target;
  try {
    target = realpathSync2(full);
  } catch {
    return "This is a broken symbolic link";
  }
  const s = statSync3(target);
  if (!s.isFile())
    return `This is a symbolic link to ${kindOf(s)}, not to a regular file`;
  let realRoot;
  try {
    realRoot = realpathSync2(root);
  } catch {
    realRoot = root;
  }
  const rel = path3.relative(realRoot, target);
  if (!rel || rel.startsWith("..") || path3.isAbsolute(rel) || /(^|[\\/])(\.git|node_modules)([\\/]|$)/.test(rel)) {
    return "This is a symbolic link to a file outside the folder linted";
  }
  return { target };
}
function oddEntries(cwd, dir, pattern, ignore) {
  const matches = (0, import_picomatch2.default)(pattern, { dot: false });
  const ignored = (0, import_picomatch2.default)(ignore, { dot: true });
  const out = [];
  const walk = (rel) => {
    let entries;
    try {
      entries = readdirSync3(path3.resolve(cwd, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith("."))
        continue;
      const child = rel === "." ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (!ignored(`${child}//.md`))
          walk(child);
      } else if (e.name.endsWith(".md") && !ignored(child) && (e.isFile() ? SEPARATOR.test(child) && (pattern === "**/*.md" || pattern.endsWith("/**/*.md") || matches(child)) : matches(child))) {
        out.push(child);
      }
    }
  };
  walk(dir);
  return out;
}
var SEPARATOR = /[\u2028\u2029]/;
function walkFolder(cwd, dir, ignore) {
  if (dir.startsWith("..") || path3.isAbsolute(dir) || escapeGlob(dir) !== dir || /[\\]/.test(dir))
    return void 0;
  const globs = [];
  for (const g of ignore) {
    if (!g || g[0] === "!" && g[1] !== "(")
      continue;
    const normal = path3.posix.normalize(g.endsWith("/") ? g.slice(0, -1) : g);
    if (normal.startsWith("..") || normal.startsWith("/") || path3.isAbsolute(g))
      return void 0;
    globs.push(normal);
  }
  const pattern = dir === "." ? "**/*.md" : `${dir}/**/*.md`;
  const options = { dot: false, nobrace: false, nocase: false, noextglob: false, noglobstar: false, posix: true };
  const matches = testerOf([pattern], options);
  const ignored = testerOf(globs, options);
  const segments = dir === "." ? [] : dir.split("/");
  if (segments.some((_, i) => ignored(segments.slice(0, i + 1).join("/"))))
    return void 0;
  const own = globs.filter((g) => !ALWAYS_IGNORED.includes(g));
  const fileIgnored = testerOf(own, options);
  const oddIgnored = (0, import_picomatch2.default)(ignore, { dot: true });
  const oddMatches = (0, import_picomatch2.default)(pattern, { dot: false });
  const files = [];
  const odd = [];
  const walk = (rel, inGlob, inOdd) => {
    let entries;
    try {
      entries = readdirSync3(rel === "." ? cwd : path3.join(cwd, rel), { withFileTypes: true });
    } catch {
      return;
    }
    const separated = SEPARATOR.test(rel);
    for (const e of entries) {
      if (e.name.startsWith("."))
        continue;
      const child = rel === "." ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        const glob2 = inGlob && !ignored(child);
        const other = inOdd && !oddIgnored(`${child}//.md`);
        if (glob2 || other)
          walk(child, glob2, other);
      } else if (e.name.endsWith(".md")) {
        if (e.isFile() && !separated && !SEPARATOR.test(e.name)) {
          if (inGlob && matches(child) && !fileIgnored(child))
            files.push(child);
        } else if (inOdd && !oddIgnored(child) && (e.isFile() || oddMatches(child)))
          odd.push(child);
      }
    }
  };
  walk(dir, true, true);
  return { files, odd };
}
function testerOf(globs, options) {
  const res = globs.map((g) => import_picomatch2.default.makeRe(g, options));
  return (file) => {
    if (!file)
      return false;
    for (let i = 0; i < res.length; i++)
      if (file === globs[i] || res[i].test(file))
        return true;
    return false;
  };
}
function staticBase(pattern) {
  const parts = pattern.split("/");
  const fixed = [];
  for (const p of parts.slice(0, -1)) {
    if (isDynamicPattern(p))
      break;
    fixed.push(p);
  }
  return fixed.join("/") || ".";
}
function aboveIgnore(cwd, { base, ignore: globs }) {
  const within = toPosix(path3.relative(path3.resolve(cwd, base), cwd));
  const ignored = (0, import_picomatch2.default)(globs.map((g) => joinGlob("", g).replace(/\/$/, "")), { dot: true });
  return (file) => {
    const segments = fromConfigFolder(within, file).split("/");
    return segments.some((_, i) => ignored(segments.slice(0, i + 1).join("/")));
  };
}
var PLAIN = /^(?:(?!\.\.?\/)[^/\\]+\/)*(?!\.\.?$)[^/\\]+$/;
function escapeGlob(p) {
  return p.replace(/[*?[\]{}()!@+]/g, "\\$&");
}

// build/src/engine/corpus.js
var RunIndex = class {
  rule;
  byFile;
  /** space -> key -> the files indexed here */
  own = /* @__PURE__ */ new Map();
  counts = /* @__PURE__ */ new Map();
  size;
  constructor(rule, keysOf, byFile) {
    this.rule = rule;
    this.byFile = byFile;
    let size = 0;
    for (const [file, r] of byFile) {
      const summary = r.summaries[rule];
      if (summary === void 0)
        continue;
      size++;
      keysOf(summary).forEach((keys, space) => {
        let bySpace = this.own.get(space);
        if (!bySpace)
          this.own.set(space, bySpace = /* @__PURE__ */ new Map());
        for (const key of new Set(keys)) {
          const list = bySpace.get(key);
          if (list)
            list.push(file);
          else
            bySpace.set(key, [file]);
        }
      });
    }
    this.size = size;
  }
  files(space, key) {
    const out = [];
    const own = this.own.get(space)?.get(key);
    if (own)
      out.push(...own);
    return out.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  }
  count(space, key) {
    const id = `${space}:${key}`;
    let n = this.counts.get(id);
    if (n === void 0)
      this.counts.set(id, n = this.files(space, key).length);
    return n;
  }
  summary(file) {
    return this.byFile.get(file)?.summaries[this.rule];
  }
};

// build/src/engine/run.js
var PARALLEL_THRESHOLD = 200;
var CHUNK_SIZE = 64;
async function lintProject(options) {
  const timings = {};
  let t = performance.now();
  const lap = (name) => {
    const now = performance.now();
    timings[name] = now - t;
    t = now;
  };
  const excluded = new Set(options.exclude ?? []);
  const { files: found, problems: unread } = await discoverFiles({
    cwd: options.cwd,
    patterns: options.patterns,
    ignore: options.config.ignore,
    base: options.config.base
  });
  const staged = [...options.contents?.keys() ?? []].filter((f) => !found.includes(f) && /\.md$/i.test(f));
  const files = [...found, ...staged].filter((f) => !excluded.has(f)).sort();
  lap("discover");
  const results = await lintFiles(files, options);
  lap("files");
  const scope = options.reportOnly;
  const diagnostics = [];
  const tallies = options.errorsOnly ? /* @__PURE__ */ new Map() : void 0;
  const collect = (file, found2, known) => {
    if (!tallies) {
      diagnostics.push(...found2());
      return;
    }
    const tally = known ?? tallyOf(found2());
    if (!Object.keys(tally).length)
      return;
    const had = tallies.get(file);
    if (had)
      addTally(had, tally);
    else
      tallies.set(file, tally);
    if (Object.values(tally).some((t2) => t2[0] > 0)) {
      for (const d of found2())
        if (d.severity === "error")
          diagnostics.push(d);
    }
  };
  const only = options.cachedOnlyFor;
  for (const r of results) {
    if (scope && !scope.has(r.file))
      continue;
    if (only && r.cached && !only.has(r.file))
      continue;
    collect(r.file, () => r.diagnostics, r.tally);
  }
  for (const d of unread)
    if ((!scope || scope.has(d.file)) && !excluded.has(d.file))
      collect(d.file, () => [d]);
  const byFile = new Map(results.map((r) => [r.file, r]));
  let summaries;
  const allSummaries = () => summaries ??= collectSummaries(results);
  const indexes = /* @__PURE__ */ new Map();
  const corpus = (ruleId) => {
    const rule = rules.find((r) => r.id === ruleId);
    if (!rule?.indexKeys)
      return void 0;
    let index = indexes.get(ruleId);
    if (!index) {
      const keysOf = rule.indexKeys.bind(rule);
      indexes.set(ruleId, index = new RunIndex(ruleId, keysOf, byFile));
    }
    return index;
  };
  const pages = /* @__PURE__ */ new Map();
  if (options.render) {
    for (const r of results)
      if (r.page)
        pages.set(r.file, r.page);
  }
  if (!options.skipCorpusRules) {
    const run = { ...options.corpus };
    if (options.cache && !options.fix && !run.changed && !options.contents && !options.exclude?.length) {
      const cache = options.cache;
      run.state = { get: (rule) => cache.getState(rule), set: (rule, value) => cache.setState(rule, value) };
      run.fingerprints = new Map(results.flatMap((r) => r.hash ? [[r.file, r.hash]] : []));
    }
    const found2 = /* @__PURE__ */ new Map();
    const source = {
      all: (rule) => allSummaries().get(rule) ?? [],
      index: corpus,
      entries: (rule, files2) => {
        const out = [];
        for (const file of [...files2].sort()) {
          const summary = byFile.get(file)?.summaries[rule];
          if (summary !== void 0)
            out.push({ file, summary });
        }
        return out;
      },
      silenced: (file) => byFile.get(file)?.silenced
    };
    for (const d of lintCorpus(source, options.config, run, timings)) {
      const list = found2.get(d.file);
      if (list)
        list.push(d);
      else
        found2.set(d.file, [d]);
    }
    for (const [file, list] of found2)
      collect(file, () => list);
  }
  if (options.cache && !options.fix && !options.deferCacheSave) {
    mark("  linted");
    options.cache.save();
    mark("  cache saved");
  }
  t = performance.now();
  diagnostics.sort(compareDiagnostics);
  return {
    files,
    diagnostics,
    tallies,
    fixedFiles: results.filter((r) => r.fixed).length,
    get summaries() {
      return allSummaries();
    },
    corpus,
    pages,
    timings
  };
}
async function lintFiles(all, options) {
  const { cache } = options;
  const cached = /* @__PURE__ */ new Map();
  const stats = /* @__PURE__ */ new Map();
  if (cache && !options.fix) {
    for (const file of all) {
      const content = options.contents?.get(file);
      if (content) {
        const entry2 = cache.byHash(file, hashBytes(content));
        if (entry2)
          cached.set(file, new CachedResult(file, entry2));
        else {
          const stat3 = sameAsWorkingTree(path4.resolve(options.cwd, file), content);
          if (stat3)
            stats.set(file, stat3);
        }
        continue;
      }
      const stat2 = statOf(path4.resolve(options.cwd, file));
      if (!stat2)
        continue;
      stats.set(file, stat2);
      const entry = cache.fresh(file, stat2);
      if (entry && (!options.render || entry.page))
        cached.set(file, new CachedResult(file, entry));
    }
  }
  const files = all.filter((f) => !cached.has(f));
  const fresh = await lintUncached(files, options, cached.size, all.length);
  if (cache && !options.fix) {
    for (const r of fresh) {
      const stat2 = stats.get(r.file);
      if (stat2 && r.hash && !isBudgetResult(r) && !r.diagnostics.some((d) => d.ruleId.startsWith("internal/"))) {
        const { hash, diagnostics, summaries, page, silenced } = r;
        const tally = tallyOf(diagnostics);
        cache.set(r.file, {
          hash,
          mtimeMs: stat2.mtimeMs,
          size: stat2.size,
          diagnostics,
          tally,
          summaries,
          page,
          silenced
        });
      }
    }
    if (!options.contents && !options.exclude?.length)
      cache.retain(new Set(all));
  }
  const byFile = new Map(fresh.map((r) => [r.file, r]));
  return all.map((f) => cached.get(f) ?? byFile.get(f));
}
function sameAsWorkingTree(full, content) {
  const stat2 = statOf(full);
  if (!stat2 || stat2.size !== content.length)
    return void 0;
  try {
    return readRegularFile(full, content.length).equals(content) ? stat2 : void 0;
  } catch {
    return void 0;
  }
}
var CachedResult = class {
  file;
  entry;
  fixed = false;
  cached = true;
  constructor(file, entry) {
    this.file = file;
    this.entry = entry;
  }
  get hash() {
    return this.entry.hash;
  }
  get page() {
    return this.entry.page;
  }
  get silenced() {
    return this.entry.silenced;
  }
  get diagnostics() {
    return this.entry.diagnostics;
  }
  get tally() {
    return this.entry.tally;
  }
  get summaries() {
    return this.entry.summaries;
  }
};
async function lintUncached(files, options, alreadyDone, total) {
  const threads = options.threads ?? availableParallelism();
  const budget = budgetOf(options.config);
  const chunks = [];
  for (let i = 0; i < files.length; i += CHUNK_SIZE) {
    const part = files.slice(i, i + CHUNK_SIZE);
    const contents = options.contents && Object.fromEntries(part.filter((f) => options.contents.has(f)).map((f) => [f, options.contents.get(f)]));
    chunks.push({
      files: part,
      cwd: options.cwd,
      config: options.config,
      fix: options.fix,
      contents,
      render: options.render
    });
  }
  let done = alreadyDone;
  const progress = (n) => {
    done += n;
    options.onProgress?.(done, total);
  };
  if (!files.length)
    return [];
  if (threads < 2 || files.length < PARALLEL_THRESHOLD) {
    const { lintChunk, loadRenderer } = await import("./lint-worker.js");
    if (options.render)
      await loadRenderer();
    const pool3 = async () => ({ pool: await acquirePool(1), release: releasePool });
    return await lintSmallRun(chunks, budget, lintChunk, pool3, progress);
  }
  const pool2 = await acquirePool(threads);
  try {
    const parts = await Promise.all(chunks.map(async (c) => {
      const r = await runGuarded(pool2, c, budget);
      progress(c.files.length);
      return r;
    }));
    return parts.flat();
  } finally {
    await releasePool();
  }
}
function collectSummaries(results) {
  const out = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    if (!rule.summarize)
      continue;
    const entries = [];
    for (const r of results)
      if (r.summaries[rule.id] !== void 0)
        entries.push({ file: r.file, summary: r.summaries[rule.id] });
    out.set(rule.id, entries);
  }
  return out;
}
function lintCorpus(source, config, run, timings) {
  const resolver = new RuleResolver(config, ruleInfos());
  const out = [];
  for (const rule of rules) {
    if (!rule.checkCorpus)
      continue;
    const start = performance.now();
    let entries;
    let ruleRun = run;
    const crash = (error, file) => {
      const message = error instanceof Error ? error.message : String(error);
      if (process.env.DEBUG?.includes("selfhelp"))
        console.error(error);
      out.push({
        file,
        line: 1,
        column: 1,
        severity: "error",
        ruleId: "internal/crash",
        message: `the cross-file rule \`${rule.id}\` crashed: ${message}`
      });
    };
    const index = run.changed && rule.select ? source.index(rule.id) : void 0;
    if (index && run.changed) {
      const changed = source.entries(rule.id, run.changed);
      if (!changed.length)
        continue;
      const select = rule.select.bind(rule);
      const options = [...optionGroups(changed, rule.id, rule.defaultOptions ?? {}, resolver).values()].map((g) => g.options);
      try {
        entries = source.entries(rule.id, select(changed, index, options));
      } catch (error) {
        crash(error, changed[0].file);
        continue;
      }
      ruleRun = { ...run, corpus: index };
    } else
      entries = source.all(rule.id);
    if (!entries.length)
      continue;
    const groups = optionGroups(entries, rule.id, rule.defaultOptions ?? {}, resolver);
    for (const [key, group] of groups) {
      const runOf = groups.size === 1 || key === groups.keys().next().value ? ruleRun : { ...ruleRun, state: void 0, results: void 0 };
      try {
        rule.checkCorpus(entries, (r) => {
          if (!group.files.has(r.file))
            return;
          if (source.silenced(r.file)?.some(([id, from, to]) => (id === "*" || id === rule.id) && r.line >= from && r.line <= to))
            return;
          const setting = resolver.forFile(r.file).get(rule.id);
          if (setting)
            out.push({ ...r, ruleId: rule.id, severity: r.severity ?? setting.severity });
        }, group.options, runOf);
      } catch (error) {
        crash(error, [...group.files].sort()[0]);
      }
    }
    timings[rule.id] = performance.now() - start;
  }
  return out;
}
function optionGroups(entries, ruleId, defaults, resolver) {
  const groups = /* @__PURE__ */ new Map();
  let last;
  for (const e of entries) {
    const options = resolver.forFile(e.file).get(ruleId)?.options ?? defaults;
    const key = last && last.ref === options ? last.key : JSON.stringify(options);
    last = { ref: options, key };
    let group = groups.get(key);
    if (!group)
      groups.set(key, group = { options, files: /* @__PURE__ */ new Set() });
    group.files.add(e.file);
  }
  return new Map([...groups].sort((a, b) => b[1].files.size - a[1].files.size));
}

export {
  CACHE_DIR,
  LintCache,
  cacheKey,
  acquirePool,
  releasePool,
  holdPool,
  lintProject
};
