/**
 * The persistent cache (.selfhelp-cache/): per file, keyed by its content hash, the diagnostics of the per-file
 * rules, the summaries the cross-file rules need (articleId, MinHash signatures) and, after a build, the article's
 * metadata, with what corpus rules keep between runs, and an index of the cross-file rules' keys. `lint.v8` is read
 * in part (see sections.ts): opening it reads one small section, the head (every file's name, size, time and hash,
 * and where its other parts are); a file's record (its summaries' plain data and tally, as JSON), its summaries'
 * typed arrays and its diagnostics are read when first asked for, each checked against its own checksum; the index
 * (per cross-file rule, the files under each key) when a changed-files run asks for it. A run with one changed file
 * reads the head, the index and the records of the few files the index selects. Rendered pages are in `lint.blobs`
 * (see blobs.ts). A run that changed few files does not rewrite `lint.v8`: it writes what changed since then
 * (entries, removals, the corpus rules' state) to `lint.journal`, which names the `lint.v8` it applies to, until the
 * changes reach a tenth of the files and `lint.v8` is written afresh (every part read from the cache is copied as it
 * is, never decoded to be saved). A truncated, corrupt or foreign cache (or journal) is detected and rebuilt, never
 * trusted: at opening, or, for a part found damaged later, by the CacheDamaged it throws (the engine then runs again
 * without the cache). The key covers the tool's code, the schemas and the resolved config: when any of them
 * changes, the cache starts empty.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { endianness } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Config } from '../config/index.js';
import type { Diagnostic, Tally } from '../diagnostic.js';
import { withLock, writePartsAtomic } from '../files.js';
import { regularOrAbsent } from './damaged.js';
import { BlobFile, type BlobRef } from './blobs.js';
import { schemaDir } from '../validate/schemas.js';
import { codeDir } from '../paths.js';
import { readChecked, writeChecked } from './checked.js';
import { checkSummaries, codecsKey, decodeSummaries, encodeSummaries, type SummaryCodecs } from './fields.js';
import { CacheDamaged, partSum, Section, sectionParts, SectionFile } from './sections.js';

export { CacheDamaged };

export const CACHE_DIR = '.selfhelp-cache';
const FILE = 'lint.v8';
const BLOBS = 'lint.blobs';
const JOURNAL = 'lint.journal';
/** held while the cache is saved (see LintCache.save) */
const LOCK = 'lint.lock';
const MAGIC = Buffer.from('SELFHELP-CACHE-11');
const JOURNAL_MAGIC = Buffer.from('SELFHELP-JOURNAL-5');

/** lint.v8's sections, in order */
const HEAD = 0;
const RECORDS = 1;
const ARRAYS = 2;
const DIAGNOSTICS = 3;
const INDEX = 4;
const SECTIONS = 5;

export interface CacheEntry {
  /** sha1 of the file's bytes */
  hash: string;
  mtimeMs: number;
  size: number;
  /** read on first access: a changed-files run never needs the unchanged files' */
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

/** The keys of a cross-file rule's summary, per space (see Rule.indexKeys): what the index is made of. */
export type Indexers = ReadonlyMap<string, (summary: unknown) => number[][]>;

/** A cross-file rule's index as the cache keeps it: of the entries it was made from (see LintCache.isIndexed). */
export interface CacheIndex {
  /** whether the file's entry has a summary of the rule */
  has(file: string): boolean;
  /** the files whose summary has this key in this space, sorted */
  files(space: number, key: number): string[];
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

/**
 * `$`-prefixed summaries (large, such as rendered pages) live in the blob file, read per file on first access.
 * By convention the small part that goes with `$name` is the eager summary `name`: without the one, the other is
 * dropped.
 */
const LAZY_KEYS = [PAGE_BODY];

/**
 * An entry's record: its plain data as JSON (the summaries with their top-level typed arrays left out, where those
 * are in the entry's arrays: [rule, key, kind (0 Uint32Array, 1 Float64Array), byte offset, length] repeated).
 */
interface StoredRecord {
  tally: Tally;
  summaries: Record<string, unknown>;
  pooled?: Array<string | number>;
  silenced?: CacheEntry['silenced'];
}

/** An entry's parts as they are kept (on disk or in the journal): saved again as they are, never decoded to be. */
interface RawParts {
  record(): Buffer;
  arrays(): Buffer;
  diagnostics(): Buffer;
  extras: BlobRef | null;
}

const RAW = Symbol('raw');
type Raw = { [RAW]?: RawParts };
const EMPTY = Buffer.alloc(0);

/** An entry read from the cache: its record, arrays and diagnostics decode on first access. */
class LiveEntry implements CacheEntry {
  private record: StoredRecord | undefined;
  private summariesValue: Record<string, unknown> | undefined;
  private decoded: Diagnostic[] | undefined;
  [RAW]: RawParts;

