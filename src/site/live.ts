/**
 * A preview's output folder, written in place (selfhelp serve). A published build swaps a whole new tree in
 * (index.ts), so that a reader never sees half of one; a preview is read by its own server only, which reloads
 * the pages once a rebuild is done, so it needs no swap. What it needs is speed: a save changes a few files of
 * 40,000, and everything else must cost nothing.
 *
 * The folder remembers, in memory, what each of its files was made from (the emitter's key, or the hash of the
 * bytes): a file emitted with the same id is not looked at, made or written; one that differs is pending, and
 * made and written (temp file, then rename) when the server is asked for it or, after the reload, in the
 * background; one no longer emitted is removed. So a save costs the walk over the site's keys, and the pages
 * the reader reloads; the rest follows. A group of files emitted through `memo` from the same inputs as last
 * time (a bundle's listings, when no article's listing changed) is emitted again from what it emitted then,
 * without making any of it or working out its keys. The map is saved in the cache folder once nothing is pending,
 * and when the server stops (it then names the files written; the next start makes those still pending), so the
 * next `serve` starts from it. It is trusted only for the same tool and config (the key), the same folder
 * (its inode) and with the marker file in
 * place; otherwise the folder is emptied and written afresh. The preview folder is the tool's own, inside its
 * cache folder: a file in it changed by hand is not noticed (as nothing in the cache folder is watched).
 */
import { createHash } from 'node:crypto';
import { linkSync, lstatSync, mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readChecked, writeChecked } from '../cache/checked.js';
import { writeFileAtomic } from '../files.js';
import { SITE_MARKER as MARKER } from './output.js';
import type { Content, Emitter } from './site.js';

const LIVE_MAGIC = Buffer.from('SELFHELP-LIVE-1');
const MARKER_TEXT = 'This folder is made by `selfhelp serve`: its contents are replaced by every rebuild.\n';

export class LiveFolder {
  /** rel -> what the file on disk was made from (`k:` a key, `s:` the sha1 of its bytes) */
  private files?: Map<string, string>;
  /** files emitted but not written yet: made on request (ensure) or in the background (drain) */
  private readonly pending = new Map<string, Pending>();
  private counter = 0;
  /** the drain running: one that sees another number was halted */
  private draining = 0;
  /** whether the map in memory differs from the one saved */
  private changed = true;
  /**
   * whether the saved map may be trusted: it names no file that is not on disk as it says (files written since
   * it was saved are not in it, and are made again by the next start); a file removed or made stale removes it
   */
  private saved = false;
  /** the groups of files the last write emitted through `memo`: the inputs each was made from, and its files */
  private groups = new Map<string, Group>();

  /** `out` the folder; `index` the file that keeps its map between runs, and what the map is valid for */
  constructor(
    readonly out: string,
    private readonly index?: { file: string; key: string },
  ) {}

  /** The map of the folder as it is on disk: from memory, else from the index when it can vouch for it. */
  private open(): Map<string, string> {
    if (this.files) return this.files;
    const saved = this.index && (readChecked(this.index.file, LIVE_MAGIC) as Saved | undefined);
    const s = lstatSync(this.out, { throwIfNoEntry: false });
    const marked = !!lstatSync(path.join(this.out, MARKER), { throwIfNoEntry: false })?.isFile();
    if (
      saved &&
      s?.isDirectory() &&
      marked &&
      saved.key === this.index!.key &&
      saved.out === this.out &&
      saved.ino === s.ino &&
      saved.files instanceof Map
    ) {
      this.saved = true;
      this.changed = false;
      return (this.files = saved.files);
    }
    // a folder the index does not describe is written afresh (and the spare an older version kept beside it goes)
    rmSync(this.out, { recursive: true, force: true });
    rmSync(path.join(path.dirname(this.out), `.${path.basename(this.out)}.spare`), { recursive: true, force: true });
    mkdirSync(this.out, { recursive: true });
    writeFileSync(path.join(this.out, MARKER), MARKER_TEXT);
    return (this.files = new Map());
  }

  /** The map saved no longer describes the folder once a file in it is removed or made stale: removed till saved. */
  private touch(): void {
    if (this.saved && this.index) rmSync(this.index.file, { force: true });
    this.saved = false;
    this.changed = true;
  }

