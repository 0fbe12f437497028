import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  ReportPieces,
  duplicatesReport
} from "./chunk-WTMRDURT.js";
import {
  progressBar
} from "./chunk-M7J5KB5G.js";
import {
  LintCache,
  cacheKey,
  formatLine,
  readChecked,
  summaryLine,
  writeChecked
} from "./chunk-B23LRWUN.js";
import {
  writeSite
} from "./chunk-QWO27MKO.js";
import "./chunk-X57RDM5A.js";
import {
  SOVEREIGN_RULE,
  pagePath,
  sovereignLinks
} from "./chunk-YJQQ2E6G.js";
import "./chunk-MBYRZZPM.js";
import {
  acquirePool,
  holdPool,
  lintProject,
  mark,
  releasePool
} from "./chunk-KEWQY3K4.js";
import {
  META_KEY,
  RENDER_KEY
} from "./chunk-GI4UXMGD.js";
import {
  RuleResolver,
  requireConfig,
  toPosix
} from "./chunk-EHEM4Y62.js";
import {
  ruleInfos
} from "./chunk-RXSHNMZ4.js";
import {
  addTally,
  detect,
  reportedPairs,
  unpackEntries
} from "./chunk-FIOTYFPC.js";
import "./chunk-MEOQG2BS.js";
import "./chunk-HUB6SNEQ.js";
import {
  workerUrl
} from "./chunk-DOPRFVHJ.js";
import "./chunk-3X33MS6F.js";

// build/src/cli/commands/build.js
import { createHash as createHash2 } from "node:crypto";
import { availableParallelism } from "node:os";
import path2 from "node:path";

