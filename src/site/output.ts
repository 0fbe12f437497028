/**
 * The output folder of selfhelp build, written atomically. The new site is built in a folder beside the output
 * and swapped in; a killed build leaves the previous output whole.
 *
 * The output (`dist`) is a symbolic link to one of two trees beside it, `.dist.a` and `.dist.b`: a build makes
 * the tree the link does not name, then points the link at it by renaming a new link over the old one, one
 * `rename()`, atomic on POSIX, so `dist/` is whole at every moment. Where links cannot be made (Windows, some
 * file systems) the output is a folder, swapped by two renames with a journal (see swapByRename).
 *
 * Rebuilds touch only what changed. The previous output is kept beside the current one as a spare (the tree
 * the link does not name; `.dist.spare` beside an output folder): the next build takes the spare over,
 * rewrites only the files whose inputs differ from it (linking files unchanged since the current output from
 * there), deletes what is gone, and swaps.
 * An index in the cache folder records, per file, what it was made from and its size and modification
 * time; a file is reused only when both still match (as git's index and Bazel's output checks do), so a
 * tree changed by hand is noticed, and a tree the index does not describe is never trusted.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fstatSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  readSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { UserError } from '../diagnostic.js';
import { mark } from '../timing.js';
import { readChecked, writeChecked } from '../cache/checked.js';
import type { Content, Emitter } from './site.js';

/**
 * A file of a tree: what it was made from (its id: `k:` its key, or `s:` the sha1 of its bytes), its size and
 * time, the sha1 of its bytes (UNHASHED for a large file made from a key), and the inode and change time it had
 * once the build that saved the index had made its last change to it (absent: not known). A change time the file
 * still has says that nothing wrote to it since (see verified).
 */
type Entry = [id: string, size: number, mtimeMs: number, sha1: string, ino?: number, ctimeMs?: number];

/**
 * The sha1 recorded for a file made from a key of at least HASHED_BELOW bytes: none. Hashing the large files a
 * rebuild makes (the manifests, the cloud-link lists, the duplicates report: 40 MB on the corpus) took a tenth of a
 * one-edit rebuild, for a check that only a file whose change time moved needs; such a file is made again instead.
 */
const UNHASHED = '-'.repeat(40);
const HASHED_BELOW = 256 * 1024;

/** The file every output folder this tool builds holds: a non-empty folder without it is never replaced. */
export const SITE_MARKER = '.selfhelp-site';
const MARKER_TEXT = 'This folder is made by `selfhelp build`: its contents are replaced by every build.\n';

/** Make an output folder that does not exist yet, with the marker: a later build may replace it. */
export function makeSiteFolder(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, SITE_MARKER), MARKER_TEXT);
}

/** The two trees a linked output names in turn, `.<out>.a` and `.<out>.b` beside it. */
type Slot = 'a' | 'b';

function slotPath(out: string, slot: Slot): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.${slot}`);
}

/**
 * The tree a link names, when it is a link this tool made for the output `out`: a relative link to `.<out>.a` or
 * `.<out>.b` in the same folder (`link` is `out` itself, or a new link about to replace it).
 */
function linkedSlot(link: string, out = link): Slot | undefined {
  let target: string;
  try {
    target = readlinkSync(link);
  } catch {
    return undefined;
  }
  const base = path.basename(out);
  return target === `.${base}.a` ? 'a' : target === `.${base}.b` ? 'b' : undefined;
}

/** Whether a tree beside the output may be replaced: a folder (not a link) this tool built, or an empty one. */
function replaceable(dir: string): boolean {
  return !!lstatSync(dir, { throwIfNoEntry: false })?.isDirectory() && (isMarked(dir) || readdirSync(dir).length === 0);
}

/**
 * The trees of an output: the one it is now (the folder itself, or the tree its link names) and the spare beside
 * it, where they exist.
 */
export function outputTrees(out: string): { current?: string; spare?: string } {
  const s = lstatSync(out, { throwIfNoEntry: false });
  const slot = s?.isSymbolicLink() ? linkedSlot(out) : undefined;
  const exists = (p: string) => (lstatSync(p, { throwIfNoEntry: false }) ? p : undefined);
  if (slot) return { current: exists(slotPath(out, slot)), spare: exists(slotPath(out, slot === 'a' ? 'b' : 'a')) };
  return { current: s?.isDirectory() ? out : undefined, spare: exists(spareOf(out)) };
}

/** An output removed with its trees and spare (verify mode's scratch output, the benchmark's). */
export function removeOutput(out: string): void {
  for (const p of [out, slotPath(out, 'a'), slotPath(out, 'b'), spareOf(out)])
    rmSync(p, { recursive: true, force: true });
}

/** The spare beside an output folder (not a link). */
function spareOf(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.spare`);
}