  constructor(
    readonly hash: string,
    readonly mtimeMs: number,
    readonly size: number,
    raw: RawParts,
    private readonly codecs: SummaryCodecs,
    private readonly blobs: BlobFile | undefined,
    /** the head of the lint.v8 it is an entry of (a journal's entry: none) */
    readonly from?: Head,
  ) {
    this[RAW] = raw;
  }

  private stored(): StoredRecord {
    if (!this.record) {
      let record: StoredRecord;
      try {
        record = JSON.parse(this[RAW].record().toString('utf8')) as StoredRecord;
      } catch (error) {
        if (error instanceof CacheDamaged) throw error;
        throw new CacheDamaged('a cache record is not JSON');
      }
      if (!record || typeof record !== 'object' || !record.summaries || typeof record.summaries !== 'object')
        throw new CacheDamaged('a cache record is malformed');
      this.record = record;
    }
    return this.record;
  }

  get tally(): Tally {
    return this.stored().tally ?? {};
  }

  get silenced(): CacheEntry['silenced'] {
    return this.stored().silenced;
  }

  get summaries(): Record<string, unknown> {
    if (!this.summariesValue) {
      const record = this.stored();
      const summaries = record.summaries;
      if (record.pooled) unpool(summaries, record.pooled, this[RAW].arrays());
      if (this.codecs.size) decodeSummaries(summaries, this.codecs);
      const extras = this.blobs && this[RAW].extras;
      if (!extras) {
        // no readable extras: what depends on them (a build's rendered pages) is made again
        for (const key of LAZY_KEYS) delete summaries[key.slice(1)];
        this.summariesValue = summaries;
      } else this.summariesValue = new LazySummaries(summaries, extras, this.blobs!);
    }
    return this.summariesValue;
  }

  get page(): CachedPage | undefined {
    return pageOf(this.summaries);
  }

