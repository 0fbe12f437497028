/**
 * selfhelp build: the site of the rendered records, written atomically. The new site is built in a folder
 * beside the output and swapped in; a killed build leaves the previous output whole.
 *
 * Rebuilds touch only what changed. The previous output is kept beside the current one as a spare
 * (`.dist.spare`): the next build takes the spare over, rewrites only the files whose inputs differ from
 * it (linking files unchanged since the current output from there), deletes what is gone, and swaps.
 * An index in the cache folder records, per file, what it was made from and its size and modification
 * time; a file is reused only when both still match (as git's index and Bazel's output checks do), so a
 * tree changed by hand is noticed, and a tree the index does not describe is never trusted.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mark } from '../timing.js';
import { readChecked, writeChecked } from '../cache/checked.js';
import { writeSite, type BodyLoader, type Content, type Emitter, type LintSummary, type ShardIndexer } from './site.js';
import type { ArticleMeta } from './worker.js';
import type { Diagnostic } from '../diagnostic.js';

export interface BuildResult {
  articles: number;
  files: number;
  /** files made (written) by this build; the others were reused or linked */
  written: number;
  out: string;
  /** links to missing articles or media (warnings) */
  problems: Diagnostic[];
}

/** Write the site of already rendered records (the lint pass renders them: see RunOptions.render). */
export async function writeBuild(options: {
  records: ArticleMeta[];
  bodies: BodyLoader;
  cwd: string;
  out: string;
  /** the problems by rule and by service, for the reports page */
  lint?: LintSummary;
  /** the duplicates report, made only when its key differs from the previous build's */
  duplicates?: { key: string; make: () => string };
  /** the index of the previous build (in the cache folder) and what it is valid for */
  index?: { file: string; key: string };
  indexShards?: ShardIndexer;
  /** the site's URLs (config `site`): for the sitemaps and the links between cloud bundles */
  urls?: { baseUrl?: string; bundleUrls?: Record<string, string> };
}): Promise<BuildResult> {
  const { records } = options;
  const out = path.resolve(options.cwd, options.out);
  const problems: Diagnostic[] = [];
  const site = { lint: options.lint, duplicatesReport: options.duplicates ? 'reports/duplicates.html' : undefined, ...options.urls, cwd: options.cwd, problems };
  const result = await writeAtomically(out, options.index, async (emitter) => {
    await writeSite(records, options.bodies, site, emitter, options.indexShards);
    if (options.duplicates) emitter.file('reports/duplicates.html', options.duplicates.make, options.duplicates.key);
  });
  return { articles: records.filter((r) => r.ok).length, ...result, out, problems };
}

/** What a file was made from (`k:` its key, or `s:` the sha1 of its bytes), its size and modification time. */
type Entry = [id: string, size: number, mtimeMs: number];

interface TreeIndex {
  /** the tree's root folder, so that a tree replaced by another is not taken for it */
  ino: number;
  files: Map<string, Entry>;
  /** each folder's modification time: a folder whose entries were added, removed or replaced has another */
  dirs: Map<string, number>;
}

interface BuildIndex {
  key: string;
  out: string;
  current?: TreeIndex;
  spare?: TreeIndex;
}

/**
 * Build into a temporary folder beside `out` (the spare, taken over, when there is a valid one), then swap.
 * Every path is checked to stay inside the output folder. Without an index (`--no-cache`) everything is
 * written afresh and no spare is kept.
 */
