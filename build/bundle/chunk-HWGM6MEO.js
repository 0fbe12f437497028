import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  SITE_MARKER
} from "./chunk-ZUP4AJ5X.js";
import {
  readChecked,
  writeChecked
} from "./chunk-PEF5I3VR.js";
import "./chunk-ATJKFEQU.js";
import {
  writeFileAtomic
} from "./chunk-QA7Q626X.js";
import "./chunk-CELZMKDY.js";

// build/src/site/live.js
import { createHash } from "node:crypto";
import { linkSync, lstatSync, mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
var LIVE_MAGIC = Buffer.from("SELFHELP-LIVE-1");
var MARKER_TEXT = "This folder is made by `selfhelp serve`: its contents are replaced by every rebuild.\n";
var LiveFolder = class {
  out;
  index;
  /** rel -> what the file on disk was made from (`k:` a key, `s:` the sha1 of its bytes) */
  files;
  /** files emitted but not written yet: made on request (ensure) or in the background (drain) */
  pending = /* @__PURE__ */ new Map();
  counter = 0;
  /** the drain running: one that sees another number was halted */
  draining = 0;
  /** whether the map in memory differs from the one saved */
  changed = true;
  /**
   * whether the saved map may be trusted: it names no file that is not on disk as it says (files written since
   * it was saved are not in it, and are made again by the next start); a file removed or made stale removes it
   */
  saved = false;
  /** the groups of files the last write emitted through `memo`: the inputs each was made from, and its files */
  groups = /* @__PURE__ */ new Map();
  /** `out` the folder; `index` the file that keeps its map between runs, and what the map is valid for */
  constructor(out, index) {
    this.out = out;
    this.index = index;
  }
  /** The map of the folder as it is on disk: from memory, else from the index when it can vouch for it. */
  open() {
    if (this.files)
      return this.files;
    const saved = this.index && readChecked(this.index.file, LIVE_MAGIC);
    const s = lstatSync(this.out, { throwIfNoEntry: false });
    const marked = !!lstatSync(path.join(this.out, SITE_MARKER), { throwIfNoEntry: false })?.isFile();
    if (saved && s?.isDirectory() && marked && saved.key === this.index.key && saved.out === this.out && saved.ino === s.ino && saved.files instanceof Map) {
      this.saved = true;
      this.changed = false;
      return this.files = saved.files;
    }
    rmSync(this.out, { recursive: true, force: true });
    rmSync(path.join(path.dirname(this.out), `.${path.basename(this.out)}.spare`), { recursive: true, force: true });
    mkdirSync(this.out, { recursive: true });
    writeFileSync(path.join(this.out, SITE_MARKER), MARKER_TEXT);
    return this.files = /* @__PURE__ */ new Map();
  }
  /** The map saved no longer describes the folder once a file in it is removed or made stale: removed till saved. */
  touch() {
    if (this.saved && this.index)
      rmSync(this.index.file, { force: true });
    this.saved = false;
    this.changed = true;
  }
  target(rel) {
    const full = path.resolve(this.out, rel);
    if (!full.startsWith(this.out + path.sep))
      throw new Error(`refusing to write outside the output folder: ${rel}`);
    return full;
  }
  /**
   * Take what `produce` emits (`check` refuses a folder that must not be written, before anything is): a file
   * whose id is the one on disk (or pending) is left as it is; any other is pending, made when asked for or
   * drained; a file no longer emitted is removed. Returns how many files the
   * site has and how many are to be written.
   */
  async write(produce, check = () => {
  }) {
    if (!this.files)
      check();
    const files = this.open();
    const { pending } = this;
    const seen = /* @__PURE__ */ new Set();
    let written = 0;
    const idOf = (rel) => pending.get(rel)?.id ?? files.get(rel);
    const once = (rel) => {
      if (seen.has(rel))
        throw new Error(`two files at one path: ${rel}`);
      if (!SIMPLE.test(rel))
        this.target(rel);
      seen.add(rel);
    };
    let recording;
    const groups = /* @__PURE__ */ new Map();
    const changed = /* @__PURE__ */ new Set();
    const stage = (rel, job) => {
      if (idOf(rel) === job.id)
        return;
      changed.add(rel);
      this.touch();
      if (files.delete(rel))
        rmSync(this.target(rel), { force: true });
      pending.set(rel, job);
      if (job.same === void 0)
        written++;
    };
    const replay = (entries) => {
      for (const e of entries)
        if (e.same === void 0 ? idOf(e.rel) !== e.id : !seen.has(e.same))
          return false;
      for (const e of entries) {
        const size = seen.size;
        if (seen.add(e.rel).size === size)
          throw new Error(`two files at one path: ${e.rel}`);
        if (e.same !== void 0 && changed.has(e.same))
          stage(e.rel, { id: idOf(e.same), same: e.same });
      }
      return true;
    };
    const emitter = {
      file(rel, make, key) {
        once(rel);
        const job = key !== void 0 ? { id: `k:${key}`, make: typeof make === "function" ? make : () => make } : (() => {
          const content = typeof make === "function" ? make() : make;
          return { id: `s:${createHash("sha1").update(content).digest("hex")}`, make: () => content };
        })();
        stage(rel, job);
        recording?.push({ rel, id: job.id });
      },
      link(rel, same) {
        const id = idOf(same);
        if (id === void 0 || !seen.has(same))
          throw new Error(`link to a file not emitted: ${same}`);
        once(rel);
        stage(rel, { id, same });
        recording?.push({ rel, same });
      },
      reusable: (rel, key) => idOf(rel) === `k:${key}`,
      deferred: true,
      memo: (name, inputs, emit) => {
        if (recording)
          throw new Error(`a group inside a group: ${name}`);
        if (groups.has(name))
          throw new Error(`two groups of one name: ${name}`);
        const last = this.groups.get(name);
        if (last && sameInputs(last.inputs, inputs) && replay(last.entries))
          return void groups.set(name, last);
        const entries = [];
        recording = entries;
        try {
          emit();
        } finally {
          recording = void 0;
        }
        groups.set(name, { inputs, entries });
      }
    };
    try {
      await produce(emitter);
    } catch (error) {
      this.groups = /* @__PURE__ */ new Map();
      throw error;
    }
    this.groups = groups;
    for (const rel of [...pending.keys()])
      if (!seen.has(rel))
        pending.delete(rel);
    for (const rel of [...files.keys()]) {
      if (seen.has(rel))
        continue;
      this.touch();
      files.delete(rel);
      const full = this.target(rel);
      rmSync(full, { force: true });
      for (let dir = path.dirname(full); dir !== this.out; dir = path.dirname(dir)) {
        try {
          rmdirSync(dir);
        } catch {
          break;
        }
      }
    }
    if (!pending.size)
      this.saveIndex();
    return { files: seen.size, written };
  }
  /** Write the file at rel now, if it is pending (before the server reads it). */
  ensure(rel) {
    const job = this.pending.get(rel);
    if (!job)
      return;
    if (job.same !== void 0)
      this.ensure(job.same);
    const full = this.target(rel);
    if (job.same !== void 0) {
      const temp = `${full}.${process.pid}.${this.counter++}.tmp`;
      mkdirSync(path.dirname(full), { recursive: true });
      linkSync(this.target(job.same), temp);
      renameSync(temp, full);
    } else
      writeFileAtomic(full, job.make());
    this.pending.delete(rel);
    this.files.set(rel, job.id);
    this.changed = true;
  }
  /**
   * Write every pending file, a few milliseconds at a time (the server answers requests in between: a page asked
   * for is made at once), then save the map. A file that cannot be made is reported to `failed` and left pending.
   */
  async drain(failed = () => {
  }) {
    const broken = /* @__PURE__ */ new Set();
    const run = ++this.draining;
    while (this.pending.size > broken.size) {
      if (run !== this.draining)
        return;
      const until = performance.now() + SLICE_MS;
      for (const rel of this.pending.keys()) {
        if (broken.has(rel))
          continue;
        try {
          this.ensure(rel);
        } catch (error) {
          broken.add(rel);
          failed(rel, error);
        }
        if (performance.now() >= until)
          break;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (!this.pending.size)
      this.saveIndex();
  }
  /** Stop a drain in progress after its current slice (a rebuild starts); what is left stays pending. */
  halt() {
    this.draining++;
  }
  /**
   * Save the map now, with files pending or not (a server that stops): it names the files written, and the next
   * start makes the ones still pending.
   */
  save() {
    this.saveIndex();
  }
  saveIndex() {
    if (!this.index || !this.files || !this.changed)
      return;
    const s = lstatSync(this.out, { throwIfNoEntry: false });
    if (!s)
      return;
    writeChecked(this.index.file, LIVE_MAGIC, { key: this.index.key, out: this.out, ino: s.ino, files: this.files });
    this.saved = true;
    this.changed = false;
  }
};
var SIMPLE = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
var SLICE_MS = 8;
function sameInputs(a, b) {
  if (a.length !== b.length)
    return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y)
      continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length)
      return false;
    for (let j = 0; j < x.length; j++)
      if (x[j] !== y[j])
        return false;
  }
  return true;
}
var LiveFolders = class {
  folders = /* @__PURE__ */ new Map();
  folder(out, index) {
    const id = `${out}\0${index.file}\0${index.key}`;
    let folder = this.folders.get(id);
    if (!folder)
      this.folders.set(id, folder = new LiveFolder(out, index));
    this.last.set(out, folder);
    return folder;
  }
  /** The folder last written at `out`, for its server. */
  at(out) {
    return this.last.get(out);
  }
  last = /* @__PURE__ */ new Map();
};
export {
  LiveFolder,
  LiveFolders
};
