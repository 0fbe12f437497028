/**
 * The persistent cache (.selfhelp-cache/): per file, keyed by its content hash, the diagnostics of the
 * per-file rules, the summaries the cross-file rules need (articleId, MinHash signatures) and, after a
 * build, the article's metadata, with what corpus rules keep between runs. `lint.v8`, v8-serialized (typed
 * arrays travel as they are; the summaries' plain data as JSON), behind a magic header, in three sections
 * that each carry a checksum (a CRC-32, see checked.ts): the summaries (read on every run), a table, and
 * each file's diagnostics as a blob of its own, decoded only
 * for the files that need them and saved again as raw bytes. Rendered pages are in `lint.blobs` (see
 * blobs.ts). A run that changed few files does not rewrite `lint.v8`: it writes what changed since then
 * (entries, removals, the corpus rules' state) to `lint.journal`, which names the `lint.v8` it applies to,
 * until the changes reach a tenth of the files and `lint.v8` is written afresh. A truncated, corrupt or
 * foreign cache (or journal) is detected and rebuilt, never trusted. The key covers the tool's code, the
 * schemas and the resolved config: when any of them changes, the cache starts empty.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Config } from '../config/index.js';
import type { Diagnostic, Tally } from '../diagnostic.js';
import { readRegularFile, writePartsAtomic } from '../files.js';
import { regularOrAbsent } from './damaged.js';
import { BlobFile, type BlobRef } from './blobs.js';
import { schemaDir } from '../validate/schemas.js';
import { codeDir } from '../paths.js';
import { checksum, readChecked, SUM_BYTES, writeChecked } from './checked.js';
import { checkSummaries, codecsKey, decodeSummaries, encodeSummaries, type SummaryCodecs } from './fields.js';

export const CACHE_DIR = '.selfhelp-cache';
const FILE = 'lint.v8';
const BLOBS = 'lint.blobs';
const JOURNAL = 'lint.journal';
const MAGIC = Buffer.from('SELFHELP-CACHE-10');
const JOURNAL_MAGIC = Buffer.from('SELFHELP-JOURNAL-4');

export interface CacheEntry {
  /** sha1 of the file's bytes */
  hash: string;
  mtimeMs: number;
  size: number;
  /** read from the second section of the cache file on first access: a changed-files run never needs it */
  diagnostics: Diagnostic[];
  /** the diagnostics counted by rule, stored with the entry: a build counts problems without decoding them */
  tally: Tally;
  summaries: Record<string, unknown>;
  /** the article's page, when a build rendered it: its metadata (small) and body (read on first access) */
  readonly page?: CachedPage;
  /** the inline comments that silence a cross-file rule in the file, as [rule, fromLine, toLine] */
  readonly silenced?: Array<[rule: string, fromLine: number, toLine: number]>;
}

/** A rendered page as the cache keeps it: what the engine's render stage made, opaque to the cache. */
export interface CachedPage {
  readonly meta: unknown;
  readonly body: unknown;
}

/** Where a page is kept among an entry's stored summaries: the body is lazy (see LAZY_KEYS). */
const PAGE_META = 'render';
const PAGE_BODY = '$render';

/** The page of a stored entry, read from its summaries (the body only when asked for). */
function pageOf(summaries: Record<string, unknown>): CachedPage | undefined {
  if (summaries[PAGE_META] === undefined) return undefined;
  return {
    meta: summaries[PAGE_META],
    get body() {
      return summaries[PAGE_BODY];
    },
  };
}

type StoredEntry = Omit<CacheEntry, 'diagnostics'> & {
  /** where the summaries' typed arrays are in the pools: [rule, key, pool (0 u32, 1 f64), offset, length] repeated */
  pooled?: Array<string | number>;
};

interface Stored {
  key: string;
  entries: Record<string, StoredEntry>;
  /** every typed array of the summaries, pooled: one copy when loading instead of one per file */
  u32: Uint32Array;
  f64: Float64Array;
  /**
   * what corpus rules keep between full runs, serialised: decoded only by a run that asks for it (see
   * LintCache.corpusState)
   */
  state?: Uint8Array;
}