/**
 * Refuse (a UserError, exit 2, before anything is touched) an output folder that is the current folder or
 * one of its ancestors, that holds an article, that is not a folder (or a link this tool made to one of its two
 * trees), or that is not empty and lacks the marker of a folder this tool built.
 */
export function checkOutputFolder(out: string, cwd: string, sources: string[] = []): void {
  const real = (p: string) => {
    try {
      return realpathSync.native(p);
    } catch {
      return path.resolve(p);
    }
  };
  const shown = path.relative(cwd, out) || '.';
  const hint = 'Choose an output folder of its own, such as `dist` (the default).';
  // a link this tool made is judged by the tree it names
  const s = lstatSync(out, { throwIfNoEntry: false });
  const slot = s?.isSymbolicLink() ? linkedSlot(out) : undefined;
  const tree = slot ? slotPath(out, slot) : out;
  const t = slot ? lstatSync(tree, { throwIfNoEntry: false }) : s;
  const o = real(tree);
  const c = real(cwd);
  const within = (p: string) => p === o || p.startsWith(o.endsWith(path.sep) ? o : o + path.sep);
  if (within(c))
    throw new UserError(
      `Refusing to build into \`${shown}\`: it is the current folder or holds it, and a build replaces everything in its output folder`,
      hint,
    );
  // an article is inside the output folder when its folder is (each folder's real path found once), or when it is
  // itself a link into it
  const realDirs = new Map<string, string>();
  /** per folder, the names of the links in it (one listing per folder, not an lstat per article) */
  const linksIn = new Map<string, Set<string>>();
  const isLink = (dir: string, name: string) => {
    let links = linksIn.get(dir);
    if (!links) {
      links = new Set();
      try {
        for (const d of readdirSync(dir, { withFileTypes: true })) if (d.isSymbolicLink()) links.add(d.name);
      } catch {
        // an unreadable folder: its articles are judged by the folder's real path
      }
      linksIn.set(dir, links);
    }
    return links.has(name);
  };
  const realOf = (file: string) => {
    const dir = path.dirname(file);
    const name = path.basename(file);
    if (isLink(dir, name)) return real(file);
    let r = realDirs.get(dir);
    if (r === undefined) realDirs.set(dir, (r = real(dir)));
    return path.join(r, name);
  };
  for (const f of sources) {
    if (within(realOf(path.resolve(cwd, f))))
      throw new UserError(
        `Refusing to build into \`${shown}\`: it holds the article \`${f}\`, and a build replaces everything in its output folder`,
        hint,
      );
  }
  if (!s) return;
  if (s.isSymbolicLink() && !t?.isDirectory())
    throw new UserError(
      `Refusing to build into \`${shown}\`: it is a symbolic link selfhelp did not make (a build links its output to \`.${path.basename(out)}.a\` or \`.${path.basename(out)}.b\` beside it)`,
      hint,
    );
  if (!t?.isDirectory()) throw new UserError(`Refusing to build into \`${shown}\`: it is not a folder`, hint);
  if (readdirSync(tree).length && !lstatSync(path.join(tree, SITE_MARKER), { throwIfNoEntry: false })?.isFile()) {
    throw new UserError(
      `Refusing to build into \`${shown}\`: it is not empty and was not built by selfhelp (it has no \`${SITE_MARKER}\` file)`,
      `${hint} Or empty the folder first.`,
    );
  }
}

/**
 * The trees beside a linked output that a build will replace: refused (before anything is touched) unless each is
 * absent or replaceable, so a folder of someone else's that happens to bear the name is never removed.
 */
function checkSlots(out: string, slots: Slot[]): void {
  for (const slot of slots) {
    const dir = slotPath(out, slot);
    if (lstatSync(dir, { throwIfNoEntry: false }) && !replaceable(dir))
      throw new UserError(
        `Refusing to build into \`${path.basename(out)}\`: \`${path.basename(dir)}\` beside it, where a build keeps one of the output's two trees, was not built by selfhelp`,
        'Move it away, or choose another output folder.',
      );
  }
}

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
  /** the groups of files the current tree's build emitted through memo (see Emitter.memo) */
  groups?: Map<string, SavedGroup>;
}

/**
 * A group of files a build emitted (Emitter.memo): a digest of its inputs, and its files, each with its id
 * (`rel\tid` a line). Groups of links alone are not kept: emitting them again costs what replaying them would.
 */
interface SavedGroup {
  digest: string;
  files: string;
}

