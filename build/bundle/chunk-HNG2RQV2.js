import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  budgetOf,
  isBudgetResult,
  lintSmallRun,
  runGuarded
} from "./chunk-HEMP7HSW.js";
import {
  BANDS,
  ROWS,
  bandKey,
  cloudSuggestions,
  detect,
  exemption,
  passageSpread,
  reportable,
  reportedPairs,
  ruleInfos,
  rules,
  unpackEntries
} from "./chunk-PIFXAMV6.js";
import {
  RuleResolver,
  climbs,
  fromConfigFolder,
  joinGlob,
  requireConfig,
  require_picomatch,
  toPosix
} from "./chunk-6R5EIDNZ.js";
import {
  SUM_BYTES,
  checksum,
  escapeHtml,
  mark,
  readChecked,
  regularOrAbsent,
  writeBuild,
  writeChecked
} from "./chunk-KTRDAQQQ.js";
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
  writeFileAtomic,
  writePartsAtomic
} from "./chunk-KIF3DI5L.js";
import {
  SOVEREIGN_RULE,
  pagePath,
  sovereignLinks
} from "./chunk-R3BBY34B.js";
import {
  codeDir,
  schemaDir,
  workerUrl
} from "./chunk-Q33GWPDB.js";
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

// build/src/dupes/baseline.js
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
var BASELINE_NAME = "selfhelp-dupes-baseline.json";
var Baseline = class _Baseline {
  pairs;
  keys;
  constructor(pairs) {
    this.pairs = pairs;
    this.keys = new Set(pairs.map(([a, b]) => _Baseline.key(a, b)));
  }
  static key(a, b) {
    return a < b ? `${a}
${b}` : `${b}
${a}`;
  }
  has(a, b) {
    return this.keys.has(_Baseline.key(a, b));
  }
  static read(file) {
    if (!existsSync2(file))
      return new _Baseline([]);
    let data;
    try {
      data = JSON.parse(readFileSync2(file, "utf8"));
    } catch (error) {
      throw new UserError(`${file} is not valid JSON: ${error.message}`, "Fix it, or write it anew with `selfhelp dupes --update-baseline`.");
    }
    const pairs = data.pairs;
    if (!Array.isArray(pairs) || !pairs.every((p) => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === "string"))) {
      throw new UserError(`${file} must hold { "version": 1, "pairs": [["a.md", "b.md"], ...] }`);
    }
    return new _Baseline(pairs);
  }
  /** Deterministic and diff-friendly: pairs sorted, each pair sorted, one pair a line. */
  static write(file, pairs) {
    const sorted = [...new Set(pairs.map(([a, b]) => _Baseline.key(a, b)))].sort().map((k) => k.split("\n"));
    const lines = sorted.map((p) => `    ${JSON.stringify(p)}`);
    writeFileAtomic(file, `{
  "version": 1,
  "pairs": [
${lines.join(",\n")}${lines.length ? "\n" : ""}  ]
}
`);
  }
};

// build/src/report/json.js
function json(diagnostics) {
  return `${JSON.stringify(diagnostics.map(jsonRow), null, 2)}
`;
}
function jsonRow(d) {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine ?? d.line,
    endColumn: d.endColumn ?? d.column,
    severity: d.severity,
    ruleId: d.ruleId,
    message: d.message
  };
}

// build/src/engine/dupes-json.js
function pairFacts(r) {
  const here = r.report.file === r.pair.a ? "a" : "b";
  const there = here === "a" ? "b" : "a";
  const round = (x) => Math.round(x * 1e4) / 1e4;
  return {
    other: r.pair[there],
    jaccard: round(r.pair.jaccard),
    containment: {
      here: round(here === "a" ? r.pair.containmentA : r.pair.containmentB),
      there: round(here === "a" ? r.pair.containmentB : r.pair.containmentA)
    },
    exact: r.pair.exact,
    identical: r.pair.identical,
    shared: r.shared.map((s) => ({
      here: { startLine: s[here].startLine, endLine: s[here].endLine },
      there: { startLine: s[there].startLine, endLine: s[there].endLine },
      exact: s.exact,
      similarity: round(s.similarity)
    }))
  };
}
function dupesJson(diagnostics) {
  const rows = diagnostics.map((d) => ({
    ...jsonRow(d),
    ...d.duplicate ? { duplicate: d.duplicate } : {},
    ...d.perCloud ? { perCloud: d.perCloud } : {}
  }));
  return `${JSON.stringify(rows, null, 2)}
`;
}
function dupesDiagnostics(problems, reported, suggestions, ruleId, changed) {
  const out = problems.filter((d) => d.ruleId.startsWith("internal/") || d.severity === "error" && d.ruleId.startsWith("parse/") && (!changed || changed.has(d.file)));
  for (const r of reported)
    out.push({ ...r.report, ruleId, severity: "warning", duplicate: pairFacts(r) });
  for (const s of suggestions) {
    out.push({
      ...s,
      ruleId,
      severity: s.severity ?? "info",
      perCloud: { files: [s.file, ...(s.related ?? []).map((r) => r.file)] }
    });
  }
  return out.sort(compareDiagnostics);
}
function dupesExitCode(diagnostics) {
  if (diagnostics.some((d) => d.ruleId.startsWith("internal/")))
    return 2;
  return diagnostics.some((d) => d.severity !== "info") ? 1 : 0;
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
  const lines = [];
  let file;
  for (const d of diagnostics) {
    if (d.file !== file) {
      if (file !== void 0)
        lines.push("");
      lines.push(paint(options.color, "underline", d.file));
      file = d.file;
    }
    lines.push(formatLine(d, true, options.color));
  }
  if (diagnostics.length)
    lines.push("", ...summaryTable(diagnostics), "");
  lines.push(summaryLine(diagnostics, options.fileCount));
  return `${lines.join("\n")}
`;
}
function summaryTable(diagnostics) {
  const tally = tallyOf(diagnostics);
  const rows = Object.entries(tally).sort(([a, x], [b, y]) => y[0] + y[1] + y[2] - (x[0] + x[1] + x[2]) || (a < b ? -1 : 1));
  const head = ["rule", "errors", "warnings", "info", "fixable"];
  const body = rows.map(([rule, t]) => [rule, ...t.slice(0, 4).map(String)]);
  const width = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => i ? c.padStart(width[i]) : c.padEnd(width[i])).join("  ").trimEnd();
  return [line(head), ...body.map(line)];
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

// build/src/suppressions/index.js
import { existsSync as existsSync3, readFileSync as readFileSync3 } from "node:fs";
var SUPPRESSIONS_NAME = "selfhelp-suppressions.json";
var suppressible = (d) => !d.ruleId.startsWith("internal/");
function countsOf(diagnostics) {
  const counts = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    if (!suppressible(d))
      continue;
    let byRule = counts.get(d.file);
    if (!byRule)
      counts.set(d.file, byRule = /* @__PURE__ */ new Map());
    byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
  }
  return counts;
}
var Suppressions = class _Suppressions {
  counts;
  constructor(counts) {
    this.counts = counts;
  }
  static empty() {
    return new _Suppressions(/* @__PURE__ */ new Map());
  }
  /** The suppressions in `file`; none when it does not exist. A broken file is a user error with its reason. */
  static read(file) {
    if (!existsSync3(file))
      return _Suppressions.empty();
    let data;
    try {
      data = JSON.parse(readFileSync3(file, "utf8"));
    } catch (error) {
      throw new UserError(`${file} is not valid JSON: ${error.message}`, "Fix it, or write it anew with `selfhelp lint --suppress-all`.");
    }
    const entries = data?.suppressions;
    const valid = (e) => Array.isArray(e) && e.length === 3 && typeof e[0] === "string" && typeof e[1] === "string" && Number.isInteger(e[2]) && e[2] > 0;
    if (data?.version !== 1 || !Array.isArray(entries) || !entries.every(valid)) {
      throw new UserError(`${file} is not a selfhelp suppressions file (version 1)`, "Write it anew with `selfhelp lint --suppress-all`.");
    }
    const counts = /* @__PURE__ */ new Map();
    for (const [f, rule, n] of entries) {
      let byRule = counts.get(f);
      if (!byRule)
        counts.set(f, byRule = /* @__PURE__ */ new Map());
      byRule.set(rule, n);
    }
    return new _Suppressions(counts);
  }
  /** Every problem found now, counted (what `--suppress-all` writes). */
  static of(diagnostics) {
    return new _Suppressions(countsOf(diagnostics));
  }
  get size() {
    let n = 0;
    for (const byRule of this.counts.values())
      n += byRule.size;
    return n;
  }
  /** Hide the problems within the counts; a file and rule over its count shows all of its problems. */
  apply(diagnostics) {
    if (!this.counts.size)
      return { kept: diagnostics, suppressed: 0 };
    const found = countsOf(diagnostics);
    const hidden = (d) => {
      if (!suppressible(d))
        return false;
      const allowed = this.counts.get(d.file)?.get(d.ruleId);
      return allowed !== void 0 && (found.get(d.file)?.get(d.ruleId) ?? 0) <= allowed;
    };
    const kept = diagnostics.filter((d) => !hidden(d));
    return { kept, suppressed: diagnostics.length - kept.length };
  }
  /** The suppressions that still hide something: each count lowered to what is found now, the fixed ones dropped. */
  prune(diagnostics) {
    const found = countsOf(diagnostics);
    const counts = /* @__PURE__ */ new Map();
    for (const [file, byRule] of this.counts) {
      for (const [rule, allowed] of byRule) {
        const now = Math.min(allowed, found.get(file)?.get(rule) ?? 0);
        if (!now)
          continue;
        let kept = counts.get(file);
        if (!kept)
          counts.set(file, kept = /* @__PURE__ */ new Map());
        kept.set(rule, now);
      }
    }
    return new _Suppressions(counts);
  }
  write(file) {
    const rows = [];
    for (const [f, byRule] of this.counts)
      for (const [rule, n] of byRule)
        rows.push([f, rule, n]);
    rows.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
    const lines = rows.map((r) => `    ${JSON.stringify(r)}`);
    writeFileAtomic(file, `{
  "version": 1,
  "suppressions": [
${lines.join(",\n")}${lines.length ? "\n" : ""}  ]
}
`);
  }
};