  get diagnostics(): Diagnostic[] {
    if (!this.decoded) {
      const bytes = this[RAW].diagnostics();
      const value = bytes.length ? decode(bytes) : [];
      if (!Array.isArray(value)) throw new CacheDamaged('cached diagnostics are malformed');
      this.decoded = value as Diagnostic[];
    }
    return this.decoded;
  }
}

/** The parts of lint.v8's entry number i, read from its sections when asked for. */
class StoredParts implements RawParts {
  constructor(
    private readonly head: Head,
    private readonly sections: Section[],
    private readonly i: number,
    readonly extras: BlobRef | null,
  ) {}
  private part(section: number, k: number): Buffer {
    const { parts, sums } = this.head;
    const at = 6 * this.i + 2 * k;
    return this.sections[section].part(parts[at], parts[at + 1], sums[3 * this.i + k]);
  }
  record(): Buffer {
    return this.part(RECORDS, 0);
  }
  arrays(): Buffer {
    return this.part(ARRAYS, 1);
  }
  diagnostics(): Buffer {
    return this.part(DIAGNOSTICS, 2);
  }
}

/** Put an entry's typed arrays back into its summaries, as views of its arrays. */
function unpool(summaries: Record<string, unknown>, pooled: Array<string | number>, arrays: Buffer): void {
  const bytes = aligned(arrays);
  for (let i = 0; i + 4 < pooled.length; i += 5) {
    const summary = summaries[pooled[i] as string] as Record<string, unknown> | undefined;
    const [kind, offset, length] = [pooled[i + 2], pooled[i + 3] as number, pooled[i + 4] as number];
    const width = kind ? 8 : 4;
    if (!summary || typeof summary !== 'object' || offset % width || offset + length * width > bytes.length)
      throw new CacheDamaged('an inconsistent cache record');
    summary[pooled[i + 1] as string] = kind
      ? new Float64Array(bytes.buffer, bytes.byteOffset + offset, length)
      : new Uint32Array(bytes.buffer, bytes.byteOffset + offset, length);
  }
}

/** The bytes at an offset that typed arrays can view (copied when they are not). */
function aligned(bytes: Buffer): Buffer {
  if (bytes.byteOffset % 8 === 0) return bytes;
  const copy = Buffer.from(new ArrayBuffer(bytes.length));
  bytes.copy(copy);
  return copy;
}

/** An entry's record and arrays, made from its summaries (a fresh entry, to be saved). */
function encodeEntry(e: CacheEntry, codecs: SummaryCodecs): { record: Buffer; arrays: Buffer } {
  const summaries = encodeSummaries(eager(e.summaries), codecs);
  const plain: Record<string, unknown> = {};
  const pooled: Array<string | number> = [];
  const parts: Buffer[] = [];
  let at = 0;
  for (const [rule, summary] of Object.entries(summaries)) {
    if (
      !summary ||
      typeof summary !== 'object' ||
      !Object.values(summary).some((v) => v instanceof Uint32Array || v instanceof Float64Array)
    ) {
      plain[rule] = summary;
      continue;
    }
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(summary)) {
      if (v instanceof Uint32Array || v instanceof Float64Array) {
        copy[k] = null;
        pooled.push(rule, k, v instanceof Float64Array ? 1 : 0, at, v.length);
        const bytes = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
        parts.push(bytes);
        at += bytes.length;
        const pad = ((at + 7) & ~7) - at;
        if (pad) {
          parts.push(Buffer.alloc(pad));
          at += pad;
        }
      } else copy[k] = v;
    }
    plain[rule] = copy;
  }
  const record: StoredRecord = { tally: e.tally, summaries: plain };
  if (pooled.length) record.pooled = pooled;
  if (e.silenced) record.silenced = e.silenced;
  return { record: Buffer.from(JSON.stringify(record)), arrays: parts.length ? Buffer.concat(parts) : EMPTY };
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
 * lint.v8's head: the key, the corpus rules' state, and per file (sorted by name) its size, time, hash and where its
 * parts are: [record offset, record length, arrays offset, arrays length, diagnostics offset, diagnostics length],
 * with each part's checksum.
 */
interface Head {
  key: string;
  blobs: string;
  state: Uint8Array;
  names: string[];
  mtimeMs: Float64Array;
  size: Float64Array;
  hashes: string[];
  parts: Float64Array;
  sums: Uint32Array;
  /** [file number, blob] of the entries with extras */
  extras: Array<[number, BlobRef]>;
}

/** A rule's index: per space, its keys sorted, and the files (numbers) under each: files[starts[k], starts[k + 1]). */
interface StoredIndex {
  has: Uint8Array;
  spaces: Array<{ keys: Float64Array; starts: Int32Array; files: Int32Array }>;
}

/**
 * What changed since a `lint.v8` (named by its head's length and checksum): entries set (with their parts as they
 * are kept) or removed (null), and the corpus rules' state.
 */
interface Journal {
  base: string;
  blobs: string;
  entries: Record<
    string,
    {
      hash: string;
      mtimeMs: number;
      size: number;
      record: Uint8Array;
      arrays: Uint8Array;
      diagnostics: Uint8Array;
      extras: BlobRef | null;
    } | null
  >;
  state: Uint8Array;
}

/** A slot of the entries: a lint.v8 entry not yet asked for (its number), or an entry. */
type Slot = number | CacheEntry;

export class LintCache {
  private dirty = false;
  /** the name of the `lint.v8` on disk (its head's length and checksum), when there is one */
  private base: string | undefined;
  /** the blob file that `lint.v8` names */
  private baseBlobs: string | undefined;
  /** files set or removed since that `lint.v8`: what a journal holds */
  private readonly changed = new Set<string>();
  /** the entries the stored index was made from */
  private readonly indexed = new WeakSet<CacheEntry>();
  private file?: SectionFile;
  private head?: Head;
  private indexes?: Map<string, StoredIndex> | null;
  private numbers?: Map<string, number>;
  /** the files on disk as this cache read or last wrote them (see stampOf): another process' save changes it */
  private stamp = '';
  /** files this process set or removed since it last saved, and the corpus rules whose state it set */
  private readonly mine = new Set<string>();
  private readonly mineState = new Set<string>();

  private constructor(
    private readonly path: string,
    private readonly key: string,
    private readonly entries: Map<string, Slot>,
    private readonly codecs: SummaryCodecs,
    private readonly indexers: Indexers,
    /** why the stored cache was not used, when it was not */
    readonly discarded?: string,
    private blobs?: BlobFile,
  ) {}

  /**
   * The cache in `dir` for this config; `codecs` keep the summaries of the rules that declare one (see fields.ts),
   * `indexers` make the index of those with keys.
   */
  static open(
    dir: string,
    config: Config,
    codecs: SummaryCodecs = new Map(),
    indexers: Indexers = new Map(),
  ): LintCache {
    return LintCache.load(dir, cacheKeyOf(dir, config, codecs, indexers), codecs, indexers);
  }