/** How the output is swapped in. */
export interface SwapOptions {
  /**
   * Make the output a link to one of two trees beside it, where links can be made (default: everywhere but
   * Windows, whose links need rights or absolute targets). An output that is such a link already stays one.
   */
  links?: boolean;
}

/**
 * Build into a temporary folder beside `out` (the spare, taken over, when there is a valid one), then swap.
 * Every path is checked to stay inside the output folder. Without an index (`--no-cache`) everything is
 * written afresh and no spare is kept. What is beside the output is looked at and changed only under its lock.
 */
export async function writeAtomically(
  out: string,
  indexOptions: { file: string; key: string } | undefined,
  produce: (emitter: Emitter) => Promise<void>,
  guard?: { cwd: string; sources: string[] },
  how: SwapOptions = {},
): Promise<{ files: number; written: number }> {
  const parent = path.dirname(out);
  const base = path.basename(out);
  const temp = path.join(parent, `.${base}.building-${process.pid}`);
  // what this build replaces, moved here under the lock (a rename) and removed outside it
  const trash = path.join(parent, `.${base}.old-${process.pid}`);
  const cwd = guard?.cwd ?? process.cwd();
  checkOutputFolder(out, cwd, guard?.sources);
  mark('  output folder checked');
  mkdirSync(parent, { recursive: true });
  let layout: Layout;
  let index: BuildIndex | undefined;
  let current: TreeIndex | undefined;
  let spare: TreeIndex | undefined;
  let unlock = await lock(parent, base);
  try {
    // a swap cut short by a kill is finished first: then the output folder is checked again, before anything is
    // touched
    // (the articles, checked above, are looked for again only in an output that recovery changed)
    const recovered = recoverSwap(parent, base);
    checkOutputFolder(out, cwd, recovered ? guard?.sources : undefined);
    layout = layoutOf(out, how.links ?? process.platform !== 'win32');
    // a spare this tool did not make (no marker) is neither used nor removed: this build keeps none
    const spareOurs = isMarked(layout.spare);
    removeStale(parent, base);
    index = indexOptions ? readIndex(indexOptions.file, indexOptions.key, out) : undefined;
    current = index?.current && layout.tree && inoOf(layout.tree) === index.current.ino ? index.current : undefined;
    spare = index?.spare && current && spareOurs && inoOf(layout.spare) === index.spare.ino ? index.spare : undefined;
    mark('  build index read');
    rmSync(temp, { recursive: true, force: true });
    if (spare) renameSync(layout.spare, temp);
    else {
      if (spareOurs) discard(layout.spare, trash);
      mkdirSync(temp);
    }
  } finally {
    unlock();
  }
  rmSync(trash, { recursive: true, force: true });
  const previousTree = layout.tree ?? out;

  // what the folder being built holds now (the spare's files), and what it will hold
  // the spare index is read for this build alone: its map is taken over
  const have = spare?.files ?? new Map<string, Entry>();
  const spareDirs = spare ? [...spare.dirs.keys()] : [];
  // folders (relative, '' the root) known to exist, and those whose entries are as the index says
  const intact = new Set<string>();
  // parents first: a folder replaced by anything else (a symbolic link above all) is removed before any file in it is
  // looked at
  for (const d of spareDirs.sort()) {
    const at = d ? temp + path.sep + d : temp;
    const s = lstatSync(at, { throwIfNoEntry: false });
    if (s?.isDirectory() && s.mtimeMs === spare!.dirs.get(d)) intact.add(d);
    else if (s && !s.isDirectory()) rmSync(at, { force: true });
  }
  const dirs = new Set<string>(['', ...intact]);
  const next = new Map<string, Entry>();
  // the inodes whose change time this build changed (a link made to one, or one of its links removed): their
  // entries' change times are read again once the build is done
  const dirty = new Set<number>();
  const touched = (e: Entry | undefined) => e?.[4] !== undefined && dirty.add(e[4]);
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
      // each folder not known yet is made, or checked to be one: a symbolic link planted in the spare is removed, never
      // followed
      const missing: string[] = [];
      for (let p = d; !dirs.has(p); p = dirOf(p)) missing.push(p);
      for (const p of missing.reverse()) {
        const at = inside(`${p}/x`).slice(0, -2);
        const s = lstatSync(at, { throwIfNoEntry: false });
        if (s && !s.isDirectory()) rmSync(at, { force: true });
        if (!s?.isDirectory()) mkdirSync(at);
        dirs.add(p);
      }
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
    if (old[0] === id && (sameInode || checked.has(rel) || verified(target(), old))) {
      next.set(rel, old);
      return true;
    }
    rmSync(target(), { recursive: true, force: true });
    touched(old);
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
    const previous = previousTree + target.slice(temp.length);
    if (cur && cur[0] === id && unchanged(previous, cur)) {
      try {
        linkSync(previous, target);
        cur[4] = lstatSync(target).ino;
        touched(cur);
        next.set(rel, cur);
        return;
      } catch {
        /* made below */
      }
    }
    const content = make();
    const sha1 = id.startsWith('s:')
      ? id.slice(2)
      : content.length >= HASHED_BELOW
        ? UNHASHED
        : createHash('sha1').update(content).digest('hex');
    try {
      writeFileSync(target, content, { flag: 'wx' });
    } catch (error) {
      // something the index did not know of is in the way: replaced (never written through, it may be linked)
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const other = lstatSync(target, { throwIfNoEntry: false });
      if (other) dirty.add(other.ino);
      rmSync(target, { recursive: true, force: true });
      writeFileSync(target, content, { flag: 'wx' });
    }
    const s = lstatSync(target);
    next.set(rel, [id, s.size, s.mtimeMs, sha1, s.ino, s.ctimeMs]);
    written++;
  };
  // the groups this build emits (Emitter.memo), for the next one; what the group being emitted emits
  const groups = new Map<string, SavedGroup>();
  let recording: string[] | undefined;
  /** whether the file at rel, with this id, is to be had without being made: from the spare, or the current tree */
  const reusableId = (rel: string, id: string): boolean => {
    const target = inside(rel);
    const old = have.get(rel);
    if (old?.[0] === id && (checked.has(rel) || verified(target, old))) {
      checked.add(rel);
      return true;
    }
    const cur = current?.files.get(rel);
    return cur?.[0] === id && unchanged(previousTree + target.slice(temp.length), cur);
  };
  const emitter: Emitter = {
    file(rel, make, key) {
      let id: string;
      let produce: () => Content;
      if (key !== undefined) {
        id = `k:${key}`;
        produce = typeof make === 'function' ? make : () => make;
      } else {
        const content = typeof make === 'function' ? make() : make;
        id = `s:${createHash('sha1').update(content).digest('hex')}`;
        produce = () => content;
      }
      recording?.push(`${rel}\t${id}`);
      place(rel, id, produce);
    },
    memo(name, inputs, emit) {
      if (recording) throw new Error(`a group inside a group: ${name}`);
      if (groups.has(name)) throw new Error(`two groups of one name: ${name}`);
      const digest = digestOf(inputs);
      const last = index?.groups?.get(name);
      const files = last?.digest === digest ? last.files.split('\n').map((l) => l.split('\t') as [string, string]) : [];
      if (last?.digest === digest && files.length && files.every(([rel, id]) => reusableId(rel, id))) {
        // every file of the group is the spare's or the current tree's, as the index says: none is made
        for (const [rel, id] of files)
          place(rel, id, () => {
            throw new Error(`${rel} changed while the site was written`);
          });
        groups.set(name, last);
        return;
      }
      const lines: string[] = [];
      recording = lines;
      try {
        emit();
      } finally {
        recording = undefined;
      }
      if (lines.length && !lines.includes('')) groups.set(name, { digest, files: lines.join('\n') });
    },
    link(rel, same) {
      const source = next.get(same);
      if (!source) throw new Error(`link to a file not emitted: ${same}`);
      once(rel);
      // a group with links is not kept (see SavedGroup)
      if (recording) recording.push('');
      if (keep(rel, () => inside(rel), source[0], source)) return;
      const target = inside(rel);
      folder(rel);
      try {
        linkSync(inside(same), target);
        source[4] ??= lstatSync(target).ino;
        touched(source);
        next.set(rel, source);
      } catch {
        // where hard links are not allowed: a copy, with its own size and time
        copyFileSync(inside(same), target);
        const s = lstatSync(target);
        next.set(rel, [source[0], s.size, s.mtimeMs, source[3], s.ino, s.ctimeMs]);
      }
    },
    reusable: (rel, key) => reusableId(rel, `k:${key}`),
  };
  try {
    await produce(emitter);
    mark('  site emitted');
    // what the spare held that this build does not
    for (const [rel, e] of have) {
      rmSync(path.join(temp, rel), { recursive: true, force: true });
      touched(e);
    }
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
    // the marker that lets the next build replace this folder (outside the index: it never changes)
    const marker = path.join(temp, SITE_MARKER);
    if (!isMarked(temp)) {
      rmSync(marker, { recursive: true, force: true });
      writeFileSync(marker, MARKER_TEXT);
    }
    // the folders' times, now that nothing in them changes any more
    for (const d of [...used].sort()) dirTimes.set(d, lstatSync(d ? temp + path.sep + d : temp).mtimeMs);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }

  mark('  leftovers removed');
  // swap: the new tree takes the output's place; the one it replaces becomes the spare (when the index describes it)
  const keepSpare = !!indexOptions && !!current;
  try {
    unlock = await lock(parent, base);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  try {
    let swapped: Swapped;
    try {
      swapped = layout.linked ? swapByLink(out, temp, trash) : swapByRename(out, temp, layout.spare, trash, keepSpare);
    } catch (error) {
      rmSync(temp, { recursive: true, force: true });
      throw error;
    }
    if (indexOptions) {
      // the replaced tree is the spare the index can describe only when it is the tree this build started from (a
      // build running at the same time may have swapped in between)
      const spared = keepSpare && !!swapped.previous && inoOf(swapped.previous) === current!.ino;
      // the change times this build changed, read again (anything that changes them later is taken for a change)
      mark('  swapped');
      refreshTimes(next, swapped.tree, dirty);
      if (spared) refreshTimes(current!.files, swapped.previous!, dirty);
      const saved = {
        key: indexOptions.key,
        out,
        current: packTree({ ino: inoOf(swapped.tree)!, files: next, dirs: dirTimes }),
        spare: spared ? packDiff({ ...current!, ino: current!.ino }, next) : undefined,
        groups,
      };
      mark('  index packed');
      writeChecked(indexOptions.file, INDEX_MAGIC, saved);
    } else {
      // a build without an index keeps no spare
      for (const p of [swapped.previous, spareOf(out)]) if (p && isMarked(p)) discard(p, trash);
    }
  } finally {
    unlock();
  }
  mark('  swapped, index saved');
  rmSync(trash, { recursive: true, force: true });
  return { files: next.size, written };
}

