import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  CACHE_DIR,
  CacheDamaged,
  LintCache,
  discoverAndStat,
  holdPool,
  lintProject
} from "./chunk-3NN3ZIQC.js";
import {
  mark
} from "./chunk-PEF5I3VR.js";
import {
  cloudSuggestions,
  detectSelected,
  dupeCorpus,
  reportedPairs,
  ruleInfos,
  rules,
  unpackEntries
} from "./chunk-RXNWJEWY.js";
import {
  RuleResolver,
  requireConfig
} from "./chunk-D2B5XFJA.js";
import {
  BANDS,
  ROWS,
  bandKey,
  detect,
  passageSpread,
  reportable,
  selectFocused
} from "./chunk-UL6VRVRT.js";
import {
  UserError,
  compareDiagnostics
} from "./chunk-ATJKFEQU.js";
import {
  statOf,
  writeFileAtomic
} from "./chunk-QA7Q626X.js";

// build/src/dupes/baseline.js
import { existsSync, readFileSync } from "node:fs";
var BASELINE_NAME = "selfhelp-dupes-baseline.json";
var Baseline = class _Baseline {
  pairs;
  keys;
  constructor(pairs) {
    this.pairs = pairs;
    this.keys = new Set(pairs.map(([a, b]) => _Baseline.key(a, b)));
  }
  static key(a, b) {
    return a < b ? `${a}
${b}` : `${b}
${a}`;
  }
  has(a, b) {
    return this.keys.has(_Baseline.key(a, b));
  }
  static read(file) {
    if (!existsSync(file))
      return new _Baseline([]);
    let data;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new UserError(`${file} is not valid JSON: ${error.message}`, "Fix it, or write it anew with `selfhelp dupes --update-baseline`.");
    }
    const pairs = data.pairs;
    if (!Array.isArray(pairs) || !pairs.every((p) => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === "string"))) {
      throw new UserError(`${file} must hold { "version": 1, "pairs": [["a.md", "b.md"], ...] }`);
    }
    return new _Baseline(pairs);
  }
  /** Deterministic and diff-friendly: pairs sorted, each pair sorted, one pair a line. */
  static write(file, pairs) {
    const sorted = [...new Set(pairs.map(([a, b]) => _Baseline.key(a, b)))].sort().map((k) => k.split("\n"));
    const lines = sorted.map((p) => `    ${JSON.stringify(p)}`);
    writeFileAtomic(file, `{
  "version": 1,
  "pairs": [
${lines.join(",\n")}${lines.length ? "\n" : ""}  ]
}
`);
  }
};

// build/src/report/json.js
function json(diagnostics) {
  return `${JSON.stringify(diagnostics.map(jsonRow), null, 2)}
`;
}
function jsonRow(d) {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine ?? d.line,
    endColumn: d.endColumn ?? d.column,
    severity: d.severity,
    ruleId: d.ruleId,
    message: d.message
  };
}

// build/src/engine/dupes-json.js
function pairFacts(r) {
  const here = r.report.file === r.pair.a ? "a" : "b";
  const there = here === "a" ? "b" : "a";
  const round = (x) => Math.round(x * 1e4) / 1e4;
  return {
    other: r.pair[there],
    jaccard: round(r.pair.jaccard),
    containment: {
      here: round(here === "a" ? r.pair.containmentA : r.pair.containmentB),
      there: round(here === "a" ? r.pair.containmentB : r.pair.containmentA)
    },
    exact: r.pair.exact,
    identical: r.pair.identical,
    shared: r.shared.map((s) => ({
      here: { startLine: s[here].startLine, endLine: s[here].endLine },
      there: { startLine: s[there].startLine, endLine: s[there].endLine },
      exact: s.exact,
      similarity: round(s.similarity)
    }))
  };
}
function dupesJson(diagnostics) {
  const rows = diagnostics.map((d) => ({
    ...jsonRow(d),
    ...d.duplicate ? { duplicate: d.duplicate } : {},
    ...d.perCloud ? { perCloud: d.perCloud } : {}
  }));
  return `${JSON.stringify(rows, null, 2)}
`;
}
function dupesDiagnostics(problems, reported, suggestions, ruleId, changed) {
  const out = problems.filter((d) => d.ruleId.startsWith("internal/") || d.severity === "error" && d.ruleId.startsWith("parse/") && (!changed || changed.has(d.file)));
  for (const r of reported)
    out.push({ ...r.report, ruleId, severity: "warning", duplicate: pairFacts(r) });
  for (const s of suggestions) {
    out.push({
      ...s,
      ruleId,
      severity: s.severity ?? "info",
      perCloud: { files: [s.file, ...(s.related ?? []).map((r) => r.file)] }
    });
  }
  return out.sort(compareDiagnostics);
}
function dupesExitCode(diagnostics) {
  if (diagnostics.some((d) => d.ruleId.startsWith("internal/")))
    return 2;
  return diagnostics.some((d) => d.severity !== "info") ? 1 : 0;
}