/**
 * Stored as it is on disk: the entries (plain data once their typed arrays are pooled) as UTF-8 JSON, which
 * V8 parses faster than it deserialises the same objects (45 ms instead of 70 ms for the corpus's 5,512).
 */
type StoredOnDisk = Omit<Stored, 'entries'> & { entries: Uint8Array };

/** Move the typed arrays at the top level of each summary into two pools, each entry listing where its went. */
function poolArrays(entries: Record<string, StoredEntry>): {
  entries: Record<string, StoredEntry>;
  u32: Uint32Array;
  f64: Float64Array;
} {
  const u32: Uint32Array[] = [];
  const f64: Float64Array[] = [];
  let u32Length = 0;
  let f64Length = 0;
  const out: Record<string, StoredEntry> = {};
  for (const [file, entry] of Object.entries(entries)) {
    const summaries: Record<string, unknown> = {};
    const pooled: Array<string | number> = [];
    for (const [rule, summary] of Object.entries(entry.summaries)) {
      if (
        !summary ||
        typeof summary !== 'object' ||
        !Object.values(summary).some((v) => v instanceof Uint32Array || v instanceof Float64Array)
      ) {
        summaries[rule] = summary;
        continue;
      }
      const copy: Record<string, unknown> = {};
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
        } else copy[k] = v;
      }
      summaries[rule] = copy;
    }
    out[file] = pooled.length ? { ...entry, summaries, pooled } : { ...entry, summaries };
  }
  const join = <T extends Uint32Array | Float64Array>(parts: T[], length: number, make: (n: number) => T): T => {
    const all = make(length);
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
    f64: join(f64, f64Length, (n) => new Float64Array(n)),
  };
}

/**
 * `$`-prefixed summaries (large, such as rendered pages) live in the blob file, read per file on first access.
 * By convention the small part that goes with `$name` is the eager summary `name`: without the one, the other is
 * dropped.
 */
const LAZY_KEYS = [PAGE_BODY];

/** Per file: where its diagnostics are in the diagnostics area (offset, length), and its extras blob. */
type TableRef = [number, number, BlobRef | null];

interface Table {
  /** the id of the blob file the extras are in */
  blobs: string;
  files: Record<string, TableRef>;
}

/** The raw parts of an entry read from the cache: saved again as they are, without decoding. */
const RAW = Symbol('raw');
type Raw = { [RAW]?: { diagnostics: Buffer; extras: BlobRef | null } };

/**
 * Put the typed arrays back as views of the pools (no copy); diagnostics and extras decode per file, on first access.
 */
function unpool(
  stored: Stored,
  table: Table,
  area: Buffer,
  blobs: BlobFile | undefined,
  codecs: SummaryCodecs,
): Map<string, CacheEntry> {
  const map = new Map<string, CacheEntry>();
  for (const [file, entry] of Object.entries(stored.entries)) {
    const p = entry.pooled;
    if (p) {
      for (let i = 0; i + 4 < p.length; i += 5) {
        const summary = entry.summaries[p[i] as string] as Record<string, unknown> | undefined;
        const [pool, offset, length] = [p[i + 2] ? stored.f64 : stored.u32, p[i + 3] as number, p[i + 4] as number];
        if (!summary || typeof summary !== 'object' || offset + length > pool.length)
          throw new Error('inconsistent pool');
        summary[p[i + 1] as string] = pool.subarray(offset, offset + length);
      }
      entry.pooled = undefined;
    }
    const ref = table.files[file];
    map.set(
      file,
      liveEntry(
        entry,
        ref ? area.subarray(ref[0], ref[0] + ref[1]) : EMPTY,
        (blobs && ref?.[2]) || null,
        blobs,
        codecs,
      ),
    );
  }
  return map;
}

/** A stored entry with its raw diagnostics and extras, which decode on first access. */
function liveEntry(
  entry: StoredEntry,
  diagnosticBytes: Buffer,
  extrasRef: BlobRef | null,
  blobs: BlobFile | undefined,
  codecs: SummaryCodecs,
): CacheEntry {
  if (codecs.size) entry.summaries = decodeSummaries(entry.summaries, codecs);
  const raw = { diagnostics: diagnosticBytes, extras: extrasRef };
  if (!raw.extras) {
    // no readable extras: what depends on them (a build's rendered pages) is made again
    for (const key of LAZY_KEYS) delete entry.summaries[key.slice(1)];
    return new LiveEntry(entry, raw, entry.summaries);
  }
  return new LiveEntry(entry, raw, new LazySummaries(entry.summaries, raw.extras, blobs!));
}