/** Where a build's trees are: the output's now, and where its spare is taken from. */
interface Layout {
  /** the output is a link to one of two trees beside it, or becomes one at this build's swap */
  linked: boolean;
  /** the tree the output is now: the folder itself, or the tree its link names (none: no output yet) */
  tree?: string;
  /** the spare: the tree the link does not name, or `.<out>.spare` beside an output folder */
  spare: string;
}

/** The layout of an output already checked (absent, a folder, or a link this tool made). */
function layoutOf(out: string, links: boolean): Layout {
  const s = lstatSync(out, { throwIfNoEntry: false });
  const slot = s?.isSymbolicLink() ? linkedSlot(out) : undefined;
  if (slot) {
    checkSlots(out, [slot === 'a' ? 'b' : 'a']);
    return { linked: true, tree: slotPath(out, slot), spare: slotPath(out, slot === 'a' ? 'b' : 'a') };
  }
  const linked = links && canLink(out);
  if (linked) checkSlots(out, ['a', 'b']);
  return { linked, tree: s ? out : undefined, spare: spareOf(out) };
}

/** Whether a symbolic link can be made beside the output (not on some file systems: FAT, some network shares). */
function canLink(out: string): boolean {
  const probe = path.join(path.dirname(out), `.${path.basename(out)}.link-${process.pid}`);
  try {
    rmSync(probe, { force: true });
    symlinkSync(`.${path.basename(out)}.a`, probe);
    rmSync(probe, { force: true });
    return true;
  } catch {
    return false;
  }
}