  /** The cache in `dir` if it has this key (else an empty one, saying why). */
  private static load(dir: string, key: string, codecs: SummaryCodecs, indexers: Indexers): LintCache {
    const file = path.join(dir, FILE);
    // taken before anything is read: a save by another process meanwhile makes it differ (see save)
    const stamp = stampOf(dir);
    const empty = (why: string) => {
      const cache = new LintCache(file, key, new Map(), codecs, indexers, why);
      cache.stamp = stamp;
      return cache;
    };
    // issue 19: a FIFO, folder or link in the cache file's place is a damaged cache (removed, rebuilt)
    if (!regularOrAbsent(file) || !regularOrAbsent(path.join(dir, BLOBS)) || !regularOrAbsent(path.join(dir, JOURNAL)))
      return empty('corrupt');
    let sections: SectionFile | undefined;
    try {
      sections = SectionFile.open(file, MAGIC, SECTIONS);
    } catch {
      return empty('none');
    }
    if (!sections) return empty('corrupt');
    let head: Head | undefined;
    try {
      head = decode(sections.sections[HEAD].whole()) as Head | undefined;
    } catch {
      head = undefined;
    }
    if (!head || !validHead(head)) {
      sections.close();
      return empty('corrupt');
    }
    if (head.key !== key) {
      sections.close();
      return empty('outdated');
    }
    const blobs = BlobFile.open(path.join(dir, BLOBS), head.blobs);
    const entries = new Map<string, Slot>(head.names.map((name, i) => [name, i]));
    const cache = new LintCache(file, key, entries, codecs, indexers, undefined, blobs);
    cache.file = sections;
    cache.head = head;
    cache.stateBytes = head.state;
    cache.base = sections.sections[HEAD].name;
    cache.baseBlobs = head.blobs;
    cache.applyJournal(path.join(dir, JOURNAL), blobs);
    cache.stamp = stamp;
    return cache;
  }

  /** An empty cache in `dir` (to rebuild one found damaged): the next save writes it afresh. */
  static empty(
    dir: string,
    config: Config,
    codecs: SummaryCodecs = new Map(),
    indexers: Indexers = new Map(),
  ): LintCache {
    const key = cacheKeyOf(dir, config, codecs, indexers);
    return new LintCache(path.join(dir, FILE), key, new Map(), codecs, indexers, 'corrupt');
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
      if (!j) {
        this.entries.delete(f);
        continue;
      }
      const bytes = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
      const raw: RawParts = {
        record: () => bytes(j.record),
        arrays: () => bytes(j.arrays),
        diagnostics: () => bytes(j.diagnostics),
        extras: blobs ? j.extras : null,
      };
      this.entries.set(f, new LiveEntry(j.hash, j.mtimeMs, j.size, raw, this.codecs, blobs));
    }
    // the journal's state is the later one
    if (journal.state instanceof Uint8Array) this.stateBytes = journal.state;
  }

  /** The entry in a slot (a lint.v8 entry is made when first asked for). */
  private entry(file: string): CacheEntry | undefined {
    const slot = this.entries.get(file);
    if (typeof slot !== 'number') return slot;
    const e = this.stored(slot);
    this.entries.set(file, e);
    return e;
  }

  /** lint.v8's entry number i. */
  private stored(i: number): CacheEntry {
    const head = this.head!;
    const raw = new StoredParts(head, this.file!.sections, i, (this.blobs && this.extrasByNumber().get(i)) || null);
    return new LiveEntry(head.hashes[i], head.mtimeMs[i], head.size[i], raw, this.codecs, this.blobs, head);
  }

  private extrasMap?: Map<number, BlobRef>;
  private extrasByNumber(): Map<number, BlobRef> {
    return (this.extrasMap ??= new Map(this.head!.extras));
  }

  /** Whether this entry is one the stored index was made from (see index()). */
  isIndexed(e: CacheEntry): boolean {
    return (e instanceof LiveEntry && e.from !== undefined && e.from === this.head) || this.indexed.has(e);
  }