/** An entry read from the cache: its diagnostics decode on first access (a getter of the class, not of each object). */
class LiveEntry implements CacheEntry {
  readonly hash: string;
  readonly mtimeMs: number;
  readonly size: number;
  readonly tally: Tally;
  readonly silenced?: CacheEntry['silenced'];
  private decoded: Diagnostic[] | undefined;
  [RAW]: { diagnostics: Buffer; extras: BlobRef | null };

  constructor(
    entry: StoredEntry,
    raw: { diagnostics: Buffer; extras: BlobRef | null },
    readonly summaries: Record<string, unknown>,
  ) {
    this.hash = entry.hash;
    this.mtimeMs = entry.mtimeMs;
    this.size = entry.size;
    this.tally = entry.tally;
    if (entry.silenced) this.silenced = entry.silenced;
    this[RAW] = raw;
  }

  get page(): CachedPage | undefined {
    return pageOf(this.summaries);
  }

  get diagnostics(): Diagnostic[] {
    const bytes = this[RAW].diagnostics;
    return (this.decoded ??= bytes.length ? ((decode(bytes) as Diagnostic[] | undefined) ?? []) : []);
  }
}

const EXTRAS = Symbol('extras');

/** The eager summaries of a cached entry, with the lazy ones (`$render`) read from the blob file on first access. */
class LazySummaries {
  [key: string]: unknown;
  declare [EXTRAS]: { ref: BlobRef; blobs: BlobFile; value?: Record<string, unknown> };

  constructor(eager: Record<string, unknown>, ref: BlobRef, blobs: BlobFile) {
    Object.assign(this, eager);
    // a symbol key: not among the summaries' keys
    this[EXTRAS] = { ref, blobs };
  }
}
for (const key of LAZY_KEYS) {
  Object.defineProperty(LazySummaries.prototype, key, {
    get(this: LazySummaries) {
      const extras = this[EXTRAS];
      if (!extras.value) {
        const bytes = extras.blobs.read(extras.ref);
        extras.value = (bytes && (decode(bytes) as Record<string, unknown> | undefined)) || {};
      }
      return extras.value[key];
    },
    enumerable: true,
  });
}

/**
 * What changed since a `lint.v8` (named by the length and checksum of its summaries section): entries set (with their
 * raw diagnostics and extras) or removed (null), and the corpus rules' state.
 */
interface Journal {
  base: string;
  blobs: string;
  entries: Record<string, { entry: StoredEntry; diagnostics: Buffer; extras: BlobRef | null } | null>;
  state: Uint8Array;
}

const EMPTY = Buffer.alloc(0);

export class LintCache {
  private dirty = false;
  /** the length and checksum (hex) of the summaries section of the `lint.v8` on disk, when there is one */
  private base: string | undefined;
  /** the blob file that `lint.v8` names */
  private baseBlobs: string | undefined;
  /** files set or removed since that `lint.v8`: what a journal holds */
  private readonly changed = new Set<string>();

  private constructor(
    private readonly file: string,
    private readonly key: string,
    private readonly entries: Map<string, CacheEntry>,
    private readonly codecs: SummaryCodecs,
    /** why the stored cache was not used, when it was not */
    readonly discarded?: string,
    private blobs?: BlobFile,
  ) {}