/** A swap done: the new output tree, and where the tree it replaced now is when it stays as the spare. */
interface Swapped {
  tree: string;
  previous?: string;
}

/** Moved into this build's trash folder (removed once the lock is released, or by the next build if killed). */
function discard(p: string, trash: string): void {
  mkdirSync(trash, { recursive: true });
  renameSync(p, path.join(trash, path.basename(p)));
}

/**
 * The swap of a linked output: the new tree takes the name of the tree the link does not name, a new link to it is
 * made, and renamed over the output, one rename (atomic on POSIX): the output is whole at every moment. A kill at
 * any point leaves the output as it was, or swapped.
 *
 * The first time, when the output is still a folder (built by a version before linked outputs), it has to be
 * renamed aside (it becomes the spare) before the link can take its name: between those two renames there is no
 * output. The link, made before, is the journal: the next build renames it into place (recoverSwap).
 */
function swapByLink(out: string, temp: string, trash: string): Swapped {
  const s = lstatSync(out, { throwIfNoEntry: false });
  const now = s?.isSymbolicLink() ? linkedSlot(out) : undefined;
  if (s && !now && (s.isSymbolicLink() || !s.isDirectory()))
    throw new Error(`the output was replaced during the build: ${out}`);
  const folder = !!s && !now;
  const slot: Slot = now === 'a' ? 'b' : 'a';
  const into = slotPath(out, slot);
  const aside = slotPath(out, slot === 'a' ? 'b' : 'a');
  // trees in the way: a spare not taken over (not trusted), one left by a build running at the same time; never
  // the tree the output names
  checkSlots(out, folder ? ['a', 'b'] : [slot]);
  for (const p of folder ? [into, aside] : [into]) if (lstatSync(p, { throwIfNoEntry: false })) discard(p, trash);
  const link = path.join(path.dirname(out), `.${path.basename(out)}.link-${process.pid}`);
  rmSync(link, { force: true });
  renameSync(temp, into);
  try {
    symlinkSync(path.basename(into), link);
    if (folder) renameSync(out, aside);
    renameSync(link, out);
  } catch (error) {
    rmSync(link, { force: true });
    if (folder && !lstatSync(out, { throwIfNoEntry: false })) renameSync(aside, out);
    rmSync(into, { recursive: true, force: true });
    throw error;
  }
  return { tree: into, previous: now ? slotPath(out, now) : folder ? aside : undefined };
}