// build/src/suppressions/index.js
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
var SUPPRESSIONS_NAME = "selfhelp-suppressions.json";
var suppressible = (d) => !d.ruleId.startsWith("internal/");
function countsOf(diagnostics) {
  const counts = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    if (!suppressible(d))
      continue;
    let byRule = counts.get(d.file);
    if (!byRule)
      counts.set(d.file, byRule = /* @__PURE__ */ new Map());
    byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
  }
  return counts;
}
var Suppressions = class _Suppressions {
  counts;
  constructor(counts) {
    this.counts = counts;
  }
  static empty() {
    return new _Suppressions(/* @__PURE__ */ new Map());
  }
  /** The suppressions in `file`; none when it does not exist. A broken file is a user error with its reason. */
  static read(file) {
    if (!existsSync2(file))
      return _Suppressions.empty();
    let data;
    try {
      data = JSON.parse(readFileSync2(file, "utf8"));
    } catch (error) {
      throw new UserError(`${file} is not valid JSON: ${error.message}`, "Fix it, or write it anew with `selfhelp lint --suppress-all`.");
    }
    const entries = data?.suppressions;
    const valid = (e) => Array.isArray(e) && e.length === 3 && typeof e[0] === "string" && typeof e[1] === "string" && Number.isInteger(e[2]) && e[2] > 0;
    if (data?.version !== 1 || !Array.isArray(entries) || !entries.every(valid)) {
      throw new UserError(`${file} is not a selfhelp suppressions file (version 1)`, "Write it anew with `selfhelp lint --suppress-all`.");
    }
    const counts = /* @__PURE__ */ new Map();
    for (const [f, rule, n] of entries) {
      let byRule = counts.get(f);
      if (!byRule)
        counts.set(f, byRule = /* @__PURE__ */ new Map());
      byRule.set(rule, n);
    }
    return new _Suppressions(counts);
  }
  /** Every problem found now, counted (what `--suppress-all` writes). */
  static of(diagnostics) {
    return new _Suppressions(countsOf(diagnostics));
  }
  get size() {
    let n = 0;
    for (const byRule of this.counts.values())
      n += byRule.size;
    return n;
  }
  /** Hide the problems within the counts; a file and rule over its count shows all of its problems. */
  apply(diagnostics) {
    if (!this.counts.size)
      return { kept: diagnostics, suppressed: 0 };
    const found = countsOf(diagnostics);
    const hidden = (d) => {
      if (!suppressible(d))
        return false;
      const allowed = this.counts.get(d.file)?.get(d.ruleId);
      return allowed !== void 0 && (found.get(d.file)?.get(d.ruleId) ?? 0) <= allowed;
    };
    const kept = diagnostics.filter((d) => !hidden(d));
    return { kept, suppressed: diagnostics.length - kept.length };
  }
  /** The suppressions that still hide something: each count lowered to what is found now, the fixed ones dropped. */
  prune(diagnostics) {
    const found = countsOf(diagnostics);
    const counts = /* @__PURE__ */ new Map();
    for (const [file, byRule] of this.counts) {
      for (const [rule, allowed] of byRule) {
        const now = Math.min(allowed, found.get(file)?.get(rule) ?? 0);
        if (!now)
          continue;
        let kept = counts.get(file);
        if (!kept)
          counts.set(file, kept = /* @__PURE__ */ new Map());
        kept.set(rule, now);
      }
    }
    return new _Suppressions(counts);
  }
  write(file) {
    const rows = [];
    for (const [f, byRule] of this.counts)
      for (const [rule, n] of byRule)
        rows.push([f, rule, n]);
    rows.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
    const lines = rows.map((r) => `    ${JSON.stringify(r)}`);
    writeFileAtomic(file, `{
  "version": 1,
  "suppressions": [
${lines.join(",\n")}${lines.length ? "\n" : ""}  ]
}
`);
  }
};

// build/src/engine/index.js
import { existsSync as existsSync3, readFileSync as readFileSync4 } from "node:fs";
import path2 from "node:path";