// build/src/engine/index.js
import { readFileSync as readFileSync6 } from "node:fs";
import path8 from "node:path";

// build/src/dupes/html.js
import { createHash as createHash3 } from "node:crypto";
import { readFileSync as readFileSync4 } from "node:fs";
import path3 from "node:path";
var ReportPieces = class {
  previous;
  hashOf;
  /** the pieces made or reused by this report: the ones to keep */
  used = /* @__PURE__ */ new Map();
  /** how many of the used pieces were made by this report */
  made = 0;
  constructor(previous, hashOf) {
    this.previous = previous;
    this.hashOf = hashOf;
  }
  /** The piece named by `inputs` and the sources it quotes: kept, or made now. */
  get(files, inputs, make2) {
    const hashes = files.map(this.hashOf);
    if (hashes.some((h) => !h))
      return make2();
    const key = createHash3("sha1").update(`${hashes.join("\0")}\0${inputs}`).digest("base64");
    let piece = this.used.get(key) ?? this.previous.get(key);
    if (piece === void 0) {
      piece = make2();
      this.made++;
    }
    this.used.set(key, piece);
    return piece;
  }
  /** Whether the pieces to keep differ from the previous ones. */
  get changed() {
    return this.made > 0 || this.used.size !== this.previous.size;
  }
};
var pct = (x) => `${Math.round(x * 100)}%`;
var STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #59636e; --line: #d1d9e0; --bg2: #f6f8fa; --accent: #0969da; --hit: #fff8c5; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg2: #151b23; --accent: #4493f8; --hit: #3b2e00; } }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); margin: 0 auto; max-width: 1200px; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; } h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; }
.stats { display: flex; gap: 1rem; flex-wrap: wrap; margin: 1rem 0; }
.stat { background: var(--bg2); border: 1px solid var(--line); border-radius: 8px; padding: .6rem 1rem; }
.stat b { display: block; font-size: 1.4rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; } td, th { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
body > * { max-width: 100%; } summary { overflow-wrap: anywhere; }
details { border: 1px solid var(--line); border-radius: 8px; margin: .5rem 0; } summary { cursor: pointer; padding: .5rem .8rem; background: var(--bg2); border-radius: 8px; }
.pair-body { padding: .5rem .8rem; } .side { display: grid; grid-template-columns: 1fr 1fr; gap: .8rem; margin: .6rem 0; }
.side > div { min-width: 0; } .side h4 { margin: 0 0 .2rem; font-size: .85rem; color: var(--muted); font-weight: 600; overflow-wrap: anywhere; }
pre { background: var(--hit); border: 1px solid var(--line); border-radius: 6px; padding: .5rem; margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font-size: .82rem; }
.muted { color: var(--muted); } a { color: var(--accent); } code { font-size: .85em; }
table { table-layout: fixed; } td, th { overflow-wrap: anywhere; word-break: break-word; }
th.n, td.n { width: 5.5rem; text-align: right; } .wide { overflow-x: auto; max-width: 100%; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 1rem; }
.chart { background: var(--bg2); border: 1px solid var(--line); border-radius: 8px; padding: .6rem .8rem; min-width: 0; }
.chart h3 { margin: 0 0 .4rem; font-size: 1rem; } .chart svg { width: 100%; height: auto; display: block; }
.chart text { fill: var(--fg); font-size: 11px; } .chart rect { fill: var(--accent); }
.badge { display: inline-block; border-radius: 999px; padding: 0 .5rem; font-size: .75rem; border: 1px solid var(--line); }
@media (max-width: 800px) { .side { grid-template-columns: 1fr; } }
`;
function renderHtml(r) {
  const link = (file) => `<a href="${escapeHtml(r.href(file))}">${escapeHtml(file)}</a>`;
  const excerpt = (file, from, to) => escapeHtml(r.lines(file).slice(from - 1, to).join("\n"));
  const piece = (files, inputs, make2) => r.pieces ? r.pieces.get(files, inputs, make2) : make2();
  const gist = (g) => {
    const o = g.occurrences[0];
    return piece([o.file], `gist\0${o.file}\0${o.startLine}\0${o.endLine}`, () => {
      const text = r.lines(o.file).slice(o.startLine - 1, o.endLine).join(" ").replace(/\s+/g, " ").trim();
      return escapeHtml(text.length > 160 ? `${text.slice(0, 157)}...` : text);
    });
  };
  const out = [];
  out.push('<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>Duplicate guidance report</title><style>${STYLE}</style></head><body>`);
  out.push('<h1>Duplicate guidance</h1><p class="muted">Articles that share most of their guidance text, and passages that stand in several articles. Markdown is stripped, case and spacing folded, replacement tokens masked; link targets count as words.</p>');
  out.push('<div class="stats">');
  for (const [label, value] of [
    ["articles", r.articles],
    ["reported pairs", r.pairs.length],
    ["clusters", r.clusters.length],
    ["shared passages", r.passageGroups.filter((g) => !g.boilerplate).length],
    ...r.exempt ? [["exempt groups", r.exempt.length]] : []
  ]) {
    out.push(`<div class="stat"><b>${value}</b>${label}</div>`);
  }
  out.push("</div>");
  if (r.serviceOf) {
    const byService = /* @__PURE__ */ new Map();
    for (const { pair } of r.pairs) {
      for (const s of /* @__PURE__ */ new Set([r.serviceOf(pair.a), r.serviceOf(pair.b)]))
        byService.set(s, (byService.get(s) ?? 0) + 1);
    }
    const bySize = /* @__PURE__ */ new Map();
    for (const c of r.clusters)
      bySize.set(String(c.files.length), (bySize.get(String(c.files.length)) ?? 0) + 1);
    const services = [...byService].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 20);
    const sizes = [...bySize].sort((a, b) => Number(a[0]) - Number(b[0]));
    out.push('<div class="charts">');
    out.push(barChart("Reported pairs by service (the 20 with most; a cross-service pair counts in both)", services));
    out.push(barChart("Clusters by size (articles in the cluster)", sizes));
    out.push("</div>");
  }
  out.push("<h2>Clusters</h2>");
  if (!r.clusters.length)
    out.push("<p>None.</p>");
  else {
    out.push("<table><thead><tr><th>Articles</th><th>Suggested canonical article (the one the others are most contained in)</th><th>Members</th></tr></thead><tbody>");
    for (const c of r.clusters) {
      out.push(`<tr><td>${c.files.length}</td><td>${link(c.canonical)}</td><td>${c.files.filter((f) => f !== c.canonical).map(link).join("<br>")}</td></tr>`);
    }
    out.push("</tbody></table>");
  }
  out.push("<h2>Pairs</h2>");
  if (!r.pairs.length)
    out.push("<p>None.</p>");
  for (const { pair, shared } of r.pairs) {
    const inputs = `pair\0${JSON.stringify(pair)}\0${shared.map((s) => `${s.a.startLine},${s.a.endLine},${s.b.startLine},${s.b.endLine},${s.exact},${s.similarity}`).join(";")}\0${r.href(pair.a)}\0${r.href(pair.b)}`;
    out.push(piece([pair.a, pair.b], inputs, () => {
      const view = [];
      const kind = pair.exact ? '<span class="badge">identical</span>' : `<span class="badge">Jaccard ${pair.jaccard.toFixed(2)}</span>`;
      view.push(`<details><summary>${kind} <code>${escapeHtml(pair.a)}</code> \u2194 <code>${escapeHtml(pair.b)}</code> <span class="muted">\u2014 ${pct(pair.containmentA)} / ${pct(pair.containmentB)} contained, ${shared.length} shared passage${shared.length === 1 ? "" : "s"}</span></summary><div class="pair-body">`);
      view.push(`<p>${link(pair.a)}: ${pct(pair.containmentA)} of it stands in the other. ${link(pair.b)}: ${pct(pair.containmentB)}.</p>`);
      for (const s of shared) {
        view.push(`<div class="side"><div><h4>${escapeHtml(pair.a)}:${s.a.startLine}-${s.a.endLine}${s.exact ? "" : ` (similarity ${s.similarity.toFixed(2)})`}</h4><pre>${excerpt(pair.a, s.a.startLine, s.a.endLine)}</pre></div>`);
        view.push(`<div><h4>${escapeHtml(pair.b)}:${s.b.startLine}-${s.b.endLine}</h4><pre>${excerpt(pair.b, s.b.startLine, s.b.endLine)}</pre></div></div>`);
      }
      view.push("</div></details>");
      return view.join("\n");
    }));
  }
  if (r.exempt) {
    out.push('<h2 id="exempt">Exempt by policy</h2><p class="muted">Pairs found over the threshold but not reported, grouped (articles linked by such pairs), with the reason. Change <code>dupes.types</code> or <code>dupes.perCloudCopies</code> to report them.</p>');
    if (!r.exempt.length)
      out.push("<p>None.</p>");
    else {
      out.push('<div class="wide"><table><thead><tr><th style="width:28%">Reason</th><th class="n">Articles</th><th class="n">Pairs</th><th class="n">Identical</th><th class="n">Max Jaccard</th><th>Articles</th></tr></thead><tbody>');
      for (const g of r.exempt) {
        const shown = g.files.slice(0, 12).map(link).join("<br>") + (g.files.length > 12 ? `<br><span class="muted">and ${g.files.length - 12} more</span>` : "");
        out.push(`<tr><td>${escapeHtml(g.reason)}</td><td class="n">${g.files.length}</td><td class="n">${g.pairs}</td><td class="n">${g.identical}</td><td class="n">${g.maxJaccard.toFixed(2)}</td><td>${shown}</td></tr>`);
      }
      out.push("</tbody></table></div>");
    }
  }
  const groups = r.passageGroups.filter((g) => !g.boilerplate);
  const boilerplate = r.passageGroups.filter((g) => g.boilerplate);
  out.push(`<h2>Passages in several articles</h2><p class="muted">${groups.length} passages; the 200 most widespread are listed.</p>`);
  for (const g of groups.slice(0, 200)) {
    const files = new Set(g.occurrences.map((o) => o.file)).size;
    out.push(`<details><summary>${files} articles ${g.exact ? "" : '<span class="badge">near</span> '}<span class="muted">${gist(g)}</span></summary><div class="pair-body"><ul>`);
    for (const o of g.occurrences)
      out.push(`<li>${link(o.file)}:${o.startLine}-${o.endLine}</li>`);
    out.push("</ul></div></details>");
  }
  if (boilerplate.length) {
    out.push(`<h2>Boilerplate</h2><p class="muted">Passages in more articles than <code>boilerplateSpread</code>: repeated by design, not reported per pair. Add a pattern to <code>dupes.ignorePassages</code> to leave one out of article similarity too.</p><table><tbody>`);
    for (const g of boilerplate)
      out.push(`<tr><td>${new Set(g.occurrences.map((o) => o.file)).size}</td><td>${gist(g)}</td></tr>`);
    out.push("</tbody></table>");
  }
  out.push("</body></html>\n");
  return out.join("\n");
}
function barChart(title, rows) {
  if (!rows.length)
    return `<div class="chart"><h3>${escapeHtml(title)}</h3><p class="muted">None.</p></div>`;
  const max = Math.max(...rows.map((r) => r[1]));
  const bar = 18;
  const label = 170;
  const width = 460;
  const out = [
    `<div class="chart"><h3>${escapeHtml(title)}</h3><svg viewBox="0 0 ${width} ${rows.length * bar + 4}" role="img" aria-label="${escapeHtml(title)}">`
  ];
  rows.forEach(([name, value], i) => {
    const y = i * bar + 2;
    const w = Math.max(1, Math.round((width - label - 50) * value / max));
    const shown = name.length > 28 ? `${name.slice(0, 27)}\u2026` : name;
    out.push(`<text x="${label - 6}" y="${y + 12}" text-anchor="end">${escapeHtml(shown)}<title>${escapeHtml(name)}</title></text><rect x="${label}" y="${y + 2}" width="${w}" height="${bar - 5}" rx="2"></rect><text x="${label + w + 4}" y="${y + 12}">${value}</text>`);
  });
  out.push("</svg></div>");
  return out.join("");
}
function exemptGroups(pairs, reasonOf) {
  const byReason = /* @__PURE__ */ new Map();
  for (const p of pairs) {
    const reason = reasonOf(p);
    if (!reason)
      continue;
    const list = byReason.get(reason);
    if (list)
      list.push(p);
    else
      byReason.set(reason, [p]);
  }
  const out = [];
  for (const [reason, list] of byReason) {
    const parent = /* @__PURE__ */ new Map();
    const find = (f) => {
      let x = f;
      while (parent.get(x) !== x)
        x = parent.get(x) ?? (parent.set(x, x), x);
      parent.set(f, x);
      return x;
    };
    for (const p of list) {
      const a = find(p.a);
      const b = find(p.b);
      if (a !== b)
        parent.set(a < b ? b : a, a < b ? a : b);
    }
    const groups = /* @__PURE__ */ new Map();
    for (const p of list) {
      const root = find(p.a);
      const g = groups.get(root) ?? { files: /* @__PURE__ */ new Set(), pairs: [] };
      g.files.add(p.a).add(p.b);
      g.pairs.push(p);
      groups.set(root, g);
    }
    for (const g of groups.values()) {
      out.push({
        reason,
        files: [...g.files].sort(),
        pairs: g.pairs.length,
        identical: g.pairs.filter((p) => p.identical).length,
        maxJaccard: Math.max(...g.pairs.map((p) => p.jaccard))
      });
    }
  }
  return out.sort((a, b) => b.files.length - a.files.length || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : a.files[0] < b.files[0] ? -1 : 1));
}
function duplicatesReport(dupes, reported, cwd, htmlFile, href, pieces) {
  const cache = /* @__PURE__ */ new Map();
  const { summaryOf, options } = dupes;
  const types = { get: (f) => summaryOf?.(f)?.type ?? null };
  return renderHtml({
    articles: dupes.articles,
    pairs: reported.map((r) => ({ pair: r.pair, shared: r.shared })),
    exempt: dupes.pairs && options ? exemptGroups(dupes.pairs, (p) => exemption(p, types, options)) : void 0,
    serviceOf: summaryOf && ((file) => summaryOf(file)?.service ?? (file.includes("/") ? file.slice(0, file.indexOf("/")) : "(top folder)")),
    clusters: dupes.clusters.filter((c) => reported.some((r) => c.files.includes(r.pair.a))),
    passageGroups: dupes.passageGroups,
    lines(file) {
      let lines = cache.get(file);
      if (!lines) {
        try {
          lines = readFileSync4(path3.resolve(cwd, file), "utf8").replace(/^\ufeff/, "").split(/\r?\n/);
        } catch {
          lines = [];
        }
        cache.set(file, lines);
      }
      return lines;
    },
    href: href ?? ((file) => path3.relative(path3.dirname(htmlFile), path3.resolve(cwd, file)).split(path3.sep).join("/")),
    pieces
  });
}