  /** A cross-file rule's stored index, of the entries isIndexed() names; undefined when there is none. */
  index(rule: string): CacheIndex | undefined {
    if (this.indexes === undefined) {
      this.indexes = null;
      if (this.file && this.head) {
        const value = decode(this.file.sections[INDEX].whole());
        if (!value || typeof value !== 'object') throw new CacheDamaged('the cache index is malformed');
        this.indexes = new Map(Object.entries(value as Record<string, StoredIndex>));
      }
    }
    const stored = this.indexes?.get(rule);
    const names = this.head?.names;
    if (!stored || !names) return undefined;
    this.numbers ??= new Map(names.map((n, i) => [n, i]));
    const numbers = this.numbers;
    return {
      has: (file) => {
        const i = numbers.get(file);
        return i !== undefined && stored.has[i] === 1;
      },
      files: (space, key) => {
        const s = stored.spaces[space];
        if (!s) return [];
        let lo = 0;
        let hi = s.keys.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (s.keys[mid] < key) lo = mid + 1;
          else hi = mid;
        }
        if (lo >= s.keys.length || s.keys[lo] !== key) return [];
        const out: string[] = [];
        for (let j = s.starts[lo]; j < s.starts[lo + 1]; j++) out.push(names[s.files[j]]);
        return out;
      },
    };
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
    this.mineState.add(rule);
    this.dirty = true;
  }

  /** Whether a file's entry has this size and time (fresh() without making the entry: see entryOf). */
  isFresh(file: string, stat: { mtimeMs: number; size: number }): boolean {
    const slot = this.entries.get(file);
    if (slot === undefined) return false;
    if (typeof slot === 'number')
      return this.head!.mtimeMs[slot] === stat.mtimeMs && this.head!.size[slot] === stat.size;
    return slot.mtimeMs === stat.mtimeMs && slot.size === stat.size;
  }

  /** Whether a file's entry has this content hash (byHash() without making the entry). */
  hasHash(file: string, hash: string): boolean {
    const slot = this.entries.get(file);
    if (slot === undefined) return false;
    return (typeof slot === 'number' ? this.head!.hashes[slot] : slot.hash) === hash;
  }

  /** A file's entry (made when first asked for: a run takes many and reads few). */
  entryOf(file: string): CacheEntry | undefined {
    return this.entry(file);
  }

  /** Whether a file's entry is one the stored index was made from (isIndexed(), without making the entry). */
  isIndexedFile(file: string): boolean {
    const slot = this.entries.get(file);
    return typeof slot === 'number' || (slot !== undefined && this.isIndexed(slot));
  }

  /** The entry of a file whose size and modification time are unchanged (the cheap check, as git's index does). */
  fresh(file: string, stat: { mtimeMs: number; size: number }): CacheEntry | undefined {
    const slot = this.entries.get(file);
    if (slot === undefined) return undefined;
    if (typeof slot === 'number') {
      const head = this.head!;
      return head.mtimeMs[slot] === stat.mtimeMs && head.size[slot] === stat.size ? this.entry(file) : undefined;
    }
    return slot.mtimeMs === stat.mtimeMs && slot.size === stat.size ? slot : undefined;
  }

  /** The entry of a file with exactly this content. */
  byHash(file: string, hash: string): CacheEntry | undefined {
    const slot = this.entries.get(file);
    if (slot === undefined) return undefined;
    if (typeof slot === 'number') return this.head!.hashes[slot] === hash ? this.entry(file) : undefined;
    return slot.hash === hash ? slot : undefined;
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
    this.mine.add(file);
    this.dirty = true;
  }

