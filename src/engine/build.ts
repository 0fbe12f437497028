/**
 * The engine's build: lint and render each article in one pass (unchanged ones from the cache), refuse to
 * publish on errors (unless forced), make the duplicates report from the same detection, and write the site
 * atomically. What the user reads is handed to `log`; the front-end (selfhelp build, selfhelp serve) prints it.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { cacheKey, type LintCache } from '../cache/index.js';
import { readChecked, writeChecked } from '../cache/checked.js';
import { RuleResolver, toPosix, type Config } from '../config/index.js';
import { addTally, tallyOf, type Diagnostic, type Tally } from '../diagnostic.js';
import { detect, type DupeEntry, type DupeResult } from '../dupes/detect.js';
import { duplicatesReport, ReportPieces } from '../dupes/html.js';
import type { DupeOptions } from '../dupes/summary.js';
import { workerUrl } from '../paths.js';
import { formatLine, summaryLine } from '../report/stylish.js';
import { reportedPairs, unpackEntries } from '../rules/duplicate-guidance/rule.js';
import { ruleInfos } from '../rules/index.js';
import { writeBuild, type BuildResult } from '../site/index.js';
import type { LiveFolders } from '../site/live.js';
import type { ShardJob } from '../site/search.js';
import { pagePath, type LintSummary, type ShardIndexer } from '../site/site.js';
import { SOVEREIGN_RULE, sovereignLinks } from '../site/sovereign.js';
import { leftOut, leftOutLines } from '../site/left-out.js';
import type { ArticleBody, ArticleMeta } from '../site/worker.js';
import { mark } from '../timing.js';
import type { Suppressions } from '../suppressions/index.js';
import { acquirePool, releasePool } from './pool.js';
import { lintProject, type RunOptions } from './run.js';

export interface BuildRequest {
  cwd: string;
  patterns: string[];
  config: Config;
  cache?: LintCache;
  /** the cache folder, for the build's own index and the report's pieces (absent: nothing kept) */
  cacheDir?: string;
  out: string;
  /** publish even with errors */
  force: boolean;
  /** the name of the build index in the cache folder (a preview keeps its own, beside the build's) */
  indexName?: string;
  onProgress?: (done: number, total: number) => void;
  /** keep every problem of every file (a preview shows them on the pages), not only the errors */
  allProblems?: boolean;
  /** the bulk suppressions: a suppressed error does not stop publishing */
  suppressions?: Suppressions;
  /** what the user reads, in order (stderr for the CLI) */
  log: (text: string) => void;
  /** the files of the previous build and what changed since (a preview's watcher): see RunOptions.known */
  known?: RunOptions['known'];
  /** write the site in place, into a folder of the tool's own (a preview): see site/live.ts */
  inPlace?: LiveFolders;
}

export interface BuildOutcome {
  /** 0 published, 1 refused for errors */
  code: 0 | 1;
  result?: BuildResult;
  /** every article's metadata (its page path among it), for a preview */
  records: ArticleMeta[];
  /** the errors, sorted; every problem with `allProblems` */
  diagnostics: Diagnostic[];
  /** the files linted, and those found but not read (for the next build's `known`) */
  files: string[];
  unread: Diagnostic[];
}

