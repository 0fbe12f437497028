import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  SUM_BYTES,
  checksum,
  mark,
  readChecked,
  regularOrAbsent,
  writeChecked
} from "./chunk-PEF5I3VR.js";
import {
  budgetOf,
  isBudgetResult,
  lintSmallRun,
  runGuarded
} from "./chunk-MH55NRSS.js";
import {
  ruleInfos,
  rules
} from "./chunk-RXNWJEWY.js";
import {
  RuleResolver,
  climbs,
  fromConfigFolder,
  joinGlob,
  toPosix
} from "./chunk-D2B5XFJA.js";
import {
  codeDir,
  schemaDir,
  workerUrl
} from "./chunk-VRXC4IAK.js";
import {
  UserError,
  addTally,
  compareDiagnostics,
  copyTally,
  tallyOf
} from "./chunk-ATJKFEQU.js";
import {
  fullPath,
  hashBytes,
  kindOf,
  readRegularFile,
  statOf,
  withLock,
  writePartsAtomic
} from "./chunk-QA7Q626X.js";
import {
  require_picomatch
} from "./chunk-QO3SQUOH.js";
import {
  __toESM
} from "./chunk-CELZMKDY.js";

// build/src/cache/index.js
import { createHash as createHash2 } from "node:crypto";
import { mkdirSync as mkdirSync2, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { endianness } from "node:os";
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

// build/src/cache/sections.js
import { closeSync as closeSync2, constants, fstatSync as fstatSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";
import { crc32 } from "node:zlib";
var CacheDamaged = class extends Error {
  name = "CacheDamaged";
};
var HEADER2 = 8 + SUM_BYTES;
var align = (n) => n + 7 & ~7;
var PARTS_BEFORE_WHOLE = 64;
function partSum(bytes) {
  return crc32(bytes) >>> 0;
}
var Section = class {
  fd;
  offset;
  length;
  sum;
  name;
  body;
  reads = 0;
  constructor(fd, offset, length, sum, name) {
    this.fd = fd;
    this.offset = offset;
    this.length = length;
    this.sum = sum;
    this.name = name;
  }
  /** The whole body, read and checked once. */
  whole() {
    if (!this.body) {
      const body = read(this.fd(), this.offset, this.length);
      if (!checksum([body]).equals(this.sum))
        throw new CacheDamaged("a cache section does not match its checksum");
      this.body = body;
    }
    return this.body;
  }
  /** A part of the body, checked against the checksum recorded for it. Its offset is a multiple of 8 in the file. */
  part(offset, length, sum) {
    if (offset < 0 || length < 0 || offset + length > this.length)
      throw new CacheDamaged("a cache part out of bounds");
    if (!this.body && ++this.reads > PARTS_BEFORE_WHOLE)
      this.whole();
    if (this.body)
      return this.body.subarray(offset, offset + length);
    const bytes = read(this.fd(), this.offset + offset, length);
    if (partSum(bytes) !== sum)
      throw new CacheDamaged("a cache part does not match its checksum");
    return bytes;
  }
};
function read(fd, position, length) {
  const bytes = Buffer.from(new ArrayBuffer(length));
  let at = 0;
  try {
    while (at < length) {
      const n = readSync2(fd, bytes, at, length - at, position + at);
      if (!n)
        break;
      at += n;
    }
  } catch {
    throw new CacheDamaged("a cache file could not be read");
  }
  if (at !== length)
    throw new CacheDamaged("a cache file ends early");
  return bytes;
}
var SectionFile = class _SectionFile {
  fd;
  sections;
  constructor(fd, sections) {
    this.fd = fd;
    this.sections = sections;
  }
  /**
   * The file's sections, when it starts with `magic` and holds exactly `count` sections; undefined for a file that is
   * foreign, truncated or longer (nothing else is read yet). Throws when the file cannot be opened (it is absent).
   */
  static open(file, magic, count) {
    const fd = openSync2(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const sections = [];
    const out = new _SectionFile(fd, sections);
    try {
      const size = fstatSync2(fd).size;
      if (!fstatSync2(fd).isFile() || size < magic.length || !read(fd, 0, magic.length).equals(magic)) {
        out.close();
        return void 0;
      }
      let at = magic.length;
      for (let i = 0; i < count; i++) {
        if (at + HEADER2 > size)
          throw new CacheDamaged("truncated");
        const header = read(fd, at, HEADER2);
        const length = Number(header.readBigUInt64BE(0));
        const start = align(at + HEADER2);
        if (start + length > size)
          throw new CacheDamaged("truncated");
        sections.push(new Section(() => out.descriptor(), start, length, header.subarray(8), header.toString("hex")));
        at = start + length;
      }
      if (at !== size)
        throw new CacheDamaged("longer than its sections");
      return out;
    } catch {
      out.close();
      return void 0;
    }
  }
  descriptor() {
    if (this.fd === void 0)
      throw new CacheDamaged("the cache file was closed");
    return this.fd;
  }
  /** Read every section whole (then the file is no longer needed). */
  load() {
    for (const s of this.sections)
      s.whole();
  }
  close() {
    if (this.fd !== void 0)
      closeSync2(this.fd);
    this.fd = void 0;
  }
};
function sectionParts(magic, sections) {
  const parts = [magic];
  const names = [];
  let at = magic.length;
  for (const body of sections) {
    const length = body.reduce((n, p) => n + p.length, 0);
    const header = Buffer.alloc(HEADER2);
    header.writeBigUInt64BE(BigInt(length));
    checksum(body).copy(header, 8);
    names.push(header.toString("hex"));
    parts.push(header);
    const start = align(at + HEADER2);
    if (start > at + HEADER2)
      parts.push(Buffer.alloc(start - at - HEADER2));
    parts.push(...body);
    at = start + length;
  }
  return { parts, names };
}

// build/src/cache/index.js
var CACHE_DIR = ".selfhelp-cache";
var FILE = "lint.v8";
var BLOBS = "lint.blobs";
var JOURNAL = "lint.journal";
var LOCK = "lint.lock";
var MAGIC2 = Buffer.from("SELFHELP-CACHE-11");
var JOURNAL_MAGIC = Buffer.from("SELFHELP-JOURNAL-5");
var HEAD = 0;
var RECORDS = 1;
var ARRAYS = 2;
var DIAGNOSTICS = 3;
var INDEX = 4;
var SECTIONS = 5;
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
var LAZY_KEYS = [PAGE_BODY];
var RAW = /* @__PURE__ */ Symbol("raw");
var EMPTY = Buffer.alloc(0);
var LiveEntry = class {
  hash;
  mtimeMs;
  size;
  codecs;
  blobs;
  from;
  record;
  summariesValue;
  decoded;
  [RAW];
  constructor(hash, mtimeMs, size, raw, codecs, blobs, from) {
    this.hash = hash;
    this.mtimeMs = mtimeMs;
    this.size = size;
    this.codecs = codecs;
    this.blobs = blobs;
    this.from = from;
    this[RAW] = raw;
  }
  stored() {
    if (!this.record) {
      let record;
      try {
        record = JSON.parse(this[RAW].record().toString("utf8"));
      } catch (error) {
        if (error instanceof CacheDamaged)
          throw error;
        throw new CacheDamaged("a cache record is not JSON");
      }
      if (!record || typeof record !== "object" || !record.summaries || typeof record.summaries !== "object")
        throw new CacheDamaged("a cache record is malformed");
      this.record = record;
    }
    return this.record;
  }
  get tally() {
    return this.stored().tally ?? {};
  }
  get silenced() {
    return this.stored().silenced;
  }
  get summaries() {
    if (!this.summariesValue) {
      const record = this.stored();
      const summaries = record.summaries;
      if (record.pooled)
        unpool(summaries, record.pooled, this[RAW].arrays());
      if (this.codecs.size)
        decodeSummaries(summaries, this.codecs);
      const extras = this.blobs && this[RAW].extras;
      if (!extras) {
        for (const key of LAZY_KEYS)
          delete summaries[key.slice(1)];
        this.summariesValue = summaries;
      } else
        this.summariesValue = new LazySummaries(summaries, extras, this.blobs);
    }
    return this.summariesValue;
  }
  get page() {
    return pageOf(this.summaries);
  }
  get diagnostics() {
    if (!this.decoded) {
      const bytes = this[RAW].diagnostics();
      const value = bytes.length ? decode(bytes) : [];
      if (!Array.isArray(value))
        throw new CacheDamaged("cached diagnostics are malformed");
      this.decoded = value;
    }
    return this.decoded;
  }
};
var StoredParts = class {
  head;
  sections;
  i;
  extras;
  constructor(head, sections, i, extras) {
    this.head = head;
    this.sections = sections;
    this.i = i;
    this.extras = extras;
  }
  part(section, k) {
    const { parts, sums } = this.head;
    const at = 6 * this.i + 2 * k;
    return this.sections[section].part(parts[at], parts[at + 1], sums[3 * this.i + k]);
  }
  record() {
    return this.part(RECORDS, 0);
  }
  arrays() {
    return this.part(ARRAYS, 1);
  }
  diagnostics() {
    return this.part(DIAGNOSTICS, 2);
  }
};
function unpool(summaries, pooled, arrays) {
  const bytes = aligned(arrays);
  for (let i = 0; i + 4 < pooled.length; i += 5) {
    const summary = summaries[pooled[i]];
    const [kind, offset, length] = [pooled[i + 2], pooled[i + 3], pooled[i + 4]];
    const width = kind ? 8 : 4;
    if (!summary || typeof summary !== "object" || offset % width || offset + length * width > bytes.length)
      throw new CacheDamaged("an inconsistent cache record");
    summary[pooled[i + 1]] = kind ? new Float64Array(bytes.buffer, bytes.byteOffset + offset, length) : new Uint32Array(bytes.buffer, bytes.byteOffset + offset, length);
  }
}
function aligned(bytes) {
  if (bytes.byteOffset % 8 === 0)
    return bytes;
  const copy = Buffer.from(new ArrayBuffer(bytes.length));
  bytes.copy(copy);
  return copy;
}
function encodeEntry(e, codecs) {
  const summaries = encodeSummaries(eager(e.summaries), codecs);
  const plain = {};
  const pooled = [];
  const parts = [];
  let at = 0;
  for (const [rule, summary] of Object.entries(summaries)) {
    if (!summary || typeof summary !== "object" || !Object.values(summary).some((v) => v instanceof Uint32Array || v instanceof Float64Array)) {
      plain[rule] = summary;
      continue;
    }
    const copy = {};
    for (const [k, v] of Object.entries(summary)) {
      if (v instanceof Uint32Array || v instanceof Float64Array) {
        copy[k] = null;
        pooled.push(rule, k, v instanceof Float64Array ? 1 : 0, at, v.length);
        const bytes = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
        parts.push(bytes);
        at += bytes.length;
        const pad = (at + 7 & ~7) - at;
        if (pad) {
          parts.push(Buffer.alloc(pad));
          at += pad;
        }
      } else
        copy[k] = v;
    }
    plain[rule] = copy;
  }
  const record = { tally: e.tally, summaries: plain };
  if (pooled.length)
    record.pooled = pooled;
  if (e.silenced)
    record.silenced = e.silenced;
  return { record: Buffer.from(JSON.stringify(record)), arrays: parts.length ? Buffer.concat(parts) : EMPTY };
}
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
var LintCache = class _LintCache {
  path;
  key;
  entries;
  codecs;
  indexers;
  discarded;
  blobs;
  dirty = false;
  /** the name of the `lint.v8` on disk (its head's length and checksum), when there is one */
  base;
  /** the blob file that `lint.v8` names */
  baseBlobs;
  /** files set or removed since that `lint.v8`: what a journal holds */
  changed = /* @__PURE__ */ new Set();
  /** the entries the stored index was made from */
  indexed = /* @__PURE__ */ new WeakSet();
  file;
  head;
  indexes;
  numbers;
  /** the files on disk as this cache read or last wrote them (see stampOf): another process' save changes it */
  stamp = "";
  /** files this process set or removed since it last saved, and the corpus rules whose state it set */
  mine = /* @__PURE__ */ new Set();
  mineState = /* @__PURE__ */ new Set();
  constructor(path4, key, entries, codecs, indexers, discarded, blobs) {
    this.path = path4;
    this.key = key;
    this.entries = entries;
    this.codecs = codecs;
    this.indexers = indexers;
    this.discarded = discarded;
    this.blobs = blobs;
  }
  /**
   * The cache in `dir` for this config; `codecs` keep the summaries of the rules that declare one (see fields.ts),
   * `indexers` make the index of those with keys.
   */
  static open(dir, config, codecs = /* @__PURE__ */ new Map(), indexers = /* @__PURE__ */ new Map()) {
    return _LintCache.load(dir, cacheKeyOf(dir, config, codecs, indexers), codecs, indexers);
  }
  /** The cache in `dir` if it has this key (else an empty one, saying why). */
  static load(dir, key, codecs, indexers) {
    const file = path2.join(dir, FILE);
    const stamp = stampOf(dir);
    const empty = (why) => {
      const cache2 = new _LintCache(file, key, /* @__PURE__ */ new Map(), codecs, indexers, why);
      cache2.stamp = stamp;
      return cache2;
    };
    if (!regularOrAbsent(file) || !regularOrAbsent(path2.join(dir, BLOBS)) || !regularOrAbsent(path2.join(dir, JOURNAL)))
      return empty("corrupt");
    let sections;
    try {
      sections = SectionFile.open(file, MAGIC2, SECTIONS);
    } catch {
      return empty("none");
    }
    if (!sections)
      return empty("corrupt");
    let head;
    try {
      head = decode(sections.sections[HEAD].whole());
    } catch {
      head = void 0;
    }
    if (!head || !validHead(head)) {
      sections.close();
      return empty("corrupt");
    }
    if (head.key !== key) {
      sections.close();
      return empty("outdated");
    }
    const blobs = BlobFile.open(path2.join(dir, BLOBS), head.blobs);
    const entries = new Map(head.names.map((name, i) => [name, i]));
    const cache = new _LintCache(file, key, entries, codecs, indexers, void 0, blobs);
    cache.file = sections;
    cache.head = head;
    cache.stateBytes = head.state;
    cache.base = sections.sections[HEAD].name;
    cache.baseBlobs = head.blobs;
    cache.applyJournal(path2.join(dir, JOURNAL), blobs);
    cache.stamp = stamp;
    return cache;
  }
  /** An empty cache in `dir` (to rebuild one found damaged): the next save writes it afresh. */
  static empty(dir, config, codecs = /* @__PURE__ */ new Map(), indexers = /* @__PURE__ */ new Map()) {
    const key = cacheKeyOf(dir, config, codecs, indexers);
    return new _LintCache(path2.join(dir, FILE), key, /* @__PURE__ */ new Map(), codecs, indexers, "corrupt");
  }
  /** Apply the journal written after this `lint.v8`, if there is one and it is intact (else it is ignored). */
  applyJournal(file, blobs) {
    const journal = readChecked(file, JOURNAL_MAGIC);
    if (!journal || journal.base !== this.base || journal.blobs !== this.baseBlobs || typeof journal.entries !== "object")
      return;
    for (const [f, j] of Object.entries(journal.entries)) {
      this.changed.add(f);
      if (!j) {
        this.entries.delete(f);
        continue;
      }
      const bytes = (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
      const raw = {
        record: () => bytes(j.record),
        arrays: () => bytes(j.arrays),
        diagnostics: () => bytes(j.diagnostics),
        extras: blobs ? j.extras : null
      };
      this.entries.set(f, new LiveEntry(j.hash, j.mtimeMs, j.size, raw, this.codecs, blobs));
    }
    if (journal.state instanceof Uint8Array)
      this.stateBytes = journal.state;
  }
  /** The entry in a slot (a lint.v8 entry is made when first asked for). */
  entry(file) {
    const slot = this.entries.get(file);
    if (typeof slot !== "number")
      return slot;
    const e = this.stored(slot);
    this.entries.set(file, e);
    return e;
  }
  /** lint.v8's entry number i. */
  stored(i) {
    const head = this.head;
    const raw = new StoredParts(head, this.file.sections, i, this.blobs && this.extrasByNumber().get(i) || null);
    return new LiveEntry(head.hashes[i], head.mtimeMs[i], head.size[i], raw, this.codecs, this.blobs, head);
  }
  extrasMap;
  extrasByNumber() {
    return this.extrasMap ??= new Map(this.head.extras);
  }
  /** Whether this entry is one the stored index was made from (see index()). */
  isIndexed(e) {
    return e instanceof LiveEntry && e.from !== void 0 && e.from === this.head || this.indexed.has(e);
  }
  /** A cross-file rule's stored index, of the entries isIndexed() names; undefined when there is none. */
  index(rule) {
    if (this.indexes === void 0) {
      this.indexes = null;
      if (this.file && this.head) {
        const value = decode(this.file.sections[INDEX].whole());
        if (!value || typeof value !== "object")
          throw new CacheDamaged("the cache index is malformed");
        this.indexes = new Map(Object.entries(value));
      }
    }
    const stored = this.indexes?.get(rule);
    const names = this.head?.names;
    if (!stored || !names)
      return void 0;
    this.numbers ??= new Map(names.map((n, i) => [n, i]));
    const numbers = this.numbers;
    return {
      has: (file) => {
        const i = numbers.get(file);
        return i !== void 0 && stored.has[i] === 1;
      },
      files: (space, key) => {
        const s = stored.spaces[space];
        if (!s)
          return [];
        let lo = 0;
        let hi = s.keys.length;
        while (lo < hi) {
          const mid = lo + hi >>> 1;
          if (s.keys[mid] < key)
            lo = mid + 1;
          else
            hi = mid;
        }
        if (lo >= s.keys.length || s.keys[lo] !== key)
          return [];
        const out = [];
        for (let j = s.starts[lo]; j < s.starts[lo + 1]; j++)
          out.push(names[s.files[j]]);
        return out;
      }
    };
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
    this.mineState.add(rule);
    this.dirty = true;
  }
  /** Whether a file's entry has this size and time (fresh() without making the entry: see entryOf). */
  isFresh(file, stat) {
    const slot = this.entries.get(file);
    if (slot === void 0)
      return false;
    if (typeof slot === "number")
      return this.head.mtimeMs[slot] === stat.mtimeMs && this.head.size[slot] === stat.size;
    return slot.mtimeMs === stat.mtimeMs && slot.size === stat.size;
  }
  /** Whether a file's entry has this content hash (byHash() without making the entry). */
  hasHash(file, hash) {
    const slot = this.entries.get(file);
    if (slot === void 0)
      return false;
    return (typeof slot === "number" ? this.head.hashes[slot] : slot.hash) === hash;
  }
  /** A file's entry (made when first asked for: a run takes many and reads few). */
  entryOf(file) {
    return this.entry(file);
  }
  /** Whether a file's entry is one the stored index was made from (isIndexed(), without making the entry). */
  isIndexedFile(file) {
    const slot = this.entries.get(file);
    return typeof slot === "number" || slot !== void 0 && this.isIndexed(slot);
  }
  /** The entry of a file whose size and modification time are unchanged (the cheap check, as git's index does). */
  fresh(file, stat) {
    const slot = this.entries.get(file);
    if (slot === void 0)
      return void 0;
    if (typeof slot === "number") {
      const head = this.head;
      return head.mtimeMs[slot] === stat.mtimeMs && head.size[slot] === stat.size ? this.entry(file) : void 0;
    }
    return slot.mtimeMs === stat.mtimeMs && slot.size === stat.size ? slot : void 0;
  }
  /** The entry of a file with exactly this content. */
  byHash(file, hash) {
    const slot = this.entries.get(file);
    if (slot === void 0)
      return void 0;
    if (typeof slot === "number")
      return this.head.hashes[slot] === hash ? this.entry(file) : void 0;
    return slot.hash === hash ? slot : void 0;
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
    this.mine.add(file);
    this.dirty = true;
  }
  /** Forget files that no longer exist among those linted. */
  retain(files) {
    for (const f of this.entries.keys()) {
      if (!files.has(f)) {
        this.entries.delete(f);
        this.changed.add(f);
        this.mine.add(f);
        this.dirty = true;
      }
    }
  }
  /**
   * Saves what changed, under the cache's lock (`lint.lock`), so that any number of processes on the same corpus
   * (hooks, an editor, a preview) share one cache and none loses another's entries. When another process saved since
   * this one read the cache, this one's own changes (the entries it set or removed, the state it set) are applied to
   * the cache as that process left it, read again, and saved from there; else they are saved as they are.
   */
  save() {
    if (!this.dirty)
      return;
    const dir = path2.dirname(this.path);
    const saved = withLock(path2.join(dir, LOCK), () => {
      const latest = this.stamp === stampOf(dir) ? void 0 : _LintCache.load(dir, this.key, this.codecs, this.indexers);
      if (latest && !latest.discarded) {
        this.applyTo(latest);
        try {
          latest.saveOwn();
        } finally {
          latest.close();
        }
        return;
      }
      if (latest) {
        latest.close();
        this.saveAll();
      } else
        this.saveOwn();
      this.stamp = stampOf(dir);
    });
    if (!saved)
      return;
    this.dirty = false;
    this.mine.clear();
    this.mineState.clear();
  }
  /** Closes the files this copy reads from (its entries not yet read can no longer be). */
  close() {
    this.file?.close();
    this.blobs?.close();
  }
  saveOwn() {
    if (this.base && this.blobs && this.blobs.id === this.baseBlobs && this.changed.size <= this.entries.size / 10)
      this.saveJournal(this.blobs);
    else
      this.saveAll();
    this.dirty = false;
  }
  /** This process' changes since its last save, made in another copy of the cache. */
  applyTo(latest) {
    for (const f of [...this.mine].sort()) {
      const e = this.entries.get(f);
      if (e === void 0) {
        if (latest.entries.delete(f))
          latest.changed.add(f);
      } else {
        if (typeof e === "number" || e[RAW])
          continue;
        latest.entries.set(f, e);
        latest.changed.add(f);
      }
    }
    for (const rule of this.mineState)
      latest.corpusState[rule] = this.corpusState[rule];
    latest.dirty = true;
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
  /** An entry's record, arrays and diagnostics as kept: copied from the cache, or made from a fresh entry. */
  partsOf(e) {
    const raw = e[RAW];
    if (raw)
      return { record: raw.record(), arrays: raw.arrays(), diagnostics: raw.diagnostics() };
    const { record, arrays } = encodeEntry(e, this.codecs);
    return { record, arrays, diagnostics: e.diagnostics.length ? serialize(e.diagnostics) : EMPTY };
  }
  /** Only what changed since `lint.v8`: a few entries instead of every file's. */
  saveJournal(blobs) {
    const entries = {};
    for (const f of [...this.changed].sort()) {
      const e = this.entry(f);
      if (!e) {
        entries[f] = null;
        continue;
      }
      let parts;
      try {
        parts = this.partsOf(e);
      } catch (error) {
        if (!(error instanceof CacheDamaged))
          throw error;
        entries[f] = null;
        continue;
      }
      entries[f] = { hash: e.hash, mtimeMs: e.mtimeMs, size: e.size, ...parts, extras: this.extrasOf(e, blobs) };
    }
    blobs.flush();
    writeChecked(path2.join(path2.dirname(this.path), JOURNAL), JOURNAL_MAGIC, {
      base: this.base,
      blobs: blobs.id,
      entries,
      state: this.stateToSave()
    });
  }
  saveAll() {
    try {
      this.file?.load();
    } catch {
    }
    const names = [...this.entries.keys()].sort();
    const kept = [];
    for (const name of names) {
      const e = this.entry(name);
      try {
        kept.push({ name, e, parts: this.partsOf(e) });
      } catch (error) {
        if (!(error instanceof CacheDamaged))
          throw error;
        this.entries.delete(name);
      }
    }
    const n = kept.length;
    let blobs = this.blobs ?? BlobFile.create(path2.join(path2.dirname(this.path), BLOBS));
    const extras = [];
    let live = 0;
    for (const { e } of kept) {
      const ref = this.extrasOf(e, blobs);
      extras.push(ref);
      live += ref?.[1] ?? 0;
    }
    if (blobs.size > 2 * live + (4 << 20)) {
      const fresh = BlobFile.create(path2.join(path2.dirname(this.path), BLOBS));
      for (let i = 0; i < n; i++) {
        const ref = extras[i];
        if (!ref)
          continue;
        const bytes = blobs.read(ref);
        extras[i] = bytes ? fresh.append(bytes) : null;
      }
      blobs.close();
      blobs = fresh;
    }
    blobs.flush();
    this.blobs = blobs;
    const parts = new Float64Array(6 * n);
    const sums = new Uint32Array(3 * n);
    const records = [];
    const arrays = [];
    const diagnostics = [];
    let r = 1;
    let a = 0;
    let d = 0;
    const comma = Buffer.from(",");
    records.push(Buffer.from("["));
    kept.forEach(({ parts: p }, i) => {
      if (i) {
        records.push(comma);
        r++;
      }
      records.push(p.record);
      parts.set([r, p.record.length, a, p.arrays.length, d, p.diagnostics.length], 6 * i);
      sums.set([partSum(p.record), partSum(p.arrays), partSum(p.diagnostics)], 3 * i);
      r += p.record.length;
      arrays.push(p.arrays);
      a += p.arrays.length;
      const pad = (a + 7 & ~7) - a;
      if (pad) {
        arrays.push(Buffer.alloc(pad));
        a += pad;
      }
      diagnostics.push(p.diagnostics);
      d += p.diagnostics.length;
    });
    records.push(Buffer.from("]"));
    const index = this.makeIndex(kept);
    const head = {
      key: this.key,
      blobs: blobs.id,
      state: this.stateToSave(),
      names: kept.map((k) => k.name),
      mtimeMs: Float64Array.from(kept, (k) => k.e.mtimeMs),
      size: Float64Array.from(kept, (k) => k.e.size),
      hashes: kept.map((k) => k.e.hash),
      parts,
      sums,
      extras: extras.flatMap((ref, i) => ref ? [[i, ref]] : [])
    };
    const file = sectionParts(MAGIC2, [
      [serialize(head)],
      records,
      arrays,
      diagnostics,
      [serialize(Object.fromEntries(index))]
    ]);
    writePartsAtomic(this.path, file.parts);
    this.base = file.names[HEAD];
    this.baseBlobs = blobs.id;
    this.changed.clear();
    this.head = head;
    this.numbers = void 0;
    this.indexes = new Map(index);
    this.extrasMap = void 0;
    for (const { e } of kept)
      this.indexed.add(e);
    this.file?.close();
    this.file = void 0;
    rmSync(path2.join(path2.dirname(this.path), JOURNAL), { force: true });
  }
  /**
   * The index of each rule with keys: an entry the previous index was made from keeps its keys from it (nothing of
   * it is decoded); the others' are made from their summaries.
   */
  makeIndex(kept) {
    const out = /* @__PURE__ */ new Map();
    const previous = this.indexes === void 0 ? this.readIndexQuietly() : this.indexes;
    const oldNumbers = this.head ? new Map(this.head.names.map((name, i) => [name, i])) : /* @__PURE__ */ new Map();
    for (const [rule, keysOf] of this.indexers) {
      const old = previous?.get(rule);
      const oldKeys = /* @__PURE__ */ new Map();
      if (old) {
        old.spaces.forEach((s, space) => {
          for (let k = 0; k < s.keys.length; k++) {
            for (let j = s.starts[k]; j < s.starts[k + 1]; j++) {
              let byFile = oldKeys.get(s.files[j]);
              if (!byFile)
                oldKeys.set(s.files[j], byFile = []);
              (byFile[space] ??= []).push(s.keys[k]);
            }
          }
        });
      }
      const has = new Uint8Array(kept.length);
      const spaces = [];
      kept.forEach(({ name, e }, i) => {
        let keys;
        const before = oldNumbers.get(name);
        if (old && before !== void 0 && this.indexed.has(e)) {
          if (!old.has[before])
            return;
          keys = oldKeys.get(before) ?? [];
        } else {
          const summary = e.summaries[rule];
          if (summary === void 0)
            return;
          keys = keysOf(summary);
        }
        has[i] = 1;
        keys.forEach((list, space) => {
          const bySpace = spaces[space] ??= /* @__PURE__ */ new Map();
          for (const key of list ?? []) {
            const files = bySpace.get(key);
            if (!files)
              bySpace.set(key, [i]);
            else if (files[files.length - 1] !== i)
              files.push(i);
          }
        });
      });
      out.set(rule, {
        has,
        spaces: Array.from(spaces, (bySpace) => {
          const keys = Float64Array.from((bySpace ?? /* @__PURE__ */ new Map()).keys()).sort();
          const starts = new Int32Array(keys.length + 1);
          let total = 0;
          keys.forEach((key, k) => {
            starts[k] = total;
            total += bySpace.get(key).length;
          });
          starts[keys.length] = total;
          const files = new Int32Array(total);
          keys.forEach((key, k) => files.set(bySpace.get(key), starts[k]));
          return { keys, starts, files };
        })
      });
    }
    return out;
  }
  /** The stored index, or null when it cannot be read (the keys are then made from every summary). */
  readIndexQuietly() {
    try {
      if (!this.file)
        return null;
      const value = decode(this.file.sections[INDEX].whole());
      return value && typeof value === "object" ? new Map(Object.entries(value)) : null;
    } catch {
      return null;
    }
  }
};
function cacheKeyOf(dir, config, codecs, indexers) {
  return `${cacheKey(config, dir)}:${codecsKey(codecs)}:${[...indexers.keys()].sort().join(",")}:${endianness()}`;
}
function validHead(head) {
  const n = Array.isArray(head.names) ? head.names.length : -1;
  return typeof head.key === "string" && typeof head.blobs === "string" && n >= 0 && head.mtimeMs instanceof Float64Array && head.mtimeMs.length === n && head.size instanceof Float64Array && head.size.length === n && Array.isArray(head.hashes) && head.hashes.length === n && head.parts instanceof Float64Array && head.parts.length === 6 * n && head.sums instanceof Uint32Array && head.sums.length === 3 * n && Array.isArray(head.extras) && (head.state === void 0 || head.state instanceof Uint8Array);
}
function eager(summaries) {
  return Object.fromEntries(Object.keys(summaries).filter((k) => !k.startsWith("$")).map((k) => [k, summaries[k]]));
}
function decode(body) {
  try {
    return deserialize(body);
  } catch {
    return void 0;
  }
}
var codeHash;
var TOOL = "tool.v8";
var TOOL_MAGIC = Buffer.from("SELFHELP-TOOL-1");
var TOOLS_KEPT = 8;
function toolHash(dir) {
  if (codeHash)
    return codeHash;
  const files = [];
  const list = (top, at = top) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
      const full = path2.join(at, entry.name);
      if (entry.isDirectory())
        list(top, full);
      else if (/\.(js|json)$/.test(entry.name)) {
        const s = statSync(full);
        files.push({ top, full, size: s.size, mtimeMs: s.mtimeMs, ino: s.ino });
      }
    }
  };
  list(codeDir);
  list(path2.resolve(schemaDir.pathname));
  const signature = createHash2("sha1").update(JSON.stringify(files.map((f) => [f.full, f.size, f.mtimeMs, f.ino]))).digest("hex");
  const memoFile = dir && path2.join(dir, TOOL);
  const memo = memoFile ? readChecked(memoFile, TOOL_MAGIC) : void 0;
  const kept = Array.isArray(memo?.hashes) ? memo.hashes : [];
  const known = kept.find(([sig]) => sig === signature);
  if (known && typeof known[1] === "string")
    return codeHash = known[1];
  const h = createHash2("sha256");
  for (const f of files)
    h.update(`${path2.relative(f.top, f.full)}\0${f.size}\0`).update(readFileSync(f.full));
  codeHash = h.digest("hex");
  if (memoFile) {
    try {
      mkdirSync2(dir, { recursive: true });
      writeChecked(memoFile, TOOL_MAGIC, {
        hashes: [[signature, codeHash], ...kept.filter(([sig]) => sig !== signature)].slice(0, TOOLS_KEPT)
      });
    } catch {
    }
  }
  return codeHash;
}
function stampOf(dir) {
  return [FILE, JOURNAL, BLOBS].map((name) => {
    try {
      const s = statSync(path2.join(dir, name));
      return `${s.ino}:${s.size}:${s.mtimeMs}`;
    } catch {
      return "-";
    }
  }).join(" ");
}
function cacheKey(config, dir) {
  const { file: _file, ...settings } = config;
  return createHash2("sha256").update(toolHash(dir)).update(JSON.stringify(settings)).digest("hex");
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
import { performance } from "node:perf_hooks";

// build/src/discover/index.js
var import_picomatch = __toESM(require_picomatch(), 1);
import { lstatSync, readdirSync as readdirSync2, realpathSync, statSync as statSync2 } from "node:fs";
import path3 from "node:path";
var ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**", "dist/**", ".selfhelp-cache/**"];
async function discoverFiles(options) {
  const { cwd } = options;
  const above = climbs(options.base) && options.ignore.length > 0 ? aboveIgnore(cwd, options) : void 0;
  const ignore = [...ALWAYS_IGNORED, ...above ? [] : options.ignore.map((g) => joinGlob(options.base, g))];
  const found = /* @__PURE__ */ new Set();
  const odd = /* @__PURE__ */ new Map();
  for (const pattern of options.patterns) {
    const full = path3.resolve(cwd, pattern);
    let stat;
    try {
      stat = statSync2(full);
    } catch {
      stat = lstatSync(full, { throwIfNoEntry: false });
    }
    let matches;
    if (stat?.isDirectory()) {
      const dir = toPosix(path3.relative(cwd, full)) || ".";
      const g = `${escapeGlob(dir)}/**/*.md`;
      const walked = walkFolder(cwd, dir, ignore);
      if (walked) {
        matches = walked.files;
        for (const m of walked.odd)
          odd.set(m, full);
      } else {
        const { glob } = await import("./chunk-U3F55YGY.js");
        matches = await glob(g, { cwd, ignore, dot: false, expandDirectories: false, followSymbolicLinks: false });
        for (const m of oddEntries(cwd, dir, dir === "." ? "**/*.md" : g, ignore))
          odd.set(m, full);
      }
    } else if (stat && !stat.isDirectory() && !isDynamicPattern(pattern)) {
      const rel = toPosix(path3.relative(cwd, full));
      matches = [];
      if (lstatSync(full).isFile())
        matches.push(rel);
      else
        odd.set(rel, cwd);
    } else if (isDynamicPattern(pattern)) {
      const { glob } = await import("./chunk-U3F55YGY.js");
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
      const file = stat?.isFile() || PLAIN.test(m) ? m : toPosix(path3.normalize(m));
      if (stat?.isFile() || !above?.(file))
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
    realCwd ??= realpathSync(cwd);
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
    target = realpathSync(full);
  } catch {
    return "This is a broken symbolic link";
  }
  const s = statSync2(target);
  if (!s.isFile())
    return `This is a symbolic link to ${kindOf(s)}, not to a regular file`;
  let realRoot;
  try {
    realRoot = realpathSync(root);
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
  const matches = (0, import_picomatch.default)(pattern, { dot: false });
  const ignored = (0, import_picomatch.default)(ignore, { dot: true });
  const out = [];
  const walk = (rel) => {
    let entries;
    try {
      entries = readdirSync2(path3.resolve(cwd, rel), { withFileTypes: true });
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
  const oddIgnored = (0, import_picomatch.default)(ignore, { dot: true });
  const oddMatches = (0, import_picomatch.default)(pattern, { dot: false });
  const files = [];
  const odd = [];
  const walk = (rel, inGlob, inOdd) => {
    let entries;
    try {
      entries = readdirSync2(rel === "." ? cwd : path3.join(cwd, rel), { withFileTypes: true });
    } catch {
      return;
    }
    const separated = SEPARATOR.test(rel);
    for (const e of entries) {
      if (e.name.startsWith("."))
        continue;
      const child = rel === "." ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        const glob = inGlob && !ignored(child);
        const other = inOdd && !oddIgnored(`${child}//.md`);
        if (glob || other)
          walk(child, glob, other);
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
  const res = globs.map((g) => import_picomatch.default.makeRe(g, options));
  return (file) => {
    if (!file)
      return false;
    for (let i = 0; i < res.length; i++)
      if (file === globs[i] || res[i].test(file))
        return true;
    return false;
  };
}
function isDynamicPattern(pattern) {
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
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
  const ignored = (0, import_picomatch.default)(globs.map((g) => joinGlob("", g).replace(/\/$/, "")), { dot: true });
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
  base;
  /** space -> key -> the files indexed here */
  own = /* @__PURE__ */ new Map();
  counts = /* @__PURE__ */ new Map();
  sized;
  constructor(rule, keysOf, byFile, base) {
    this.rule = rule;
    this.byFile = byFile;
    this.base = base;
    for (const [file, r] of byFile) {
      if (base && r.indexed)
        continue;
      const summary = r.summaries[rule];
      if (summary === void 0)
        continue;
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
  }
  /** how many files have a summary of the rule (counted when first asked for) */
  get size() {
    if (this.sized === void 0) {
      let n = 0;
      for (const [file, r] of this.byFile) {
        if (this.base && r.indexed)
          n += this.base.has(file) ? 1 : 0;
        else if (r.summaries[this.rule] !== void 0)
          n++;
      }
      this.sized = n;
    }
    return this.sized;
  }
  files(space, key) {
    const out = [];
    if (this.base) {
      for (const f of this.base.files(space, key))
        if (this.byFile.get(f)?.indexed)
          out.push(f);
    }
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
  const { files: found, problems: unread, stats } = options.known ? { files: options.known.files, problems: options.known.unread, stats: void 0 } : await (options.discovered ?? discoverAndStat(options, false));
  const staged = [...options.contents?.keys() ?? []].filter((f) => !found.includes(f) && /\.md$/i.test(f));
  const files = [...found, ...staged].filter((f) => !excluded.has(f)).sort();
  lap("discover");
  const results = await lintFiles(files, options, stats);
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
      tallies.set(file, known ? copyTally(known) : tally);
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
      indexes.set(ruleId, index = new RunIndex(ruleId, keysOf, byFile, options.cache?.index(ruleId)));
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
    const run = { cwd: options.cwd, ...options.corpus };
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
    timings,
    unread
  };
}
async function discoverAndStat(options, stat) {
  const found = await discoverFiles({
    cwd: options.cwd,
    patterns: options.patterns,
    ignore: options.config.ignore,
    base: options.config.base
  });
  if (!stat)
    return found;
  const stats = /* @__PURE__ */ new Map();
  for (const file of found.files)
    stats.set(file, statOf(fullPath(options.cwd, file)));
  return { ...found, stats };
}
async function lintFiles(all, options, known) {
  const { cache } = options;
  const cached = /* @__PURE__ */ new Map();
  const stats = /* @__PURE__ */ new Map();
  if (cache && !options.fix) {
    for (const file of all) {
      const content = options.contents?.get(file);
      if (content) {
        if (cache.hasHash(file, hashBytes(content)))
          cached.set(file, new CachedResult(file, cache));
        else {
          const stat2 = sameAsWorkingTree(fullPath(options.cwd, file), content);
          if (stat2)
            stats.set(file, stat2);
        }
        continue;
      }
      if (options.known && !options.known.changed.has(file) && cache.entryOf(file)) {
        if (!options.render || cache.entryOf(file).page) {
          cached.set(file, new CachedResult(file, cache));
          continue;
        }
      }
      const stat = known?.has(file) ? known.get(file) : statOf(fullPath(options.cwd, file));
      if (!stat)
        continue;
      stats.set(file, stat);
      if (cache.isFresh(file, stat) && (!options.render || cache.entryOf(file).page))
        cached.set(file, new CachedResult(file, cache));
    }
  }
  const files = all.filter((f) => !cached.has(f));
  const fresh = await lintUncached(files, options, cached.size, all.length);
  if (cache && !options.fix) {
    for (const r of fresh) {
      const stat = stats.get(r.file);
      if (stat && r.hash && !isBudgetResult(r) && !r.diagnostics.some((d) => d.ruleId.startsWith("internal/"))) {
        const { hash, diagnostics, summaries, page, silenced } = r;
        const tally = tallyOf(diagnostics);
        cache.set(r.file, {
          hash,
          mtimeMs: stat.mtimeMs,
          size: stat.size,
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
  const stat = statOf(full);
  if (!stat || stat.size !== content.length)
    return void 0;
  try {
    return readRegularFile(full, content.length).equals(content) ? stat : void 0;
  } catch {
    return void 0;
  }
}
var CachedResult = class {
  file;
  cache;
  fixed = false;
  cached = true;
  held;
  constructor(file, cache) {
    this.file = file;
    this.cache = cache;
  }
  get entry() {
    const entry = this.held ??= this.cache.entryOf(this.file);
    if (!entry)
      throw new CacheDamaged("a cached entry is gone");
    return entry;
  }
  /** the entry is one the cache's index was made from */
  get indexed() {
    return this.held ? this.cache.isIndexed(this.held) : this.cache.isIndexedFile(this.file);
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
      if (error instanceof CacheDamaged)
        throw error;
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
  CacheDamaged,
  CACHE_DIR,
  LintCache,
  cacheKey,
  acquirePool,
  releasePool,
  holdPool,
  lintProject,
  discoverAndStat
};
