/**
 * The persistent cache (.selfhelp-cache/): per file, keyed by its content hash, the diagnostics of the
 * per-file rules, the summaries the cross-file rules need (articleId, MinHash signatures) and, after a
 * build, the article's metadata, with what corpus rules keep between runs. `lint.v8`, v8-serialized (typed
 * arrays travel as they are), behind a magic header, in three sections that each carry a SHA-256 checksum:
 * the summaries (read on every run), a table, and each file's diagnostics as a blob of its own, decoded only
 * for the files that need them and saved again as raw bytes. Rendered pages are in `lint.blobs` (see
 * blobs.ts). A truncated, corrupt or foreign cache is detected and rebuilt, never trusted. The key covers the tool's code, the schemas and the resolved
 * config: when any of them changes, the cache starts empty.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Config } from '../config/index.js';
import type { Diagnostic } from '../diagnostic.js';
import { writePartsAtomic } from '../lint/write.js';
import { BlobFile, type BlobRef } from './blobs.js';
import { schemaDir } from '../validate/schemas.js';

export const CACHE_DIR = '.selfhelp-cache';
const FILE = 'lint.v8';
const BLOBS = 'lint.blobs';
const MAGIC = Buffer.from('SELFHELP-CACHE-5');
const SUM = 32;

export interface CacheEntry {
  /** sha1 of the file's bytes */
  hash: string;
  mtimeMs: number;
  size: number;
  /** read from the second section of the cache file on first access: a changed-files run never needs it */
  diagnostics: Diagnostic[];
  summaries: Record<string, unknown>;
}

type StoredEntry = Omit<CacheEntry, 'diagnostics'>;

interface Stored {
  key: string;
  entries: Record<string, StoredEntry>;
  /** every typed array of the summaries, pooled: one copy when loading instead of one per file */
  u32: Uint32Array;
  f64: Float64Array;
  /** what corpus rules keep between full runs */
  state?: Record<string, unknown>;
}

interface PoolRef {
  $pool: 'u32' | 'f64';
  offset: number;
  length: number;
}

/** Replace the typed arrays at the top level of each summary by references into two pools. */
function poolArrays(entries: Record<string, StoredEntry>): { entries: Record<string, StoredEntry>; u32: Uint32Array; f64: Float64Array } {
  const u32: Uint32Array[] = [];
  const f64: Float64Array[] = [];
  let u32Length = 0;
  let f64Length = 0;
  const out: Record<string, StoredEntry> = {};
  for (const [file, entry] of Object.entries(entries)) {
    const summaries: Record<string, unknown> = {};
    for (const [rule, summary] of Object.entries(entry.summaries)) {
      if (!summary || typeof summary !== 'object') {
        summaries[rule] = summary;
        continue;
      }
      const copy: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(summary)) {
        if (v instanceof Uint32Array) {
          copy[k] = { $pool: 'u32', offset: u32Length, length: v.length } satisfies PoolRef;
          u32.push(v);
          u32Length += v.length;
        } else if (v instanceof Float64Array) {
          copy[k] = { $pool: 'f64', offset: f64Length, length: v.length } satisfies PoolRef;
          f64.push(v);
          f64Length += v.length;
        } else copy[k] = v;
      }
      summaries[rule] = copy;
    }
    out[file] = { ...entry, summaries };
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
  return { entries: out, u32: join(u32, u32Length, (n) => new Uint32Array(n)), f64: join(f64, f64Length, (n) => new Float64Array(n)) };
}

/**
 * `$`-prefixed summaries (large, such as rendered pages) live in the blob file, read per file on first access.
 * By convention the small part that goes with `$name` is the eager summary `name`: without the one, the other is dropped.
 */
export const LAZY_KEYS = ['$render'];

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

