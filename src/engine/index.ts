/**
 * The engine: one object per project (a folder, its config and its cache) that every command asks. It owns
 * discovery, the cache, the per-file stages in worker threads (parse, validate, rules, render), the cross-file
 * rules and the site, and answers "these files changed: what are the results now" (ESLint's `ESLint` over its
 * `Linter`, TypeScript's language service over its checker). The front-ends (`lint`, `dupes`, `build`, `serve`
 * and the editor server) parse their flags, ask the engine and print; none reads a cache format or a rule's
 * internals.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR, CacheDamaged, LintCache, type Indexers } from '../cache/index.js';
import { requireConfig, RuleResolver, type Config } from '../config/index.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostic.js';
import { Baseline, BASELINE_NAME } from '../dupes/baseline.js';
import {
  BANDS,
  detect,
  passageSpread,
  reportable,
  ROWS,
  selectFocused,
  type DupeEntry,
  type DupeResult,
} from '../dupes/detect.js';
import { bandKey } from '../dupes/minhash.js';
import type { DupeOptions } from '../dupes/summary.js';
import { addedTimes } from '../git/index.js';
import {
  cloudSuggestions,
  detectSelected,
  dupeCorpus,
  reportedPairs,
  unpackEntries,
  type ReportedPair,
} from '../rules/duplicate-guidance/rule.js';
import { dupesDiagnostics, type DupeDiagnostic } from './dupes-json.js';
import { ruleInfos, rules } from '../rules/index.js';
import type { Codec } from '../cache/fields.js';
import type { CorpusEntry, CorpusReport, CorpusRun } from '../rules/rule.js';
import { statOf } from '../files.js';
import { mark } from '../timing.js';
import type { LiveFolder, LiveFolders } from '../site/live.js';
import { holdPool } from './pool.js';
import { discoverAndStat, lintProject, type Discovered, type RunResult } from './run.js';
import { diagnosticDifferences, treeDifferences } from './verify.js';
import { Suppressions, SUPPRESSIONS_NAME } from '../suppressions/index.js';

export type { BuildOutcome } from './build.js';
export type { RunResult } from './run.js';
/** the defaults the command line shows */
export { CACHE_DIR, BASELINE_NAME, SUPPRESSIONS_NAME };
export type { Page } from './worker.js';

export interface EngineOptions {
  cwd: string;
  /** a config already read (tests, the editor server); else found from cwd upward, or `configFile` */
  config?: Config;
  configFile?: string;
  /** the cache folder, relative to cwd (default `.selfhelp-cache`); false: no cache */
  cache?: string | false;
  /** the accepted duplicate pairs, relative to cwd (default selfhelp-dupes-baseline.json) */
  baseline?: string;
  /** the bulk suppressions, relative to cwd (default selfhelp-suppressions.json) */
  suppressions?: string;
  threads?: number;
  onProgress?: (done: number, total: number) => void;
}

/** What changed, in changed-files mode (`--files`, `--staged`, `--since`, an editor's open buffer). */
export interface Changes {
  changed: Set<string>;
  deleted: string[];
  /** contents to check instead of the working tree's (the staged content, an editor's buffer) */
  contents?: Map<string, Uint8Array>;
}

export interface CheckRequest {
  patterns: string[];
  changes?: Changes;
  fix?: boolean;
  /** apply the bulk suppressions (default); false: every problem (what --suppress-all counts) */
  suppress?: boolean;
}

/** A check's result, with how many problems the bulk suppressions hid. */
export type CheckResult = RunResult & { suppressed: number };

export interface DupesRequest {
  patterns: string[];
  changes?: Changes;
  threshold?: number;
  /** where to write the HTML report (it covers the whole corpus, so detection is not focused) */
  html?: string;
}

export interface DupesOutcome {
  files: string[];
  dupes: DupeResult;
  reported: ReportedPair[];
  /** the parse and internal errors of the files in scope, a warning per reported pair (with its facts), an info
   * per per-cloud suggestion; sorted */
  diagnostics: DupeDiagnostic[];
  timings: { parse: number; detect: number };
}