  private target(rel: string): string {
    const full = path.resolve(this.out, rel);
    if (!full.startsWith(this.out + path.sep)) throw new Error(`refusing to write outside the output folder: ${rel}`);
    return full;
  }

  /**
   * Take what `produce` emits (`check` refuses a folder that must not be written, before anything is): a file
   * whose id is the one on disk (or pending) is left as it is; any other is pending, made when asked for or
   * drained; a file no longer emitted is removed. Returns how many files the
   * site has and how many are to be written.
   */
  async write(
    produce: (emitter: Emitter) => Promise<void>,
    check = () => {},
  ): Promise<{ files: number; written: number }> {
    // the folder is checked (see checkOutputFolder) when first written, not at every save
    if (!this.files) check();
    const files = this.open();
    const { pending } = this;
    const seen = new Set<string>();
    let written = 0;
    const idOf = (rel: string) => pending.get(rel)?.id ?? files.get(rel);
    const once = (rel: string) => {
      if (seen.has(rel)) throw new Error(`two files at one path: ${rel}`);
      if (!SIMPLE.test(rel)) this.target(rel); // throws for a path outside the folder
      seen.add(rel);
    };
    /** the group being emitted (memo): what it emits is recorded, for the next write to replay */
    let recording: Entry[] | undefined;
    const groups = new Map<string, Group>();
    /** the files whose id this write changed: a link replayed to one of them changes with it */
    const changed = new Set<string>();
    const stage = (rel: string, job: Pending) => {
      if (idOf(rel) === job.id) return;
      changed.add(rel);
      this.touch();
      // the file on disk is out of date: removed now, so that nothing stale is ever served or kept
      if (files.delete(rel)) rmSync(this.target(rel), { force: true });
      pending.set(rel, job);
      // counted as a build counts them: links are not files made
      if (job.same === undefined) written++;
    };
    /**
     * The files a group emitted last time, emitted again as they were, when each is still what the group left:
     * a file keeps its id; a link, whose id was its target's when the last write ended, changes only with a
     * target this write changed. False (and nothing emitted) otherwise.
     */
    const replay = (entries: Entry[]): boolean => {
      for (const e of entries) if (e.same === undefined ? idOf(e.rel) !== e.id : !seen.has(e.same)) return false;
      for (const e of entries) {
        const size = seen.size;
        if (seen.add(e.rel).size === size) throw new Error(`two files at one path: ${e.rel}`);
        if (e.same !== undefined && changed.has(e.same)) stage(e.rel, { id: idOf(e.same)!, same: e.same });
      }
      return true;
    };
    const emitter: Emitter = {
      file(rel, make, key) {
        once(rel);
        const job: Pending =
          key !== undefined
            ? { id: `k:${key}`, make: typeof make === 'function' ? make : () => make }
            : (() => {
                const content = typeof make === 'function' ? make() : make;
                return { id: `s:${createHash('sha1').update(content).digest('hex')}`, make: () => content };
              })();
        stage(rel, job);
        recording?.push({ rel, id: job.id });
      },
      link(rel, same) {
        const id = idOf(same);
        if (id === undefined || !seen.has(same)) throw new Error(`link to a file not emitted: ${same}`);
        once(rel);
        stage(rel, { id, same });
        recording?.push({ rel, same });
      },
      reusable: (rel, key) => idOf(rel) === `k:${key}`,
      deferred: true,
      memo: (name, inputs, emit) => {
        if (recording) throw new Error(`a group inside a group: ${name}`);
        if (groups.has(name)) throw new Error(`two groups of one name: ${name}`);
        const last = this.groups.get(name);
        if (last && sameInputs(last.inputs, inputs) && replay(last.entries)) return void groups.set(name, last);
        const entries: Entry[] = [];
        recording = entries;
        try {
          emit();
        } finally {
          recording = undefined;
        }
        groups.set(name, { inputs, entries });
      },
    };
    try {
      await produce(emitter);
    } catch (error) {
      // the folder holds part of this write: what the groups recorded no longer says what is in it
      this.groups = new Map();
      throw error;
    }
    this.groups = groups;
    // what the previous rebuild emitted and this one does not
    for (const rel of [...pending.keys()]) if (!seen.has(rel)) pending.delete(rel);
    for (const rel of [...files.keys()]) {
      if (seen.has(rel)) continue;
      this.touch();
      files.delete(rel);
      const full = this.target(rel);
      rmSync(full, { force: true });
      for (let dir = path.dirname(full); dir !== this.out; dir = path.dirname(dir)) {
        try {
          rmdirSync(dir);
        } catch {
          break; // not empty: still in use
        }
      }
    }
    if (!pending.size) this.saveIndex();
    return { files: seen.size, written };
  }

