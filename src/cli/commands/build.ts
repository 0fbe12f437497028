/** selfhelp build: lint, refuse to publish on errors (unless --force), then write dist/ atomically. */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { cacheKey, LintCache } from '../../cache/index.js';
import { requireConfig, RuleResolver, toPosix, type Config } from '../../config/index.js';
import { detect, type DupeEntry, type DupeResult } from '../../dupes/detect.js';
import { duplicatesReport, ReportPieces } from '../../dupes/html.js';
import { readChecked, writeChecked } from '../../cache/checked.js';
import type { DupeOptions } from '../../dupes/summary.js';
import { checkOutputFolder, writeBuild } from '../../site/index.js';
import type { LintSummary } from '../../site/site.js';
import { SOVEREIGN_RULE, sovereignLinks } from '../../site/sovereign.js';
import { addTally, type Tally } from '../../diagnostic.js';
import type { ShardJob } from '../../site/search.js';
import { pagePath, type ShardIndexer } from '../../site/site.js';
import type { ArticleBody, ArticleMeta } from '../../site/worker.js';
import { META_KEY, RENDER_KEY } from '../../lint/keys.js';
import { lintProject } from '../../pipeline.js';
import { formatLine, summaryLine } from '../../report/stylish.js';
import { reportedPairs, unpackEntries } from '../../rules/duplicate-guidance/rule.js';
import { ruleInfos } from '../../rules/index.js';
import { progressBar } from '../progress.js';
import { mark } from '../../timing.js';
import { acquirePool, holdPool, releasePool } from '../../workers.js';
import { workerUrl } from '../../paths.js';

export interface BuildFlags {
  out: string;
  force: boolean;
  config?: string;
  cache: boolean;
  cacheLocation: string;
}

export async function buildCommand(paths: string[], flags: BuildFlags): Promise<number> {
  const cwd = process.cwd();
  const config = requireConfig(cwd, flags.config, ruleInfos());
  checkOutputFolder(path.resolve(cwd, flags.out), cwd); // issue 19: a refused output folder before any work
  const progress = progressBar('selfhelp build: lint');
  mark('config');
  // the threads that lint stay for the search indexing
  const release = holdPool();
  const cache = flags.cache ? LintCache.open(path.resolve(cwd, flags.cacheLocation), config) : undefined;
  mark('cache opened');
  try {
    return await build(paths, flags, cwd, config, cache, progress);
  } finally {
    await release();
    // saved after the site is written (or refused): the cache and the site are not held in memory at once
    cache?.save();
    mark('cache saved');
  }
}