/** Turn pool references back into views (no copy); diagnostics and extras decode per file, on first access. */
function unpool(stored: Stored, table: Table, area: Buffer, blobs: BlobFile | undefined): Map<string, CacheEntry> {
  const map = new Map<string, CacheEntry>();
  for (const [file, entry] of Object.entries(stored.entries)) {
    for (const summary of Object.values(entry.summaries)) {
      if (!summary || typeof summary !== 'object') continue;
      const record = summary as Record<string, unknown>;
      for (const [k, v] of Object.entries(record)) {
        const ref = v as PoolRef | null;
        if (ref && typeof ref === 'object' && '$pool' in ref) {
          const pool = ref.$pool === 'u32' ? stored.u32 : stored.f64;
          record[k] = pool.subarray(ref.offset, ref.offset + ref.length);
        }
      }
    }
    const ref = table.files[file];
    const raw = { diagnostics: ref ? area.subarray(ref[0], ref[0] + ref[1]) : EMPTY, extras: (blobs && ref?.[2]) || null };
    (entry as Raw)[RAW] = raw;
    let diagnostics: Diagnostic[] | undefined;
    Object.defineProperty(entry, 'diagnostics', {
      get: () => (diagnostics ??= raw.diagnostics.length ? ((decode(raw.diagnostics) as Diagnostic[] | undefined) ?? []) : []),
      enumerable: true,
      configurable: true,
    });
    if (!raw.extras) {
      // no readable extras: what depends on them (a build's rendered pages) is made again
      for (const key of LAZY_KEYS) delete entry.summaries[key.slice(1)];
      map.set(file, entry as CacheEntry);
      continue;
    }
    let extras: Record<string, unknown> | undefined;
    const read = () => {
      if (!extras) {
        const bytes = blobs!.read(raw.extras!);
        extras = (bytes && (decode(bytes) as Record<string, unknown> | undefined)) || {};
      }
      return extras;
    };
    for (const key of LAZY_KEYS) Object.defineProperty(entry.summaries, key, { get: () => read()[key], enumerable: true, configurable: true });
    map.set(file, entry as CacheEntry);
  }
  return map;
}

const EMPTY = Buffer.alloc(0);

export class LintCache {
  private dirty = false;

  private constructor(
    private readonly file: string,
    private readonly key: string,
    private readonly entries: Map<string, CacheEntry>,
    /** why the stored cache was not used, when it was not */
    readonly discarded?: string,
    private blobs?: BlobFile,
  ) {}

  static open(dir: string, config: Config): LintCache {
    const file = path.join(dir, FILE);
    const key = cacheKey(config);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return new LintCache(file, key, new Map(), 'none');
    }
    const sections = split(bytes);
    const stored = sections && (decode(sections[0]) as Stored | undefined);
    if (!sections || !stored || !validStored(stored)) return new LintCache(file, key, new Map(), 'corrupt');
    if (stored.key !== key) return new LintCache(file, key, new Map(), 'outdated');
    const table = decode(sections[1]) as Table | undefined;
    if (!table || typeof table !== 'object' || typeof table.files !== 'object') return new LintCache(file, key, new Map(), 'corrupt');
    const blobs = BlobFile.open(path.join(dir, BLOBS), table.blobs);
    const cache = new LintCache(file, key, unpool(stored, table, sections[2], blobs), undefined, blobs);
    cache.corpusState = stored.state && typeof stored.state === 'object' ? stored.state : {};
    return cache;
  }

  private corpusState: Record<string, unknown> = {};

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

  /** The entry of a file with exactly this content. */
  byHash(file: string, hash: string): CacheEntry | undefined {
    const e = this.entries.get(file);
    return e && e.hash === hash ? e : undefined;
  }

  set(file: string, entry: CacheEntry): void {
    this.entries.set(file, entry);
    this.dirty = true;
  }

  /** Forget files that no longer exist among those linted. */
  retain(files: Set<string>): void {
    for (const f of this.entries.keys()) {
      if (!files.has(f)) {
        this.entries.delete(f);
        this.dirty = true;
      }
    }
  }

  save(): void {
    if (!this.dirty) return;
    const sorted = [...this.entries].sort(([a], [b]) => (a < b ? -1 : 1));
    // keys first: reading a lazy value would decode it
    const eager = (summaries: Record<string, unknown>) => Object.fromEntries(Object.keys(summaries).filter((k) => !k.startsWith('$')).map((k) => [k, summaries[k]]));
    const records = Object.fromEntries(sorted.map(([f, e]) => [f, { hash: e.hash, mtimeMs: e.mtimeMs, size: e.size, summaries: eager(e.summaries) }]));
    const first = serialize({ key: this.key, ...poolArrays(records), state: this.corpusState } satisfies Stored);
    // the parts of entries read from the cache are saved as they are: nothing is decoded to be saved
    let blobs = this.blobs ?? BlobFile.create(path.join(path.dirname(this.file), BLOBS));
    const extrasOf = new Map<string, BlobRef | null>();
    let live = 0;
    for (const [f, e] of sorted) {
      const raw = (e as Raw)[RAW];
      let ref: BlobRef | null = null;
      if (raw) ref = raw.extras;
      else {
        const lazy = Object.fromEntries(LAZY_KEYS.filter((k) => e.summaries[k] !== undefined).map((k) => [k, e.summaries[k]]));
        if (Object.keys(lazy).length) ref = blobs.append(serialize(lazy));
      }
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
      const raw = (e as Raw)[RAW];
      const d = raw ? raw.diagnostics : e.diagnostics.length ? serialize(e.diagnostics) : EMPTY;
      parts.push(d);
      table.files[f] = [at, d.length, extrasOf.get(f) ?? null];
      at += d.length;
    }
    // written part by part: the diagnostics area is not copied into one buffer
    writePartsAtomic(this.file, [MAGIC, ...section(first), ...section(serialize(table)), ...sectionOf(parts, at)]);
    this.dirty = false;
  }
}