/**
 * The swap of an output folder, where links cannot be made: the output is renamed aside (to the spare, when this
 * build keeps one and none is there), then the new tree into its place. Between the two renames there is no
 * output; the journal, written first, names the build, and the next build finishes the swap (recoverSwap).
 */
function swapByRename(out: string, temp: string, spareDir: string, trash: string, keepSpare: boolean): Swapped {
  const journal = path.join(path.dirname(out), `.${path.basename(out)}.swap-${process.pid}`);
  const aside = path.join(trash, path.basename(out));
  let previous: string | undefined;
  try {
    writeFileSync(journal, '');
    if (existsSync(out)) {
      previous = keepSpare && !existsSync(spareDir) ? spareDir : undefined;
      if (!previous) mkdirSync(trash, { recursive: true });
      renameSync(out, previous ?? aside);
    }
    renameSync(temp, out);
    rmSync(journal, { force: true });
  } catch (error) {
    rmSync(journal, { force: true });
    if (!existsSync(out) && existsSync(previous ?? aside)) renameSync(previous ?? aside, out);
    throw error;
  }
  return { tree: out, previous };
}

/**
 * The lock of an output: held (a file naming this process) while a build looks at or changes what is beside the
 * output: a few renames and the index, never the build itself. Two builds at once then never take the same spare
 * or swap the same tree. A lock whose process is gone is taken over.
 */
async function lock(parent: string, base: string): Promise<() => void> {
  const file = path.join(parent, `.${base}.lock`);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder = NaN;
    let age = 0;
    try {
      holder = Number(readFileSync(file, 'utf8'));
      age = Date.now() - lstatSync(file).mtimeMs;
    } catch {
      continue; // released meanwhile
    }
    // a lock just made may not hold its number yet
    if (Number.isInteger(holder) && holder > 0 ? !alive(holder) : age > 5000) {
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new UserError(
        `Another build (process ${holder}) has held \`${path.join(parent, `.${base}.lock`)}\` for ${LOCK_WAIT_MS / 1000} s`,
        'Wait for it to end, or remove the file if no build is running.',
      );
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** How long a build waits for another's lock (held for milliseconds at a time). */
const LOCK_WAIT_MS = 60_000;

/** The folder of a relative path ('' for the root). */
function dirOf(rel: string): string {
  const i = rel.lastIndexOf('/');
  return i < 0 ? '' : rel.slice(0, i);
}

/** a/b/c.html: segments of safe characters, none of them `.` or `..` */
const SIMPLE = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** The groups an index keeps, when they are as this version saves them (else none: every group is emitted). */
function savedGroups(value: unknown): Map<string, SavedGroup> | undefined {
  if (!(value instanceof Map)) return undefined;
  for (const [name, g] of value as Map<unknown, SavedGroup>)
    if (typeof name !== 'string' || typeof g?.digest !== 'string' || typeof g.files !== 'string') return undefined;
  return value as Map<string, SavedGroup>;
}

/** A digest of a group's inputs (Emitter.memo); a list's made once (the bundles share theirs). */
function digestOf(inputs: readonly unknown[]): string {
  const h = createHash('sha1');
  for (const x of inputs) {
    if (!Array.isArray(x)) {
      h.update(`${JSON.stringify(x) ?? 'undefined'}\n`);
      continue;
    }
    let d = LIST_DIGESTS.get(x);
    if (d === undefined) LIST_DIGESTS.set(x, (d = createHash('sha1').update(JSON.stringify(x)).digest('hex')));
    h.update(`list ${d}\n`);
  }
  return h.digest('hex');
}

const LIST_DIGESTS = new WeakMap<readonly unknown[], string>();

/** The change times of the entries whose inode this build changed, as they are now (unknown when it is another). */
function refreshTimes(files: Map<string, Entry>, root: string, dirty: Set<number>): void {
  if (!dirty.size) return;
  for (const [rel, e] of files) {
    if (e[4] === undefined || !dirty.has(e[4])) continue;
    const s = lstatSync(path.join(root, ...rel.split('/')), { throwIfNoEntry: false });
    if (s?.ino === e[4]) e[5] = s.ctimeMs;
    else e[4] = e[5] = undefined;
  }
}

function unchanged(file: string, entry: Entry): boolean {
  const s = lstatSync(file, { throwIfNoEntry: false });
  return !!s && s.isFile() && s.size === entry[1] && s.mtimeMs === entry[2];
}

/**
 * A file of the spare, to be published again: a regular file (never a link, FIFO or device: opened without
 * following links and without blocking) with the size, time and content hash the index recorded. One that still
 * has the inode and change time the index recorded is not read: any write to it, or to its time, changed that (the
 * system sets it, no call can). One that is read and found right is recorded so; one whose bytes were not hashed
 * (UNHASHED) cannot be checked so, and is not reused.
 */
function verified(file: string, entry: Entry): boolean {
  const l = lstatSync(file, { throwIfNoEntry: false });
  if (!l?.isFile() || l.size !== entry[1] || l.mtimeMs !== entry[2]) return false;
  if (entry[4] === l.ino && entry[5] === l.ctimeMs) return true;
  if (entry[3] === UNHASHED) return false;
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return false;
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile() || s.size !== entry[1]) return false;
    const bytes = Buffer.allocUnsafe(s.size);
    for (let at = 0; at < bytes.length;) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (!n) return false;
      at += n;
    }
    if (createHash('sha1').update(bytes).digest('hex') !== entry[3]) return false;
    entry[4] = s.ino;
    entry[5] = s.ctimeMs;
    return true;
  } finally {
    closeSync(fd);
  }
}

