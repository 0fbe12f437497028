/**
 * One run of the engine: discover -> parse + validate + lint (+ render, for a build) in worker threads, unchanged
 * files from the cache -> cross-file rules -> sorted diagnostics, summaries and pages.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { CacheDamaged, type CacheEntry, type CachedPage, type LintCache } from '../cache/index.js';
import { fullPath, hashBytes, readRegularFile, statOf } from '../files.js';
import type { Config } from '../config/index.js';
import { addTally, compareDiagnostics, copyTally, tallyOf, type Diagnostic, type Tally } from '../diagnostic.js';
import { discoverFiles } from '../discover/index.js';
import { mark } from '../timing.js';
import { acquirePool, releasePool } from './pool.js';
import { budgetOf, isBudgetResult, lintSmallRun, runGuarded } from './budget.js';
import type { FileResult } from '../lint/file.js';
import type { Chunk, Page, WorkResult } from './worker.js';

type Silenced = NonNullable<FileResult['silenced']>;
import { rules } from '../rules/index.js';
import type { CorpusEntry, CorpusIndex, CorpusRun } from '../rules/rule.js';
import { RunIndex } from './corpus.js';
import { RuleResolver } from '../config/index.js';
import { ruleInfos } from '../rules/index.js';

/** The files a run found (and, for a run with a cache, each one's size and time then: see Engine.prepare). */
export interface Discovered {
  files: string[];
  problems: Diagnostic[];
  stats?: Map<string, { mtimeMs: number; size: number } | undefined>;
}

export interface RunOptions {
  cwd: string;
  patterns: string[];
  config: Config;
  fix: boolean;
  /** worker threads; default: all cores when there are enough files */
  threads?: number;
  onProgress?: (done: number, total: number) => void;
  /** what cross-file rules know about the run: changed files, file age, accepted pairs */
  corpus?: CorpusRun;
  /** compute the summaries but leave the cross-file checks to the caller (the dupes command) */
  skipCorpusRules?: boolean;
  /**
   * The files of the previous run of a long-lived engine and the few changed since (a watcher's events): no
   * discovery, and only the changed files are looked at on disk; the others are as the cache last saw them.
   */
  known?: { files: string[]; unread: Diagnostic[]; changed: Set<string> };
  /** file contents to use instead of the working tree (the staged content, with --staged) */
  contents?: Map<string, Uint8Array>;
  /** files to leave out although they match (deleted in the index or since a ref) */
  exclude?: string[];
  /** per-file results of unchanged files come from here, and new results go into it */
  cache?: LintCache;
  /** the files found already, for these patterns and config (see discoverAndStat) */
  discovered?: Promise<Discovered>;
  /** changed-files mode: per-file diagnostics are collected only for these files */
  reportOnly?: Set<string>;
  /**
   * changed-files mode for a caller that keeps, of the other files, only internal errors (the dupes command): their
   * problems are collected only when they were checked now (the cache never holds an internal error)
   */
  cachedOnlyFor?: Set<string>;
  /** the caller saves the cache (a build does, once its site is written: the two never hold memory at once) */
  deferCacheSave?: boolean;
  /** also render every article for the site (RunResult.pages) */
  render?: boolean;
  /**
   * collect only the errors (a build, which refuses to publish on them); every problem is counted in
   * `tallies`, which cached files give without their diagnostics being decoded
   */
  errorsOnly?: boolean;
}

export interface RunResult {
  files: string[];
  /** sorted; only the errors with `errorsOnly` */
  diagnostics: Diagnostic[];
  /** with `errorsOnly`: every file's problems counted by rule (the files with none left out) */
  tallies?: Map<string, Tally>;
  fixedFiles: number;
  /** rule id -> the per-file summaries of the cross-file rules (made when first asked for) */
  readonly summaries: Map<string, CorpusEntry<unknown>[]>;
  /** a cross-file rule's index of the corpus (for rules with `indexKeys`), as changed-files checks use it */
  corpus(rule: string): CorpusIndex<unknown> | undefined;
  /** with `render`: each rendered article's page, by file (its body read from the cache on first access) */
  pages: Map<string, Page>;
  /** milliseconds per stage: discover, files (read + parse + per-file rules), and each cross-file rule */
  timings: Record<string, number>;
  /** the files found but not read (special files, links out of the tree), one problem each */
  unread: Diagnostic[];
}