  /** Forget files that no longer exist among those linted. */
  retain(files: Set<string>): void {
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
  save(): void {
    if (!this.dirty) return;
    const dir = path.dirname(this.path);
    const saved = withLock(path.join(dir, LOCK), () => {
      const latest =
        this.stamp === stampOf(dir) ? undefined : LintCache.load(dir, this.key, this.codecs, this.indexers);
      if (latest && !latest.discarded) {
        this.applyTo(latest);
        try {
          latest.saveOwn();
        } finally {
          latest.close();
        }
        // this one's view is not what is on disk: its stamp stays, so that its next save starts from the disk's again
        return;
      }
      // unchanged since read (or unreadable now, or another tool's: this one's is written in its place)
      if (latest) {
        latest.close();
        this.saveAll();
      } else this.saveOwn();
      this.stamp = stampOf(dir);
    });
    if (!saved) return; // the lock was kept by another process all along: saved next time
    this.dirty = false;
    this.mine.clear();
    this.mineState.clear();
  }

  /** Closes the files this copy reads from (its entries not yet read can no longer be). */
  close(): void {
    this.file?.close();
    this.blobs?.close();
  }

  private saveOwn(): void {
    if (this.base && this.blobs && this.blobs.id === this.baseBlobs && this.changed.size <= this.entries.size / 10)
      this.saveJournal(this.blobs);
    else this.saveAll();
    this.dirty = false;
  }

  /** This process' changes since its last save, made in another copy of the cache. */
  private applyTo(latest: LintCache): void {
    for (const f of [...this.mine].sort()) {
      const e = this.entries.get(f);
      if (e === undefined) {
        if (latest.entries.delete(f)) latest.changed.add(f);
      } else {
        // only an entry made in this process (one read from the cache names this copy's files: never one it set)
        if (typeof e === 'number' || (e as Raw)[RAW]) continue;
        latest.entries.set(f, e);
        latest.changed.add(f);
      }
    }
    for (const rule of this.mineState) latest.corpusState[rule] = this.corpusState[rule];
    latest.dirty = true;
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

  /** An entry's record, arrays and diagnostics as kept: copied from the cache, or made from a fresh entry. */
  private partsOf(e: CacheEntry): { record: Buffer; arrays: Buffer; diagnostics: Buffer } {
    const raw = (e as Raw)[RAW];
    if (raw) return { record: raw.record(), arrays: raw.arrays(), diagnostics: raw.diagnostics() };
    const { record, arrays } = encodeEntry(e, this.codecs);
    return { record, arrays, diagnostics: e.diagnostics.length ? serialize(e.diagnostics) : EMPTY };
  }

  /** Only what changed since `lint.v8`: a few entries instead of every file's. */
  private saveJournal(blobs: BlobFile): void {
    const entries: Journal['entries'] = {};
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
        // a part found damaged now: the file is left out (linted again next time)
        if (!(error instanceof CacheDamaged)) throw error;
        entries[f] = null;
        continue;
      }
      entries[f] = { hash: e.hash, mtimeMs: e.mtimeMs, size: e.size, ...parts, extras: this.extrasOf(e, blobs) };
    }
    blobs.flush();
    writeChecked(path.join(path.dirname(this.path), JOURNAL), JOURNAL_MAGIC, {
      base: this.base!,
      blobs: blobs.id,
      entries,
      state: this.stateToSave(),
    } satisfies Journal);
  }