/** Whether a folder holds this tool's marker (a regular file). */
function isMarked(dir: string): boolean {
  return (
    !!lstatSync(dir, { throwIfNoEntry: false })?.isDirectory() &&
    !!lstatSync(path.join(dir, SITE_MARKER), { throwIfNoEntry: false })?.isFile()
  );
}

/** A folder's inode, when it is a folder itself (a symbolic link to one is not the tree the index describes). */
function inoOf(dir: string): number | undefined {
  const s = lstatSync(dir, { throwIfNoEntry: false });
  return s?.isDirectory() ? s.ino : undefined;
}

/**
 * A swap cut short by a kill, where it left no output. Swapping an output folder, a kill between its two renames
 * leaves the journal (`.<out>.swap-<pid>`) and the complete new tree (`.<out>.building-<pid>`, the journal is
 * written only once it is complete): the tree is moved into place. Turning an output folder into a link, it leaves
 * the new link (`.<out>.link-<pid>`, made once the tree it names is complete): the link is renamed into place.
 * Whether the output was changed so.
 */
function recoverSwap(parent: string, base: string): boolean {
  const pattern = new RegExp(`^\\.${escapeRegExp(base)}\\.(swap|link)-(\\d+)$`);
  const out = path.join(parent, base);
  let changed = false;
  for (const name of readdirSync(parent)) {
    const m = pattern.exec(name);
    if (!m || alive(Number(m[2]))) continue;
    const missing = !lstatSync(out, { throwIfNoEntry: false });
    const journal = path.join(parent, name);
    if (m[1] === 'swap') {
      const built = path.join(parent, `.${base}.building-${m[2]}`);
      if (missing && lstatSync(built, { throwIfNoEntry: false })?.isDirectory()) {
        renameSync(built, out);
        changed = true;
      }
    } else {
      const slot = linkedSlot(journal, out);
      if (missing && slot && isMarked(slotPath(out, slot))) {
        renameSync(journal, out);
        changed = true;
        continue;
      }
    }
    rmSync(journal, { force: true });
  }
  return changed;
}