// build/src/site/index.js
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
async function writeBuild(options) {
  const { records } = options;
  const out = path.resolve(options.cwd, options.out);
  const site = { lint: options.lint, duplicatesReport: options.duplicates ? "reports/duplicates.html" : void 0 };
  const result = await writeAtomically(out, options.index, async (emitter) => {
    await writeSite(records, options.bodies, site, emitter, options.indexShards);
    if (options.duplicates)
      emitter.file("reports/duplicates.html", options.duplicates.make, options.duplicates.key);
  });
  return { articles: records.filter((r) => r.ok).length, ...result, out };
}
async function writeAtomically(out, indexOptions, produce) {
  const parent = path.dirname(out);
  mkdirSync(parent, { recursive: true });
  const base = path.basename(out);
  const spareDir = path.join(parent, `.${base}.spare`);
  const temp = path.join(parent, `.${base}.building-${process.pid}`);
  removeStale(parent, base);
  const index = indexOptions ? readIndex(indexOptions.file, indexOptions.key, out) : void 0;
  const current = index?.current && inoOf(out) === index.current.ino ? index.current : void 0;
  const spare = index?.spare && current && inoOf(spareDir) === index.spare.ino ? index.spare : void 0;
  mark("  build index read");
  rmSync(temp, { recursive: true, force: true });
  if (spare)
    renameSync(spareDir, temp);
  else {
    rmSync(spareDir, { recursive: true, force: true });
    mkdirSync(temp);
  }
  const have = spare?.files ?? /* @__PURE__ */ new Map();
  const spareDirs = spare ? [...spare.dirs.keys()] : [];
  const intact = /* @__PURE__ */ new Set();
  for (const d of spareDirs)
    if (lstatSync(d ? temp + path.sep + d : temp, { throwIfNoEntry: false })?.mtimeMs === spare.dirs.get(d))
      intact.add(d);
  const dirs = /* @__PURE__ */ new Set(["", ...intact]);
  const next = /* @__PURE__ */ new Map();
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
      mkdirSync(path.dirname(inside(rel)), { recursive: true });
      for (let p = d; !dirs.has(p); p = dirOf(p))
        dirs.add(p);
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
    const old2 = have.get(rel);
    if (!old2)
      return false;
    have.delete(rel);
    const sameInode = !!linkOf && old2[1] === linkOf[1] && old2[2] === linkOf[2] && intactDir(rel);
    if (old2[0] === id && (sameInode || checked.has(rel) || unchanged(target(), old2))) {
      next.set(rel, old2);
      return true;
    }
    rmSync(target(), { recursive: true, force: true });
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
    const previous = out + target.slice(temp.length);
    if (cur && cur[0] === id && unchanged(previous, cur)) {
      try {
        linkSync(previous, target);
        next.set(rel, cur);
        return;
      } catch {
      }
    }
    const content = make();
    try {
      writeFileSync(target, content, { flag: "wx" });
    } catch (error) {
      if (error.code !== "EEXIST")
        throw error;
      rmSync(target, { recursive: true, force: true });
      writeFileSync(target, content, { flag: "wx" });
    }
    const s = lstatSync(target);
    next.set(rel, [id, s.size, s.mtimeMs]);
    written++;
  };
  const emitter = {
    file(rel, make, key) {
      if (key !== void 0)
        return place(rel, `k:${key}`, typeof make === "function" ? make : () => make);
      const content = typeof make === "function" ? make() : make;
      place(rel, `s:${createHash("sha1").update(content).digest("hex")}`, () => content);
    },
    link(rel, same) {
      const source = next.get(same);
      if (!source)
        throw new Error(`link to a file not emitted: ${same}`);
      once(rel);
      if (keep(rel, () => inside(rel), source[0], source))
        return;
      const target = inside(rel);
      folder(rel);
      try {
        linkSync(inside(same), target);
        next.set(rel, source);
      } catch {
        copyFileSync(inside(same), target);
        const s = lstatSync(target);
        next.set(rel, [source[0], s.size, s.mtimeMs]);
      }
    },
    reusable(rel, key) {
      const id = `k:${key}`;
      const target = inside(rel);
      const old2 = have.get(rel);
      if (old2?.[0] === id && unchanged(target, old2)) {
        checked.add(rel);
        return true;
      }
      const cur = current?.files.get(rel);
      return cur?.[0] === id && unchanged(out + target.slice(temp.length), cur);
    }
  };
  try {
    await produce(emitter);
    mark("  site emitted");
    for (const rel of have.keys())
      rmSync(path.join(temp, rel), { recursive: true, force: true });
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
    for (const d of [...used].sort())
      dirTimes.set(d, lstatSync(d ? temp + path.sep + d : temp).mtimeMs);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  mark("  leftovers removed");
  const old = path.join(parent, `.${base}.old-${process.pid}`);
  const keepSpare = !!indexOptions && !!current;
  try {
    if (existsSync(out))
      renameSync(out, keepSpare && !existsSync(spareDir) ? spareDir : old);
    renameSync(temp, out);
  } catch (error) {
    if (!existsSync(out) && existsSync(old))
      renameSync(old, out);
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  if (indexOptions) {
    const spared = keepSpare && !existsSync(old);
    const saved = { key: indexOptions.key, out, current: packTree({ ino: inoOf(out), files: next, dirs: dirTimes }), spare: spared ? packDiff({ ...current, ino: inoOf(spareDir) }, next) : void 0 };
    writeChecked(indexOptions.file, INDEX_MAGIC, saved);
  } else
    rmSync(spareDir, { recursive: true, force: true });
  mark("  swapped, index saved");
  rmSync(old, { recursive: true, force: true });
  return { files: next.size, written };
}
function dirOf(rel) {
  const i = rel.lastIndexOf("/");
  return i < 0 ? "" : rel.slice(0, i);
}
var SIMPLE = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
function unchanged(file, entry) {
  const s = lstatSync(file, { throwIfNoEntry: false });
  return !!s && s.isFile() && s.size === entry[1] && s.mtimeMs === entry[2];
}
function inoOf(dir) {
  try {
    return statSync(dir).ino;
  } catch {
    return void 0;
  }
}
function removeStale(parent, base) {
  const pattern = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(?:building|old)-(\\d+)$`);
  for (const name of readdirSync(parent)) {
    const m = pattern.exec(name);
    if (m && !alive(Number(m[1])))
      rmSync(path.join(parent, name), { recursive: true, force: true });
  }
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
var INDEX_MAGIC = Buffer.from("SELFHELP-BUILD-4");
function packTree(tree) {
  const ids = /* @__PURE__ */ new Map();
  const idOf = new Uint32Array(tree.files.size);
  const size = new Float64Array(tree.files.size);
  const mtime = new Float64Array(tree.files.size);
  let i = 0;
  for (const [, e] of tree.files) {
    let n = ids.get(e[0]);
    if (n === void 0)
      ids.set(e[0], n = ids.size);
    idOf[i] = n;
    size[i] = e[1];
    mtime[i] = e[2];
    i++;
  }
  return { ino: tree.ino, paths: [...tree.files.keys()].join("\n"), ids: [...ids.keys()].join("\n"), idOf, size, mtime, dirs: [...tree.dirs.keys()].join("\n"), dirTimes: Float64Array.from(tree.dirs.values()) };
}
function packDiff(spare, current) {
  const differing = /* @__PURE__ */ new Map();
  for (const [rel, e] of spare.files) {
    const c = current.get(rel);
    if (!c || c[0] !== e[0] || c[1] !== e[1] || c[2] !== e[2])
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
  if (paths.length !== p.idOf.length || paths.length !== p.size.length || paths.length !== p.mtime.length || dirs.length !== p.dirTimes.length)
    throw new Error("inconsistent tree");
  const files = new Map(base);
  if (base)
    for (const rel of p.removed ? p.removed.split("\n") : [])
      files.delete(rel);
  for (let i = 0; i < paths.length; i++) {
    const id = ids[p.idOf[i]];
    if (id === void 0)
      throw new Error("inconsistent tree");
    files.set(paths[i], [id, p.size[i], p.mtime[i]]);
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
    return { key, out, current, spare: data.spare && unpackTree(data.spare, current.files) };
  } catch {
    return void 0;
  }
}

// build/src/cli/commands/build.js
async function buildCommand(paths, flags) {
  const cwd = process.cwd();
  const config = requireConfig(cwd, flags.config, ruleInfos());
  const progress = progressBar("selfhelp build: lint");
  mark("config");
  const release = holdPool();
  const cache = flags.cache ? LintCache.open(path2.resolve(cwd, flags.cacheLocation), config) : void 0;
  mark("cache opened");
  try {
    return await build(paths, flags, cwd, config, cache, progress);
  } finally {
    await release();
    cache?.save();
    mark("cache saved");
  }
}
async function build(paths, flags, cwd, config, cache, progress) {
  const results = /* @__PURE__ */ new Map();
  const lint = await lintProject({ cwd, patterns: paths, config, fix: false, cache, onProgress: progress, render: true, deferCacheSave: true, corpus: { results }, errorsOnly: true });
  progress.end();
  mark(`lint+render (${Object.entries(lint.timings).map(([k, v]) => `${k}=${Math.round(v)}`).join(" ")})`);
  const errors = lint.diagnostics;
  if (errors.length && !flags.force) {
    const total = {};
    for (const t of lint.tallies.values())
      addTally(total, t);
    process.stderr.write(`${errors.map((d) => formatLine(d)).join("\n")}
${summaryLine(total, lint.files.length)}
`);
    process.stderr.write(`Not published: ${errors.length} error${errors.length === 1 ? "" : "s"}; ${flags.out} is unchanged (--force publishes anyway).
`);
    return 1;
  }
  const cacheFor = flags.cache ? cacheKey(config) : void 0;
  const options = new RuleResolver(config, ruleInfos()).forFile("").get("duplicate-guidance")?.options;
  const records = (lint.summaries.get(META_KEY) ?? []).map((e) => e.summary);
  let duplicates;
  if (options) {
    const key = createHash2("sha1").update(JSON.stringify(options));
    for (const r of records)
      key.update(`${r.file}\0${r.hash}
`);
    duplicates = {
      key: key.digest("hex"),
      make: () => {
        const shared = results.get("duplicate-guidance");
        const entries = shared?.entries ?? unpackEntries(lint.summaries.get("duplicate-guidance") ?? []);
        const dupes = shared?.result ?? detect(entries, options);
        const reported = reportedPairs(dupes, entries, options, {});
        const byFile = new Map(records.map((r) => [r.file, r]));
        const piecesFile = cacheFor && path2.resolve(cwd, flags.cacheLocation, "report.pieces");
        const pieces = new ReportPieces(piecesFile ? readPieces(piecesFile, cacheFor) : /* @__PURE__ */ new Map(), (file) => byFile.get(file)?.hash);
        const html = duplicatesReport(dupes, reported, cwd, path2.resolve(cwd, flags.out, "reports", "duplicates.html"), (file) => `../${byFile.get(file)?.page ?? pagePath(file)}`, pieces);
        mark(`  report made (${pieces.made} of ${pieces.used.size} pieces made)`);
        if (piecesFile && pieces.changed)
          writeChecked(piecesFile, PIECES_MAGIC, { key: cacheFor, pieces: pieces.used });
        return html;
      }
    };
  }
  const rendered = new Map((lint.summaries.get(RENDER_KEY) ?? []).map((e) => [e.file, e]));
  const bodies = async (rs) => {
    const out = /* @__PURE__ */ new Map();
    const missing = [];
    for (const r of rs) {
      const b = rendered.get(r.file)?.summary;
      if (b)
        out.set(r.file, b);
      else
        missing.push(r.file);
    }
    if (missing.length) {
      const { renderChunk } = await import("./chunk-NXMPQIXQ.js");
      for (const record of renderChunk({ files: missing, cwd }))
        out.set(record.file, record);
    }
    return out;
  };
  const sovereign = sovereignLinks(records, 20);
  if (sovereign.count) {
    const { shown, count } = sovereign;
    process.stderr.write(`${shown.map((d) => formatLine(d)).join("\n")}
${count > shown.length ? `... and ${count - shown.length} more
` : ""}`);
    process.stderr.write(`${count} link${count === 1 ? "" : "s"} to the public portal or docs in sovereign-cloud bundles (counted on reports/index.html).
`);
  }
  const index = cacheFor ? { file: path2.resolve(cwd, flags.cacheLocation, "build.v8"), key: cacheFor } : void 0;
  const result = await writeBuild({ records, bodies, cwd, out: flags.out, lint: lintSummary(lint.tallies, sovereign.byFile, records), duplicates, index, indexShards: shardIndexer() });
  mark("site written");
  process.stderr.write(`Built ${result.articles} articles into ${toPosix(path2.relative(cwd, result.out)) || "."} (${result.files} files, ${result.written} written).
`);
  return 0;
}
function lintSummary(tallies, sovereign, records) {
  const service = new Map(records.map((r) => [r.file, r.service || "unknown"]));
  const summary = { byRule: {}, byService: {}, errors: 0, warnings: 0 };
  const add = (file, rule, errors, warnings) => {
    if (!errors && !warnings)
      return;
    const s = service.get(file) ?? "unknown";
    summary.byRule[rule] = (summary.byRule[rule] ?? 0) + errors + warnings;
    summary.byService[s] = (summary.byService[s] ?? 0) + errors + warnings;
    summary.errors += errors;
    summary.warnings += warnings;
  };
  for (const [file, tally] of tallies)
    for (const rule in tally)
      add(file, rule, tally[rule][0], tally[rule][1]);
  for (const [file, n] of sovereign)
    add(file, SOVEREIGN_RULE, 0, n);
  return summary;
}
var PIECES_MAGIC = Buffer.from("SELFHELP-PIECES-2");
function readPieces(file, key) {
  const data = readChecked(file, PIECES_MAGIC);
  return data?.key === key && data.pieces instanceof Map ? data.pieces : /* @__PURE__ */ new Map();
}
function shardIndexer() {
  return async (jobs) => {
    const docs = jobs.reduce((n, j) => n + j.docs.length, 0);
    const threads = Math.min(availableParallelism(), jobs.length);
    if (docs < 2e3 || threads < 2)
      return (await import("./search-worker.js")).default(jobs);
    const pool = await acquirePool(threads);
    const filename = workerUrl("search");
    try {
      const order = jobs.map((j, i) => i).sort((a, b) => jobs[b].docs.length - jobs[a].docs.length);
      const out = new Array(jobs.length);
      const lanes = Math.max(1, Math.min(availableParallelism() - 1, order.length));
      let next = 0;
      await Promise.all(Array.from({ length: lanes }, async () => {
        while (next < order.length) {
          const i = order[next++];
          out[i] = (await pool.run([jobs[i]], { filename }))[0];
        }
      }));
      return out;
    } finally {
      await releasePool();
    }
  };
}
export {
  buildCommand
};