  private saveAll(): void {
    // everything kept is copied from the file as it is: read it whole first (a damaged section is left out below)
    try {
      this.file?.load();
    } catch {
      // each part is checked again where it is copied
    }
    const names = [...this.entries.keys()].sort();
    const kept: Array<{ name: string; e: CacheEntry; parts: ReturnType<LintCache['partsOf']> }> = [];
    for (const name of names) {
      const e = this.entry(name)!;
      try {
        kept.push({ name, e, parts: this.partsOf(e) });
      } catch (error) {
        // a part found damaged now: the file is left out (linted again next time)
        if (!(error instanceof CacheDamaged)) throw error;
        this.entries.delete(name);
      }
    }
    const n = kept.length;
    // the blobs of the entries' extras; mostly garbage (blobs of files since changed): the live ones copied afresh
    let blobs = this.blobs ?? BlobFile.create(path.join(path.dirname(this.path), BLOBS));
    const extras: Array<BlobRef | null> = [];
    let live = 0;
    for (const { e } of kept) {
      const ref = this.extrasOf(e, blobs);
      extras.push(ref);
      live += ref?.[1] ?? 0;
    }
    if (blobs.size > 2 * live + (4 << 20)) {
      const fresh = BlobFile.create(path.join(path.dirname(this.path), BLOBS));
      for (let i = 0; i < n; i++) {
        const ref = extras[i];
        if (!ref) continue;
        const bytes = blobs.read(ref);
        extras[i] = bytes ? fresh.append(bytes) : null;
      }
      blobs.close();
      blobs = fresh;
    }
    blobs.flush();
    this.blobs = blobs;
    // the records (one JSON array), the arrays (each entry's at a multiple of 8) and the diagnostics
    const parts = new Float64Array(6 * n);
    const sums = new Uint32Array(3 * n);
    const records: Buffer[] = [];
    const arrays: Buffer[] = [];
    const diagnostics: Buffer[] = [];
    let r = 1;
    let a = 0;
    let d = 0;
    const comma = Buffer.from(',');
    records.push(Buffer.from('['));
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
      const pad = ((a + 7) & ~7) - a;
      if (pad) {
        arrays.push(Buffer.alloc(pad));
        a += pad;
      }
      diagnostics.push(p.diagnostics);
      d += p.diagnostics.length;
    });
    records.push(Buffer.from(']'));
    const index = this.makeIndex(kept);
    const head: Head = {
      key: this.key,
      blobs: blobs.id,
      state: this.stateToSave(),
      names: kept.map((k) => k.name),
      mtimeMs: Float64Array.from(kept, (k) => k.e.mtimeMs),
      size: Float64Array.from(kept, (k) => k.e.size),
      hashes: kept.map((k) => k.e.hash),
      parts,
      sums,
      extras: extras.flatMap((ref, i) => (ref ? [[i, ref] as [number, BlobRef]] : [])),
    };
    const file = sectionParts(MAGIC, [
      [serialize(head)],
      records,
      arrays,
      diagnostics,
      [serialize(Object.fromEntries(index))],
    ]);
    // written part by part: nothing is copied into one buffer
    writePartsAtomic(this.path, file.parts);
    this.base = file.names[HEAD];
    this.baseBlobs = blobs.id;
    this.changed.clear();
    // every entry is now one the new index was made from; their parts are in memory (read whole above)
    this.head = head;
    this.numbers = undefined;
    this.indexes = new Map(index);
    this.extrasMap = undefined;
    for (const { e } of kept) this.indexed.add(e);
    this.file?.close();
    this.file = undefined;
    // the journal of the previous lint.v8 names that one: it no longer applies
    rmSync(path.join(path.dirname(this.path), JOURNAL), { force: true });
  }

  /**
   * The index of each rule with keys: an entry the previous index was made from keeps its keys from it (nothing of
   * it is decoded); the others' are made from their summaries.
   */
  private makeIndex(kept: Array<{ name: string; e: CacheEntry }>): Map<string, StoredIndex> {
    const out = new Map<string, StoredIndex>();
    const previous = this.indexes === undefined ? this.readIndexQuietly() : this.indexes;
    const oldNumbers = this.head ? new Map(this.head.names.map((name, i) => [name, i])) : new Map<string, number>();
    for (const [rule, keysOf] of this.indexers) {
      const old = previous?.get(rule);
      // the previous index's keys by its file numbers
      const oldKeys = new Map<number, number[][]>();
      if (old) {
        old.spaces.forEach((s, space) => {
          for (let k = 0; k < s.keys.length; k++) {
            for (let j = s.starts[k]; j < s.starts[k + 1]; j++) {
              let byFile = oldKeys.get(s.files[j]);
              if (!byFile) oldKeys.set(s.files[j], (byFile = []));
              (byFile[space] ??= []).push(s.keys[k]);
            }
          }
        });
      }
      const has = new Uint8Array(kept.length);
      const spaces: Array<Map<number, number[]>> = [];
      kept.forEach(({ name, e }, i) => {
        let keys: number[][] | undefined;
        const before = oldNumbers.get(name);
        if (old && before !== undefined && this.indexed.has(e)) {
          if (!old.has[before]) return;
          keys = oldKeys.get(before) ?? [];
        } else {
          const summary = e.summaries[rule];
          if (summary === undefined) return;
          keys = keysOf(summary);
        }
        has[i] = 1;
        keys.forEach((list, space) => {
          const bySpace = (spaces[space] ??= new Map());
          for (const key of list ?? []) {
            const files = bySpace.get(key);
            if (!files) bySpace.set(key, [i]);
            else if (files[files.length - 1] !== i) files.push(i);
          }
        });
      });
      out.set(rule, {
        has,
        spaces: Array.from(spaces, (bySpace) => {
          const keys = Float64Array.from((bySpace ?? new Map()).keys()).sort();
          const starts = new Int32Array(keys.length + 1);
          let total = 0;
          keys.forEach((key, k) => {
            starts[k] = total;
            total += bySpace.get(key)!.length;
          });
          starts[keys.length] = total;
          const files = new Int32Array(total);
          keys.forEach((key, k) => files.set(bySpace.get(key)!, starts[k]));
          return { keys, starts, files };
        }),
      });
    }
    return out;
  }

  /** The stored index, or null when it cannot be read (the keys are then made from every summary). */
  private readIndexQuietly(): Map<string, StoredIndex> | null {
    try {
      if (!this.file) return null;
      const value = decode(this.file.sections[INDEX].whole());
      return value && typeof value === 'object' ? new Map(Object.entries(value as Record<string, StoredIndex>)) : null;
    } catch {
      return null;
    }
  }
}

