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
 * the reader reloads; the rest follows. The map is saved in the cache folder once nothing is pending, so the
 * next `serve` starts from it. It is
 * trusted only for the same tool and config (the key), the same folder (its inode) and with the marker file in
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
  /** whether the folder changed since its map was saved */
  private touched = false;

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
    )
      return (this.files = saved.files);
    // a folder the index does not describe is written afresh (and the spare an older version kept beside it goes)
    rmSync(this.out, { recursive: true, force: true });
    rmSync(path.join(path.dirname(this.out), `.${path.basename(this.out)}.spare`), { recursive: true, force: true });
    mkdirSync(this.out, { recursive: true });
    writeFileSync(path.join(this.out, MARKER), MARKER_TEXT);
    return (this.files = new Map());
  }

  /** The map saved no longer describes the folder once anything in it changes: removed until saved again. */
  private touch(): void {
    if (!this.touched && this.index) rmSync(this.index.file, { force: true });
    this.touched = true;
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
    const stage = (rel: string, job: Pending) => {
      if (idOf(rel) === job.id) return;
      this.touch();
      // the file on disk is out of date: removed now, so that nothing stale is ever served or kept
      if (files.delete(rel)) rmSync(this.target(rel), { force: true });
      pending.set(rel, job);
      // counted as a build counts them: links are not files made
      if (job.same === undefined) written++;
    };
    const emitter: Emitter = {
      file(rel, make, key) {
        once(rel);
        if (key !== undefined)
          return stage(rel, { id: `k:${key}`, make: typeof make === 'function' ? make : () => make });
        const content = typeof make === 'function' ? make() : make;
        stage(rel, { id: `s:${createHash('sha1').update(content).digest('hex')}`, make: () => content });
      },
      link(rel, same) {
        const id = idOf(same);
        if (id === undefined || !seen.has(same)) throw new Error(`link to a file not emitted: ${same}`);
        once(rel);
        stage(rel, { id, same });
      },
      reusable: (rel, key) => idOf(rel) === `k:${key}`,
      deferred: true,
    };
    await produce(emitter);
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
  }

  /**
   * Write every pending file, a slice at a time (the server answers requests in between), then save the map.
   * A file that cannot be made is reported to `failed` and left pending.
   */
  async drain(failed: (rel: string, error: Error) => void = () => {}): Promise<void> {
    const broken = new Set<string>();
    while (this.pending.size > broken.size) {
      let n = 0;
      for (const rel of [...this.pending.keys()]) {
        if (broken.has(rel)) continue;
        try {
          this.ensure(rel);
        } catch (error) {
          broken.add(rel);
          failed(rel, error as Error);
        }
        if (++n === SLICE) break;
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (!this.pending.size) this.saveIndex();
  }

  private saveIndex(): void {
    if (!this.index || !this.touched) return;
    const s = lstatSync(this.out);
    writeChecked(this.index.file, LIVE_MAGIC, { key: this.index.key, out: this.out, ino: s.ino, files: this.files });
    this.touched = false;
  }
}

/** a/b/c.html: segments of safe characters, none of them `.` or `..` (checked cheaply; others are resolved) */
const SIMPLE = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** files written between two turns of the event loop while draining */
const SLICE = 200;

/** A file to write: made by `make`, or a hard link of the file at `same`. */
interface Pending {
  id: string;
  make?: () => Content;
  same?: string;
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