/** Folders (and links) left by a build that was killed (its process is gone). */
function removeStale(parent: string, base: string): void {
  const pattern = new RegExp(`^\\.${escapeRegExp(base)}\\.(?:building|old|link)-(\\d+)$`);
  for (const name of readdirSync(parent)) {
    const m = pattern.exec(name);
    if (m && !alive(Number(m[1]))) rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
 * The index on disk: a magic header, a checksum of the rest (see checked.ts), then the v8-serialised index with each
 * tree in
 * columns (paths and ids as joined strings, numbers as typed arrays), which reads back in a few
 * milliseconds for 30,000 files.
 */
const INDEX_MAGIC = Buffer.from('SELFHELP-BUILD-5');

interface PackedTree {
  ino: number;
  paths: string;
  /** the files' sha1s, 40 hex digits each, in the order of paths */
  sha1s: string;
  ids: string;
  idOf: Uint32Array;
  size: Float64Array;
  mtime: Float64Array;
  /** each file's inode and change time (NaN: not known); absent in an index of an earlier version */
  inos?: Float64Array;
  ctimes?: Float64Array;
  dirs: string;
  dirTimes: Float64Array;
}

function packTree(tree: TreeIndex): PackedTree {
  const ids = new Map<string, number>();
  const idOf = new Uint32Array(tree.files.size);
  const size = new Float64Array(tree.files.size);
  const mtime = new Float64Array(tree.files.size);
  const ino = new Float64Array(tree.files.size);
  const ctime = new Float64Array(tree.files.size);
  let i = 0;
  for (const [, e] of tree.files) {
    let n = ids.get(e[0]);
    if (n === undefined) ids.set(e[0], (n = ids.size));
    idOf[i] = n;
    size[i] = e[1];
    mtime[i] = e[2];
    ino[i] = e[4] ?? NaN;
    ctime[i] = e[5] ?? NaN;
    i++;
  }
  let sha1s = '';
  for (const e of tree.files.values()) sha1s += e[3];
  return {
    ino: tree.ino,
    paths: [...tree.files.keys()].join('\n'),
    sha1s,
    ids: [...ids.keys()].join('\n'),
    idOf,
    size,
    mtime,
    inos: ino,
    ctimes: ctime,
    dirs: [...tree.dirs.keys()].join('\n'),
    dirTimes: Float64Array.from(tree.dirs.values()),
  };
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
    if (!c || c[0] !== e[0] || c[1] !== e[1] || c[2] !== e[2] || c[3] !== e[3] || c[4] !== e[4] || c[5] !== e[5])
      differing.set(rel, e);
  }
  const removed: string[] = [];
  for (const rel of current.keys()) if (!spare.files.has(rel)) removed.push(rel);
  return { ...packTree({ ino: spare.ino, files: differing, dirs: spare.dirs }), removed: removed.join('\n') };
}

function unpackTree(p: PackedTree, base?: Map<string, Entry>): TreeIndex {
  const paths = p.paths ? p.paths.split('\n') : [];
  const ids = p.ids ? p.ids.split('\n') : [];
  const dirs = p.dirs.split('\n');
  if (
    paths.length !== p.idOf.length ||
    paths.length !== p.size.length ||
    paths.length !== p.mtime.length ||
    dirs.length !== p.dirTimes.length ||
    (p.inos && p.inos.length !== paths.length) ||
    (p.ctimes && p.ctimes.length !== paths.length)
  )
    throw new Error('inconsistent tree');
  if (typeof p.sha1s !== 'string' || p.sha1s.length !== paths.length * 40) throw new Error('inconsistent tree');
  const files = new Map<string, Entry>(base);
  if (base) for (const rel of (p as PackedDiff).removed ? (p as PackedDiff).removed.split('\n') : []) files.delete(rel);
  for (let i = 0; i < paths.length; i++) {
    const id = ids[p.idOf[i]];
    if (id === undefined) throw new Error('inconsistent tree');
    const entry: Entry = [id, p.size[i], p.mtime[i], p.sha1s.slice(i * 40, i * 40 + 40)];
    const ino = p.inos?.[i];
    const ctime = p.ctimes?.[i];
    if (ino !== undefined && ctime !== undefined && !Number.isNaN(ino) && !Number.isNaN(ctime)) entry.push(ino, ctime);
    files.set(paths[i], entry);
  }
  return { ino: p.ino, files, dirs: new Map(dirs.map((d, i) => [d, p.dirTimes[i]])) };
}

/** The previous build's index, trusted only when intact and made for the same tool, config and output folder. */
function readIndex(file: string, key: string, out: string): BuildIndex | undefined {
  try {
    const data = readChecked(file, INDEX_MAGIC) as
      { key: string; out: string; current?: PackedTree; spare?: PackedDiff } | undefined;
    if (!data || data.key !== key || data.out !== out || !data.current) return undefined;
    if (data.spare && typeof data.spare.removed !== 'string') return undefined;
    const current = unpackTree(data.current);
    const spare = data.spare && unpackTree(data.spare, current.files);
    return { key, out, current, spare, groups: savedGroups((data as { groups?: unknown }).groups) };
  } catch {
    return undefined;
  }
}