/** The key of a cache: the tool, the config, the codecs and indexes, and the byte order of the typed arrays. */
function cacheKeyOf(dir: string, config: Config, codecs: SummaryCodecs, indexers: Indexers): string {
  return `${cacheKey(config, dir)}:${codecsKey(codecs)}:${[...indexers.keys()].sort().join(',')}:${endianness()}`;
}

function validHead(head: Head): boolean {
  const n = Array.isArray(head.names) ? head.names.length : -1;
  return (
    typeof head.key === 'string' &&
    typeof head.blobs === 'string' &&
    n >= 0 &&
    head.mtimeMs instanceof Float64Array &&
    head.mtimeMs.length === n &&
    head.size instanceof Float64Array &&
    head.size.length === n &&
    Array.isArray(head.hashes) &&
    head.hashes.length === n &&
    head.parts instanceof Float64Array &&
    head.parts.length === 6 * n &&
    head.sums instanceof Uint32Array &&
    head.sums.length === 3 * n &&
    Array.isArray(head.extras) &&
    (head.state === undefined || head.state instanceof Uint8Array)
  );
}

/** The eager summaries (keys first: reading a lazy value would decode it). */
function eager(summaries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(summaries)
      .filter((k) => !k.startsWith('$'))
      .map((k) => [k, summaries[k]]),
  );
}

function decode(body: Buffer): unknown {
  try {
    return deserialize(body);
  } catch {
    return undefined;
  }
}

let codeHash: string | undefined;

const TOOL = 'tool.v8';
const TOOL_MAGIC = Buffer.from('SELFHELP-TOOL-1');
/** how many installs' hashes tool.v8 keeps (the pre-commit framework's, the repository's own...) */
const TOOLS_KEPT = 8;

/**
 * A hash of the tool's own compiled code and its schemas, from each file's path within its folder and its
 * bytes: any change to either invalidates the cache, and two installs of the same version (a repository's
 * own and the pre-commit framework's, each with its own path and modification times) share one cache.
 * About 2.4 MB (the bundle and the schemas): hashed once per install, then found in `tool.v8` in the cache
 * folder by the files' paths, sizes, times and inodes (as the cache finds articles unchanged), when `dir` is given.
 */
function toolHash(dir?: string): string {
  if (codeHash) return codeHash;
  const files: Array<{ top: string; full: string; size: number; mtimeMs: number; ino: number }> = [];
  const list = (top: string, at = top) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) list(top, full);
      else if (/\.(js|json)$/.test(entry.name)) {
        const s = statSync(full);
        files.push({ top, full, size: s.size, mtimeMs: s.mtimeMs, ino: s.ino });
      }
    }
  };
  list(codeDir);
  list(path.resolve(schemaDir.pathname));
  const signature = createHash('sha1')
    .update(JSON.stringify(files.map((f) => [f.full, f.size, f.mtimeMs, f.ino])))
    .digest('hex');
  const memoFile = dir && path.join(dir, TOOL);
  const memo = memoFile
    ? (readChecked(memoFile, TOOL_MAGIC) as { hashes?: Array<[string, string]> } | undefined)
    : undefined;
  const kept = Array.isArray(memo?.hashes) ? memo.hashes : [];
  const known = kept.find(([sig]) => sig === signature);
  if (known && typeof known[1] === 'string') return (codeHash = known[1]);
  const h = createHash('sha256');
  for (const f of files) h.update(`${path.relative(f.top, f.full)}\0${f.size}\0`).update(readFileSync(f.full));
  codeHash = h.digest('hex');
  if (memoFile) {
    try {
      mkdirSync(dir, { recursive: true });
      writeChecked(memoFile, TOOL_MAGIC, {
        hashes: [[signature, codeHash], ...kept.filter(([sig]) => sig !== signature)].slice(0, TOOLS_KEPT),
      });
    } catch {
      // a cache folder that cannot be written: hashed again next time
    }
  }
  return codeHash;
}

/** The cache's files as they are on disk (inode, size and time of each): any save by any process changes it. */
function stampOf(dir: string): string {
  return [FILE, JOURNAL, BLOBS]
    .map((name) => {
      try {
        const s = statSync(path.join(dir, name));
        return `${s.ino}:${s.size}:${s.mtimeMs}`;
      } catch {
        return '-';
      }
    })
    .join(' ');
}

/** The key of the cache files for this config (`dir`: the cache folder, where the tool's hash is kept). */
export function cacheKey(config: Config, dir?: string): string {
  const { file: _file, ...settings } = config;
  return createHash('sha256').update(toolHash(dir)).update(JSON.stringify(settings)).digest('hex');
}