async function build(paths: string[], flags: BuildFlags, cwd: string, config: Config, cache: LintCache | undefined, progress: ReturnType<typeof progressBar>): Promise<number> {
  // one pass: lint and render each article (unchanged ones come from the cache)
  const results = new Map<string, unknown>();
  // the errors, and every problem counted (for the summary on the reports page): no warning is decoded
  const lint = await lintProject({ cwd, patterns: paths, config, fix: false, cache, onProgress: progress, render: true, deferCacheSave: true, corpus: { results }, errorsOnly: true });
  progress.end();
  mark(`lint+render (${Object.entries(lint.timings).map(([k, v]) => `${k}=${Math.round(v)}`).join(' ')})`);
  const errors = lint.diagnostics;
  if (errors.length && !flags.force) {
    const total: Tally = {};
    for (const t of lint.tallies!.values()) addTally(total, t);
    process.stderr.write(`${errors.map((d) => formatLine(d)).join('\n')}\n${summaryLine(total, lint.files.length)}\n`);
    process.stderr.write(`Not published: ${errors.length} error${errors.length === 1 ? '' : 's'}; ${flags.out} is unchanged (--force publishes anyway).\n`);
    return 1;
  }
  // what the build's own cache files (the output's index, the report's pieces) are valid for
  const cacheFor = flags.cache ? cacheKey(config) : undefined;
  // the duplicates report, from the detection the lint run made
  const options = new RuleResolver(config, ruleInfos()).forFile('').get('duplicate-guidance')?.options as unknown as DupeOptions | undefined;
  const records = (lint.summaries.get(META_KEY) ?? []).map((e) => e.summary as ArticleMeta);
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
        const piecesFile = cacheFor && path.resolve(cwd, flags.cacheLocation, 'report.pieces');
        const pieces = new ReportPieces(piecesFile ? readPieces(piecesFile, cacheFor!) : new Map(), (file) => byFile.get(file)?.hash);
        // links go to the articles' pages in the site, not to their sources
        const html = duplicatesReport(dupes, reported, cwd, path.resolve(cwd, flags.out, 'reports', 'duplicates.html'), (file) => `../${byFile.get(file)?.page ?? pagePath(file)}`, pieces);
        mark(`  report made (${pieces.made} of ${pieces.used.size} pieces made)`);
        if (piecesFile && pieces.changed) writeChecked(piecesFile, PIECES_MAGIC, { key: cacheFor, pieces: pieces.used });
        return html;
      },
    };
  }
  const rendered = new Map((lint.summaries.get(RENDER_KEY) ?? []).map((e) => [e.file, e]));
  const bodies = async (rs: ArticleMeta[]) => {
    const out = new Map<string, ArticleBody>();
    const missing: string[] = [];
    for (const r of rs) {
      const b = rendered.get(r.file)?.summary as ArticleBody | undefined;
      if (b) out.set(r.file, b);
      else missing.push(r.file);
    }
    // a body the cache cannot give back (a damaged blob) is rendered again
    if (missing.length) {
      const { renderChunk } = await import('../../site/worker.js');
      for (const record of renderChunk({ files: missing, cwd })) out.set(record.file, record);
    }
    return out;
  };
  const sovereign = sovereignLinks(records, 20);
  if (sovereign.count) {
    const { shown, count } = sovereign;
    process.stderr.write(`${shown.map((d) => formatLine(d)).join('\n')}\n${count > shown.length ? `... and ${count - shown.length} more\n` : ''}`);
    process.stderr.write(`${count} link${count === 1 ? '' : 's'} to the public portal or docs in sovereign-cloud bundles (counted on reports/index.html).\n`);
  }
  const index = cacheFor ? { file: path.resolve(cwd, flags.cacheLocation, 'build.v8'), key: cacheFor } : undefined;
  const result = await writeBuild({ records, bodies, cwd, out: flags.out, lint: lintSummary(lint.tallies!, sovereign.byFile, records), duplicates, index, indexShards: shardIndexer() });
  mark('site written');
  process.stderr.write(`Built ${result.articles} articles into ${toPosix(path.relative(cwd, result.out)) || '.'} (${result.files} files, ${result.written} written).\n`);
  return 0;
}

/** The problems by rule and by service, for the reports page: the lint's, and the links to the public sites in sovereign bundles (warnings). */
function lintSummary(tallies: Map<string, Tally>, sovereign: Map<string, number>, records: ArticleMeta[]): LintSummary {
  const service = new Map(records.map((r) => [r.file, r.service || 'unknown']));
  const summary: LintSummary = { byRule: {}, byService: {}, errors: 0, warnings: 0 };
  const add = (file: string, rule: string, errors: number, warnings: number) => {
    if (!errors && !warnings) return;
    const s = service.get(file) ?? 'unknown';
    summary.byRule[rule] = (summary.byRule[rule] ?? 0) + errors + warnings;
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
  const data = readChecked(file, PIECES_MAGIC) as { key?: unknown; pieces?: unknown } | undefined;
  return data?.key === key && data.pieces instanceof Map ? (data.pieces as Map<string, string>) : new Map();
}

/** Search shards: a large batch (a cold build) is indexed in worker threads, a small one (a rebuild) here. */
function shardIndexer(): ShardIndexer {
  return async (jobs) => {
    const docs = jobs.reduce((n, j) => n + j.docs.length, 0);
    const threads = Math.min(availableParallelism(), jobs.length);
    if (docs < 2000 || threads < 2) return (await import('../../site/search.js')).default(jobs);
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