/** What the editor server keeps of the workspace between checks (see openWorkspace). */
interface EditorWorkspace {
  patterns: string[];
  files: string[];
  /** rule id -> file -> cross-file summary */
  summaries: Map<string, Map<string, unknown>>;
  /** duplicate-guidance's unpacked summaries, passage spread and candidate index, made on first use */
  dupes?: DupeIndex;
  /** per file, the attribute values attributeCounts found, with the size and time they were read at */
  values: Map<string, { mtimeMs: number; size: number; found: Array<[string, string]> }>;
}

/** The workspace's duplicate-guidance summaries, and the files by body hash, LSH band key and passage hash. */
interface DupeIndex {
  unpacked: Map<string, DupeEntry>;
  spread: Map<number, number>;
  byBody: Map<number, string[]>;
  byBand: Map<number, string[]>;
  byPassage: Map<number, string[]>;
}

/** A run's result with some fields replaced or added; its lazy ones (the summaries) stay lazy (a spread reads them). */
function withFields<T extends object>(result: RunResult, fields: T): RunResult & T {
  return Object.assign(Object.defineProperties({}, Object.getOwnPropertyDescriptors(result)) as RunResult, fields);
}

/** What the cache needs of the rules: the codecs of their summaries and the keys of their indexes. */
function cacheFields(): [Map<string, Codec<unknown>>, Indexers] {
  const codecs = new Map<string, Codec<unknown>>();
  const indexers = new Map<string, (summary: unknown) => number[][]>();
  for (const rule of rules) {
    if (rule.summaryCodec) codecs.set(rule.id, rule.summaryCodec);
    if (rule.indexKeys && rule.select) indexers.set(rule.id, rule.indexKeys.bind(rule) as (s: unknown) => number[][]);
  }
  return [codecs, indexers];
}

function dupeIndex(summaries: Map<string, unknown>): DupeIndex {
  const entries = unpackEntries([...summaries].map(([file, summary]) => ({ file, summary })));
  const unpacked = new Map(entries.map((e) => [e.file, e]));
  const spread = passageSpread(entries);
  const index: DupeIndex = { unpacked, spread, byBody: new Map(), byBand: new Map(), byPassage: new Map() };
  const put = (map: Map<number, string[]>, key: number, file: string) => {
    const list = map.get(key);
    if (!list) map.set(key, [file]);
    else if (list[list.length - 1] !== file) list.push(file);
  };
  for (const [file, e] of unpacked) {
    if (e.summary.words) put(index.byBody, e.summary.bodyHash, file);
    const sig = e.summary.signature;
    if (sig.length && e.summary.shingles.length) {
      for (let band = 0; band < BANDS; band++) put(index.byBand, bandKey(sig, band, ROWS), file);
    }
    for (let k = 0; k < e.summary.passageCount; k++) {
      const h = e.summary.passageHash(k);
      if (h === h) put(index.byPassage, h, file);
    }
  }
  return index;
}

export class Engine {
  readonly cwd: string;
  readonly config: Config;
  private readonly cacheDir?: string;
  private cache?: LintCache;
  private readonly baselineFile: string;
  /** where the bulk suppressions are */
  readonly suppressionsFile: string;

  private constructor(private readonly options: EngineOptions) {
    this.cwd = options.cwd;
    this.config = options.config ?? requireConfig(options.cwd, options.configFile, ruleInfos());
    this.cacheDir = options.cache === false ? undefined : path.resolve(options.cwd, options.cache ?? CACHE_DIR);
    this.baselineFile = path.resolve(options.cwd, options.baseline ?? BASELINE_NAME);
    this.suppressionsFile = path.resolve(options.cwd, options.suppressions ?? SUPPRESSIONS_NAME);
  }

  /** The engine of a project; its cache is opened on first use. */
  static open(options: EngineOptions): Engine {
    return new Engine(options);
  }

