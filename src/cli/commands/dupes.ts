/** selfhelp dupes: duplicate and near-duplicate guidance across the whole corpus. */
import path from 'node:path';
import { toPosix } from '../../config/index.js';
import { UserError } from '../../diagnostic.js';
import { Engine } from '../../engine/index.js';
import { writeFileAtomic } from '../../files.js';
import { dupesExitCode, dupesJson } from '../../engine/dupes-json.js';
import { changeSet, type ChangeFlags } from './changes.js';
import { progressBar } from '../progress.js';
import { render, type Format } from './render.js';

export interface DupesFlags extends ChangeFlags {
  format: Format;
  config?: string;
  output?: string;
  html: string | false;
  baseline: string;
  updateBaseline: boolean;
  threshold?: number;
  stats: boolean;
  cache: boolean;
  cacheLocation: string;
}

export async function dupesCommand(paths: string[], flags: DupesFlags): Promise<number> {
  const cwd = process.cwd();
  const progress = progressBar('selfhelp dupes');
  const engine = Engine.open({
    cwd,
    configFile: flags.config,
    cache: flags.cache ? flags.cacheLocation : false,
    baseline: flags.baseline,
    onProgress: progress,
  });
  const asked = changeSet(cwd, flags);
  // the cache is read while git answers
  engine.prepare(paths);
  const changes = await asked;
  if (flags.updateBaseline && changes) {
    throw new UserError(
      '--update-baseline rewrites the baseline from the whole corpus; drop --files, --staged and --since',
    );
  }
  if (flags.updateBaseline) {
    const accepted = await engine.acceptAllDuplicates(paths);
    progress.end();
    const where = toPosix(path.relative(cwd, path.resolve(cwd, flags.baseline)));
    process.stderr.write(`Wrote ${accepted} accepted pair${accepted === 1 ? '' : 's'} to ${where}.\n`);
    return 0;
  }
  const html = flags.html === false ? undefined : flags.html;
  const { files, dupes, reported, diagnostics, timings } = await engine.duplicates({
    patterns: paths,
    changes,
    threshold: flags.threshold,
    html,
  });
  progress.end();
  if (flags.stats) {
    process.stderr.write(
      `dupes: ${dupes.articles} articles, ${dupes.candidatePairs} candidate pairs, ` +
        `${dupes.pairs.length} pairs over the threshold, ${reported.length} reported, ` +
        `${dupes.clusters.length} clusters, ${dupes.passageGroups.length} shared passages; ` +
        `parse ${(timings.parse / 1000).toFixed(2)} s, detect ${(timings.detect / 1000).toFixed(3)} s\n`,
    );
  }
  const report = flags.format === 'json' ? dupesJson(diagnostics) : render(diagnostics, files.length, flags.format);
  if (flags.output) writeFileAtomic(path.resolve(cwd, flags.output), report);
  else process.stdout.write(report);
  return dupesExitCode(diagnostics);
}