  /** The cache in `dir` for this config; `codecs` keep the summaries of the rules that declare one (see fields.ts). */
  static open(dir: string, config: Config, codecs: SummaryCodecs = new Map()): LintCache {
    const file = path.join(dir, FILE);
    const key = `${cacheKey(config)}:${codecsKey(codecs)}`;
    let bytes: Buffer;
    try {
      // issue 19: a FIFO, folder or link in the cache file's place is a damaged cache (removed, rebuilt)
      if (
        !regularOrAbsent(file) ||
        !regularOrAbsent(path.join(dir, BLOBS)) ||
        !regularOrAbsent(path.join(dir, JOURNAL))
      )
        return new LintCache(file, key, new Map(), codecs, 'corrupt');
      bytes = readRegularFile(file);
    } catch {
      return new LintCache(file, key, new Map(), codecs, 'none');
    }
    const sections = split(bytes);
    const stored = sections && fromDisk(decode(sections[0].body) as StoredOnDisk | undefined);
    if (!sections || !stored || !validStored(stored)) return new LintCache(file, key, new Map(), codecs, 'corrupt');
    if (stored.key !== key) return new LintCache(file, key, new Map(), codecs, 'outdated');
    const table = decode(sections[1].body) as Table | undefined;
    if (!table || typeof table !== 'object' || typeof table.files !== 'object')
      return new LintCache(file, key, new Map(), codecs, 'corrupt');
    const blobs = BlobFile.open(path.join(dir, BLOBS), table.blobs);
    let entries: Map<string, CacheEntry>;
    try {
      entries = unpool(stored, table, sections[2].body, blobs, codecs);
    } catch {
      return new LintCache(file, key, new Map(), codecs, 'corrupt');
    }
    const cache = new LintCache(file, key, entries, codecs, undefined, blobs);
    cache.stateBytes = stored.state instanceof Uint8Array ? stored.state : undefined;
    cache.base = sections[0].sum;
    cache.baseBlobs = table.blobs;
    cache.applyJournal(path.join(dir, JOURNAL), blobs);
    return cache;
  }

  /** Apply the journal written after this `lint.v8`, if there is one and it is intact (else it is ignored). */
  private applyJournal(file: string, blobs: BlobFile | undefined): void {
    const journal = readChecked(file, JOURNAL_MAGIC) as Journal | undefined;
    if (
      !journal ||
      journal.base !== this.base ||
      journal.blobs !== this.baseBlobs ||
      typeof journal.entries !== 'object'
    )
      return;
    for (const [f, j] of Object.entries(journal.entries)) {
      this.changed.add(f);
      if (j) this.entries.set(f, liveEntry(j.entry, j.diagnostics, blobs ? j.extras : null, blobs, this.codecs));
      else this.entries.delete(f);
    }
    // the journal's state is the later one: the one in lint.v8 is never decoded
    if (journal.state instanceof Uint8Array) this.stateBytes = journal.state;
  }

  /** the corpus rules' state as read (serialised), and decoded once a rule asks for it */
  private stateBytes: Uint8Array | undefined;
  private decodedState: Record<string, unknown> | undefined;

  private get corpusState(): Record<string, unknown> {
    if (!this.decodedState) {
      const value = this.stateBytes?.length
        ? decode(Buffer.from(this.stateBytes.buffer, this.stateBytes.byteOffset, this.stateBytes.byteLength))
        : undefined;
      this.decodedState = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    }
    return this.decodedState;
  }

  /** The state to save: as read when no rule decoded it, else serialised again. */
  private stateToSave(): Uint8Array {
    return this.decodedState ? serialize(this.decodedState) : (this.stateBytes ?? serialize({}));
  }

  /** What a corpus rule kept at the end of the last full run. */
  getState(rule: string): unknown {
    return this.corpusState[rule];
  }

  setState(rule: string, value: unknown): void {
    this.corpusState[rule] = value;
    this.dirty = true;
  }

  /** The entry of a file whose size and modification time are unchanged (the cheap check, as git's index does). */
  fresh(file: string, stat: { mtimeMs: number; size: number }): CacheEntry | undefined {
    const e = this.entries.get(file);
    return e && e.mtimeMs === stat.mtimeMs && e.size === stat.size ? e : undefined;
  }

  /** The entry of a file as last kept, unchecked (a caller that watches the files knows it has not changed). */
  last(file: string): CacheEntry | undefined {
    return this.entries.get(file);
  }

  /** The entry of a file with exactly this content. */
  byHash(file: string, hash: string): CacheEntry | undefined {
    const e = this.entries.get(file);
    return e && e.hash === hash ? e : undefined;
  }