// build/src/git/index.js
import { execFile, spawn } from "node:child_process";
var GitError = class extends Error {
  name = "GitError";
};
function git(cwd, args) {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, encoding: "buffer", maxBuffer: Infinity }, (error, stdout, stderr) => {
      if (error)
        reject(new GitError(stderr.toString().trim() || error.message));
      else
        resolve(stdout);
    });
  });
}
async function inRepository(cwd) {
  try {
    return (await git(cwd, ["rev-parse", "--is-inside-work-tree"])).toString().trim() === "true";
  } catch {
    return false;
  }
}
function parseRaw(out) {
  const parts = out.split("\0");
  const changed = [];
  const deleted = [];
  const blobs = /* @__PURE__ */ new Map();
  for (let i = 0; i < parts.length; ) {
    const header = parts[i++];
    if (!header)
      continue;
    const [, , , blob, status] = header.slice(1).split(" ");
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = parts[i++];
      const to = parts[i++];
      if (status.startsWith("R"))
        deleted.push(from);
      changed.push(to);
      blobs.set(to, blob);
    } else if (status.startsWith("D"))
      deleted.push(parts[i++]);
    else {
      const file = parts[i++];
      changed.push(file);
      blobs.set(file, blob);
    }
  }
  return { changed: changed.sort(), deleted: deleted.sort(), blobs };
}
function parseNameStatus(out) {
  const parts = out.split("\0").filter((p) => p !== "");
  const changed = [];
  const deleted = [];
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++];
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = parts[i++];
      const to = parts[i++];
      if (status.startsWith("R"))
        deleted.push(from);
      changed.push(to);
    } else if (status.startsWith("D"))
      deleted.push(parts[i++]);
    else
      changed.push(parts[i++]);
  }
  return { changed: changed.sort(), deleted: deleted.sort() };
}
var notARepository = (cwd, flag) => new UserError(`${flag} needs a git repository, and ${cwd} is not in one`);
async function stagedDiff(cwd) {
  try {
    return parseRaw((await git(cwd, ["diff", "--cached", "--raw", "-z", "-M", "--relative", "--no-abbrev"])).toString());
  } catch (error) {
    if (!await inRepository(cwd))
      throw notARepository(cwd, "--staged");
    throw error;
  }
}
async function stagedFiles(cwd) {
  const batch = catFile(cwd);
  let diff;
  try {
    diff = await stagedDiff(cwd);
  } catch (error) {
    batch.ask([]);
    throw error;
  }
  const { changed, deleted, blobs } = diff;
  return { changed, deleted, contents: await blobContents(cwd, changed, blobs, batch) };
}
async function blobContents(cwd, files, blobs, batch) {
  const contents = /* @__PURE__ */ new Map();
  const wanted = files.filter((f) => /^[0-9a-f]{40,64}$/.test(blobs.get(f) ?? "") && !/^0+$/.test(blobs.get(f)));
  batch.ask(wanted.map((f) => blobs.get(f)));
  const out = await batch.out;
  let at = 0;
  for (const f of wanted) {
    const eol = out.indexOf(10, at);
    if (eol < 0)
      break;
    const [oid, type, size] = out.toString("latin1", at, eol).split(" ");
    at = eol + 1;
    if (type !== "blob" || oid !== blobs.get(f))
      continue;
    contents.set(f, out.subarray(at, at + Number(size)));
    at += Number(size) + 1;
  }
  for (const f of files)
    if (!contents.has(f))
      contents.set(f, await stagedContent(cwd, f));
  return contents;
}
function catFile(cwd) {
  const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
  const out = new Promise((resolve, reject) => {
    const parts = [];
    const err = [];
    child.stdout.on("data", (b) => parts.push(b));
    child.stderr.on("data", (b) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0)
        resolve(Buffer.concat(parts));
      else
        reject(new GitError(Buffer.concat(err).toString().trim() || `git cat-file exited with ${code}`));
    });
  });
  out.catch(() => {
  });
  child.stdin.on("error", () => {
  });
  return { ask: (oids) => child.stdin.end(oids.length ? `${oids.join("\n")}
` : ""), out };
}
async function changedFiles(cwd, mode) {
  if ("staged" in mode) {
    const { changed, deleted } = await stagedDiff(cwd);
    return { changed, deleted };
  }
  if (!await inRepository(cwd))
    throw notARepository(cwd, "--since");
  let commit = "";
  try {
    commit = (await git(cwd, ["rev-parse", "--verify", "--quiet", `${mode.since}^{commit}`])).toString().trim();
  } catch {
    commit = "";
  }
  if (!commit) {
    throw new UserError(`--since: \`${mode.since}\` is not a commit git knows`, "Fetch it first (in CI: actions/checkout with fetch-depth: 0).");
  }
  const [diff, others] = await Promise.all([
    git(cwd, ["diff", "--name-status", "-z", "-M", "--relative", mode.since]),
    git(cwd, ["ls-files", "--others", "--exclude-standard", "-z"])
  ]);
  const tracked = parseNameStatus(diff.toString());
  const untracked = others.toString().split("\0").filter(Boolean);
  return { changed: [.../* @__PURE__ */ new Set([...tracked.changed, ...untracked])].sort(), deleted: tracked.deleted };
}
async function stagedContent(cwd, file) {
  return git(cwd, ["show", `:./${file}`]);
}
async function addedTimes(cwd) {
  const times = /* @__PURE__ */ new Map();
  if (!await inRepository(cwd))
    return times;
  let out = "";
  try {
    out = (await git(cwd, ["log", "--diff-filter=A", "--format=%x00%ct", "--name-only", "--relative", "--no-renames"])).toString();
  } catch {
    return times;
  }
  let current = 0;
  for (const line of out.split("\n")) {
    if (line.startsWith("\0"))
      current = Number(line.slice(1));
    else if (line.trim() && !times.has(line))
      times.set(line, current);
  }
  return times;
}