  /** The cache, opened once and kept (a long-lived engine, such as the preview's, reads it once). */
  private openCache(): LintCache | undefined {
    if (!this.cacheDir) return undefined;
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
  private async withCache<T>(work: (cache: LintCache | undefined) => Promise<T>, fix = false): Promise<T> {
    if (fix) return work(undefined);
    try {
      return await work(this.openCache());
    } catch (error) {
      if (!(error instanceof CacheDamaged) || !this.cacheDir) throw error;
      this.cache = LintCache.empty(this.cacheDir, this.config, ...cacheFields());
      return work(this.cache);
    }
  }

  /**
   * Open the cache and find the files of these patterns now, with their sizes and times, e.g. while git answers which
   * files changed (all of it is otherwise done on first use).
   */
  prepare(patterns?: string[]): void {
    if (!this.openCache() || !patterns) return;
    const found = discoverAndStat({ cwd: this.cwd, patterns, config: this.config }, true);
    // a problem (a pattern that matches nothing) is reported when the run awaits it, if it does
    found.catch(() => {});
    this.prepared = { patterns: JSON.stringify(patterns), found };
  }

  private prepared?: { patterns: string; found: Promise<Discovered> };

  /** What prepare() found for these patterns, once. */
  private preparedFor(patterns: string[]): Promise<Discovered> | undefined {
    const prepared = this.prepared;
    this.prepared = undefined;
    return prepared?.patterns === JSON.stringify(patterns) ? prepared.found : undefined;
  }

  /** The rule settings of a file (severity and options), after the config's overrides. */
  rulesFor(file: string) {
    return new RuleResolver(this.config, ruleInfos()).forFile(file);
  }

  /** Lint: per-file rules for the files in scope, cross-file rules against the whole corpus. */
  async check(req: CheckRequest): Promise<CheckResult> {
    const result = await this.checkAll(req);
    if (req.suppress === false) return withFields(result, { suppressed: 0 });
    const { kept, suppressed } = Suppressions.read(this.suppressionsFile).apply(result.diagnostics);
    return withFields(result, { diagnostics: kept, suppressed });
  }

  private async checkAll(req: CheckRequest): Promise<RunResult> {
    const changes = req.changes;
    const baseline = Baseline.read(this.baselineFile);
    // which file of a duplicate pair is newer: in changed-files mode the changed one, else git's add dates
    const added = changes ? new Map<string, number>() : await addedTimes(this.cwd);
    return this.withCache(
      (cache) =>
        lintProject({
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
              return ta !== undefined && tb !== undefined && ta !== tb ? ta > tb : a > b;
            },
          },
        }),
      req.fix,
    );
  }

  /** Duplicated guidance: the pairs, clusters and passage groups of the corpus, and the pairs to report. */
  async duplicates(req: DupesRequest): Promise<DupesOutcome> {
    const rule = 'duplicate-guidance';
    // lint's config, so both share one cache (its key covers the rules); only a config that turns the rule off
    // makes dupes run the duplicate rule alone, with a cache of its own
    if (!this.rulesFor('').get(rule)) return this.duplicateRuleAlone().duplicates(req);
    return this.withCache((cache) => this.duplicatesWith(cache, req));
  }

  private async duplicatesWith(cache: LintCache | undefined, req: DupesRequest): Promise<DupesOutcome> {
    const rule = 'duplicate-guidance';
    const started = performance.now();
    const changes = req.changes;
    const options = { ...(this.rulesFor('').get(rule)?.options as unknown as DupeOptions) };
    if (req.threshold !== undefined) options.threshold = req.threshold;
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
      threads: this.options.threads,
    });
    const parsed = performance.now();
    // the HTML report shows clusters and passage groups of the whole corpus: focus only without it, on the changed
    // files and what the index says they may pair with
    const corpus = req.html === undefined && changes ? result.corpus(rule) : undefined;
    let entries: DupeEntry[];
    let dupes: DupeResult;
    if (corpus && changes) {
      const selected = selectFocused(changes.changed, dupeCorpus(corpus), options.boilerplateSpread);
      entries = unpackEntries(
        [...selected].sort().flatMap((file) => {
          const summary = corpus.summary(file);
          return summary === undefined ? [] : [{ file, summary }];
        }),
      );
      dupes = detectSelected(entries, options, changes.changed, corpus);
    } else {
      entries = unpackEntries(result.summaries.get(rule) ?? []);
      dupes = detect(entries, options, req.html === undefined ? changes?.changed : undefined);
    }
    const detected = performance.now();
    const baseline = Baseline.read(this.baselineFile);
    const accepted = (a: string, b: string) => baseline.has(a, b);
    const reported = reportedPairs(dupes, entries, options, { changed: changes?.changed, accepted });
    const suggestions = cloudSuggestions(dupes, options, { changed: changes?.changed });
    const diagnostics = dupesDiagnostics(result.diagnostics, reported, suggestions, rule, changes?.changed);
    if (req.html !== undefined) {
      const [{ writeFileAtomic }, { duplicatesReport }] = await Promise.all([
        import('../files.js'),
        import('../dupes/html.js'),
      ]);
      const htmlFile = path.resolve(this.cwd, req.html);
      // a site's reports/ folder (dist/reports/, the default) before the site is built: the site's folder is made
      // with the build's marker, so that the first build may replace it
      const siteDir = path.dirname(path.dirname(htmlFile));
      if (path.basename(path.dirname(htmlFile)) === 'reports' && !existsSync(siteDir)) {
        const { makeSiteFolder } = await import('../site/output.js');
        makeSiteFolder(siteDir);
      }
      writeFileAtomic(htmlFile, duplicatesReport(dupes, reported, this.cwd, htmlFile));
    }
    const timings = { parse: parsed - started, detect: detected - parsed };
    return { files: result.files, dupes, reported, diagnostics, timings };
  }

  /** An engine for this project whose config runs the duplicate rule alone. */
  private duplicateRuleAlone(): Engine {
    const only = Object.fromEntries(rules.map((r) => [r.id, r.id === 'duplicate-guidance' ? 'warn' : 'off'] as const));
    return Engine.open({ ...this.options, config: { ...this.config, overrides: [], rules: only } });
  }

  /** Every pair found now that the policy reports, for `dupes --update-baseline`. */
  async acceptAllDuplicates(patterns: string[]): Promise<number> {
    const rule = 'duplicate-guidance';
    if (!this.rulesFor('').get(rule)) return this.duplicateRuleAlone().acceptAllDuplicates(patterns);
    const options = this.rulesFor('').get(rule)?.options as unknown as DupeOptions;
    const entries = await this.withCache(async (cache) => {
      const result = await lintProject({
        cwd: this.cwd,
        patterns,
        config: this.config,
        fix: false,
        skipCorpusRules: true,
        cache,
        onProgress: this.options.onProgress,
      });
      return unpackEntries(result.summaries.get(rule) ?? []);
    });
    const dupes = detect(entries, options);
    const types = new Map(entries.map((e) => [e.file, e.summary.type]));
    const accepted = dupes.pairs
      .filter((p) => reportable(p, types, options))
      .map((p) => [p.a, p.b] as [string, string]);
    Baseline.write(this.baselineFile, accepted);
    return accepted.length;
  }

  /** Lint, render and write the site into `out` (atomically); refused on errors unless forced. */
  async build(req: {
    patterns: string[];
    out: string;
    force: boolean;
    indexName?: string;
    allProblems?: boolean;
    /** write in place (a preview's folder, read by its own server only): no swap, nothing looked at twice */
    inPlace?: boolean;
    /**
     * what changed since this engine's previous build (path -> watcher event): when every change is a saved
     * article of that build, nothing is discovered again and only those articles are looked at on disk
     */
    changes?: Map<string, string>;
    log: (text: string) => void;
  }) {
    // a folder the build must not replace is refused before any work (see checkOutputFolder)
    const [{ checkOutputFolder }, { buildProject }, { LiveFolders }] = await Promise.all([
      import('../site/index.js'),
      import('./build.js'),
      import('../site/live.js'),
    ]);
    checkOutputFolder(path.resolve(this.cwd, req.out), this.cwd);
    // the threads that lint stay for the search indexing
    const release = holdPool();
    try {
      return await this.withCache(async (cache) => {
        const last = this.lastBuild;
        const saved = (file: string, event: string) => event === 'change' && !!last?.files.has(file);
        const known =
          req.changes &&
          last &&
          last.patterns === req.patterns.join('\0') &&
          [...req.changes].every(([f, e]) => saved(f, e))
            ? { files: [...last.files], unread: last.unread, changed: new Set(req.changes.keys()) }
            : undefined;
        const outcome = await buildProject({
          ...req,
          known,
          inPlace: req.inPlace ? (this.liveFolders ??= new LiveFolders()) : undefined,
          cwd: this.cwd,
          config: this.config,
          cache,
          cacheDir: this.cacheDir,
          onProgress: this.options.onProgress,
          suppressions: Suppressions.read(this.suppressionsFile),
        });
        // what the next build may start from (a cache is what makes unchanged files trustworthy)
        this.lastBuild = cache
          ? { patterns: req.patterns.join('\0'), files: new Set(outcome.files), unread: outcome.unread }
          : undefined;
        return outcome;
      });
    } finally {
      await release();
    }
  }

  /** the files of this engine's last build, for the next one (see `changes`) */
  private lastBuild?: { patterns: string; files: Set<string>; unread: Diagnostic[] };

  /**
   * Verify mode: check again with no cache and compare every diagnostic with what `result` (a run that could
   * reuse cached ones) gave. Returns the differences (none: the cache is sound).
   */
  async verifyCheck(req: CheckRequest, result: RunResult): Promise<string[]> {
    const cold = Engine.open({ ...this.options, config: this.config, cache: false, onProgress: undefined });
    return diagnosticDifferences(result.diagnostics, (await cold.check(req)).diagnostics);
  }

  /** Verify mode for a build: the same site made from nothing into `scratch`, compared byte for byte with `out`. */
  async verifyBuild(req: { patterns: string[]; out: string; force: boolean }, scratch: string): Promise<string[]> {
    // the scratch output is a link to a tree beside it, as every output is: both go
    const { removeOutput } = await import('../site/index.js');
    const cold = Engine.open({ ...this.options, config: this.config, cache: false, onProgress: undefined });
    removeOutput(scratch);
    try {
      await cold.build({ ...req, out: scratch, log: () => {} });
      return treeDifferences(path.resolve(this.cwd, req.out), scratch);
    } finally {
      removeOutput(scratch);
    }
  }

  /** the folders a preview writes in place, remembered between its rebuilds */
  private liveFolders?: LiveFolders;

  /**
   * The preview folder last built in place at `out`: its server makes a pending file before reading it
   * (`ensure`) and drains the rest after each rebuild.
   */
  preview(out: string): Pick<LiveFolder, 'ensure' | 'drain' | 'halt' | 'save'> | undefined {
    return this.liveFolders?.at(path.resolve(this.cwd, out));
  }

  /** Write what the runs changed in the cache (a build saves after its site: the two are not held at once). */
  save(): void {
    this.cache?.save();
  }

  // --- editor server support ---
  // The language server (src/lsp/) keeps one engine for its whole session: the workspace is read once (from the
  // cache), every file's cross-file summaries stay in memory, and an edit re-checks only the edited buffers in
  // this thread, comparing them with that in-memory corpus (no discovery, no stat of every file per keystroke).

  private editor?: EditorWorkspace;

  /**
   * Read the workspace (unchanged files from the cache) and keep every file's cross-file summaries; `changed`
   * files are read again from disk. Call it again when files change on disk.
   */
  async openWorkspace(patterns: string[], changed: string[] = []): Promise<{ files: string[] }> {
    // the per-file stage only (the cross-file rules run per check, on the buffers), no diagnostic decoded
    const { result, summaries } = await this.withCache(async (cache) => {
      const result = await lintProject({
        cwd: this.cwd,
        patterns,
        config: this.config,
        fix: false,
        threads: this.options.threads,
        cache,
        reportOnly: new Set(changed),
        skipCorpusRules: true,
        onProgress: this.options.onProgress,
      });
      const summaries = new Map<string, Map<string, unknown>>();
      for (const [rule, entries] of result.summaries) {
        summaries.set(rule, new Map(entries.map((e) => [e.file, e.summary])));
      }
      return { result, summaries };
    });
    this.editor = { patterns, files: result.files, summaries, values: this.editor?.values ?? new Map() };
    // made now rather than on the first keystroke
    this.editor.dupes = dupeIndex(summaries.get('duplicate-guidance') ?? new Map());
    return { files: result.files };
  }

  /** The workspace's files, as last read by openWorkspace. */
  workspaceFiles(): string[] {
    return this.editor?.files ?? [];
  }

  /**
   * The diagnostics of these buffers (posix path -> content): per-file rules, inline directives, then the
   * cross-file rules comparing them with the rest of the workspace as last read. Sorted.
   */
  async checkBuffers(buffers: Map<string, Uint8Array>): Promise<Diagnostic[]> {
    const state = this.editor;
    if (!state) throw new Error('checkBuffers before openWorkspace');
    const { lintChunk } = await import('./worker.js');
    const files = [...buffers.keys()].sort();
    const contents = Object.fromEntries(buffers);
    const fresh = lintChunk({ files, cwd: this.cwd, config: this.config, fix: false, contents });
    const out: Diagnostic[] = fresh.flatMap((r) => r.diagnostics);
    const changed = new Set(files);
    const baseline = Baseline.read(this.baselineFile);
    const run: CorpusRun = {
      changed,
      accepted: (a, b) => baseline.has(a, b),
      newer: (a, b) => changed.has(a) && !changed.has(b),
    };
    const resolver = new RuleResolver(this.config, ruleInfos());
    const all = [...new Set([...state.files, ...files])].sort();
    for (const rule of rules) {
      if (!rule.checkCorpus) continue;
      const known = state.summaries.get(rule.id) ?? new Map<string, unknown>();
      const now = new Map(fresh.map((r) => [r.file, r.summaries[rule.id]]));
      const entries: CorpusEntry<unknown>[] = [];
      for (const file of all) {
        const summary = now.has(file) ? now.get(file) : known.get(file);
        if (summary !== undefined) entries.push({ file, summary });
      }
      if (!entries.length) continue;
      // only the buffers are reported, each judged with its own options: the buffers are grouped by them
      const groups = new Map<string, { options: Record<string, unknown>; files: Set<string> }>();
      for (const file of files) {
        const options = resolver.forFile(file).get(rule.id)?.options ?? rule.defaultOptions ?? {};
        const key = JSON.stringify(options);
        const group = groups.get(key) ?? groups.set(key, { options, files: new Set() }).get(key)!;
        group.files.add(file);
      }
      const silenced = new Map(fresh.map((r) => [r.file, r.silenced ?? []]));
      for (const { options, files: group } of groups.values()) {
        const report = (r: CorpusReport) => {
          const setting = resolver.forFile(r.file).get(rule.id);
          if (!setting || !group.has(r.file)) return;
          const off = silenced
            .get(r.file)
            ?.some(([id, from, to]) => (id === '*' || id === rule.id) && r.line >= from && r.line <= to);
          if (!off) out.push({ ...r, ruleId: rule.id, severity: setting.severity });
        };
        const groupRun: CorpusRun = { ...run, changed: group };
        try {
          if (rule.id === 'duplicate-guidance')
            this.editorDuplicates(state, now, options as unknown as DupeOptions, groupRun, report);
          else rule.checkCorpus(entries, report, options, groupRun);
        } catch (error) {
          const message = `the cross-file rule \`${rule.id}\` crashed: ${(error as Error).message}`;
          const [file] = group;
          out.push({ file, line: 1, column: 1, severity: 'error', ruleId: 'internal/crash', message });
        }
      }
    }
    // the bulk suppressions apply as in the CLI
    return Suppressions.read(this.suppressionsFile).apply(out.sort(compareDiagnostics)).kept;
  }

  /**
   * duplicate-guidance for checkBuffers: detection runs on the buffers and the articles that could pair with
   * them (an identical body, an LSH band or a non-boilerplate passage in common: the candidates detection
   * itself would consider), found in an index of the workspace kept between checks, with the workspace's
   * passage spread; so the pairs are those a whole-corpus detection focused on the buffers finds.
   */
  private editorDuplicates(
    state: EditorWorkspace,
    now: Map<string, unknown>,
    options: DupeOptions,
    run: CorpusRun,
    report: (r: CorpusReport) => void,
  ): void {
    const dupes = (state.dupes ??= dupeIndex(state.summaries.get('duplicate-guidance') ?? new Map()));
    const { unpacked, spread } = dupes;
    const hashes = (e: DupeEntry | undefined) => {
      const seen = new Set<number>();
      for (let k = 0; e && k < e.summary.passageCount; k++) seen.add(e.summary.passageHash(k));
      seen.delete(NaN);
      return seen;
    };
    const adjust = (e: DupeEntry | undefined, by: number) => {
      for (const h of hashes(e)) spread.set(h, (spread.get(h) ?? 0) + by);
    };
    const present = [...now].filter(([, s]) => s !== undefined).map(([file, summary]) => ({ file, summary }));
    const replaced = new Map(unpackEntries(present).map((e) => [e.file, e]));
    // the spread of the workspace with the buffers in place of their files, restored afterwards
    for (const file of now.keys()) {
      adjust(unpacked.get(file), -1);
      adjust(replaced.get(file), 1);
    }
    try {
      const candidates = new Set<string>();
      const add = (files: string[] | undefined) => files?.forEach((f) => candidates.add(f));
      for (const e of replaced.values()) {
        if (e.summary.words) add(dupes.byBody.get(e.summary.bodyHash));
        const sig = e.summary.signature;
        if (sig.length && e.summary.shingles.length) {
          for (let band = 0; band < BANDS; band++) add(dupes.byBand.get(bandKey(sig, band, ROWS)));
        }
        for (const h of hashes(e)) if ((spread.get(h) ?? 0) <= options.boilerplateSpread) add(dupes.byPassage.get(h));
      }
      for (const file of now.keys()) candidates.delete(file);
      const input = [...replaced.values(), ...[...candidates].map((f) => unpacked.get(f)!)];
      const result = detect(input, options, run.changed, spread);
      for (const r of reportedPairs(result, input, options, run)) report(r.report);
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
  async attributeCounts(
    names: string[],
    buffers = new Map<string, string>(),
  ): Promise<Map<string, Map<string, number>>> {
    const state = this.editor;
    const counts = new Map(names.map((n) => [n, new Map<string, number>()]));
    if (!state) return counts;
    const { scanProperties } = await import('../parse/properties.js');
    const { LineIndex } = await import('../parse/positions.js');
    const wanted = new Map(names.map((n) => [n.toLowerCase(), n]));
    const valuesOf = (text: string) => {
      const { block } = scanProperties(text, new LineIndex(text));
      const found: Array<[string, string]> = [];
      for (const a of block?.attributes ?? []) {
        const name = wanted.get(a.name.toLowerCase());
        if (name && a.value.trim()) found.push([name, a.value.trim()]);
      }
      return found;
    };
    for (const file of state.files) {
      let found: Array<[string, string]>;
      const buffer = buffers.get(file);
      if (buffer !== undefined) found = valuesOf(buffer);
      else {
        const stat = statOf(path.resolve(this.cwd, file));
        if (!stat) continue;
        const memo = state.values.get(file);
        if (memo && memo.mtimeMs === stat.mtimeMs && memo.size === stat.size) found = memo.found;
        else {
          let text: string;
          try {
            text = readFileSync(path.resolve(this.cwd, file), 'utf8');
          } catch {
            continue;
          }
          found = valuesOf(text);
          state.values.set(file, { ...stat, found });
        }
      }
      for (const [name, value] of found) {
        const byValue = counts.get(name)!;
        byValue.set(value, (byValue.get(value) ?? 0) + 1);
      }
    }
    return counts;
  }
}