  /** Keep a fresh entry; a summary that the cache could not give back exactly is refused here (UnkeepableSummary). */
  set(file: string, entry: CacheEntry): void {
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
  retain(files: Set<string>): void {
    for (const f of this.entries.keys()) {
      if (!files.has(f)) {
        this.entries.delete(f);
        this.changed.add(f);
        this.dirty = true;
      }
    }
  }

  save(): void {
    if (!this.dirty) return;
    if (this.base && this.blobs && this.blobs.id === this.baseBlobs && this.changed.size <= this.entries.size / 10)
      this.saveJournal(this.blobs);
    else this.saveAll();
    this.dirty = false;
  }

  /**
   * Where an entry's extras (its rendered page) are: as read from the cache, or appended now for one made in this run.
   */
  private extrasOf(e: CacheEntry, blobs: BlobFile): BlobRef | null {
    const raw = (e as Raw)[RAW];
    if (raw) return raw.extras;
    const lazy = Object.fromEntries(
      LAZY_KEYS.filter((k) => e.summaries[k] !== undefined).map((k) => [k, e.summaries[k]]),
    );
    return Object.keys(lazy).length ? blobs.append(serialize(lazy)) : null;
  }

  /** Only what changed since `lint.v8`: a few entries instead of every file's. */
  private saveJournal(blobs: BlobFile): void {
    const entries: Journal['entries'] = {};
    for (const f of [...this.changed].sort()) {
      const e = this.entries.get(f);
      if (!e) {
        entries[f] = null;
        continue;
      }
      entries[f] = {
        entry: storedOf(e, this.codecs),
        diagnostics: diagnosticBytes(e),
        extras: this.extrasOf(e, blobs),
      };
    }
    blobs.flush();
    writeChecked(path.join(path.dirname(this.file), JOURNAL), JOURNAL_MAGIC, {
      base: this.base!,
      blobs: blobs.id,
      entries,
      state: this.stateToSave(),
    } satisfies Journal);
  }

  private saveAll(): void {
    const sorted = [...this.entries].sort(([a], [b]) => (a < b ? -1 : 1));
    const records = Object.fromEntries(sorted.map(([f, e]) => [f, storedOf(e, this.codecs)]));
    const { entries, u32, f64 } = poolArrays(records);
    const first = serialize({
      key: this.key,
      entries: Buffer.from(JSON.stringify(entries)),
      u32,
      f64,
      state: this.stateToSave(),
    } satisfies StoredOnDisk);
    // the parts of entries read from the cache are saved as they are: nothing is decoded to be saved
    let blobs = this.blobs ?? BlobFile.create(path.join(path.dirname(this.file), BLOBS));
    const extrasOf = new Map<string, BlobRef | null>();
    let live = 0;
    for (const [f, e] of sorted) {
      const ref = this.extrasOf(e, blobs);
      extrasOf.set(f, ref);
      live += ref?.[1] ?? 0;
    }
    // mostly garbage (blobs of files since changed): copy the live blobs to a new file
    if (blobs.size > 2 * live + (4 << 20)) {
      const fresh = BlobFile.create(path.join(path.dirname(this.file), BLOBS));
      for (const [f, ref] of extrasOf) {
        if (!ref) continue;
        const bytes = blobs.read(ref);
        extrasOf.set(f, bytes ? fresh.append(bytes) : null);
      }
      blobs.close();
      blobs = fresh;
    }
    blobs.flush();
    this.blobs = blobs;
    const parts: Buffer[] = [];
    const table: Table = { blobs: blobs.id, files: {} };
    let at = 0;
    for (const [f, e] of sorted) {
      const d = diagnosticBytes(e);
      parts.push(d);
      table.files[f] = [at, d.length, extrasOf.get(f) ?? null];
      at += d.length;
    }
    // written part by part: the diagnostics area is not copied into one buffer
    const summaries = sectionOf([first]);
    writePartsAtomic(this.file, [MAGIC, ...summaries, ...sectionOf([serialize(table)]), ...sectionOf(parts)]);
    this.base = Buffer.concat([summaries[0], summaries[1]]).toString('hex');
    this.baseBlobs = blobs.id;
    this.changed.clear();
    // the journal of the previous lint.v8 names that one: it no longer applies
    rmSync(path.join(path.dirname(this.file), JOURNAL), { force: true });
  }
}

/** An entry as stored: its eager summaries only. */
function storedOf(e: CacheEntry, codecs: SummaryCodecs): StoredEntry {
  const summaries = encodeSummaries(eager(e.summaries), codecs);
  const stored: StoredEntry = { hash: e.hash, mtimeMs: e.mtimeMs, size: e.size, tally: e.tally, summaries };
  return e.silenced ? { ...stored, silenced: e.silenced } : stored;
}

/** An entry's diagnostics as bytes: as read from the cache (never decoded to be saved), or serialised now. */
function diagnosticBytes(e: CacheEntry): Buffer {
  const raw = (e as Raw)[RAW];
  return raw ? raw.diagnostics : e.diagnostics.length ? serialize(e.diagnostics) : EMPTY;
}

/** The eager summaries (keys first: reading a lazy value would decode it). */
function eager(summaries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(summaries)
      .filter((k) => !k.startsWith('$'))
      .map((k) => [k, summaries[k]]),
  );
}