// build/src/engine/verify.js
import { lstatSync, readdirSync, readFileSync as readFileSync3 } from "node:fs";
import path from "node:path";
function treeDifferences(a, b, limit = 20) {
  const list = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => path.relative(dir, path.join(f.parentPath, f.name)).split(path.sep).join("/")).sort();
  const left = new Set(list(a));
  const right = new Set(list(b));
  const out = [];
  for (const f of [.../* @__PURE__ */ new Set([...left, ...right])].sort()) {
    if (out.length >= limit)
      break;
    if (!left.has(f) || !right.has(f))
      out.push(`${f} (only in ${left.has(f) ? "the rebuilt" : "the clean"} output)`);
    else if (lstatSync(path.join(a, f)).size !== lstatSync(path.join(b, f)).size)
      out.push(f);
    else if (!readFileSync3(path.join(a, f)).equals(readFileSync3(path.join(b, f))))
      out.push(f);
  }
  return out;
}
function diagnosticDifferences(warm, cold, limit = 20) {
  const text = (d) => JSON.stringify([d.file, d.line, d.column, d.endLine, d.endColumn, d.severity, d.ruleId, d.message, d.fix]);
  const a = warm.map(text);
  const b = cold.map(text);
  const setA = new Set(a);
  const setB = new Set(b);
  const out = [];
  for (const t of a)
    if (!setB.has(t) && out.length < limit)
      out.push(`only from the cache: ${t}`);
  for (const t of b)
    if (!setA.has(t) && out.length < limit)
      out.push(`only when made again: ${t}`);
  if (!out.length && a.join("\n") !== b.join("\n"))
    out.push("the same diagnostics in another order");
  return out;
}