export async function buildProject(req: BuildRequest): Promise<BuildOutcome> {
  const { cwd, config, cache } = req;
  // one pass: lint and render each article (unchanged ones from the cache)
  const results = new Map<string, unknown>();
  // the errors, and every problem counted (for the summary on the reports page): no warning is decoded
  const lint = await lintProject({
    cwd,
    patterns: req.patterns,
    config,
    fix: false,
    cache,
    onProgress: req.onProgress,
    render: true,
    deferCacheSave: true,
    corpus: { results },
    errorsOnly: !req.allProblems,
    known: req.known,
  });
  const seen = { files: lint.files, unread: lint.unread };
  const tallies = lint.tallies ?? talliesOf(lint.diagnostics);
  mark(
    `lint+render (${Object.entries(lint.timings)
      .map(([k, v]) => `${k}=${Math.round(v)}`)
      .join(' ')})`,
  );
  const records = [...lint.pages.values()].map((p) => p.meta);
  const found = req.suppressions ? req.suppressions.apply(lint.diagnostics).kept : lint.diagnostics;
  const errors = req.allProblems ? found.filter((d) => d.severity === 'error') : found;
  const total: Tally = {};
  for (const t of tallies.values()) addTally(total, t);
  if (errors.length && !req.force) {
    req.log(`${errors.map((d) => formatLine(d)).join('\n')}\n${summaryLine(total, lint.files.length)}\n`);
    const n = `${errors.length} error${errors.length === 1 ? '' : 's'}`;
    req.log(`Not published: ${n}; ${req.out} is unchanged (--force publishes anyway).\n`);
    return { code: 1, records, diagnostics: lint.diagnostics, ...seen };
  }
  // --force: the summary all the same, and every article the site leaves out, with why
  if (errors.length) req.log(`${summaryLine(total, lint.files.length)} (published anyway: --force)\n`);
  req.log(leftOutLines(leftOut(lint.files, records, errors)));
  // what the build's own cache files (the output's index, the report's pieces) are valid for
  const cacheFor = req.cacheDir ? cacheKey(config) : undefined;
  // the duplicates report, from the detection the lint run made
  const resolver = new RuleResolver(config, ruleInfos());
  const options = resolver.forFile('').get('duplicate-guidance')?.options as unknown as DupeOptions | undefined;
  let duplicates: { key: string; make: () => string } | undefined;
  if (options) {
    // made only when an article or the options changed since the previous build: the sources name it
    const key = createHash('sha1').update(JSON.stringify(options));
    for (const r of records) key.update(`${r.file}\0${r.hash}\n`);
    duplicates = {
      key: key.digest('hex'),
      make: () => {
        const shared = results.get('duplicate-guidance') as { result: DupeResult; entries: DupeEntry[] } | undefined;
        const entries = shared?.entries ?? unpackEntries(lint.summaries.get('duplicate-guidance') ?? []);
        const dupes = shared?.result ?? detect(entries, options);
        const reported = reportedPairs(dupes, entries, options, {});
        const byFile = new Map(records.map((r) => [r.file, r]));
        const piecesFile = cacheFor && path.resolve(req.cacheDir!, 'report.pieces');
        const kept = piecesFile ? readPieces(piecesFile, cacheFor!) : new Map<string, string>();
        const pieces = new ReportPieces(kept, (file) => byFile.get(file)?.hash);
        // links go to the articles' pages in the site, not to their sources
        const htmlFile = path.resolve(cwd, req.out, 'reports', 'duplicates.html');
        const href = (file: string) => `../${byFile.get(file)?.page ?? pagePath(file)}`;
        const html = duplicatesReport(dupes, reported, cwd, htmlFile, href, pieces);
        mark(`  report made (${pieces.made} of ${pieces.used.size} pieces made)`);
        if (piecesFile) keepPieces(piecesFile, cacheFor!, pieces.used, pieces.changed);
        return html;
      },
    };
  }
  // each body from the cache when it is asked for; one the cache cannot give back (a damaged blob) is rendered again
  const bodies = async (rs: ArticleMeta[]) => {
    const { renderChunk } = await import('../site/worker.js');
    const wanted = new Set(rs.map((r) => r.file));
    const rendered = new Map<string, ArticleBody>();
    const again = (file: string) =>
      rendered.get(file) ?? rendered.set(file, renderChunk({ files: [file], cwd })[0]).get(file);
    return {
      get: (file: string): ArticleBody | undefined =>
        wanted.has(file) ? (lint.pages.get(file)?.body ?? again(file)) : undefined,
    };
  };
  const sovereign = sovereignLinks(records, 20);
  mark('  cloud links found');
  if (sovereign.count) {
    const { shown, count } = sovereign;
    const more = count > shown.length ? `... and ${count - shown.length} more\n` : '';
    req.log(`${shown.map((d) => formatLine(d)).join('\n')}\n${more}`);
    const links = `${count} link${count === 1 ? '' : 's'}`;
    const where = "each bundle's in <cloud>/reports/cloud-links.json";
    req.log(`${links} to another cloud's portal or docs in sovereign-cloud bundles (${where}).\n`);
  }
  const indexFile = req.cacheDir && path.resolve(req.cacheDir, req.indexName ?? 'build.v8');
  const index = cacheFor && indexFile ? { file: indexFile, key: cacheFor } : undefined;
  const lintTotals = lintSummary(tallies, sovereign.byFile, records);
  const result = await writeBuild({
    inPlace: req.inPlace && index ? req.inPlace.folder(path.resolve(cwd, req.out), index) : undefined,
    records,
    bodies,
    cwd,
    out: req.out,
    lint: lintTotals,
    duplicates,
    index,
    indexShards: shardIndexer(),
    urls: config.site,
    cloudLinks: sovereign.byCloud,
  });
  mark('site written');
  if (result.problems.length) req.log(`${result.problems.map((d) => formatLine(d)).join('\n')}\n`);
  if (!config.site?.baseUrl) req.log('No sitemap made: set `site.baseUrl` in the config for one.\n');
  const where = toPosix(path.relative(cwd, result.out)) || '.';
  req.log(`Built ${result.articles} articles into ${where} (${result.files} files, ${result.written} written).\n`);
  return { code: 0, result, records, diagnostics: lint.diagnostics, ...seen };
}