/** A section made of parts: its length, its checksum, then the parts. */
/** A section: its length (8 bytes), its checksum, its parts (written one by one, never copied into one buffer). */
function sectionOf(parts: Buffer[]): Buffer[] {
  const length = parts.reduce((n, p) => n + p.length, 0);
  const header = Buffer.alloc(8);
  header.writeBigUInt64BE(BigInt(length));
  return [header, checksum(parts), ...parts];
}

/**
 * The three checked sections of a cache file (each with its length and checksum, hex), or undefined when anything is
 * off (truncated, corrupt, foreign).
 */
function split(bytes: Buffer): Array<{ body: Buffer; sum: string }> | undefined {
  if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const out: Array<{ body: Buffer; sum: string }> = [];
  let at = MAGIC.length;
  for (let i = 0; i < 3; i++) {
    if (bytes.length < at + 8 + SUM_BYTES) return undefined;
    const length = Number(bytes.readBigUInt64BE(at));
    const sum = bytes.subarray(at + 8, at + 8 + SUM_BYTES);
    const body = bytes.subarray(at + 8 + SUM_BYTES, at + 8 + SUM_BYTES + length);
    if (body.length !== length || !checksum([body]).equals(sum)) return undefined;
    // a section is named by its length and checksum
    out.push({ body, sum: bytes.subarray(at, at + 8 + SUM_BYTES).toString('hex') });
    at += 8 + SUM_BYTES + length;
  }
  return at === bytes.length ? out : undefined;
}

function decode(body: Buffer): unknown {
  try {
    return deserialize(body);
  } catch {
    return undefined;
  }
}

function fromDisk(stored: StoredOnDisk | undefined): Stored | undefined {
  if (!stored || typeof stored !== 'object' || !(stored.entries instanceof Uint8Array)) return undefined;
  try {
    return {
      ...stored,
      entries: JSON.parse(
        Buffer.from(stored.entries.buffer, stored.entries.byteOffset, stored.entries.byteLength).toString('utf8'),
      ) as Record<string, StoredEntry>,
    };
  } catch {
    return undefined;
  }
}

function validStored(stored: Stored): boolean {
  return (
    typeof stored.key === 'string' &&
    !!stored.entries &&
    typeof stored.entries === 'object' &&
    stored.u32 instanceof Uint32Array &&
    stored.f64 instanceof Float64Array
  );
}

let codeHash: string | undefined;

/**
 * A hash of the tool's own compiled code and its schemas, from each file's path within its folder and its
 * bytes: any change to either invalidates the cache, and two installs of the same version (a repository's
 * own and the pre-commit framework's, each with its own path and modification times) share one cache.
 * About 1.5 MB (the bundle and the schemas), hashed in a few milliseconds.
 */
function toolHash(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha256');
  const add = (top: string, dir = top) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) add(top, full);
      else if (/\.(js|json)$/.test(entry.name)) {
        h.update(`${path.relative(top, full)}\0${statSync(full).size}\0`).update(readFileSync(full));
      }
    }
  };
  add(codeDir);
  add(path.resolve(schemaDir.pathname));
  return (codeHash = h.digest('hex'));
}

export function cacheKey(config: Config): string {
  const { file: _file, ...settings } = config;
  return createHash('sha256').update(toolHash()).update(JSON.stringify(settings)).digest('hex');
}
