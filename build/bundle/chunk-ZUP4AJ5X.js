import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  mark,
  readChecked,
  writeChecked
} from "./chunk-PEF5I3VR.js";
import {
  UserError
} from "./chunk-ATJKFEQU.js";

// build/src/site/output.js
import { createHash } from "node:crypto";
import { closeSync, constants, copyFileSync, existsSync, fstatSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, realpathSync, renameSync, rmdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
var UNHASHED = "-".repeat(40);
var HASHED_BELOW = 256 * 1024;
var SITE_MARKER = ".selfhelp-site";
var MARKER_TEXT = "This folder is made by `selfhelp build`: its contents are replaced by every build.\n";
function makeSiteFolder(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, SITE_MARKER), MARKER_TEXT);
}
function slotPath(out, slot) {
  return path.join(path.dirname(out), `.${path.basename(out)}.${slot}`);
}
function linkedSlot(link, out = link) {
  let target;
  try {
    target = readlinkSync(link);
  } catch {
    return void 0;
  }
  const base = path.basename(out);
  return target === `.${base}.a` ? "a" : target === `.${base}.b` ? "b" : void 0;
}
function replaceable(dir) {
  return !!lstatSync(dir, { throwIfNoEntry: false })?.isDirectory() && (isMarked(dir) || readdirSync(dir).length === 0);
}
function outputTrees(out) {
  const s = lstatSync(out, { throwIfNoEntry: false });
  const slot = s?.isSymbolicLink() ? linkedSlot(out) : void 0;
  const exists = (p) => lstatSync(p, { throwIfNoEntry: false }) ? p : void 0;
  if (slot)
    return { current: exists(slotPath(out, slot)), spare: exists(slotPath(out, slot === "a" ? "b" : "a")) };
  return { current: s?.isDirectory() ? out : void 0, spare: exists(spareOf(out)) };
}
function removeOutput(out) {
  for (const p of [out, slotPath(out, "a"), slotPath(out, "b"), spareOf(out)])
    rmSync(p, { recursive: true, force: true });
}
function spareOf(out) {
  return path.join(path.dirname(out), `.${path.basename(out)}.spare`);
}
function checkOutputFolder(out, cwd, sources = []) {
  const real = (p) => {
    try {
      return realpathSync.native(p);
    } catch {
      return path.resolve(p);
    }
  };
  const shown = path.relative(cwd, out) || ".";
  const hint = "Choose an output folder of its own, such as `dist` (the default).";
  const s = lstatSync(out, { throwIfNoEntry: false });
  const slot = s?.isSymbolicLink() ? linkedSlot(out) : void 0;
  const tree = slot ? slotPath(out, slot) : out;
  const t = slot ? lstatSync(tree, { throwIfNoEntry: false }) : s;
  const o = real(tree);
  const c = real(cwd);
  const within = (p) => p === o || p.startsWith(o.endsWith(path.sep) ? o : o + path.sep);
  if (within(c))
    throw new UserError(`Refusing to build into \`${shown}\`: it is the current folder or holds it, and a build replaces everything in its output folder`, hint);
  const realDirs = /* @__PURE__ */ new Map();
  const linksIn = /* @__PURE__ */ new Map();
  const isLink = (dir, name) => {
    let links = linksIn.get(dir);
    if (!links) {
      links = /* @__PURE__ */ new Set();
      try {
        for (const d of readdirSync(dir, { withFileTypes: true }))
          if (d.isSymbolicLink())
            links.add(d.name);
      } catch {
      }
      linksIn.set(dir, links);
    }
    return links.has(name);
  };
  const realOf = (file) => {
    const dir = path.dirname(file);
    const name = path.basename(file);
    if (isLink(dir, name))
      return real(file);
    let r = realDirs.get(dir);
    if (r === void 0)
      realDirs.set(dir, r = real(dir));
    return path.join(r, name);
  };
  for (const f of sources) {
    if (within(realOf(path.resolve(cwd, f))))
      throw new UserError(`Refusing to build into \`${shown}\`: it holds the article \`${f}\`, and a build replaces everything in its output folder`, hint);
  }
  if (!s)
    return;
  if (s.isSymbolicLink() && !t?.isDirectory())
    throw new UserError(`Refusing to build into \`${shown}\`: it is a symbolic link selfhelp did not make (a build links its output to \`.${path.basename(out)}.a\` or \`.${path.basename(out)}.b\` beside it)`, hint);
  if (!t?.isDirectory())
    throw new UserError(`Refusing to build into \`${shown}\`: it is not a folder`, hint);
  if (readdirSync(tree).length && !lstatSync(path.join(tree, SITE_MARKER), { throwIfNoEntry: false })?.isFile()) {
    throw new UserError(`Refusing to build into \`${shown}\`: it is not empty and was not built by selfhelp (it has no \`${SITE_MARKER}\` file)`, `${hint} Or empty the folder first.`);
  }
}
function checkSlots(out, slots) {
  for (const slot of slots) {
    const dir = slotPath(out, slot);
    if (lstatSync(dir, { throwIfNoEntry: false }) && !replaceable(dir))
      throw new UserError(`Refusing to build into \`${path.basename(out)}\`: \`${path.basename(dir)}\` beside it, where a build keeps one of the output's two trees, was not built by selfhelp`, "Move it away, or choose another output folder.");
  }
}
async function writeAtomically(out, indexOptions, produce, guard, how = {}) {
  const parent = path.dirname(out);
  const base = path.basename(out);
  const temp = path.join(parent, `.${base}.building-${process.pid}`);
  const trash = path.join(parent, `.${base}.old-${process.pid}`);
  const cwd = guard?.cwd ?? process.cwd();
  checkOutputFolder(out, cwd, guard?.sources);
  mark("  output folder checked");
  mkdirSync(parent, { recursive: true });
  let layout;
  let index;
  let current;
  let spare;
  let unlock = await lock(parent, base);
  try {
    const recovered = recoverSwap(parent, base);
    checkOutputFolder(out, cwd, recovered ? guard?.sources : void 0);
    layout = layoutOf(out, how.links ?? process.platform !== "win32");
    const spareOurs = isMarked(layout.spare);
    removeStale(parent, base);
    index = indexOptions ? readIndex(indexOptions.file, indexOptions.key, out) : void 0;
    current = index?.current && layout.tree && inoOf(layout.tree) === index.current.ino ? index.current : void 0;
    spare = index?.spare && current && spareOurs && inoOf(layout.spare) === index.spare.ino ? index.spare : void 0;
    mark("  build index read");
    rmSync(temp, { recursive: true, force: true });
    if (spare)
      renameSync(layout.spare, temp);
    else {
      if (spareOurs)
        discard(layout.spare, trash);
      mkdirSync(temp);
    }
  } finally {
    unlock();
  }
  rmSync(trash, { recursive: true, force: true });
  const previousTree = layout.tree ?? out;
  const have = spare?.files ?? /* @__PURE__ */ new Map();
  const spareDirs = spare ? [...spare.dirs.keys()] : [];
  const intact = /* @__PURE__ */ new Set();
  for (const d of spareDirs.sort()) {
    const at = d ? temp + path.sep + d : temp;
    const s = lstatSync(at, { throwIfNoEntry: false });
    if (s?.isDirectory() && s.mtimeMs === spare.dirs.get(d))
      intact.add(d);
    else if (s && !s.isDirectory())
      rmSync(at, { force: true });
  }
  const dirs = /* @__PURE__ */ new Set(["", ...intact]);
  const next = /* @__PURE__ */ new Map();
  const dirty = /* @__PURE__ */ new Set();
  const touched = (e) => e?.[4] !== void 0 && dirty.add(e[4]);
  let written = 0;
  const dirTimes = /* @__PURE__ */ new Map();
  const inside = (rel) => {
    if (SIMPLE.test(rel))
      return temp + path.sep + (path.sep === "/" ? rel : rel.split("/").join(path.sep));
    const target = path.resolve(temp, rel);
    if (!target.startsWith(temp + path.sep))
      throw new Error(`refusing to write outside the output folder: ${rel}`);
    return target;
  };
  const folder = (rel) => {
    const d = dirOf(rel);
    if (!dirs.has(d)) {
      const missing = [];
      for (let p = d; !dirs.has(p); p = dirOf(p))
        missing.push(p);
      for (const p of missing.reverse()) {
        const at = inside(`${p}/x`).slice(0, -2);
        const s = lstatSync(at, { throwIfNoEntry: false });
        if (s && !s.isDirectory())
          rmSync(at, { force: true });
        if (!s?.isDirectory())
          mkdirSync(at);
        dirs.add(p);
      }
    }
  };
  const checked = /* @__PURE__ */ new Set();
  let lastDir = "";
  let lastIntact = intact.has("");
  const intactDir = (rel) => {
    const d = dirOf(rel);
    if (d !== lastDir) {
      lastDir = d;
      lastIntact = intact.has(d);
    }
    return lastIntact;
  };
  const keep = (rel, target, id, linkOf) => {
    const old = have.get(rel);
    if (!old)
      return false;
    have.delete(rel);
    const sameInode = !!linkOf && old[1] === linkOf[1] && old[2] === linkOf[2] && intactDir(rel);
    if (old[0] === id && (sameInode || checked.has(rel) || verified(target(), old))) {
      next.set(rel, old);
      return true;
    }
    rmSync(target(), { recursive: true, force: true });
    touched(old);
    return false;
  };
  const once = (rel) => {
    if (next.has(rel))
      throw new Error(`two files at one path: ${rel}`);
  };
  const place = (rel, id, make) => {
    once(rel);
    const target = inside(rel);
    if (keep(rel, () => target, id))
      return;
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
      }
    }
    const content = make();
    const sha1 = id.startsWith("s:") ? id.slice(2) : content.length >= HASHED_BELOW ? UNHASHED : createHash("sha1").update(content).digest("hex");
    try {
      writeFileSync(target, content, { flag: "wx" });
    } catch (error) {
      if (error.code !== "EEXIST")
        throw error;
      const other = lstatSync(target, { throwIfNoEntry: false });
      if (other)
        dirty.add(other.ino);
      rmSync(target, { recursive: true, force: true });
      writeFileSync(target, content, { flag: "wx" });
    }
    const s = lstatSync(target);
    next.set(rel, [id, s.size, s.mtimeMs, sha1, s.ino, s.ctimeMs]);
    written++;
  };
  const groups = /* @__PURE__ */ new Map();
  let recording;
  const reusableId = (rel, id) => {
    const target = inside(rel);
    const old = have.get(rel);
    if (old?.[0] === id && (checked.has(rel) || verified(target, old))) {
      checked.add(rel);
      return true;
    }
    const cur = current?.files.get(rel);
    return cur?.[0] === id && unchanged(previousTree + target.slice(temp.length), cur);
  };
  const emitter = {
    file(rel, make, key) {
      let id;
      let produce2;
      if (key !== void 0) {
        id = `k:${key}`;
        produce2 = typeof make === "function" ? make : () => make;
      } else {
        const content = typeof make === "function" ? make() : make;
        id = `s:${createHash("sha1").update(content).digest("hex")}`;
        produce2 = () => content;
      }
      recording?.push(`${rel}	${id}`);
      place(rel, id, produce2);
    },
    memo(name, inputs, emit) {
      if (recording)
        throw new Error(`a group inside a group: ${name}`);
      if (groups.has(name))
        throw new Error(`two groups of one name: ${name}`);
      const digest = digestOf(inputs);
      const last = index?.groups?.get(name);
      const files = last?.digest === digest ? last.files.split("\n").map((l) => l.split("	")) : [];
      if (last?.digest === digest && files.length && files.every(([rel, id]) => reusableId(rel, id))) {
        for (const [rel, id] of files)
          place(rel, id, () => {
            throw new Error(`${rel} changed while the site was written`);
          });
        groups.set(name, last);
        return;
      }
      const lines = [];
      recording = lines;
      try {
        emit();
      } finally {
        recording = void 0;
      }
      if (lines.length && !lines.includes(""))
        groups.set(name, { digest, files: lines.join("\n") });
    },
    link(rel, same) {
      const source = next.get(same);
      if (!source)
        throw new Error(`link to a file not emitted: ${same}`);
      once(rel);
      if (recording)
        recording.push("");
      if (keep(rel, () => inside(rel), source[0], source))
        return;
      const target = inside(rel);
      folder(rel);
      try {
        linkSync(inside(same), target);
        source[4] ??= lstatSync(target).ino;
        touched(source);
        next.set(rel, source);
      } catch {
        copyFileSync(inside(same), target);
        const s = lstatSync(target);
        next.set(rel, [source[0], s.size, s.mtimeMs, source[3], s.ino, s.ctimeMs]);
      }
    },
    reusable: (rel, key) => reusableId(rel, `k:${key}`)
  };
  try {
    await produce(emitter);
    mark("  site emitted");
    for (const [rel, e] of have) {
      rmSync(path.join(temp, rel), { recursive: true, force: true });
      touched(e);
    }
    const used = /* @__PURE__ */ new Set([""]);
    for (const rel of next.keys())
      for (let d = dirOf(rel); !used.has(d); d = dirOf(d))
        used.add(d);
    for (const d of spareDirs.sort((a, b) => b.length - a.length)) {
      if (used.has(d))
        continue;
      try {
        rmdirSync(path.join(temp, d));
      } catch {
      }
    }
    const marker = path.join(temp, SITE_MARKER);
    if (!isMarked(temp)) {
      rmSync(marker, { recursive: true, force: true });
      writeFileSync(marker, MARKER_TEXT);
    }
    for (const d of [...used].sort())
      dirTimes.set(d, lstatSync(d ? temp + path.sep + d : temp).mtimeMs);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  mark("  leftovers removed");
  const keepSpare = !!indexOptions && !!current;
  try {
    unlock = await lock(parent, base);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  try {
    let swapped;
    try {
      swapped = layout.linked ? swapByLink(out, temp, trash) : swapByRename(out, temp, layout.spare, trash, keepSpare);
    } catch (error) {
      rmSync(temp, { recursive: true, force: true });
      throw error;
    }
    if (indexOptions) {
      const spared = keepSpare && !!swapped.previous && inoOf(swapped.previous) === current.ino;
      mark("  swapped");
      refreshTimes(next, swapped.tree, dirty);
      if (spared)
        refreshTimes(current.files, swapped.previous, dirty);
      const saved = {
        key: indexOptions.key,
        out,
        current: packTree({ ino: inoOf(swapped.tree), files: next, dirs: dirTimes }),
        spare: spared ? packDiff({ ...current, ino: current.ino }, next) : void 0,
        groups
      };
      mark("  index packed");
      writeChecked(indexOptions.file, INDEX_MAGIC, saved);
    } else {
      for (const p of [swapped.previous, spareOf(out)])
        if (p && isMarked(p))
          discard(p, trash);
    }
  } finally {
    unlock();
  }
  mark("  swapped, index saved");
  rmSync(trash, { recursive: true, force: true });
  return { files: next.size, written };
}
function layoutOf(out, links) {
  const s = lstatSync(out, { throwIfNoEntry: false });
  const slot = s?.isSymbolicLink() ? linkedSlot(out) : void 0;
  if (slot) {
    checkSlots(out, [slot === "a" ? "b" : "a"]);
    return { linked: true, tree: slotPath(out, slot), spare: slotPath(out, slot === "a" ? "b" : "a") };
  }
  const linked = links && canLink(out);
  if (linked)
    checkSlots(out, ["a", "b"]);
  return { linked, tree: s ? out : void 0, spare: spareOf(out) };
}
function canLink(out) {
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
function discard(p, trash) {
  mkdirSync(trash, { recursive: true });
  renameSync(p, path.join(trash, path.basename(p)));
}
function swapByLink(out, temp, trash) {
  const s = lstatSync(out, { throwIfNoEntry: false });
  const now = s?.isSymbolicLink() ? linkedSlot(out) : void 0;
  if (s && !now && (s.isSymbolicLink() || !s.isDirectory()))
    throw new Error(`the output was replaced during the build: ${out}`);
  const folder = !!s && !now;
  const slot = now === "a" ? "b" : "a";
  const into = slotPath(out, slot);
  const aside = slotPath(out, slot === "a" ? "b" : "a");
  checkSlots(out, folder ? ["a", "b"] : [slot]);
  for (const p of folder ? [into, aside] : [into])
    if (lstatSync(p, { throwIfNoEntry: false }))
      discard(p, trash);
  const link = path.join(path.dirname(out), `.${path.basename(out)}.link-${process.pid}`);
  rmSync(link, { force: true });
  renameSync(temp, into);
  try {
    symlinkSync(path.basename(into), link);
    if (folder)
      renameSync(out, aside);
    renameSync(link, out);
  } catch (error) {
    rmSync(link, { force: true });
    if (folder && !lstatSync(out, { throwIfNoEntry: false }))
      renameSync(aside, out);
    rmSync(into, { recursive: true, force: true });
    throw error;
  }
  return { tree: into, previous: now ? slotPath(out, now) : folder ? aside : void 0 };
}
function swapByRename(out, temp, spareDir, trash, keepSpare) {
  const journal = path.join(path.dirname(out), `.${path.basename(out)}.swap-${process.pid}`);
  const aside = path.join(trash, path.basename(out));
  let previous;
  try {
    writeFileSync(journal, "");
    if (existsSync(out)) {
      previous = keepSpare && !existsSync(spareDir) ? spareDir : void 0;
      if (!previous)
        mkdirSync(trash, { recursive: true });
      renameSync(out, previous ?? aside);
    }
    renameSync(temp, out);
    rmSync(journal, { force: true });
  } catch (error) {
    rmSync(journal, { force: true });
    if (!existsSync(out) && existsSync(previous ?? aside))
      renameSync(previous ?? aside, out);
    throw error;
  }
  return { tree: out, previous };
}
async function lock(parent, base) {
  const file = path.join(parent, `.${base}.lock`);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (; ; ) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if (error.code !== "EEXIST")
        throw error;
    }
    let holder = NaN;
    let age = 0;
    try {
      holder = Number(readFileSync(file, "utf8"));
      age = Date.now() - lstatSync(file).mtimeMs;
    } catch {
      continue;
    }
    if (Number.isInteger(holder) && holder > 0 ? !alive(holder) : age > 5e3) {
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new UserError(`Another build (process ${holder}) has held \`${path.join(parent, `.${base}.lock`)}\` for ${LOCK_WAIT_MS / 1e3} s`, "Wait for it to end, or remove the file if no build is running.");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
var LOCK_WAIT_MS = 6e4;
function dirOf(rel) {
  const i = rel.lastIndexOf("/");
  return i < 0 ? "" : rel.slice(0, i);
}
var SIMPLE = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
function savedGroups(value) {
  if (!(value instanceof Map))
    return void 0;
  for (const [name, g] of value)
    if (typeof name !== "string" || typeof g?.digest !== "string" || typeof g.files !== "string")
      return void 0;
  return value;
}
function digestOf(inputs) {
  const h = createHash("sha1");
  for (const x of inputs) {
    if (!Array.isArray(x)) {
      h.update(`${JSON.stringify(x) ?? "undefined"}
`);
      continue;
    }
    let d = LIST_DIGESTS.get(x);
    if (d === void 0)
      LIST_DIGESTS.set(x, d = createHash("sha1").update(JSON.stringify(x)).digest("hex"));
    h.update(`list ${d}
`);
  }
  return h.digest("hex");
}
var LIST_DIGESTS = /* @__PURE__ */ new WeakMap();
function refreshTimes(files, root, dirty) {
  if (!dirty.size)
    return;
  for (const [rel, e] of files) {
    if (e[4] === void 0 || !dirty.has(e[4]))
      continue;
    const s = lstatSync(path.join(root, ...rel.split("/")), { throwIfNoEntry: false });
    if (s?.ino === e[4])
      e[5] = s.ctimeMs;
    else
      e[4] = e[5] = void 0;
  }
}
function unchanged(file, entry) {
  const s = lstatSync(file, { throwIfNoEntry: false });
  return !!s && s.isFile() && s.size === entry[1] && s.mtimeMs === entry[2];
}
function verified(file, entry) {
  const l = lstatSync(file, { throwIfNoEntry: false });
  if (!l?.isFile() || l.size !== entry[1] || l.mtimeMs !== entry[2])
    return false;
  if (entry[4] === l.ino && entry[5] === l.ctimeMs)
    return true;
  if (entry[3] === UNHASHED)
    return false;
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return false;
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile() || s.size !== entry[1])
      return false;
    const bytes = Buffer.allocUnsafe(s.size);
    for (let at = 0; at < bytes.length; ) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (!n)
        return false;
      at += n;
    }
    if (createHash("sha1").update(bytes).digest("hex") !== entry[3])
      return false;
    entry[4] = s.ino;
    entry[5] = s.ctimeMs;
    return true;
  } finally {
    closeSync(fd);
  }
}
function isMarked(dir) {
  return !!lstatSync(dir, { throwIfNoEntry: false })?.isDirectory() && !!lstatSync(path.join(dir, SITE_MARKER), { throwIfNoEntry: false })?.isFile();
}
function inoOf(dir) {
  const s = lstatSync(dir, { throwIfNoEntry: false });
  return s?.isDirectory() ? s.ino : void 0;
}
function recoverSwap(parent, base) {
  const pattern = new RegExp(`^\\.${escapeRegExp(base)}\\.(swap|link)-(\\d+)$`);
  const out = path.join(parent, base);
  let changed = false;
  for (const name of readdirSync(parent)) {
    const m = pattern.exec(name);
    if (!m || alive(Number(m[2])))
      continue;
    const missing = !lstatSync(out, { throwIfNoEntry: false });
    const journal = path.join(parent, name);
    if (m[1] === "swap") {
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
function removeStale(parent, base) {
  const pattern = new RegExp(`^\\.${escapeRegExp(base)}\\.(?:building|old|link)-(\\d+)$`);
  for (const name of readdirSync(parent)) {
    const m = pattern.exec(name);
    if (m && !alive(Number(m[1])))
      rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function alive(pid) {
  if (pid === process.pid)
    return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
var INDEX_MAGIC = Buffer.from("SELFHELP-BUILD-5");
function packTree(tree) {
  const ids = /* @__PURE__ */ new Map();
  const idOf = new Uint32Array(tree.files.size);
  const size = new Float64Array(tree.files.size);
  const mtime = new Float64Array(tree.files.size);
  const ino = new Float64Array(tree.files.size);
  const ctime = new Float64Array(tree.files.size);
  let i = 0;
  for (const [, e] of tree.files) {
    let n = ids.get(e[0]);
    if (n === void 0)
      ids.set(e[0], n = ids.size);
    idOf[i] = n;
    size[i] = e[1];
    mtime[i] = e[2];
    ino[i] = e[4] ?? NaN;
    ctime[i] = e[5] ?? NaN;
    i++;
  }
  let sha1s = "";
  for (const e of tree.files.values())
    sha1s += e[3];
  return {
    ino: tree.ino,
    paths: [...tree.files.keys()].join("\n"),
    sha1s,
    ids: [...ids.keys()].join("\n"),
    idOf,
    size,
    mtime,
    inos: ino,
    ctimes: ctime,
    dirs: [...tree.dirs.keys()].join("\n"),
    dirTimes: Float64Array.from(tree.dirs.values())
  };
}
function packDiff(spare, current) {
  const differing = /* @__PURE__ */ new Map();
  for (const [rel, e] of spare.files) {
    const c = current.get(rel);
    if (!c || c[0] !== e[0] || c[1] !== e[1] || c[2] !== e[2] || c[3] !== e[3] || c[4] !== e[4] || c[5] !== e[5])
      differing.set(rel, e);
  }
  const removed = [];
  for (const rel of current.keys())
    if (!spare.files.has(rel))
      removed.push(rel);
  return { ...packTree({ ino: spare.ino, files: differing, dirs: spare.dirs }), removed: removed.join("\n") };
}
function unpackTree(p, base) {
  const paths = p.paths ? p.paths.split("\n") : [];
  const ids = p.ids ? p.ids.split("\n") : [];
  const dirs = p.dirs.split("\n");
  if (paths.length !== p.idOf.length || paths.length !== p.size.length || paths.length !== p.mtime.length || dirs.length !== p.dirTimes.length || p.inos && p.inos.length !== paths.length || p.ctimes && p.ctimes.length !== paths.length)
    throw new Error("inconsistent tree");
  if (typeof p.sha1s !== "string" || p.sha1s.length !== paths.length * 40)
    throw new Error("inconsistent tree");
  const files = new Map(base);
  if (base)
    for (const rel of p.removed ? p.removed.split("\n") : [])
      files.delete(rel);
  for (let i = 0; i < paths.length; i++) {
    const id = ids[p.idOf[i]];
    if (id === void 0)
      throw new Error("inconsistent tree");
    const entry = [id, p.size[i], p.mtime[i], p.sha1s.slice(i * 40, i * 40 + 40)];
    const ino = p.inos?.[i];
    const ctime = p.ctimes?.[i];
    if (ino !== void 0 && ctime !== void 0 && !Number.isNaN(ino) && !Number.isNaN(ctime))
      entry.push(ino, ctime);
    files.set(paths[i], entry);
  }
  return { ino: p.ino, files, dirs: new Map(dirs.map((d, i) => [d, p.dirTimes[i]])) };
}
function readIndex(file, key, out) {
  try {
    const data = readChecked(file, INDEX_MAGIC);
    if (!data || data.key !== key || data.out !== out || !data.current)
      return void 0;
    if (data.spare && typeof data.spare.removed !== "string")
      return void 0;
    const current = unpackTree(data.current);
    const spare = data.spare && unpackTree(data.spare, current.files);
    return { key, out, current, spare, groups: savedGroups(data.groups) };
  } catch {
    return void 0;
  }
}

export {
  SITE_MARKER,
  makeSiteFolder,
  outputTrees,
  removeOutput,
  checkOutputFolder,
  writeAtomically
};