  /** Write the file at rel now, if it is pending (before the server reads it). */
  ensure(rel: string): void {
    const job = this.pending.get(rel);
    if (!job) return;
    if (job.same !== undefined) this.ensure(job.same);
    const full = this.target(rel);
    if (job.same !== undefined) {
      const temp = `${full}.${process.pid}.${this.counter++}.tmp`;
      mkdirSync(path.dirname(full), { recursive: true });
      linkSync(this.target(job.same), temp);
      renameSync(temp, full);
    } else writeFileAtomic(full, job.make!());
    this.pending.delete(rel);
    this.files!.set(rel, job.id);
    this.changed = true;
  }

  /**
   * Write every pending file, a few milliseconds at a time (the server answers requests in between: a page asked
   * for is made at once), then save the map. A file that cannot be made is reported to `failed` and left pending.
   */
  async drain(failed: (rel: string, error: Error) => void = () => {}): Promise<void> {
    const broken = new Set<string>();
    const run = ++this.draining;
    while (this.pending.size > broken.size) {
      if (run !== this.draining) return; // halted: a rebuild needs the thread
      const until = performance.now() + SLICE_MS;
      for (const rel of this.pending.keys()) {
        if (broken.has(rel)) continue;
        try {
          this.ensure(rel);
        } catch (error) {
          broken.add(rel);
          failed(rel, error as Error);
        }
        if (performance.now() >= until) break;
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (!this.pending.size) this.saveIndex();
  }

  /** Stop a drain in progress after its current slice (a rebuild starts); what is left stays pending. */
  halt(): void {
    this.draining++;
  }

  /**
   * Save the map now, with files pending or not (a server that stops): it names the files written, and the next
   * start makes the ones still pending.
   */
  save(): void {
    this.saveIndex();
  }

  private saveIndex(): void {
    if (!this.index || !this.files || !this.changed) return;
    // the folder removed meanwhile (its cache cleared): there is nothing to keep a map of
    const s = lstatSync(this.out, { throwIfNoEntry: false });
    if (!s) return;
    writeChecked(this.index.file, LIVE_MAGIC, { key: this.index.key, out: this.out, ino: s.ino, files: this.files });
    this.saved = true;
    this.changed = false;
  }
}

/** a/b/c.html: segments of safe characters, none of them `.` or `..` (checked cheaply; others are resolved) */
const SIMPLE = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** milliseconds of writing between two turns of the event loop while draining (past it, the current file ends) */
const SLICE_MS = 8;

/** A file to write: made by `make`, or a hard link of the file at `same`. */
interface Pending {
  id: string;
  make?: () => Content;
  same?: string;
}

/** A file a group emitted: with its id, or a link to `same` (which takes the id of its target). */
interface Entry {
  rel: string;
  id?: string;
  same?: string;
}

/** What a group of files was emitted from (its inputs), and what it emitted, in order. */
interface Group {
  inputs: readonly unknown[];
  entries: Entry[];
}

/** Inputs compared one by one; an input that is a list, item by item. */
function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return false;
  }
  return true;
}

interface Saved {
  key: string;
  out: string;
  ino: number;
  files: Map<string, string>;
}

/** The folders written in place by one long-lived engine (a server's), each opened once. */
export class LiveFolders {
  private readonly folders = new Map<string, LiveFolder>();

  folder(out: string, index: { file: string; key: string }): LiveFolder {
    const id = `${out}\0${index.file}\0${index.key}`;
    let folder = this.folders.get(id);
    if (!folder) this.folders.set(id, (folder = new LiveFolder(out, index)));
    this.last.set(out, folder);
    return folder;
  }

  /** The folder last written at `out`, for its server. */
  at(out: string): LiveFolder | undefined {
    return this.last.get(out);
  }

  private readonly last = new Map<string, LiveFolder>();
}