export async function writeAtomically(out: string, indexOptions: { file: string; key: string } | undefined, produce: (emitter: Emitter) => Promise<void>): Promise<{ files: number; written: number }> {
  const parent = path.dirname(out);
  mkdirSync(parent, { recursive: true });
  const base = path.basename(out);
  const spareDir = path.join(parent, `.${base}.spare`);
  const temp = path.join(parent, `.${base}.building-${process.pid}`);
  removeStale(parent, base);
  const index = indexOptions ? readIndex(indexOptions.file, indexOptions.key, out) : undefined;
  const current = index?.current && inoOf(out) === index.current.ino ? index.current : undefined;
  const spare = index?.spare && current && inoOf(spareDir) === index.spare.ino ? index.spare : undefined;
  mark('  build index read');
  rmSync(temp, { recursive: true, force: true });
  if (spare) renameSync(spareDir, temp);
  else {
    rmSync(spareDir, { recursive: true, force: true });
    mkdirSync(temp);
  }

  // what the folder being built holds now (the spare's files), and what it will hold
  // the spare index is read for this build alone: its map is taken over
  const have = spare?.files ?? new Map<string, Entry>();
  const spareDirs = spare ? [...spare.dirs.keys()] : [];
  // folders (relative, '' the root) known to exist, and those whose entries are as the index says
  const intact = new Set<string>();
  for (const d of spareDirs) if (lstatSync(d ? temp + path.sep + d : temp, { throwIfNoEntry: false })?.mtimeMs === spare!.dirs.get(d)) intact.add(d);
  const dirs = new Set<string>(['', ...intact]);
  const next = new Map<string, Entry>();
  let written = 0;
  const dirTimes = new Map<string, number>();
  const inside = (rel: string) => {
    // the common case, checked cheaply: a relative path of plain segments
    if (SIMPLE.test(rel)) return temp + path.sep + (path.sep === '/' ? rel : rel.split('/').join(path.sep));
    const target = path.resolve(temp, rel);
    if (!target.startsWith(temp + path.sep)) throw new Error(`refusing to write outside the output folder: ${rel}`);
    return target;
  };
  const folder = (rel: string) => {
    const d = dirOf(rel);
    if (!dirs.has(d)) {
      mkdirSync(path.dirname(inside(rel)), { recursive: true });
      for (let p = d; !dirs.has(p); p = dirOf(p)) dirs.add(p);
    }
  };
  /** spare files found as the index says (by reusable()), so that keep() need not look again */
  const checked = new Set<string>();
  // the folder of the last path asked about, and whether it is intact: paths come folder by folder
  let lastDir = '';
  let lastIntact = intact.has('');
  const intactDir = (rel: string): boolean => {
    const d = dirOf(rel);
    if (d !== lastDir) {
      lastDir = d;
      lastIntact = intact.has(d);
    }
    return lastIntact;
  };
  /**
   * The spare's file at rel, if it has the same id and is as the index says; else it is removed. `target`
   * (the path on disk, checked to stay inside) is made only when the disk has to be looked at.
   */
  const keep = (rel: string, target: () => string, id: string, linkOf?: Entry): boolean => {
    const old = have.get(rel);
    if (!old) return false;
    have.delete(rel);
    // a hard link of a file checked in this build, in a folder whose entries no one has replaced, is that file
    const sameInode = !!linkOf && old[1] === linkOf[1] && old[2] === linkOf[2] && intactDir(rel);
    if (old[0] === id && (sameInode || checked.has(rel) || unchanged(target(), old))) {
      next.set(rel, old);
      return true;
    }
    rmSync(target(), { recursive: true, force: true });
    return false;
  };
  /** a path emitted twice is an error, found before anything at that path is touched */
  const once = (rel: string) => {
    if (next.has(rel)) throw new Error(`two files at one path: ${rel}`);
  };
  const place = (rel: string, id: string, make: () => Content) => {
    once(rel);
    const target = inside(rel);
    if (keep(rel, () => target, id)) return;
    folder(rel);
    const cur = current?.files.get(rel);
    const previous = out + target.slice(temp.length);
    if (cur && cur[0] === id && unchanged(previous, cur)) {
      try {
        linkSync(previous, target);
        next.set(rel, cur);
        return;
      } catch {
        /* made below */
      }
    }
    const content = make();
    try {
      writeFileSync(target, content, { flag: 'wx' });
    } catch (error) {
      // something the index did not know of is in the way: replaced (never written through, it may be linked)
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      rmSync(target, { recursive: true, force: true });
      writeFileSync(target, content, { flag: 'wx' });
    }
    const s = lstatSync(target);
    next.set(rel, [id, s.size, s.mtimeMs]);
    written++;
  };
  const emitter: Emitter = {
    file(rel, make, key) {
      if (key !== undefined) return place(rel, `k:${key}`, typeof make === 'function' ? make : () => make);
      const content = typeof make === 'function' ? make() : make;
      place(rel, `s:${createHash('sha1').update(content).digest('hex')}`, () => content);
    },
    link(rel, same) {
      const source = next.get(same);
      if (!source) throw new Error(`link to a file not emitted: ${same}`);
      once(rel);
      if (keep(rel, () => inside(rel), source[0], source)) return;
      const target = inside(rel);
      folder(rel);
      try {
        linkSync(inside(same), target);
        next.set(rel, source);
      } catch {
        // where hard links are not allowed: a copy, with its own size and time
        copyFileSync(inside(same), target);
        const s = lstatSync(target);
        next.set(rel, [source[0], s.size, s.mtimeMs]);
      }
    },
    reusable(rel, key) {
      const id = `k:${key}`;
      const target = inside(rel);
      const old = have.get(rel);
      if (old?.[0] === id && unchanged(target, old)) {
        checked.add(rel);
        return true;
      }
      const cur = current?.files.get(rel);
      return cur?.[0] === id && unchanged(out + target.slice(temp.length), cur);
    },
  };
  try {
    await produce(emitter);
    mark('  site emitted');
    // what the spare held that this build does not
    for (const rel of have.keys()) rmSync(path.join(temp, rel), { recursive: true, force: true });
    const used = new Set<string>(['']);
    for (const rel of next.keys()) for (let d = dirOf(rel); !used.has(d); d = dirOf(d)) used.add(d);
    for (const d of spareDirs.sort((a, b) => b.length - a.length)) {
      if (used.has(d)) continue;
      try {
        rmdirSync(path.join(temp, d));
      } catch {
        /* not empty: a folder still in use */
      }
    }
    // the folders' times, now that nothing in them changes any more
    for (const d of [...used].sort()) dirTimes.set(d, lstatSync(d ? temp + path.sep + d : temp).mtimeMs);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }

  mark('  leftovers removed');
  // swap: the current output becomes the spare (when the index describes it), the new one takes its place
  const old = path.join(parent, `.${base}.old-${process.pid}`);
  const keepSpare = !!indexOptions && !!current;
  try {
    // a spare left by a build running at the same time is not overwritten: this one keeps none
    if (existsSync(out)) renameSync(out, keepSpare && !existsSync(spareDir) ? spareDir : old);
    renameSync(temp, out);
  } catch (error) {
    if (!existsSync(out) && existsSync(old)) renameSync(old, out);
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  if (indexOptions) {
    const spared = keepSpare && !existsSync(old);
    const saved = { key: indexOptions.key, out, current: packTree({ ino: inoOf(out)!, files: next, dirs: dirTimes }), spare: spared ? packDiff({ ...current, ino: inoOf(spareDir)! }, next) : undefined };
    writeChecked(indexOptions.file, INDEX_MAGIC, saved);
  } else rmSync(spareDir, { recursive: true, force: true });
  mark('  swapped, index saved');
  rmSync(old, { recursive: true, force: true });
  return { files: next.size, written };
}

/** The folder of a relative path ('' for the root). */
function dirOf(rel: string): string {
  const i = rel.lastIndexOf('/');
  return i < 0 ? '' : rel.slice(0, i);
}

/** a/b/c.html: segments of safe characters, none of them `.` or `..` */
const SIMPLE = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

function unchanged(file: string, entry: Entry): boolean {
  const s = lstatSync(file, { throwIfNoEntry: false });
  return !!s && s.isFile() && s.size === entry[1] && s.mtimeMs === entry[2];
}

function inoOf(dir: string): number | undefined {
  try {
    return statSync(dir).ino;
  } catch {
    return undefined;
  }
}

/** Folders left by a build that was killed (its process is gone). */
function removeStale(parent: string, base: string): void {
  const pattern = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:building|old)-(\\d+)$`);
  for (const name of readdirSync(parent)) {
    const m = pattern.exec(name);
    if (m && !alive(Number(m[1]))) rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The index on disk: a magic header, a checksum of the rest (see checked.ts), then the v8-serialised index with each tree in
 * columns (paths and ids as joined strings, numbers as typed arrays), which reads back in a few
 * milliseconds for 30,000 files.
 */
const INDEX_MAGIC = Buffer.from('SELFHELP-BUILD-4');

interface PackedTree {
  ino: number;
  paths: string;
  ids: string;
  idOf: Uint32Array;
  size: Float64Array;
  mtime: Float64Array;
  dirs: string;
  dirTimes: Float64Array;
}

function packTree(tree: TreeIndex): PackedTree {
  const ids = new Map<string, number>();
  const idOf = new Uint32Array(tree.files.size);
  const size = new Float64Array(tree.files.size);
  const mtime = new Float64Array(tree.files.size);
  let i = 0;
  for (const [, e] of tree.files) {
    let n = ids.get(e[0]);
    if (n === undefined) ids.set(e[0], (n = ids.size));
    idOf[i] = n;
    size[i] = e[1];
    mtime[i] = e[2];
    i++;
  }
  return { ino: tree.ino, paths: [...tree.files.keys()].join('\n'), ids: [...ids.keys()].join('\n'), idOf, size, mtime, dirs: [...tree.dirs.keys()].join('\n'), dirTimes: Float64Array.from(tree.dirs.values()) };
}

/**
 * The spare's index as a difference from the current one's, which it mostly equals (a build changes few
 * files): the files it holds otherwise, and those it does not hold. Half the index to read and write.
 */
interface PackedDiff extends PackedTree {
  /** paths of the current tree that the spare does not hold */
  removed: string;
}

function packDiff(spare: TreeIndex, current: Map<string, Entry>): PackedDiff {
  const differing = new Map<string, Entry>();
  for (const [rel, e] of spare.files) {
    const c = current.get(rel);
    if (!c || c[0] !== e[0] || c[1] !== e[1] || c[2] !== e[2]) differing.set(rel, e);
  }
  const removed: string[] = [];
  for (const rel of current.keys()) if (!spare.files.has(rel)) removed.push(rel);
  return { ...packTree({ ino: spare.ino, files: differing, dirs: spare.dirs }), removed: removed.join('\n') };
}

function unpackTree(p: PackedTree, base?: Map<string, Entry>): TreeIndex {
  const paths = p.paths ? p.paths.split('\n') : [];
  const ids = p.ids ? p.ids.split('\n') : [];
  const dirs = p.dirs.split('\n');
  if (paths.length !== p.idOf.length || paths.length !== p.size.length || paths.length !== p.mtime.length || dirs.length !== p.dirTimes.length) throw new Error('inconsistent tree');
  const files = new Map<string, Entry>(base);
  if (base) for (const rel of (p as PackedDiff).removed ? (p as PackedDiff).removed.split('\n') : []) files.delete(rel);
  for (let i = 0; i < paths.length; i++) {
    const id = ids[p.idOf[i]];
    if (id === undefined) throw new Error('inconsistent tree');
    files.set(paths[i], [id, p.size[i], p.mtime[i]]);
  }
  return { ino: p.ino, files, dirs: new Map(dirs.map((d, i) => [d, p.dirTimes[i]])) };
}

/** The previous build's index, trusted only when intact and made for the same tool, config and output folder. */
function readIndex(file: string, key: string, out: string): BuildIndex | undefined {
  try {
    const data = readChecked(file, INDEX_MAGIC) as { key: string; out: string; current?: PackedTree; spare?: PackedDiff } | undefined;
    if (!data || data.key !== key || data.out !== out || !data.current) return undefined;
    if (data.spare && typeof data.spare.removed !== 'string') return undefined;
    const current = unpackTree(data.current);
    return { key, out, current, spare: data.spare && unpackTree(data.spare, current.files) };
  } catch {
    return undefined;
  }
}