/** A section made of parts: its length, its SHA-256, then the parts. */
function sectionOf(parts: Buffer[], length: number): Buffer[] {
  const header = Buffer.alloc(8);
  header.writeBigUInt64BE(BigInt(length));
  const sum = createHash('sha256');
  for (const p of parts) sum.update(p);
  return [header, sum.digest(), ...parts];
}

/** A section: its length (8 bytes), its SHA-256, its bytes. */
function section(body: Buffer): Buffer[] {
  const length = Buffer.alloc(8);
  length.writeBigUInt64BE(BigInt(body.length));
  return [length, createHash('sha256').update(body).digest(), body];
}

/** The three checked sections of a cache file, or undefined when anything is off (truncated, corrupt, foreign). */
function split(bytes: Buffer): [Buffer, Buffer, Buffer] | undefined {
  if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const out: Buffer[] = [];
  let at = MAGIC.length;
  for (let i = 0; i < 3; i++) {
    if (bytes.length < at + 8 + SUM) return undefined;
    const length = Number(bytes.readBigUInt64BE(at));
    const sum = bytes.subarray(at + 8, at + 8 + SUM);
    const body = bytes.subarray(at + 8 + SUM, at + 8 + SUM + length);
    if (body.length !== length || !createHash('sha256').update(body).digest().equals(sum)) return undefined;
    out.push(body);
    at += 8 + SUM + length;
  }
  return at === bytes.length ? [out[0], out[1], out[2]] : undefined;
}

function decode(body: Buffer): unknown {
  try {
    return deserialize(body);
  } catch {
    return undefined;
  }
}

function validStored(stored: Stored): boolean {
  return typeof stored.key === 'string' && !!stored.entries && typeof stored.entries === 'object' && stored.u32 instanceof Uint32Array && stored.f64 instanceof Float64Array;
}

let codeHash: string | undefined;

/**
 * A hash of the tool's own compiled code and its schemas, from each file's path, size and modification
 * time (as git's index does): any change to either invalidates the cache.
 */
function toolHash(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha256');
  const add = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) add(full);
      else if (/\.(js|json)$/.test(entry.name)) {
        const s = statSync(full);
        h.update(`${full}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  add(path.resolve(new URL('..', import.meta.url).pathname));
  add(path.resolve(schemaDir.pathname));
  return (codeHash = h.digest('hex'));
}

export function cacheKey(config: Config): string {
  const { file: _file, ...settings } = config;
  return createHash('sha256').update(toolHash()).update(JSON.stringify(settings)).digest('hex');
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

export function statOf(file: string): { mtimeMs: number; size: number } | undefined {
  try {
    const s = statSync(file);
    return { mtimeMs: s.mtimeMs, size: s.size };
  } catch {
    return undefined;
  }
}
