/** selfhelp build: lint, refuse to publish on errors (unless --force), then write dist/ atomically. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LintCache } from '../../cache/index.js';
import { requireConfig, RuleResolver, toPosix } from '../../config/index.js';
import { detect } from '../../dupes/detect.js';
import { duplicatesReport } from '../../dupes/html.js';
import type { DupeOptions } from '../../dupes/summary.js';
import { writeBuild } from '../../build/index.js';
import { sovereignLinks } from '../../build/sovereign.js';
import type { ArticleRecord } from '../../build/worker.js';
import { RENDER_KEY } from '../../lint/file.js';
import { lintProject } from '../../pipeline.js';
import { formatLine, summaryLine } from '../../report/stylish.js';
import { reportedPairs, unpackEntries } from '../../rules/duplicate-guidance/rule.js';
import { ruleInfos } from '../../rules/index.js';
import { progressBar } from '../progress.js';

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
  const progress = progressBar('selfhelp build: lint');
  const cache = flags.cache ? LintCache.open(path.resolve(cwd, flags.cacheLocation), config) : undefined;
  // one pass: lint and render each article (unchanged ones come from the cache)
  const lint = await lintProject({ cwd, patterns: paths, config, fix: false, cache, onProgress: progress, render: true });
  progress.end();
  const timing = (label: string) => process.env.SELFHELP_TIMING && process.stderr.write(`${label} ${performance.now().toFixed(0)}ms\n`);
  timing(`lint+render (${Object.entries(lint.timings).map(([k, v]) => `${k}=${Math.round(v)}`).join(' ')})`);
  const errors = lint.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length && !flags.force) {
    process.stderr.write(`${errors.map((d) => formatLine(d)).join('\n')}\n${summaryLine(lint.diagnostics, lint.files.length)}\n`);
    process.stderr.write(`Not published: ${errors.length} error${errors.length === 1 ? '' : 's'}; ${flags.out} is unchanged (--force publishes anyway).\n`);
    return 1;
  }
  // the duplicates report, from the summaries the lint run computed
  const options = new RuleResolver(config, ruleInfos()).forFile('').get('duplicate-guidance')?.options as unknown as DupeOptions | undefined;
  let duplicates: string | undefined;
  if (options) {
    const entries = unpackEntries(lint.summaries.get('duplicate-guidance') ?? []);
    const dupes = detect(entries, options);
    const reported = reportedPairs(dupes, entries, options, {});
    duplicates = duplicatesReport(dupes, reported, cwd, path.resolve(cwd, flags.out, 'reports', 'duplicates.html'));
  }
  timing('duplicates report');
  const records = (lint.summaries.get(RENDER_KEY) ?? []).map((e) => e.summary as ArticleRecord);
  const sovereign = sovereignLinks(records, (file) => {
    try {
      return readFileSync(path.resolve(cwd, file), 'utf8').replace(/^\ufeff/, '');
    } catch {
      return undefined;
    }
  });
  if (sovereign.length) {
    const shown = sovereign.slice(0, 20);
    process.stderr.write(`${shown.map((d) => formatLine(d)).join('\n')}\n${sovereign.length > shown.length ? `... and ${sovereign.length - shown.length} more\n` : ''}`);
    process.stderr.write(`${sovereign.length} link${sovereign.length === 1 ? '' : 's'} to the public portal or docs in sovereign-cloud bundles (listed on reports/index.html).\n`);
  }
  const indexFile = flags.cache ? path.resolve(cwd, flags.cacheLocation, 'build-index.json') : undefined;
  const result = writeBuild({ records, cwd, out: flags.out, diagnostics: [...lint.diagnostics, ...sovereign], duplicates, indexFile });
  timing('site written');
  process.stderr.write(`Built ${result.articles} articles into ${toPosix(path.relative(cwd, result.out)) || '.'} (${result.files} files).\n`);
  return 0;
}