// build/src/git/index.js
import { execFile, spawn } from "node:child_process";
var GitError = class extends Error {
  name = "GitError";
};
function git(cwd, args) {
  return new Promise((resolve3, reject) => {
    execFile("git", args, { cwd, encoding: "buffer", maxBuffer: Infinity }, (error, stdout, stderr) => {
      if (error)
        reject(new GitError(stderr.toString().trim() || error.message));
      else
        resolve3(stdout);
    });
  });
}
async function inRepository(cwd) {
  try {
    return (await git(cwd, ["rev-parse", "--is-inside-work-tree"])).toString().trim() === "true";
  } catch {
    return false;
  }
}
function parseRaw(out) {
  const parts = out.split("\0");
  const changed = [];
  const deleted = [];
  const blobs = /* @__PURE__ */ new Map();
  for (let i = 0; i < parts.length; ) {
    const header = parts[i++];
    if (!header)
      continue;
    const [, , , blob, status] = header.slice(1).split(" ");
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = parts[i++];
      const to = parts[i++];
      if (status.startsWith("R"))
        deleted.push(from);
      changed.push(to);
      blobs.set(to, blob);
    } else if (status.startsWith("D"))
      deleted.push(parts[i++]);
    else {
      const file = parts[i++];
      changed.push(file);
      blobs.set(file, blob);
    }
  }
  return { changed: changed.sort(), deleted: deleted.sort(), blobs };
}
function parseNameStatus(out) {
  const parts = out.split("\0").filter((p) => p !== "");
  const changed = [];
  const deleted = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++];
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = parts[i++];
      const to = parts[i++];
      if (status.startsWith("R"))
        deleted.push(from);
      changed.push(to);
    } else if (status.startsWith("D"))
      deleted.push(parts[i++]);
    else
      changed.push(parts[i++]);
  }
  return { changed: changed.sort(), deleted: deleted.sort() };
}
var notARepository = (cwd, flag) => new UserError(`${flag} needs a git repository, and ${cwd} is not in one`);
async function stagedDiff(cwd) {
  try {
    return parseRaw((await git(cwd, ["diff", "--cached", "--raw", "-z", "-M", "--relative", "--no-abbrev"])).toString());
  } catch (error) {
    if (!await inRepository(cwd))
      throw notARepository(cwd, "--staged");
    throw error;
  }
}
async function stagedFiles(cwd) {
  const { changed, deleted, blobs } = await stagedDiff(cwd);
  return { changed, deleted, contents: await blobContents(cwd, changed, blobs) };
}
async function blobContents(cwd, files, blobs) {
  const contents = /* @__PURE__ */ new Map();
  const wanted = files.filter((f) => /^[0-9a-f]{40,64}$/.test(blobs.get(f) ?? "") && !/^0+$/.test(blobs.get(f)));
  if (wanted.length) {
    const out = await catFile(cwd, wanted.map((f) => blobs.get(f)));
    let at = 0;
    for (const f of wanted) {
      const eol = out.indexOf(10, at);
      if (eol < 0)
        break;
      const [oid, type, size] = out.toString("latin1", at, eol).split(" ");
      at = eol + 1;
      if (type !== "blob" || oid !== blobs.get(f))
        continue;
      contents.set(f, out.subarray(at, at + Number(size)));
      at += Number(size) + 1;
    }
  }
  for (const f of files)
    if (!contents.has(f))
      contents.set(f, await stagedContent(cwd, f));
  return contents;
}
function catFile(cwd, oids) {
  return new Promise((resolve3, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0)
        resolve3(Buffer.concat(out));
      else
        reject(new GitError(Buffer.concat(err).toString().trim() || `git cat-file exited with ${code}`));
    });
    child.stdin.end(`${oids.join("\n")}
`);
  });
}
async function changedFiles(cwd, mode) {
  if ("staged" in mode) {
    const { changed, deleted } = await stagedDiff(cwd);
    return { changed, deleted };
  }
  if (!await inRepository(cwd))
    throw notARepository(cwd, "--since");
  let commit = "";
  try {
    commit = (await git(cwd, ["rev-parse", "--verify", "--quiet", `${mode.since}^{commit}`])).toString().trim();
  } catch {
    commit = "";
  }
  if (!commit) {
    throw new UserError(`--since: \`${mode.since}\` is not a commit git knows`, "Fetch it first (in CI: actions/checkout with fetch-depth: 0).");
  }
  const [diff, others] = await Promise.all([
    git(cwd, ["diff", "--name-status", "-z", "-M", "--relative", mode.since]),
    git(cwd, ["ls-files", "--others", "--exclude-standard", "-z"])
  ]);
  const tracked = parseNameStatus(diff.toString());
  const untracked = others.toString().split("\0").filter(Boolean);
  return { changed: [.../* @__PURE__ */ new Set([...tracked.changed, ...untracked])].sort(), deleted: tracked.deleted };
}
async function stagedContent(cwd, file) {
  return git(cwd, ["show", `:./${file}`]);
}
async function addedTimes(cwd) {
  const times = /* @__PURE__ */ new Map();
  if (!await inRepository(cwd))
    return times;
  let out = "";
  try {
    out = (await git(cwd, ["log", "--diff-filter=A", "--format=%x00%ct", "--name-only", "--relative", "--no-renames"])).toString();
  } catch {
    return times;
  }
  let current = 0;
  for (const line of out.split("\n")) {
    if (line.startsWith("\0"))
      current = Number(line.slice(1));
    else if (line.trim() && !times.has(line))
      times.set(line, current);
  }
  return times;
}

