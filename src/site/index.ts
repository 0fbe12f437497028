/**
 * selfhelp build: the site of the rendered records, written into the output folder atomically (see output.ts).
 */
import path from 'node:path';
import { checkOutputFolder, writeAtomically } from './output.js';
import {
  writeSite,
  type BodyLoader,
  type Emitter,
  type LintSummary,
  type ShardIndexer,
  type SiteOptions,
} from './site.js';
import type { ArticleMeta } from './worker.js';
import type { Diagnostic } from '../diagnostic.js';

export {
  checkOutputFolder,
  outputTrees,
  removeOutput,
  SITE_MARKER,
  writeAtomically,
  type SwapOptions,
} from './output.js';

export interface BuildResult {
  articles: number;
  files: number;
  /** files made (written) by this build; the others were reused or linked */
  written: number;
  out: string;
  /** links to missing articles or media (warnings) */
  problems: Diagnostic[];
}

/** Write the site of already rendered records (the lint pass renders them: see RunOptions.render). */
export async function writeBuild(options: {
  records: ArticleMeta[];
  bodies: BodyLoader;
  cwd: string;
  out: string;
  /** the problems by rule and by service, for the reports page */
  lint?: LintSummary;
  /** the duplicates report, made only when its key differs from the previous build's */
  duplicates?: { key: string; make: () => string };
  /** the index of the previous build (in the cache folder) and what it is valid for */
  index?: { file: string; key: string };
  indexShards?: ShardIndexer;
  /** the site's URLs (config `site`): for the sitemaps and the links between cloud bundles */
  urls?: { baseUrl?: string; bundleUrls?: Record<string, string> };
  /** the links to another cloud's portal or docs, by sovereign cloud, found already (see SiteOptions.cloudLinks) */
  cloudLinks?: SiteOptions['cloudLinks'];
  /** write in place instead of swapping a new tree in (a preview's folder: see live.ts) */
  inPlace?: {
    write(produce: (emitter: Emitter) => Promise<void>, check: () => void): Promise<{ files: number; written: number }>;
  };
}): Promise<BuildResult> {
  const { records } = options;
  const out = path.resolve(options.cwd, options.out);
  const problems: Diagnostic[] = [];
  const site = {
    lint: options.lint,
    duplicatesReport: options.duplicates ? 'reports/duplicates.html' : undefined,
    ...options.urls,
    cloudLinks: options.cloudLinks,
    cwd: options.cwd,
    problems,
  };
  const guard = { cwd: options.cwd, sources: records.map((r) => r.file) };
  const produce = async (emitter: Emitter) => {
    await writeSite(records, options.bodies, site, emitter, options.indexShards);
    if (options.duplicates) emitter.file('reports/duplicates.html', options.duplicates.make, options.duplicates.key);
  };
  let result: { files: number; written: number };
  if (options.inPlace)
    result = await options.inPlace.write(produce, () => checkOutputFolder(out, options.cwd, guard.sources));
  else result = await writeAtomically(out, options.index, produce, guard);
  return { articles: records.filter((r) => r.ok).length, ...result, out, problems };
}
