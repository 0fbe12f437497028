import path from 'node:path';
import { requireConfig } from '../../config/index.js';
import type { Diagnostic } from '../../diagnostic.js';
import { UserError } from '../../diagnostic.js';
import { LintCache } from '../../cache/index.js';
import { Baseline, BASELINE_NAME } from '../../dupes/baseline.js';
import { addedTimes } from '../../git/index.js';
import { writeFileAtomic } from '../../files.js';
import { lintProject } from '../../pipeline.js';
import { ruleInfos } from '../../rules/index.js';
import { changeSet, type ChangeFlags } from './changes.js';
import { progressBar } from '../progress.js';
import { stdinChangeSet, type StdinFlags } from '../stdin.js';
import { render, type Format } from './render.js';

export interface LintFlags extends ChangeFlags, StdinFlags {
  format: Format;
  fix: boolean;
  maxWarnings?: number;
  config?: string;
  output?: string;
  quiet: boolean;
  threads?: number;
  baseline: string;
  cache: boolean;
  cacheLocation: string;
}

export async function lintCommand(paths: string[], flags: LintFlags): Promise<number> {
  const cwd = process.cwd();
  const config = requireConfig(cwd, flags.config, ruleInfos());
  const changes = flags.stdin ? await stdinChangeSet(cwd, flags) : await changeSet(cwd, flags);
  if (changes?.contents && flags.fix) throw new UserError('--fix cannot be used with --staged: it would fix the working tree, not what is staged');
  const baseline = Baseline.read(path.resolve(cwd, flags.baseline));
  // which file of a duplicate pair is newer: in changed-files mode the changed one, else git's add dates
  const added = changes ? new Map<string, number>() : await addedTimes(cwd);
  const progress = progressBar('selfhelp lint');
  const cache = flags.cache && !flags.fix ? LintCache.open(path.resolve(cwd, flags.cacheLocation), config) : undefined;
  const result = await lintProject({
    cache,
    reportOnly: changes?.changed,
    onProgress: progress,
    cwd,
    patterns: paths,
    config,
    fix: flags.fix,
    threads: flags.threads,
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
  progress.end();
  if (process.env.SELFHELP_TIMING) {
    process.stderr.write(`timing ${Object.entries(result.timings).map(([k, v]) => `${k}=${Math.round(v)}ms`).join(' ')}\n`);
  }
  // in changed-files mode, only problems in the changed files (cross-file rules already compared them with the rest)
  const inScope = changes ? result.diagnostics.filter((d) => changes.changed.has(d.file)) : result.diagnostics;
  const shown = flags.quiet ? inScope.filter((d) => d.severity === 'error') : inScope;
  const fileCount = changes ? result.files.filter((f) => changes.changed.has(f)).length : result.files.length;
  const report = render(shown, fileCount, flags.format, !!process.stdout.isTTY && !process.env.NO_COLOR && !flags.output);
  if (flags.output) writeFileAtomic(path.resolve(cwd, flags.output), report);
  else process.stdout.write(report);
  if (flags.fix && result.fixedFiles && flags.format === 'stylish') process.stderr.write(`Fixed ${result.fixedFiles} file${result.fixedFiles === 1 ? '' : 's'}.\n`);
  return exitCode(inScope, flags.maxWarnings);
}

export function exitCode(diagnostics: Diagnostic[], maxWarnings?: number): number {
  if (diagnostics.some((d) => d.ruleId.startsWith('internal/'))) return 2;
  if (diagnostics.some((d) => d.severity === 'error')) return 1;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}

export { BASELINE_NAME };
