/**
 * The engine: one object per project (a folder, its config and its cache) that every command asks. It owns
 * discovery, the cache, the per-file stages in worker threads (parse, validate, rules, render), the cross-file
 * rules and the site, and answers "these files changed: what are the results now" (ESLint's `ESLint` over its
 * `Linter`, TypeScript's language service over its checker). The front-ends (`lint`, `dupes`, `build`, `serve`
 * and the editor server) parse their flags, ask the engine and print; none reads a cache format or a rule's
 * internals.
 */
import path from 'node:path';
import { CACHE_DIR, LintCache } from '../cache/index.js';
import { requireConfig, RuleResolver, type Config } from '../config/index.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostic.js';
import { Baseline, BASELINE_NAME } from '../dupes/baseline.js';
import { detect, reportable, type DupeResult } from '../dupes/detect.js';
import { duplicatesReport } from '../dupes/html.js';
import type { DupeOptions } from '../dupes/summary.js';
import { addedTimes } from '../git/index.js';
import { reportedPairs, unpackEntries, type ReportedPair } from '../rules/duplicate-guidance/rule.js';
import { ruleInfos, rules } from '../rules/index.js';
import type { Codec } from '../cache/fields.js';
import { buildProject } from './build.js';
import { holdPool } from './pool.js';
import { lintProject, type RunResult } from './run.js';
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
  /** the parse and internal errors of the files in scope, and a warning per reported pair; sorted */
  diagnostics: Diagnostic[];
  timings: { parse: number; detect: number };
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
    const codecs = new Map<string, Codec<unknown>>();
    for (const rule of rules) if (rule.summaryCodec) codecs.set(rule.id, rule.summaryCodec);
    return (this.cache ??= LintCache.open(this.cacheDir, this.config, codecs));
  }

  /** The rule settings of a file (severity and options), after the config's overrides. */
  rulesFor(file: string) {
    return new RuleResolver(this.config, ruleInfos()).forFile(file);
  }

  /** Lint: per-file rules for the files in scope, cross-file rules against the whole corpus. */
  async check(req: CheckRequest): Promise<CheckResult> {
    const result = await this.checkAll(req);
    if (req.suppress === false) return { ...result, suppressed: 0 };
    const { kept, suppressed } = Suppressions.read(this.suppressionsFile).apply(result.diagnostics);
    return { ...result, diagnostics: kept, suppressed };
  }

  private async checkAll(req: CheckRequest): Promise<RunResult> {
    const changes = req.changes;
    const baseline = Baseline.read(this.baselineFile);
    // which file of a duplicate pair is newer: in changed-files mode the changed one, else git's add dates
    const added = changes ? new Map<string, number>() : await addedTimes(this.cwd);
    const cache = req.fix ? undefined : this.openCache();
    return lintProject({
      cache,
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
    });
  }

  /** Duplicated guidance: the pairs, clusters and passage groups of the corpus, and the pairs to report. */
  async duplicates(req: DupesRequest): Promise<DupesOutcome> {
    const rule = 'duplicate-guidance';
    // lint's config, so both share one cache (its key covers the rules); only a config that turns the rule off
    // makes dupes run the duplicate rule alone, with a cache of its own
    if (!this.rulesFor('').get(rule)) return this.duplicateRuleAlone().duplicates(req);
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
      contents: changes?.contents,
      exclude: changes?.deleted,
      cache: this.openCache(),
      onProgress: this.options.onProgress,
      threads: this.options.threads,
    });
    const parsed = performance.now();
    const entries = unpackEntries(result.summaries.get(rule) ?? []);
    // the HTML report shows clusters and passage groups of the whole corpus: focus only without it
    const dupes = detect(entries, options, req.html === undefined ? changes?.changed : undefined);
    const detected = performance.now();
    const baseline = Baseline.read(this.baselineFile);
    const accepted = (a: string, b: string) => baseline.has(a, b);
    const reported = reportedPairs(dupes, entries, options, { changed: changes?.changed, accepted });
    const inScope = (file: string) => !changes || changes.changed.has(file);
    const fatal = (d: Diagnostic) => d.severity === 'error' && /^(parse|internal)\//.test(d.ruleId);
    const diagnostics = result.diagnostics.filter((d) => fatal(d) && inScope(d.file));
    for (const r of reported) diagnostics.push({ ...r.report, ruleId: rule, severity: 'warning' });
    diagnostics.sort(compareDiagnostics);
    if (req.html !== undefined) {
      const { writeFileAtomic } = await import('../files.js');
      const htmlFile = path.resolve(this.cwd, req.html);
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
    const result = await lintProject({
      cwd: this.cwd,
      patterns,
      config: this.config,
      fix: false,
      skipCorpusRules: true,
      cache: this.openCache(),
      onProgress: this.options.onProgress,
    });
    const entries = unpackEntries(result.summaries.get(rule) ?? []);
    const dupes = detect(entries, options);
    const types = new Map(entries.map((e) => [e.file, e.summary.type]));
    const accepted = dupes.pairs.filter((p) => reportable(p, types, options)).map((p) => [p.a, p.b] as [string, string]);
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
    log: (text: string) => void;
  }) {
    // the threads that lint stay for the search indexing
    const release = holdPool();
    try {
      const cache = this.openCache();
      return await buildProject({
        ...req,
        cwd: this.cwd,
        config: this.config,
        cache,
        cacheDir: this.cacheDir,
        onProgress: this.options.onProgress,
        suppressions: Suppressions.read(this.suppressionsFile),
      });
    } finally {
      await release();
    }
  }

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
    const { rmSync } = await import('node:fs');
    const cold = Engine.open({ ...this.options, config: this.config, cache: false, onProgress: undefined });
    rmSync(scratch, { recursive: true, force: true });
    try {
      await cold.build({ ...req, out: scratch, log: () => {} });
      return treeDifferences(path.resolve(this.cwd, req.out), scratch);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  /** Write what the runs changed in the cache (a build saves after its site: the two are not held at once). */
  save(): void {
    this.cache?.save();
  }
}