/** Below this many files, worker start-up costs more than it saves. */
const PARALLEL_THRESHOLD = 200;
const CHUNK_SIZE = 64;

export async function lintProject(options: RunOptions): Promise<RunResult> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = now - t;
    t = now;
  };
  const excluded = new Set(options.exclude ?? []);
  // issue 19: files not read (special files, links out of the tree) come back as problems
  // a long-lived engine's previous files (see RunOptions.known): nothing discovered or stat-ed again
  const {
    files: found,
    problems: unread,
    stats,
  } = options.known
    ? { files: options.known.files, problems: options.known.unread, stats: undefined }
    : await (options.discovered ?? discoverAndStat(options, false));
  // staged files that exist only in the index are linted too
  const staged = [...(options.contents?.keys() ?? [])].filter((f) => !found.includes(f) && /\.md$/i.test(f));
  const files = [...found, ...staged].filter((f) => !excluded.has(f)).sort();
  lap('discover');
  const results = await lintFiles(files, options, stats);
  lap('files');
  const scope = options.reportOnly;
  const diagnostics: Diagnostic[] = [];
  const tallies = options.errorsOnly ? new Map<string, Tally>() : undefined;
  /**
   * a file's problems (`found` decodes them, for a cached file): all of them, or (errorsOnly) counted, with only its
   * errors kept
   */
  const collect = (file: string, found: () => Diagnostic[], known?: Tally) => {
    if (!tallies) {
      diagnostics.push(...found());
      return;
    }
    const tally = known ?? tallyOf(found());
    if (!Object.keys(tally).length) return;
    const had = tallies.get(file);
    if (had) addTally(had, tally);
    // a copy: the cross-file rules' problems are added to it, never to the cache's own count (a long-lived
    // engine's next run would count them twice)
    else tallies.set(file, known ? copyTally(known) : tally);
    if (Object.values(tally).some((t) => t[0] > 0))
      for (const d of found()) if (d.severity === 'error') diagnostics.push(d);
  };
  const only = options.cachedOnlyFor;
  for (const r of results) {
    if (scope && !scope.has(r.file)) continue;
    if (only && r.cached && !only.has(r.file)) continue;
    collect(r.file, () => r.diagnostics, r.tally);
  }
  // files not read (special files, links out of the tree): one problem each
  for (const d of unread) if ((!scope || scope.has(d.file)) && !excluded.has(d.file)) collect(d.file, () => [d]);
  const byFile = new Map(results.map((r) => [r.file, r]));
  // the summaries of every file, made when first asked for (a changed-files run reads them through an index)
  let summaries: Map<string, CorpusEntry<unknown>[]> | undefined;
  const allSummaries = () => (summaries ??= collectSummaries(results));
  const indexes = new Map<string, RunIndex>();
  const corpus = (ruleId: string): CorpusIndex<unknown> | undefined => {
    const rule = rules.find((r) => r.id === ruleId);
    if (!rule?.indexKeys) return undefined;
    let index = indexes.get(ruleId);
    if (!index) {
      const keysOf = rule.indexKeys.bind(rule) as (summary: unknown) => number[][];
      indexes.set(ruleId, (index = new RunIndex(ruleId, keysOf, byFile, options.cache?.index(ruleId))));
    }
    return index;
  };
  const pages = new Map<string, Page>();
  if (options.render) for (const r of results) if (r.page) pages.set(r.file, r.page);
  if (!options.skipCorpusRules) {
    const run: CorpusRun = { cwd: options.cwd, ...options.corpus };
    // a full run with a cache: corpus rules may start from what they kept last time
    if (options.cache && !options.fix && !run.changed && !options.contents && !options.exclude?.length) {
      const cache = options.cache;
      run.state = { get: (rule) => cache.getState(rule), set: (rule, value) => cache.setState(rule, value) };
      run.fingerprints = new Map(results.flatMap((r) => (r.hash ? [[r.file, r.hash] as [string, string]] : [])));
    }
    const found = new Map<string, Diagnostic[]>();
    const source: CorpusSource = {
      all: (rule) => allSummaries().get(rule) ?? [],
      index: corpus,
      entries: (rule, files) => {
        const out: CorpusEntry<unknown>[] = [];
        for (const file of [...files].sort()) {
          const summary = byFile.get(file)?.summaries[rule];
          if (summary !== undefined) out.push({ file, summary });
        }
        return out;
      },
      silenced: (file) => byFile.get(file)?.silenced,
    };
    for (const d of lintCorpus(source, options.config, run, timings)) {
      const list = found.get(d.file);
      if (list) list.push(d);
      else found.set(d.file, [d]);
    }
    for (const [file, list] of found) collect(file, () => list);
  }
  if (options.cache && !options.fix && !options.deferCacheSave) {
    mark('  linted');
    options.cache.save();
    mark('  cache saved');
  }
  t = performance.now();
  diagnostics.sort(compareDiagnostics);
  return {
    files,
    diagnostics,
    tallies,
    fixedFiles: results.filter((r) => r.fixed).length,
    get summaries() {
      return allSummaries();
    },
    corpus,
    pages,
    timings,
    unread,
  };
}