// build/src/engine/index.js
function withFields(result, fields) {
  return Object.assign(Object.defineProperties({}, Object.getOwnPropertyDescriptors(result)), fields);
}
function cacheFields() {
  const codecs = /* @__PURE__ */ new Map();
  const indexers = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    if (rule.summaryCodec)
      codecs.set(rule.id, rule.summaryCodec);
    if (rule.indexKeys && rule.select)
      indexers.set(rule.id, rule.indexKeys.bind(rule));
  }
  return [codecs, indexers];
}
function dupeIndex(summaries) {
  const entries = unpackEntries([...summaries].map(([file, summary]) => ({ file, summary })));
  const unpacked = new Map(entries.map((e) => [e.file, e]));
  const spread = passageSpread(entries);
  const index = { unpacked, spread, byBody: /* @__PURE__ */ new Map(), byBand: /* @__PURE__ */ new Map(), byPassage: /* @__PURE__ */ new Map() };
  const put = (map, key, file) => {
    const list = map.get(key);
    if (!list)
      map.set(key, [file]);
    else if (list[list.length - 1] !== file)
      list.push(file);
  };
  for (const [file, e] of unpacked) {
    if (e.summary.words)
      put(index.byBody, e.summary.bodyHash, file);
    const sig = e.summary.signature;
    if (sig.length && e.summary.shingles.length) {
      for (let band = 0; band < BANDS; band++)
        put(index.byBand, bandKey(sig, band, ROWS), file);
    }
    for (let k = 0; k < e.summary.passageCount; k++) {
      const h = e.summary.passageHash(k);
      if (h === h)
        put(index.byPassage, h, file);
    }
  }
  return index;
}
var Engine = class _Engine {
  options;
  cwd;
  config;
  cacheDir;
  cache;
  baselineFile;
  /** where the bulk suppressions are */
  suppressionsFile;
  constructor(options) {
    this.options = options;
    this.cwd = options.cwd;
    this.config = options.config ?? requireConfig(options.cwd, options.configFile, ruleInfos());
    this.cacheDir = options.cache === false ? void 0 : path2.resolve(options.cwd, options.cache ?? CACHE_DIR);
    this.baselineFile = path2.resolve(options.cwd, options.baseline ?? BASELINE_NAME);
    this.suppressionsFile = path2.resolve(options.cwd, options.suppressions ?? SUPPRESSIONS_NAME);
  }
  /** The engine of a project; its cache is opened on first use. */
  static open(options) {
    return new _Engine(options);
  }
  /** The cache, opened once and kept (a long-lived engine, such as the preview's, reads it once). */
  openCache() {
    if (!this.cacheDir)
      return void 0;
    if (!this.cache) {
      const start = performance.now();
      this.cache = LintCache.open(this.cacheDir, this.config, ...cacheFields());
      mark(`  cache opened in ${(performance.now() - start).toFixed(0)}ms`);
    }
    return this.cache;
  }
  /**
   * Work with the cache (none with `fix`). A part of it found damaged on the way (CacheDamaged: it is checked as it
   * is read) means the work is done again with the cache started afresh, as a cache damaged when opened is.
   */
  async withCache(work, fix = false) {
    if (fix)
      return work(void 0);
    try {
      return await work(this.openCache());
    } catch (error) {
      if (!(error instanceof CacheDamaged) || !this.cacheDir)
        throw error;
      this.cache = LintCache.empty(this.cacheDir, this.config, ...cacheFields());
      return work(this.cache);
    }
  }
  /**
   * Open the cache and find the files of these patterns now, with their sizes and times, e.g. while git answers which
   * files changed (all of it is otherwise done on first use).
   */
  prepare(patterns) {
    if (!this.openCache() || !patterns)
      return;
    const found = discoverAndStat({ cwd: this.cwd, patterns, config: this.config }, true);
    found.catch(() => {
    });
    this.prepared = { patterns: JSON.stringify(patterns), found };
  }
  prepared;
  /** What prepare() found for these patterns, once. */
  preparedFor(patterns) {
    const prepared = this.prepared;
    this.prepared = void 0;
    return prepared?.patterns === JSON.stringify(patterns) ? prepared.found : void 0;
  }
  /** The rule settings of a file (severity and options), after the config's overrides. */
  rulesFor(file) {
    return new RuleResolver(this.config, ruleInfos()).forFile(file);
  }
  /** Lint: per-file rules for the files in scope, cross-file rules against the whole corpus. */
  async check(req) {
    const result = await this.checkAll(req);
    if (req.suppress === false)
      return withFields(result, { suppressed: 0 });
    const { kept, suppressed } = Suppressions.read(this.suppressionsFile).apply(result.diagnostics);
    return withFields(result, { diagnostics: kept, suppressed });
  }
  async checkAll(req) {
    const changes = req.changes;
    const baseline = Baseline.read(this.baselineFile);
    const added = changes ? /* @__PURE__ */ new Map() : await addedTimes(this.cwd);
    return this.withCache((cache) => lintProject({
      cache,
      discovered: cache && this.preparedFor(req.patterns),
      reportOnly: changes?.changed,
      onProgress: this.options.onProgress,
      cwd: this.cwd,
      patterns: req.patterns,
      config: this.config,
      fix: !!req.fix,
      threads: this.options.threads,
      contents: changes?.contents,
      exclude: changes?.deleted,
      corpus: {
        changed: changes?.changed,
        accepted: (a, b) => baseline.has(a, b),
        newer: (a, b) => {
          const ta = added.get(a);
          const tb = added.get(b);
          return ta !== void 0 && tb !== void 0 && ta !== tb ? ta > tb : a > b;
        }
      }
    }), req.fix);
  }
  /** Duplicated guidance: the pairs, clusters and passage groups of the corpus, and the pairs to report. */
  async duplicates(req) {
    const rule = "duplicate-guidance";
    if (!this.rulesFor("").get(rule))
      return this.duplicateRuleAlone().duplicates(req);
    return this.withCache((cache) => this.duplicatesWith(cache, req));
  }
  async duplicatesWith(cache, req) {
    const rule = "duplicate-guidance";
    const started = performance.now();
    const changes = req.changes;
    const options = { ...this.rulesFor("").get(rule)?.options };
    if (req.threshold !== void 0)
      options.threshold = req.threshold;
    const result = await lintProject({
      cwd: this.cwd,
      patterns: req.patterns,
      config: this.config,
      fix: false,
      skipCorpusRules: true,
      // only the errors are decoded (the parse errors are shown): the per-file diagnostics stay in the cache
      errorsOnly: true,
      // of the unchanged files only internal errors are shown, and the cache holds none: not decoded
      cachedOnlyFor: changes?.changed,
      contents: changes?.contents,
      exclude: changes?.deleted,
      cache,
      discovered: cache && this.preparedFor(req.patterns),
      onProgress: this.options.onProgress,
      threads: this.options.threads
    });
    const parsed = performance.now();
    const corpus = req.html === void 0 && changes ? result.corpus(rule) : void 0;
    let entries;
    let dupes;
    if (corpus && changes) {
      const selected = selectFocused(changes.changed, dupeCorpus(corpus), options.boilerplateSpread);
      entries = unpackEntries([...selected].sort().flatMap((file) => {
        const summary = corpus.summary(file);
        return summary === void 0 ? [] : [{ file, summary }];
      }));
      dupes = detectSelected(entries, options, changes.changed, corpus);
    } else {
      entries = unpackEntries(result.summaries.get(rule) ?? []);
      dupes = detect(entries, options, req.html === void 0 ? changes?.changed : void 0);
    }
    const detected = performance.now();
    const baseline = Baseline.read(this.baselineFile);
    const accepted = (a, b) => baseline.has(a, b);
    const reported = reportedPairs(dupes, entries, options, { changed: changes?.changed, accepted });
    const suggestions = cloudSuggestions(dupes, options, { changed: changes?.changed });
    const diagnostics = dupesDiagnostics(result.diagnostics, reported, suggestions, rule, changes?.changed);
    if (req.html !== void 0) {
      const [{ writeFileAtomic: writeFileAtomic2 }, { duplicatesReport }] = await Promise.all([
        import("./chunk-LMRMI46U.js"),
        import("./chunk-NECCBSHJ.js")
      ]);
      const htmlFile = path2.resolve(this.cwd, req.html);
      const siteDir = path2.dirname(path2.dirname(htmlFile));
      if (path2.basename(path2.dirname(htmlFile)) === "reports" && !existsSync3(siteDir)) {
        const { makeSiteFolder } = await import("./chunk-Y3GGC3EI.js");
        makeSiteFolder(siteDir);
      }
      writeFileAtomic2(htmlFile, duplicatesReport(dupes, reported, this.cwd, htmlFile));
    }
    const timings = { parse: parsed - started, detect: detected - parsed };
    return { files: result.files, dupes, reported, diagnostics, timings };
  }
  /** An engine for this project whose config runs the duplicate rule alone. */
  duplicateRuleAlone() {
    const only = Object.fromEntries(rules.map((r) => [r.id, r.id === "duplicate-guidance" ? "warn" : "off"]));
    return _Engine.open({ ...this.options, config: { ...this.config, overrides: [], rules: only } });
  }
  /** Every pair found now that the policy reports, for `dupes --update-baseline`. */
  async acceptAllDuplicates(patterns) {
    const rule = "duplicate-guidance";
    if (!this.rulesFor("").get(rule))
      return this.duplicateRuleAlone().acceptAllDuplicates(patterns);
    const options = this.rulesFor("").get(rule)?.options;
    const entries = await this.withCache(async (cache) => {
      const result = await lintProject({
        cwd: this.cwd,
        patterns,
        config: this.config,
        fix: false,
        skipCorpusRules: true,
        cache,
        onProgress: this.options.onProgress
      });
      return unpackEntries(result.summaries.get(rule) ?? []);
    });
    const dupes = detect(entries, options);
    const types = new Map(entries.map((e) => [e.file, e.summary.type]));
    const accepted = dupes.pairs.filter((p) => reportable(p, types, options)).map((p) => [p.a, p.b]);
    Baseline.write(this.baselineFile, accepted);
    return accepted.length;
  }
  /** Lint, render and write the site into `out` (atomically); refused on errors unless forced. */
  async build(req) {
    const [{ checkOutputFolder }, { buildProject }, { LiveFolders }] = await Promise.all([
      import("./chunk-LTJNEDPF.js"),
      import("./chunk-HRA7VH4C.js"),
      import("./chunk-HWGM6MEO.js")
    ]);
    checkOutputFolder(path2.resolve(this.cwd, req.out), this.cwd);
    const release = holdPool();
    try {
      return await this.withCache(async (cache) => {
        const last = this.lastBuild;
        const saved = (file, event) => event === "change" && !!last?.files.has(file);
        const known = req.changes && last && last.patterns === req.patterns.join("\0") && [...req.changes].every(([f, e]) => saved(f, e)) ? { files: [...last.files], unread: last.unread, changed: new Set(req.changes.keys()) } : void 0;
        const outcome = await buildProject({
          ...req,
          known,
          inPlace: req.inPlace ? this.liveFolders ??= new LiveFolders() : void 0,
          cwd: this.cwd,
          config: this.config,
          cache,
          cacheDir: this.cacheDir,
          onProgress: this.options.onProgress,
          suppressions: Suppressions.read(this.suppressionsFile)
        });
        this.lastBuild = cache ? { patterns: req.patterns.join("\0"), files: new Set(outcome.files), unread: outcome.unread } : void 0;
        return outcome;
      });
    } finally {
      await release();
    }
  }
  /** the files of this engine's last build, for the next one (see `changes`) */
  lastBuild;
  /**
   * Verify mode: check again with no cache and compare every diagnostic with what `result` (a run that could
   * reuse cached ones) gave. Returns the differences (none: the cache is sound).
   */
  async verifyCheck(req, result) {
    const cold = _Engine.open({ ...this.options, config: this.config, cache: false, onProgress: void 0 });
    return diagnosticDifferences(result.diagnostics, (await cold.check(req)).diagnostics);
  }
  /** Verify mode for a build: the same site made from nothing into `scratch`, compared byte for byte with `out`. */
  async verifyBuild(req, scratch) {
    const { removeOutput } = await import("./chunk-LTJNEDPF.js");
    const cold = _Engine.open({ ...this.options, config: this.config, cache: false, onProgress: void 0 });
    removeOutput(scratch);
    try {
      await cold.build({ ...req, out: scratch, log: () => {
      } });
      return treeDifferences(path2.resolve(this.cwd, req.out), scratch);
    } finally {
      removeOutput(scratch);
    }
  }
  /** the folders a preview writes in place, remembered between its rebuilds */
  liveFolders;
  /**
   * The preview folder last built in place at `out`: its server makes a pending file before reading it
   * (`ensure`) and drains the rest after each rebuild.
   */
  preview(out) {
    return this.liveFolders?.at(path2.resolve(this.cwd, out));
  }
  /** Write what the runs changed in the cache (a build saves after its site: the two are not held at once). */
  save() {
    this.cache?.save();
  }
  // --- editor server support ---
  // The language server (src/lsp/) keeps one engine for its whole session: the workspace is read once (from the
  // cache), every file's cross-file summaries stay in memory, and an edit re-checks only the edited buffers in
  // this thread, comparing them with that in-memory corpus (no discovery, no stat of every file per keystroke).
  editor;
  /**
   * Read the workspace (unchanged files from the cache) and keep every file's cross-file summaries; `changed`
   * files are read again from disk. Call it again when files change on disk.
   */
  async openWorkspace(patterns, changed = []) {
    const { result, summaries } = await this.withCache(async (cache) => {
      const result2 = await lintProject({
        cwd: this.cwd,
        patterns,
        config: this.config,
        fix: false,
        threads: this.options.threads,
        cache,
        reportOnly: new Set(changed),
        skipCorpusRules: true,
        onProgress: this.options.onProgress
      });
      const summaries2 = /* @__PURE__ */ new Map();
      for (const [rule, entries] of result2.summaries) {
        summaries2.set(rule, new Map(entries.map((e) => [e.file, e.summary])));
      }
      return { result: result2, summaries: summaries2 };
    });
    this.editor = { patterns, files: result.files, summaries, values: this.editor?.values ?? /* @__PURE__ */ new Map() };
    this.editor.dupes = dupeIndex(summaries.get("duplicate-guidance") ?? /* @__PURE__ */ new Map());
    return { files: result.files };
  }
  /** The workspace's files, as last read by openWorkspace. */
  workspaceFiles() {
    return this.editor?.files ?? [];
  }
  /**
   * The diagnostics of these buffers (posix path -> content): per-file rules, inline directives, then the
   * cross-file rules comparing them with the rest of the workspace as last read. Sorted.
   */
  async checkBuffers(buffers) {
    const state = this.editor;
    if (!state)
      throw new Error("checkBuffers before openWorkspace");
    const { lintChunk } = await import("./lint-worker.js");
    const files = [...buffers.keys()].sort();
    const contents = Object.fromEntries(buffers);
    const fresh = lintChunk({ files, cwd: this.cwd, config: this.config, fix: false, contents });
    const out = fresh.flatMap((r) => r.diagnostics);
    const changed = new Set(files);
    const baseline = Baseline.read(this.baselineFile);
    const run = {
      changed,
      accepted: (a, b) => baseline.has(a, b),
      newer: (a, b) => changed.has(a) && !changed.has(b)
    };
    const resolver = new RuleResolver(this.config, ruleInfos());
    const all = [.../* @__PURE__ */ new Set([...state.files, ...files])].sort();
    for (const rule of rules) {
      if (!rule.checkCorpus)
        continue;
      const known = state.summaries.get(rule.id) ?? /* @__PURE__ */ new Map();
      const now = new Map(fresh.map((r) => [r.file, r.summaries[rule.id]]));
      const entries = [];
      for (const file of all) {
        const summary = now.has(file) ? now.get(file) : known.get(file);
        if (summary !== void 0)
          entries.push({ file, summary });
      }
      if (!entries.length)
        continue;
      const groups = /* @__PURE__ */ new Map();
      for (const file of files) {
        const options = resolver.forFile(file).get(rule.id)?.options ?? rule.defaultOptions ?? {};
        const key = JSON.stringify(options);
        const group = groups.get(key) ?? groups.set(key, { options, files: /* @__PURE__ */ new Set() }).get(key);
        group.files.add(file);
      }
      const silenced = new Map(fresh.map((r) => [r.file, r.silenced ?? []]));
      for (const { options, files: group } of groups.values()) {
        const report = (r) => {
          const setting = resolver.forFile(r.file).get(rule.id);
          if (!setting || !group.has(r.file))
            return;
          const off = silenced.get(r.file)?.some(([id, from, to]) => (id === "*" || id === rule.id) && r.line >= from && r.line <= to);
          if (!off)
            out.push({ ...r, ruleId: rule.id, severity: setting.severity });
        };
        const groupRun = { ...run, changed: group };
        try {
          if (rule.id === "duplicate-guidance")
            this.editorDuplicates(state, now, options, groupRun, report);
          else
            rule.checkCorpus(entries, report, options, groupRun);
        } catch (error) {
          const message = `the cross-file rule \`${rule.id}\` crashed: ${error.message}`;
          const [file] = group;
          out.push({ file, line: 1, column: 1, severity: "error", ruleId: "internal/crash", message });
        }
      }
    }
    return Suppressions.read(this.suppressionsFile).apply(out.sort(compareDiagnostics)).kept;
  }
  /**
   * duplicate-guidance for checkBuffers: detection runs on the buffers and the articles that could pair with
   * them (an identical body, an LSH band or a non-boilerplate passage in common: the candidates detection
   * itself would consider), found in an index of the workspace kept between checks, with the workspace's
   * passage spread; so the pairs are those a whole-corpus detection focused on the buffers finds.
   */
  editorDuplicates(state, now, options, run, report) {
    const dupes = state.dupes ??= dupeIndex(state.summaries.get("duplicate-guidance") ?? /* @__PURE__ */ new Map());
    const { unpacked, spread } = dupes;
    const hashes = (e) => {
      const seen = /* @__PURE__ */ new Set();
      for (let k = 0; e && k < e.summary.passageCount; k++)
        seen.add(e.summary.passageHash(k));
      seen.delete(NaN);
      return seen;
    };
    const adjust = (e, by) => {
      for (const h of hashes(e))
        spread.set(h, (spread.get(h) ?? 0) + by);
    };
    const present = [...now].filter(([, s]) => s !== void 0).map(([file, summary]) => ({ file, summary }));
    const replaced = new Map(unpackEntries(present).map((e) => [e.file, e]));
    for (const file of now.keys()) {
      adjust(unpacked.get(file), -1);
      adjust(replaced.get(file), 1);
    }
    try {
      const candidates = /* @__PURE__ */ new Set();
      const add = (files) => files?.forEach((f) => candidates.add(f));
      for (const e of replaced.values()) {
        if (e.summary.words)
          add(dupes.byBody.get(e.summary.bodyHash));
        const sig = e.summary.signature;
        if (sig.length && e.summary.shingles.length) {
          for (let band = 0; band < BANDS; band++)
            add(dupes.byBand.get(bandKey(sig, band, ROWS)));
        }
        for (const h of hashes(e))
          if ((spread.get(h) ?? 0) <= options.boilerplateSpread)
            add(dupes.byPassage.get(h));
      }
      for (const file of now.keys())
        candidates.delete(file);
      const input = [...replaced.values(), ...[...candidates].map((f) => unpacked.get(f))];
      const result = detect(input, options, run.changed, spread);
      for (const r of reportedPairs(result, input, options, run))
        report(r.report);
    } finally {
      for (const file of now.keys()) {
        adjust(replaced.get(file), -1);
        adjust(unpacked.get(file), 1);
      }
    }
  }
  /**
   * How often each value of these attributes is used across the workspace (buffers in place of their files),
   * e.g. `service` and `resource` for completion. Each file's block is read once and again only when it changes.
   */
  async attributeCounts(names, buffers = /* @__PURE__ */ new Map()) {
    const state = this.editor;
    const counts = new Map(names.map((n) => [n, /* @__PURE__ */ new Map()]));
    if (!state)
      return counts;
    const { scanProperties } = await import("./chunk-UHNZACJ3.js");
    const { LineIndex } = await import("./chunk-US4E7ZCF.js");
    const wanted = new Map(names.map((n) => [n.toLowerCase(), n]));
    const valuesOf = (text) => {
      const { block } = scanProperties(text, new LineIndex(text));
      const found = [];
      for (const a of block?.attributes ?? []) {
        const name = wanted.get(a.name.toLowerCase());
        if (name && a.value.trim())
          found.push([name, a.value.trim()]);
      }
      return found;
    };
    for (const file of state.files) {
      let found;
      const buffer = buffers.get(file);
      if (buffer !== void 0)
        found = valuesOf(buffer);
      else {
        const stat = statOf(path2.resolve(this.cwd, file));
        if (!stat)
          continue;
        const memo = state.values.get(file);
        if (memo && memo.mtimeMs === stat.mtimeMs && memo.size === stat.size)
          found = memo.found;
        else {
          let text;
          try {
            text = readFileSync4(path2.resolve(this.cwd, file), "utf8");
          } catch {
            continue;
          }
          found = valuesOf(text);
          state.values.set(file, { ...stat, found });
        }
      }
      for (const [name, value] of found) {
        const byValue = counts.get(name);
        byValue.set(value, (byValue.get(value) ?? 0) + 1);
      }
    }
    return counts;
  }
};

export {
  BASELINE_NAME,
  stagedFiles,
  changedFiles,
  json,
  dupesJson,
  dupesExitCode,
  SUPPRESSIONS_NAME,
  Suppressions,
  Engine
};