// build/src/engine/build.js
import { createHash as createHash4 } from "node:crypto";
import { availableParallelism as availableParallelism2 } from "node:os";
import path6 from "node:path";

// build/src/site/left-out.js
function leftOut(files, records, errors) {
  const published = new Set(records.filter((r) => r.ok).map((r) => r.file));
  const firstError = /* @__PURE__ */ new Map();
  for (const d of errors)
    if (!firstError.has(d.file) && /^(parse|internal)\//.test(d.ruleId))
      firstError.set(d.file, d);
  return files.filter((f) => !published.has(f)).map((file) => {
    const d = firstError.get(file);
    return { file, why: d ? `${d.message} (${d.ruleId})` : "it could not be read as an article" };
  });
}
function leftOutLines(list) {
  if (!list.length)
    return "";
  const head = `Left out of the site: ${list.length} article${list.length === 1 ? "" : "s"}`;
  return `${head}
${list.map((l) => `  ${l.file}: ${l.why}`).join("\n")}
`;
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
import path5 from "node:path";
import { performance as performance2 } from "node:perf_hooks";

// build/src/discover/index.js
var import_picomatch2 = __toESM(require_picomatch(), 1);
import { lstatSync, readdirSync as readdirSync3, realpathSync as realpathSync2, statSync as statSync3 } from "node:fs";
import path4 from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync as readdirSync2, realpath, realpathSync, stat, statSync as statSync2 } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path9) {
  let normalized = normalize(path9);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path9, separator) {
  return path9.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path9) {
  return path9 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path9);
}
function normalizePath(path9, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path9.includes("/") || path9.startsWith(".");
  if (resolvePaths) path9 = resolve(path9);
  if (normalizePath$1 || pathNeedsCleaning) path9 = cleanPath(path9);
  if (path9 === ".") return "";
  const needsSeperator = path9[path9.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path9 + pathSeparator : path9, pathSeparator);
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
  const path9 = directoryPath || ".";
  if (filters.every((filter) => filter(path9, true))) paths.push(path9);
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
var resolveSymlinksAsync = function(path9, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path9, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path9, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path9, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path9);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path9, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path9, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path9);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path9, resolved);
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
        let path9 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path9)) continue;
        this.pushDirectory(path9, paths, filters);
        this.walkDirectory(this.state, path9, path9, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path9 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path9, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path9 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path9 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path9;
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
    this.options.filters.push((path9) => isMatch(path9));
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
function ensureNonDriveRelativePath(path9) {
  return path9.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path9) {
  var _result$parts;
  const result = import_picomatch.default.scan(path9, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path9];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path9) => path9.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path9) => path9.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
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
      const path9 = format(p, isDirectory);
      const matches = matcher(path9) && !ignore(path9);
      if (matches) log(`matched ${path9}`);
      return matches;
    } : (p, isDirectory) => {
      const path9 = format(p, isDirectory);
      return matcher(path9) && !ignore(path9);
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
    const full = path4.resolve(cwd, pattern);
    let stat2;
    try {
      stat2 = statSync3(full);
    } catch {
      stat2 = lstatSync(full, { throwIfNoEntry: false });
    }
    let matches;
    if (stat2?.isDirectory()) {
      const dir = toPosix(path4.relative(cwd, full)) || ".";
      const g = `${escapeGlob(dir)}/**/*.md`;
      matches = await glob(g, { cwd, ignore, dot: false, expandDirectories: false, followSymbolicLinks: false });
      for (const m of oddEntries(cwd, dir, dir === "." ? "**/*.md" : g, ignore))
        odd.set(m, full);
    } else if (stat2 && !stat2.isDirectory() && !isDynamicPattern(pattern)) {
      const rel = toPosix(path4.relative(cwd, full));
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
      const baseAbs = path4.resolve(cwd, base);
      for (const m of oddEntries(cwd, toPosix(path4.relative(cwd, baseAbs)) || ".", pattern, ignore))
        odd.set(m, baseAbs);
      if (!matches.length && !odd.size)
        throw new UserError(`No files match \`${pattern}\``, "Check the glob; quote it so the shell does not expand it.");
    } else {
      throw new UserError(`No such file or folder: ${pattern}`);
    }
    for (const m of matches) {
      const file = stat2?.isFile() || PLAIN.test(m) ? m : toPosix(path4.normalize(m));
      if (stat2?.isFile() || !above?.(file))
        found.add(file);
    }
  }
  const problems = [];
  let realCwd;
  for (const [rel, root] of odd) {
    const file = PLAIN.test(rel) ? rel : toPosix(path4.normalize(rel));
    if (found.has(file))
      continue;
    const verdict = linkVerdict(path4.resolve(cwd, file), root);
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
    const target = toPosix(path4.relative(realCwd, verdict.target));
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
  const rel = path4.relative(realRoot, target);
  if (!rel || rel.startsWith("..") || path4.isAbsolute(rel) || /(^|[\\/])(\.git|node_modules)([\\/]|$)/.test(rel)) {
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
      entries = readdirSync3(path4.resolve(cwd, rel), { withFileTypes: true });
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
  const within = toPosix(path4.relative(path4.resolve(cwd, base), cwd));
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

// build/src/engine/run.js
var PARALLEL_THRESHOLD = 200;
var CHUNK_SIZE = 64;
async function lintProject(options) {
  const timings = {};
  let t = performance2.now();
  const lap = (name) => {
    const now = performance2.now();
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
  for (const r of results)
    if (!scope || scope.has(r.file))
      collect(r.file, () => r.diagnostics, r.tally);
  for (const d of unread)
    if ((!scope || scope.has(d.file)) && !excluded.has(d.file))
      collect(d.file, () => [d]);
  const summaries = collectSummaries(results);
  const pages = /* @__PURE__ */ new Map();
  for (const r of results)
    if (r.page)
      pages.set(r.file, r.page);
  if (!options.skipCorpusRules) {
    const run = { ...options.corpus };
    if (options.cache && !options.fix && !run.changed && !options.contents && !options.exclude?.length) {
      const cache = options.cache;
      run.state = { get: (rule) => cache.getState(rule), set: (rule, value) => cache.setState(rule, value) };
      run.fingerprints = new Map(results.flatMap((r) => r.hash ? [[r.file, r.hash]] : []));
    }
    const byFile = /* @__PURE__ */ new Map();
    const silenced = /* @__PURE__ */ new Map();
    for (const r of results)
      if (r.silenced)
        silenced.set(r.file, r.silenced);
    for (const d of lintCorpus(summaries, silenced, options.config, run, timings)) {
      const list = byFile.get(d.file);
      if (list)
        list.push(d);
      else
        byFile.set(d.file, [d]);
    }
    for (const [file, found2] of byFile)
      collect(file, () => found2);
  }
  if (options.cache && !options.fix && !options.deferCacheSave) {
    mark("  linted");
    options.cache.save();
    mark("  cache saved");
  }
  t = performance2.now();
  diagnostics.sort(compareDiagnostics);
  return { files, diagnostics, tallies, fixedFiles: results.filter((r) => r.fixed).length, summaries, pages, timings };
}
async function lintFiles(all, options) {
  const { cache } = options;
  const cached = /* @__PURE__ */ new Map();
  const stats = /* @__PURE__ */ new Map();
  if (cache && !options.fix) {
    for (const file of all) {
      if (options.contents?.has(file)) {
        const entry2 = cache.byHash(file, hashBytes(options.contents.get(file)));
        if (entry2)
          cached.set(file, cachedResult(file, entry2));
        continue;
      }
      const stat2 = statOf(path5.resolve(options.cwd, file));
      if (!stat2)
        continue;
      stats.set(file, stat2);
      const entry = cache.fresh(file, stat2);
      if (entry && (!options.render || entry.page))
        cached.set(file, cachedResult(file, entry));
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
function cachedResult(file, entry) {
  return {
    page: entry.page,
    silenced: entry.silenced,
    file,
    hash: entry.hash,
    get diagnostics() {
      return entry.diagnostics;
    },
    tally: entry.tally,
    summaries: entry.summaries,
    fixed: false
  };
}
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
    const { lintChunk } = await import("./lint-worker.js");
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
function lintCorpus(summaries, silenced, config, run, timings) {
  const resolver = new RuleResolver(config, ruleInfos());
  const out = [];
  for (const rule of rules) {
    if (!rule.checkCorpus)
      continue;
    const entries = summaries.get(rule.id) ?? [];
    if (!entries.length)
      continue;
    const start = performance2.now();
    const groups = optionGroups(entries, rule.id, rule.defaultOptions ?? {}, resolver);
    for (const [key, group] of groups) {
      const runOf = groups.size === 1 || key === groups.keys().next().value ? run : { ...run, state: void 0, results: void 0 };
      try {
        rule.checkCorpus(entries, (r) => {
          if (!group.files.has(r.file))
            return;
          if (silenced.get(r.file)?.some(([id, from, to]) => (id === "*" || id === rule.id) && r.line >= from && r.line <= to))
            return;
          const setting = resolver.forFile(r.file).get(rule.id);
          if (setting)
            out.push({ ...r, ruleId: rule.id, severity: r.severity ?? setting.severity });
        }, group.options, runOf);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (process.env.DEBUG?.includes("selfhelp"))
          console.error(error);
        const file = [...group.files].sort()[0];
        out.push({
          file,
          line: 1,
          column: 1,
          severity: "error",
          ruleId: "internal/crash",
          message: `the cross-file rule \`${rule.id}\` crashed: ${message}`
        });
      }
    }
    timings[rule.id] = performance2.now() - start;
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

// build/src/engine/build.js
async function buildProject(req) {
  const { cwd, config, cache } = req;
  const results = /* @__PURE__ */ new Map();
  const lint = await lintProject({
    cwd,
    patterns: req.patterns,
    config,
    fix: false,
    cache,
    onProgress: req.onProgress,
    render: true,
    deferCacheSave: true,
    corpus: { results },
    errorsOnly: !req.allProblems
  });
  const tallies = lint.tallies ?? talliesOf(lint.diagnostics);
  mark(`lint+render (${Object.entries(lint.timings).map(([k, v]) => `${k}=${Math.round(v)}`).join(" ")})`);
  const records = [...lint.pages.values()].map((p) => p.meta);
  const found = req.suppressions ? req.suppressions.apply(lint.diagnostics).kept : lint.diagnostics;
  const errors = req.allProblems ? found.filter((d) => d.severity === "error") : found;
  const total = {};
  for (const t of tallies.values())
    addTally(total, t);
  if (errors.length && !req.force) {
    req.log(`${errors.map((d) => formatLine(d)).join("\n")}
${summaryLine(total, lint.files.length)}
`);
    const n = `${errors.length} error${errors.length === 1 ? "" : "s"}`;
    req.log(`Not published: ${n}; ${req.out} is unchanged (--force publishes anyway).
`);
    return { code: 1, records, diagnostics: lint.diagnostics };
  }
  if (errors.length)
    req.log(`${summaryLine(total, lint.files.length)} (published anyway: --force)
`);
  req.log(leftOutLines(leftOut(lint.files, records, errors)));
  const cacheFor = req.cacheDir ? cacheKey(config) : void 0;
  const resolver = new RuleResolver(config, ruleInfos());
  const options = resolver.forFile("").get("duplicate-guidance")?.options;
  let duplicates;
  if (options) {
    const key = createHash4("sha1").update(JSON.stringify(options));
    for (const r of records)
      key.update(`${r.file}\0${r.hash}
`);
    duplicates = {
      key: key.digest("hex"),
      make: () => {
        const shared = results.get("duplicate-guidance");
        const entries = shared?.entries ?? unpackEntries(lint.summaries.get("duplicate-guidance") ?? []);
        const dupes = shared?.result ?? detect(entries, options);
        const reported = reportedPairs(dupes, entries, options, {});
        const byFile = new Map(records.map((r) => [r.file, r]));
        const piecesFile = cacheFor && path6.resolve(req.cacheDir, "report.pieces");
        const kept = piecesFile ? readPieces(piecesFile, cacheFor) : /* @__PURE__ */ new Map();
        const pieces = new ReportPieces(kept, (file) => byFile.get(file)?.hash);
        const htmlFile = path6.resolve(cwd, req.out, "reports", "duplicates.html");
        const href = (file) => `../${byFile.get(file)?.page ?? pagePath(file)}`;
        const html = duplicatesReport(dupes, reported, cwd, htmlFile, href, pieces);
        mark(`  report made (${pieces.made} of ${pieces.used.size} pieces made)`);
        if (piecesFile && pieces.changed)
          writeChecked(piecesFile, PIECES_MAGIC, { key: cacheFor, pieces: pieces.used });
        return html;
      }
    };
  }
  const bodies = async (rs) => {
    const out = /* @__PURE__ */ new Map();
    const missing = [];
    for (const r of rs) {
      const b = lint.pages.get(r.file)?.body;
      if (b)
        out.set(r.file, b);
      else
        missing.push(r.file);
    }
    if (missing.length) {
      const { renderChunk } = await import("./chunk-MICWLBMW.js");
      for (const record of renderChunk({ files: missing, cwd }))
        out.set(record.file, record);
    }
    return out;
  };
  const sovereign = sovereignLinks(records, 20);
  if (sovereign.count) {
    const { shown, count } = sovereign;
    const more = count > shown.length ? `... and ${count - shown.length} more
` : "";
    req.log(`${shown.map((d) => formatLine(d)).join("\n")}
${more}`);
    const links = `${count} link${count === 1 ? "" : "s"}`;
    const where2 = "each bundle's in <cloud>/reports/cloud-links.json";
    req.log(`${links} to another cloud's portal or docs in sovereign-cloud bundles (${where2}).
`);
  }
  const indexFile = req.cacheDir && path6.resolve(req.cacheDir, req.indexName ?? "build.v8");
  const index = cacheFor && indexFile ? { file: indexFile, key: cacheFor } : void 0;
  const result = await writeBuild({
    records,
    bodies,
    cwd,
    out: req.out,
    lint: lintSummary(tallies, sovereign.byFile, records),
    duplicates,
    index,
    indexShards: shardIndexer(),
    urls: config.site
  });
  mark("site written");
  if (result.problems.length)
    req.log(`${result.problems.map((d) => formatLine(d)).join("\n")}
`);
  if (!config.site?.baseUrl)
    req.log("No sitemap made: set `site.baseUrl` in the config for one.\n");
  const where = toPosix(path6.relative(cwd, result.out)) || ".";
  req.log(`Built ${result.articles} articles into ${where} (${result.files} files, ${result.written} written).
`);
  return { code: 0, result, records, diagnostics: lint.diagnostics };
}
function talliesOf(diagnostics) {
  const byFile = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list)
      list.push(d);
    else
      byFile.set(d.file, [d]);
  }
  return new Map([...byFile].map(([file, list]) => [file, tallyOf(list)]));
}
function lintSummary(tallies, sovereign, records) {
  const service = new Map(records.map((r) => [r.file, r.service || "unknown"]));
  const summary = { byRule: {}, byService: {}, errors: 0, warnings: 0 };
  const add = (file, rule, errors, warnings) => {
    if (!errors && !warnings)
      return;
    const s = service.get(file) ?? "unknown";
    summary.byRule[rule] = (summary.byRule[rule] ?? 0) + errors + warnings;
    const perFile = (summary.byRuleFile ??= {})[rule] ??= {};
    perFile[file] = (perFile[file] ?? 0) + errors + warnings;
    summary.byService[s] = (summary.byService[s] ?? 0) + errors + warnings;
    summary.errors += errors;
    summary.warnings += warnings;
  };
  for (const [file, tally] of tallies)
    for (const rule in tally)
      add(file, rule, tally[rule][0], tally[rule][1]);
  for (const [file, n] of sovereign)
    add(file, SOVEREIGN_RULE, 0, n);
  return summary;
}
var PIECES_MAGIC = Buffer.from("SELFHELP-PIECES-2");
function readPieces(file, key) {
  const data = readChecked(file, PIECES_MAGIC);
  return data?.key === key && data.pieces instanceof Map ? data.pieces : /* @__PURE__ */ new Map();
}
function shardIndexer() {
  return async (jobs) => {
    const docs = jobs.reduce((n, j) => n + j.docs.length, 0);
    const threads = Math.min(availableParallelism2(), jobs.length);
    if (docs < 2e3 || threads < 2)
      return (await import("./search-worker.js")).default(jobs);
    const pool2 = await acquirePool(threads);
    const filename = workerUrl("search");
    try {
      const order = jobs.map((j, i) => i).sort((a, b) => jobs[b].docs.length - jobs[a].docs.length);
      const out = new Array(jobs.length);
      const lanes = Math.max(1, Math.min(availableParallelism2() - 1, order.length));
      let next = 0;
      await Promise.all(Array.from({ length: lanes }, async () => {
        while (next < order.length) {
          const i = order[next++];
          out[i] = (await pool2.run([jobs[i]], { filename }))[0];
        }
      }));
      return out;
    } finally {
      await releasePool();
    }
  };
}

// build/src/engine/verify.js
import { lstatSync as lstatSync2, readdirSync as readdirSync4, readFileSync as readFileSync5 } from "node:fs";
import path7 from "node:path";
function treeDifferences(a, b, limit = 20) {
  const list = (dir) => readdirSync4(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => path7.relative(dir, path7.join(f.parentPath, f.name)).split(path7.sep).join("/")).sort();
  const left = new Set(list(a));
  const right = new Set(list(b));
  const out = [];
  for (const f of [.../* @__PURE__ */ new Set([...left, ...right])].sort()) {
    if (out.length >= limit)
      break;
    if (!left.has(f) || !right.has(f))
      out.push(`${f} (only in ${left.has(f) ? "the rebuilt" : "the clean"} output)`);
    else if (lstatSync2(path7.join(a, f)).size !== lstatSync2(path7.join(b, f)).size)
      out.push(f);
    else if (!readFileSync5(path7.join(a, f)).equals(readFileSync5(path7.join(b, f))))
      out.push(f);
  }
  return out;
}
function diagnosticDifferences(warm, cold, limit = 20) {
  const text = (d) => JSON.stringify([d.file, d.line, d.column, d.endLine, d.endColumn, d.severity, d.ruleId, d.message, d.fix]);
  const a = warm.map(text);
  const b = cold.map(text);
  const setA = new Set(a);
  const setB = new Set(b);
  const out = [];
  for (const t of a)
    if (!setB.has(t) && out.length < limit)
      out.push(`only from the cache: ${t}`);
  for (const t of b)
    if (!setA.has(t) && out.length < limit)
      out.push(`only when made again: ${t}`);
  if (!out.length && a.join("\n") !== b.join("\n"))
    out.push("the same diagnostics in another order");
  return out;
}

// build/src/engine/index.js
function dupeIndex(summaries) {
  const entries = unpackEntries([...summaries].map(([file, summary]) => ({ file, summary })));
  const unpacked = new Map(entries.map((e) => [e.file, e]));
  const spread = passageSpread(entries);
  const index = { unpacked, spread, byBody: /* @__PURE__ */ new Map(), byBand: /* @__PURE__ */ new Map(), byPassage: /* @__PURE__ */ new Map() };
  const put = (map, key, file) => {
    const list = map.get(key);
    if (!list)
      map.set(key, [file]);
    else if (list[list.length - 1] !== file)
      list.push(file);
  };
  for (const [file, e] of unpacked) {
    if (e.summary.words)
      put(index.byBody, e.summary.bodyHash, file);
    const sig = e.summary.signature;
    if (sig.length && e.summary.shingles.length) {
      for (let band = 0; band < BANDS; band++)
        put(index.byBand, bandKey(sig, band, ROWS), file);
    }
    for (let k = 0; k < e.summary.passageCount; k++) {
      const h = e.summary.passageHash(k);
      if (h === h)
        put(index.byPassage, h, file);
    }
  }
  return index;
}
var Engine = class _Engine {
  options;
  cwd;
  config;
  cacheDir;
  cache;
  baselineFile;
  /** where the bulk suppressions are */
  suppressionsFile;
  constructor(options) {
    this.options = options;
    this.cwd = options.cwd;
    this.config = options.config ?? requireConfig(options.cwd, options.configFile, ruleInfos());
    this.cacheDir = options.cache === false ? void 0 : path8.resolve(options.cwd, options.cache ?? CACHE_DIR);
    this.baselineFile = path8.resolve(options.cwd, options.baseline ?? BASELINE_NAME);
    this.suppressionsFile = path8.resolve(options.cwd, options.suppressions ?? SUPPRESSIONS_NAME);
  }
  /** The engine of a project; its cache is opened on first use. */
  static open(options) {
    return new _Engine(options);
  }
  /** The cache, opened once and kept (a long-lived engine, such as the preview's, reads it once). */
  openCache() {
    if (!this.cacheDir)
      return void 0;
    const codecs = /* @__PURE__ */ new Map();
    for (const rule of rules)
      if (rule.summaryCodec)
        codecs.set(rule.id, rule.summaryCodec);
    return this.cache ??= LintCache.open(this.cacheDir, this.config, codecs);
  }
  /** The rule settings of a file (severity and options), after the config's overrides. */
  rulesFor(file) {
    return new RuleResolver(this.config, ruleInfos()).forFile(file);
  }
  /** Lint: per-file rules for the files in scope, cross-file rules against the whole corpus. */
  async check(req) {
    const result = await this.checkAll(req);
    if (req.suppress === false)
      return { ...result, suppressed: 0 };
    const { kept, suppressed } = Suppressions.read(this.suppressionsFile).apply(result.diagnostics);
    return { ...result, diagnostics: kept, suppressed };
  }
  async checkAll(req) {
    const changes = req.changes;
    const baseline = Baseline.read(this.baselineFile);
    const added = changes ? /* @__PURE__ */ new Map() : await addedTimes(this.cwd);
    const cache = req.fix ? void 0 : this.openCache();
    return lintProject({
      cache,
      reportOnly: changes?.changed,
      onProgress: this.options.onProgress,
      cwd: this.cwd,
      patterns: req.patterns,
      config: this.config,
      fix: !!req.fix,
      threads: this.options.threads,
      contents: changes?.contents,
      exclude: changes?.deleted,
      corpus: {
        changed: changes?.changed,
        accepted: (a, b) => baseline.has(a, b),
        newer: (a, b) => {
          const ta = added.get(a);
          const tb = added.get(b);
          return ta !== void 0 && tb !== void 0 && ta !== tb ? ta > tb : a > b;
        }
      }
    });
  }
  /** Duplicated guidance: the pairs, clusters and passage groups of the corpus, and the pairs to report. */
  async duplicates(req) {
    const rule = "duplicate-guidance";
    if (!this.rulesFor("").get(rule))
      return this.duplicateRuleAlone().duplicates(req);
    const started = performance.now();
    const changes = req.changes;
    const options = { ...this.rulesFor("").get(rule)?.options };
    if (req.threshold !== void 0)
      options.threshold = req.threshold;
    const result = await lintProject({
      cwd: this.cwd,
      patterns: req.patterns,
      config: this.config,
      fix: false,
      skipCorpusRules: true,
      // only the errors are decoded (the parse errors are shown): the per-file diagnostics stay in the cache
      errorsOnly: true,
      contents: changes?.contents,
      exclude: changes?.deleted,
      cache: this.openCache(),
      onProgress: this.options.onProgress,
      threads: this.options.threads
    });
    const parsed = performance.now();
    const entries = unpackEntries(result.summaries.get(rule) ?? []);
    const dupes = detect(entries, options, req.html === void 0 ? changes?.changed : void 0);
    const detected = performance.now();
    const baseline = Baseline.read(this.baselineFile);
    const accepted = (a, b) => baseline.has(a, b);
    const reported = reportedPairs(dupes, entries, options, { changed: changes?.changed, accepted });
    const suggestions = cloudSuggestions(dupes, options, { changed: changes?.changed });
    const diagnostics = dupesDiagnostics(result.diagnostics, reported, suggestions, rule, changes?.changed);
    if (req.html !== void 0) {
      const { writeFileAtomic: writeFileAtomic2 } = await import("./chunk-KT2GBVBZ.js");
      const htmlFile = path8.resolve(this.cwd, req.html);
      writeFileAtomic2(htmlFile, duplicatesReport(dupes, reported, this.cwd, htmlFile));
    }
    const timings = { parse: parsed - started, detect: detected - parsed };
    return { files: result.files, dupes, reported, diagnostics, timings };
  }
  /** An engine for this project whose config runs the duplicate rule alone. */
  duplicateRuleAlone() {
    const only = Object.fromEntries(rules.map((r) => [r.id, r.id === "duplicate-guidance" ? "warn" : "off"]));
    return _Engine.open({ ...this.options, config: { ...this.config, overrides: [], rules: only } });
  }
  /** Every pair found now that the policy reports, for `dupes --update-baseline`. */
  async acceptAllDuplicates(patterns) {
    const rule = "duplicate-guidance";
    if (!this.rulesFor("").get(rule))
      return this.duplicateRuleAlone().acceptAllDuplicates(patterns);
    const options = this.rulesFor("").get(rule)?.options;
    const result = await lintProject({
      cwd: this.cwd,
      patterns,
      config: this.config,
      fix: false,
      skipCorpusRules: true,
      cache: this.openCache(),
      onProgress: this.options.onProgress
    });
    const entries = unpackEntries(result.summaries.get(rule) ?? []);
    const dupes = detect(entries, options);
    const types = new Map(entries.map((e) => [e.file, e.summary.type]));
    const accepted = dupes.pairs.filter((p) => reportable(p, types, options)).map((p) => [p.a, p.b]);
    Baseline.write(this.baselineFile, accepted);
    return accepted.length;
  }
  /** Lint, render and write the site into `out` (atomically); refused on errors unless forced. */
  async build(req) {
    const { checkOutputFolder } = await import("./chunk-WG4HR5PH.js");
    checkOutputFolder(path8.resolve(this.cwd, req.out), this.cwd);
    const release = holdPool();
    try {
      const cache = this.openCache();
      return await buildProject({
        ...req,
        cwd: this.cwd,
        config: this.config,
        cache,
        cacheDir: this.cacheDir,
        onProgress: this.options.onProgress,
        suppressions: Suppressions.read(this.suppressionsFile)
      });
    } finally {
      await release();
    }
  }
  /**
   * Verify mode: check again with no cache and compare every diagnostic with what `result` (a run that could
   * reuse cached ones) gave. Returns the differences (none: the cache is sound).
   */
  async verifyCheck(req, result) {
    const cold = _Engine.open({ ...this.options, config: this.config, cache: false, onProgress: void 0 });
    return diagnosticDifferences(result.diagnostics, (await cold.check(req)).diagnostics);
  }
  /** Verify mode for a build: the same site made from nothing into `scratch`, compared byte for byte with `out`. */
  async verifyBuild(req, scratch) {
    const { rmSync: rmSync2 } = await import("node:fs");
    const cold = _Engine.open({ ...this.options, config: this.config, cache: false, onProgress: void 0 });
    rmSync2(scratch, { recursive: true, force: true });
    try {
      await cold.build({ ...req, out: scratch, log: () => {
      } });
      return treeDifferences(path8.resolve(this.cwd, req.out), scratch);
    } finally {
      rmSync2(scratch, { recursive: true, force: true });
    }
  }
  /** Write what the runs changed in the cache (a build saves after its site: the two are not held at once). */
  save() {
    this.cache?.save();
  }
  // --- editor server support ---
  // The language server (src/lsp/) keeps one engine for its whole session: the workspace is read once (from the
  // cache), every file's cross-file summaries stay in memory, and an edit re-checks only the edited buffers in
  // this thread, comparing them with that in-memory corpus (no discovery, no stat of every file per keystroke).
  editor;
  /**
   * Read the workspace (unchanged files from the cache) and keep every file's cross-file summaries; `changed`
   * files are read again from disk. Call it again when files change on disk.
   */
  async openWorkspace(patterns, changed = []) {
    const result = await lintProject({
      cwd: this.cwd,
      patterns,
      config: this.config,
      fix: false,
      threads: this.options.threads,
      cache: this.openCache(),
      reportOnly: new Set(changed),
      skipCorpusRules: true,
      onProgress: this.options.onProgress
    });
    const summaries = /* @__PURE__ */ new Map();
    for (const [rule, entries] of result.summaries) {
      summaries.set(rule, new Map(entries.map((e) => [e.file, e.summary])));
    }
    this.editor = { patterns, files: result.files, summaries, values: this.editor?.values ?? /* @__PURE__ */ new Map() };
    this.editor.dupes = dupeIndex(summaries.get("duplicate-guidance") ?? /* @__PURE__ */ new Map());
    return { files: result.files };
  }
  /** The workspace's files, as last read by openWorkspace. */
  workspaceFiles() {
    return this.editor?.files ?? [];
  }
  /**
   * The diagnostics of these buffers (posix path -> content): per-file rules, inline directives, then the
   * cross-file rules comparing them with the rest of the workspace as last read. Sorted.
   */
  async checkBuffers(buffers) {
    const state = this.editor;
    if (!state)
      throw new Error("checkBuffers before openWorkspace");
    const { lintChunk } = await import("./lint-worker.js");
    const files = [...buffers.keys()].sort();
    const contents = Object.fromEntries(buffers);
    const fresh = lintChunk({ files, cwd: this.cwd, config: this.config, fix: false, contents });
    const out = fresh.flatMap((r) => r.diagnostics);
    const changed = new Set(files);
    const baseline = Baseline.read(this.baselineFile);
    const run = {
      changed,
      accepted: (a, b) => baseline.has(a, b),
      newer: (a, b) => changed.has(a) && !changed.has(b)
    };
    const resolver = new RuleResolver(this.config, ruleInfos());
    const all = [.../* @__PURE__ */ new Set([...state.files, ...files])].sort();
    for (const rule of rules) {
      if (!rule.checkCorpus)
        continue;
      const known = state.summaries.get(rule.id) ?? /* @__PURE__ */ new Map();
      const now = new Map(fresh.map((r) => [r.file, r.summaries[rule.id]]));
      const entries = [];
      for (const file of all) {
        const summary = now.has(file) ? now.get(file) : known.get(file);
        if (summary !== void 0)
          entries.push({ file, summary });
      }
      if (!entries.length)
        continue;
      const options = resolver.forFile(files[0]).get(rule.id)?.options ?? rule.defaultOptions ?? {};
      const silenced = new Map(fresh.map((r) => [r.file, r.silenced ?? []]));
      const report2 = (r) => {
        const setting = resolver.forFile(r.file).get(rule.id);
        if (!setting || !changed.has(r.file))
          return;
        const off = silenced.get(r.file)?.some(([id, from, to]) => (id === "*" || id === rule.id) && r.line >= from && r.line <= to);
        if (!off)
          out.push({ ...r, ruleId: rule.id, severity: setting.severity });
      };
      const dupeOptions = options;
      try {
        if (rule.id === "duplicate-guidance")
          this.editorDuplicates(state, now, dupeOptions, run, report2);
        else
          rule.checkCorpus(entries, report2, options, run);
      } catch (error) {
        const message = `the cross-file rule \`${rule.id}\` crashed: ${error.message}`;
        out.push({ file: files[0], line: 1, column: 1, severity: "error", ruleId: "internal/crash", message });
      }
    }
    return Suppressions.read(this.suppressionsFile).apply(out.sort(compareDiagnostics)).kept;
  }
  /**
   * duplicate-guidance for checkBuffers: detection runs on the buffers and the articles that could pair with
   * them (an identical body, an LSH band or a non-boilerplate passage in common: the candidates detection
   * itself would consider), found in an index of the workspace kept between checks, with the workspace's
   * passage spread; so the pairs are those a whole-corpus detection focused on the buffers finds.
   */
  editorDuplicates(state, now, options, run, report2) {
    const dupes = state.dupes ??= dupeIndex(state.summaries.get("duplicate-guidance") ?? /* @__PURE__ */ new Map());
    const { unpacked, spread } = dupes;
    const hashes = (e) => {
      const seen = /* @__PURE__ */ new Set();
      for (let k = 0; e && k < e.summary.passageCount; k++)
        seen.add(e.summary.passageHash(k));
      seen.delete(NaN);
      return seen;
    };
    const adjust = (e, by) => {
      for (const h of hashes(e))
        spread.set(h, (spread.get(h) ?? 0) + by);
    };
    const present = [...now].filter(([, s]) => s !== void 0).map(([file, summary]) => ({ file, summary }));
    const replaced = new Map(unpackEntries(present).map((e) => [e.file, e]));
    for (const file of now.keys()) {
      adjust(unpacked.get(file), -1);
      adjust(replaced.get(file), 1);
    }
    try {
      const candidates = /* @__PURE__ */ new Set();
      const add = (files) => files?.forEach((f) => candidates.add(f));
      for (const e of replaced.values()) {
        if (e.summary.words)
          add(dupes.byBody.get(e.summary.bodyHash));
        const sig = e.summary.signature;
        if (sig.length && e.summary.shingles.length) {
          for (let band = 0; band < BANDS; band++)
            add(dupes.byBand.get(bandKey(sig, band, ROWS)));
        }
        for (const h of hashes(e))
          if ((spread.get(h) ?? 0) <= options.boilerplateSpread)
            add(dupes.byPassage.get(h));
      }
      for (const file of now.keys())
        candidates.delete(file);
      const input = [...replaced.values(), ...[...candidates].map((f) => unpacked.get(f))];
      const result = detect(input, options, run.changed, spread);
      for (const r of reportedPairs(result, input, options, run))
        report2(r.report);
    } finally {
      for (const file of now.keys()) {
        adjust(replaced.get(file), -1);
        adjust(unpacked.get(file), 1);
      }
    }
  }
  /**
   * How often each value of these attributes is used across the workspace (buffers in place of their files),
   * e.g. `service` and `resource` for completion. Each file's block is read once and again only when it changes.
   */
  async attributeCounts(names, buffers = /* @__PURE__ */ new Map()) {
    const state = this.editor;
    const counts = new Map(names.map((n) => [n, /* @__PURE__ */ new Map()]));
    if (!state)
      return counts;
    const { scanProperties } = await import("./chunk-WCM3EHNO.js");
    const { LineIndex } = await import("./chunk-JKBGOOKT.js");
    const wanted = new Map(names.map((n) => [n.toLowerCase(), n]));
    const valuesOf = (text) => {
      const { block } = scanProperties(text, new LineIndex(text));
      const found = [];
      for (const a of block?.attributes ?? []) {
        const name = wanted.get(a.name.toLowerCase());
        if (name && a.value.trim())
          found.push([name, a.value.trim()]);
      }
      return found;
    };
    for (const file of state.files) {
      let found;
      const buffer = buffers.get(file);
      if (buffer !== void 0)
        found = valuesOf(buffer);
      else {
        const stat2 = statOf(path8.resolve(this.cwd, file));
        if (!stat2)
          continue;
        const memo = state.values.get(file);
        if (memo && memo.mtimeMs === stat2.mtimeMs && memo.size === stat2.size)
          found = memo.found;
        else {
          let text;
          try {
            text = readFileSync6(path8.resolve(this.cwd, file), "utf8");
          } catch {
            continue;
          }
          found = valuesOf(text);
          state.values.set(file, { ...stat2, found });
        }
      }
      for (const [name, value] of found) {
        const byValue = counts.get(name);
        byValue.set(value, (byValue.get(value) ?? 0) + 1);
      }
    }
    return counts;
  }
};

export {
  CACHE_DIR,
  BASELINE_NAME,
  stagedFiles,
  changedFiles,
  json,
  dupesJson,
  dupesExitCode,
  formatLine,
  stylish,
  summaryLine,
  SUPPRESSIONS_NAME,
  Suppressions,
  Engine
};