/** The run's files found, each with its size and time when `stat` (what a run with a cache needs first). */
export async function discoverAndStat(
  options: Pick<RunOptions, 'cwd' | 'patterns' | 'config'>,
  stat: boolean,
): Promise<Discovered> {
  const found = await discoverFiles({
    cwd: options.cwd,
    patterns: options.patterns,
    ignore: options.config.ignore,
    base: options.config.base,
  });
  if (!stat) return found;
  const stats = new Map<string, { mtimeMs: number; size: number } | undefined>();
  for (const file of found.files) stats.set(file, statOf(fullPath(options.cwd, file)));
  return { ...found, stats };
}

async function lintFiles(all: string[], options: RunOptions, known?: Discovered['stats']): Promise<WorkResult[]> {
  const { cache } = options;
  const cached = new Map<string, WorkResult>();
  const stats = new Map<string, { mtimeMs: number; size: number }>();
  if (cache && !options.fix) {
    for (const file of all) {
      const content = options.contents?.get(file);
      if (content) {
        if (cache.hasHash(file, hashBytes(content))) cached.set(file, new CachedResult(file, cache));
        else {
          // staged content that is also the working tree's (the usual commit): its results are kept as the
          // working tree file's, so the next hook and the next run find them
          const stat = sameAsWorkingTree(fullPath(options.cwd, file), content);
          if (stat) stats.set(file, stat);
        }
        continue;
      }
      // a file the watcher saw no change of is as the cache last saw it
      if (options.known && !options.known.changed.has(file) && cache.entryOf(file)) {
        if (!options.render || cache.entryOf(file)!.page) {
          cached.set(file, new CachedResult(file, cache));
          continue;
        }
      }
      const stat = known?.has(file) ? known.get(file) : statOf(fullPath(options.cwd, file));
      if (!stat) continue;
      stats.set(file, stat);
      if (cache.isFresh(file, stat) && (!options.render || cache.entryOf(file)!.page))
        cached.set(file, new CachedResult(file, cache));
    }
  }
  const files = all.filter((f) => !cached.has(f));
  const fresh = await lintUncached(files, options, cached.size, all.length);
  if (cache && !options.fix) {
    for (const r of fresh) {
      const stat = stats.get(r.file);
      if (stat && r.hash && !isBudgetResult(r) && !r.diagnostics.some((d) => d.ruleId.startsWith('internal/'))) {
        const { hash, diagnostics, summaries, page, silenced } = r;
        const tally = tallyOf(diagnostics);
        cache.set(r.file, {
          hash,
          mtimeMs: stat.mtimeMs,
          size: stat.size,
          diagnostics,
          tally,
          summaries,
          page,
          silenced,
        });
      }
    }
    if (!options.contents && !options.exclude?.length) cache.retain(new Set(all));
  }
  const byFile = new Map(fresh.map((r) => [r.file, r]));
  return all.map((f) => cached.get(f) ?? byFile.get(f)!);
}