/** Every file's problems counted by rule, from its diagnostics (a run that kept them all). */
function talliesOf(diagnostics: Diagnostic[]): Map<string, Tally> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  return new Map([...byFile].map(([file, list]) => [file, tallyOf(list)]));
}

/**
 * The problems by rule and by service, for the reports page: the lint's, and the links to the public sites in sovereign
 * bundles (warnings).
 */
function lintSummary(tallies: Map<string, Tally>, sovereign: Map<string, number>, records: ArticleMeta[]): LintSummary {
  const service = new Map(records.map((r) => [r.file, r.service || 'unknown']));
  const summary: LintSummary = { byRule: {}, byService: {}, errors: 0, warnings: 0 };
  const add = (file: string, rule: string, errors: number, warnings: number) => {
    if (!errors && !warnings) return;
    const s = service.get(file) ?? 'unknown';
    summary.byRule[rule] = (summary.byRule[rule] ?? 0) + errors + warnings;
    const perFile = ((summary.byRuleFile ??= {})[rule] ??= {});
    perFile[file] = (perFile[file] ?? 0) + errors + warnings;
    summary.byService[s] = (summary.byService[s] ?? 0) + errors + warnings;
    summary.errors += errors;
    summary.warnings += warnings;
  };
  for (const [file, tally] of tallies) for (const rule in tally) add(file, rule, tally[rule][0], tally[rule][1]);
  for (const [file, n] of sovereign) add(file, SOVEREIGN_RULE, 0, n);
  return summary;
}

/** The duplicates report's pieces kept by the previous build (see ReportPieces), when made by this tool and config. */
const PIECES_MAGIC = Buffer.from('SELFHELP-PIECES-2');

function readPieces(file: string, key: string): Map<string, string> {
  if (held?.file === file && held.key === key) return held.pieces;
  const data = readChecked(file, PIECES_MAGIC) as { key?: unknown; pieces?: unknown } | undefined;
  return data?.key === key && data.pieces instanceof Map ? (data.pieces as Map<string, string>) : new Map();
}

/** Keep the report's pieces, on disk and in memory: a long-lived engine's next report reads them from memory. */
function keepPieces(file: string, key: string, pieces: Map<string, string>, changed: boolean): void {
  if (changed) writeChecked(file, PIECES_MAGIC, { key, pieces });
  held = { file, key, pieces };
}

/**
 * The pieces this process last kept. Each piece is named by the sources it quotes and what it shows (see
 * ReportPieces), so a file written meanwhile by another process cannot make them wrong, only fewer.
 */
let held: { file: string; key: string; pieces: Map<string, string> } | undefined;

/** Search shards: a large batch (a cold build) is indexed in worker threads, a small one (a rebuild) here. */
function shardIndexer(): ShardIndexer {
  return async (jobs) => {
    const docs = jobs.reduce((n, j) => n + j.docs.length, 0);
    const threads = Math.min(availableParallelism(), jobs.length);
    if (docs < 2000 || threads < 2) return (await import('../site/search.js')).default(jobs);
    // the threads that linted and rendered the articles index them now
    const pool = await acquirePool(threads);
    const filename = workerUrl('search');
    try {
      // biggest first, so that the threads finish together
      const order = jobs.map((j, i) => i).sort((a, b) => jobs[b].docs.length - jobs[a].docs.length);
      const out: string[] = new Array(jobs.length);
      // one core is left to the main thread, which writes the pages meanwhile
      const lanes = Math.max(1, Math.min(availableParallelism() - 1, order.length));
      let next = 0;
      await Promise.all(
        Array.from({ length: lanes }, async () => {
          while (next < order.length) {
            const i = order[next++];
            out[i] = ((await pool.run([jobs[i]] satisfies ShardJob[], { filename })) as string[])[0];
          }
        }),
      );
      return out;
    } finally {
      await releasePool();
    }
  };
}