/**
 * The working tree file's size and time when its bytes are `content` (stat first, then read: a change after the
 * stat gives another time next run, so the entry is not trusted then).
 */
function sameAsWorkingTree(full: string, content: Uint8Array): { mtimeMs: number; size: number } | undefined {
  const stat = statOf(full);
  if (!stat || stat.size !== content.length) return undefined;
  try {
    return readRegularFile(full, content.length).equals(content) ? stat : undefined;
  } catch {
    return undefined;
  }
}

/** A cached file's result: its entry is made, and what it holds read from the cache, only when asked for. */
class CachedResult implements WorkResult {
  readonly fixed = false;
  readonly cached = true;
  private held: CacheEntry | undefined;
  constructor(
    readonly file: string,
    private readonly cache: LintCache,
  ) {}
  private get entry(): CacheEntry {
    const entry = (this.held ??= this.cache.entryOf(this.file));
    if (!entry) throw new CacheDamaged('a cached entry is gone');
    return entry;
  }
  /** the entry is one the cache's index was made from */
  get indexed(): boolean {
    return this.held ? this.cache.isIndexed(this.held) : this.cache.isIndexedFile(this.file);
  }
  get hash(): string {
    return this.entry.hash;
  }
  get page(): (CachedPage & Page) | undefined {
    return this.entry.page as (CachedPage & Page) | undefined;
  }
  get silenced(): Silenced | undefined {
    return this.entry.silenced;
  }
  get diagnostics(): Diagnostic[] {
    return this.entry.diagnostics;
  }
  get tally(): Tally {
    return this.entry.tally;
  }
  get summaries(): Record<string, unknown> {
    return this.entry.summaries;
  }
}

async function lintUncached(
  files: string[],
  options: RunOptions,
  alreadyDone: number,
  total: number,
): Promise<WorkResult[]> {
  const threads = options.threads ?? availableParallelism();
  const budget = budgetOf(options.config);
  const chunks: Chunk[] = [];
  for (let i = 0; i < files.length; i += CHUNK_SIZE) {
    const part = files.slice(i, i + CHUNK_SIZE);
    const contents =
      options.contents &&
      Object.fromEntries(part.filter((f) => options.contents!.has(f)).map((f) => [f, options.contents!.get(f)!]));
    chunks.push({
      files: part,
      cwd: options.cwd,
      config: options.config,
      fix: options.fix,
      contents,
      render: options.render,
    });
  }
  let done = alreadyDone;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };
  if (!files.length) return [];
  if (threads < 2 || files.length < PARALLEL_THRESHOLD) {
    // the parser and rules are loaded only when a file is linted here: a warm run without changes skips them
    const { lintChunk, loadRenderer } = await import('./worker.js');
    if (options.render) await loadRenderer();
    // files large enough to outlast the budget go to a worker, where they can be stopped
    const pool = async () => ({ pool: await acquirePool(1), release: releasePool });
    return (await lintSmallRun(chunks, budget, lintChunk, pool, progress)) as WorkResult[];
  }
  const pool = await acquirePool(threads);
  try {
    const parts = await Promise.all(
      chunks.map(async (c) => {
        const r = (await runGuarded(pool, c, budget)) as WorkResult[]; // a file over its time budget is stopped
        progress(c.files.length);
        return r;
      }),
    );
    return parts.flat();
  } finally {
    await releasePool();
  }
}

function collectSummaries(results: WorkResult[]): Map<string, CorpusEntry<unknown>[]> {
  const out = new Map<string, CorpusEntry<unknown>[]>();
  for (const rule of rules) {
    if (!rule.summarize) continue;
    const entries: CorpusEntry<unknown>[] = [];
    for (const r of results)
      if (r.summaries[rule.id] !== undefined) entries.push({ file: r.file, summary: r.summaries[rule.id] });
    out.set(rule.id, entries);
  }
  return out;
}

/** Where the cross-file rules' summaries come from: all of them, or (changed-files mode) those an index selects. */
interface CorpusSource {
  all(rule: string): CorpusEntry<unknown>[];
  index(rule: string): CorpusIndex<unknown> | undefined;
  /** the entries of these files (sorted; the files without a summary left out) */
  entries(rule: string, files: Iterable<string>): CorpusEntry<unknown>[];
  silenced(file: string): Silenced | undefined;
}

/**
 * Cross-file rules run on the per-file summaries, never on trees. Each file's problems are found with that file's
 * own options (a per-folder override applies to the files it names): the rule runs once per distinct set of
 * options among the files, against every summary, and keeps the reports of the files that have those options.
 * Inline `selfhelp-disable` comments apply as they do to per-file rules. A rule that throws is one
 * `internal/crash` diagnostic; every other result stands.
 */
function lintCorpus(
  source: CorpusSource,
  config: Config,
  run: CorpusRun,
  timings: Record<string, number>,
): Diagnostic[] {
  const resolver = new RuleResolver(config, ruleInfos());
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    if (!rule.checkCorpus) continue;
    const start = performance.now();
    let entries: CorpusEntry<unknown>[];
    let ruleRun = run;
    const crash = (error: unknown, file: string) => {
      // a damaged cache is the engine's to handle (it runs again without it), not the rule's crash
      if (error instanceof CacheDamaged) throw error;
      const message = error instanceof Error ? error.message : String(error);
      if (process.env.DEBUG?.includes('selfhelp')) console.error(error);
      out.push({
        file,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'internal/crash',
        message: `the cross-file rule \`${rule.id}\` crashed: ${message}`,
      });
    };
    const index = run.changed && rule.select ? source.index(rule.id) : undefined;
    if (index && run.changed) {
      // changed-files mode: only what the changed files need, found through the index
      const changed = source.entries(rule.id, run.changed);
      if (!changed.length) continue;
      const select = rule.select!.bind(rule) as (
        c: CorpusEntry<unknown>[],
        i: CorpusIndex<unknown>,
        o: Record<string, unknown>[],
      ) => Iterable<string>;
      const options = [...optionGroups(changed, rule.id, rule.defaultOptions ?? {}, resolver).values()].map(
        (g) => g.options,
      );
      try {
        entries = source.entries(rule.id, select(changed, index, options));
      } catch (error) {
        crash(error, changed[0].file);
        continue;
      }
      ruleRun = { ...run, corpus: index };
    } else entries = source.all(rule.id);
    if (!entries.length) continue;
    const groups = optionGroups(entries, rule.id, rule.defaultOptions ?? {}, resolver);
    for (const [key, group] of groups) {
      // state and shared results belong to the one run over the whole corpus's options
      const runOf =
        groups.size === 1 || key === groups.keys().next().value
          ? ruleRun
          : { ...ruleRun, state: undefined, results: undefined };
      try {
        rule.checkCorpus(
          entries,
          (r) => {
            if (!group.files.has(r.file)) return;
            if (
              source
                .silenced(r.file)
                ?.some(([id, from, to]) => (id === '*' || id === rule.id) && r.line >= from && r.line <= to)
            )
              return;
            const setting = resolver.forFile(r.file).get(rule.id);
            if (setting) out.push({ ...r, ruleId: rule.id, severity: r.severity ?? setting.severity });
          },
          group.options,
          runOf,
        );
      } catch (error) {
        crash(error, [...group.files].sort()[0]);
      }
    }
    timings[rule.id] = performance.now() - start;
  }
  return out;
}

/** The files of a rule by their resolved options, the set of the most files first. */
function optionGroups(
  entries: CorpusEntry<unknown>[],
  ruleId: string,
  defaults: Record<string, unknown>,
  resolver: RuleResolver,
): Map<string, { options: Record<string, unknown>; files: Set<string> }> {
  const groups = new Map<string, { options: Record<string, unknown>; files: Set<string> }>();
  let last: { ref: unknown; key: string } | undefined;
  for (const e of entries) {
    const options = resolver.forFile(e.file).get(ruleId)?.options ?? defaults;
    // resolved settings are shared objects for files with the same overrides: stringify each once
    const key = last && last.ref === options ? last.key : JSON.stringify(options);
    last = { ref: options, key };
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { options, files: new Set() }));
    group.files.add(e.file);
  }
  return new Map([...groups].sort((a, b) => b[1].files.size - a[1].files.size));
}
