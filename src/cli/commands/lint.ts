/** selfhelp lint: check the articles (or the changed ones against the whole corpus) and print the report. */
import path from 'node:path';
import type { Diagnostic } from '../../diagnostic.js';
import { UserError } from '../../diagnostic.js';
import { Engine } from '../../engine/index.js';
import { Suppressions } from '../../suppressions/index.js';
import { writeFileAtomic } from '../../files.js';
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
  /** check again with no cache and compare every diagnostic (see src/engine/verify.ts) */
  verify?: boolean;
  /** write every problem found now to the suppressions file */
  suppressAll?: boolean;
  /** drop from the suppressions file what is fixed */
  pruneSuppressions?: boolean;
  suppressionsLocation?: string;
}

export async function lintCommand(paths: string[], flags: LintFlags): Promise<number> {
  const cwd = process.cwd();
  const progress = progressBar('selfhelp lint');
  const engine = Engine.open({
    cwd,
    configFile: flags.config,
    cache: flags.cache ? flags.cacheLocation : false,
    baseline: flags.baseline,
    suppressions: flags.suppressionsLocation,
    threads: flags.threads,
    onProgress: progress,
  });
  const asked = flags.stdin ? stdinChangeSet(cwd, flags) : changeSet(cwd, flags);
  // the cache is read while git (or standard input) answers
  if (!flags.fix) engine.prepare(paths);
  const changes = await asked;
  if (changes?.contents && flags.fix) {
    throw new UserError('--fix cannot be used with --staged: it would fix the working tree, not what is staged');
  }
  const bulk = flags.suppressAll ? '--suppress-all' : flags.pruneSuppressions ? '--prune-suppressions' : undefined;
  if (bulk && (changes || flags.fix)) {
    throw new UserError(`${bulk} counts the problems of the whole corpus; drop --files, --staged, --since and --fix`);
  }
  const result = await engine.check({ patterns: paths, changes, fix: flags.fix, suppress: !bulk });
  progress.end();
  if (bulk) return writeSuppressions(engine.suppressionsFile, result.diagnostics, !!flags.suppressAll, cwd);
  if (flags.verify && !flags.fix) {
    const differences = await engine.verifyCheck({ patterns: paths, changes }, result);
    if (differences.length) {
      process.stderr.write(
        `Verify: the cached results differ from results made again:\n${differences.map((d) => `  ${d}\n`).join('')}`,
      );
      return 2;
    }
    process.stderr.write('Verified: checked again with no cache, the same diagnostics.\n');
  }
  if (process.env.SELFHELP_TIMING) {
    const timings = Object.entries(result.timings).map(([k, v]) => `${k}=${Math.round(v)}ms`);
    process.stderr.write(`timing ${timings.join(' ')}\n`);
  }
  // in changed-files mode, only problems in the changed files (cross-file rules already compared them with the rest)
  const inScope = changes ? result.diagnostics.filter((d) => changes.changed.has(d.file)) : result.diagnostics;
  const shown = flags.quiet ? inScope.filter((d) => d.severity === 'error') : inScope;
  const fileCount = changes ? result.files.filter((f) => changes.changed.has(f)).length : result.files.length;
  const color = !!process.stdout.isTTY && !process.env.NO_COLOR && !flags.output;
  const report = render(shown, fileCount, flags.format, color);
  if (flags.output) writeFileAtomic(path.resolve(cwd, flags.output), report);
  else process.stdout.write(report);
  if (result.suppressed && flags.format === 'stylish') {
    const where = path.relative(cwd, engine.suppressionsFile);
    process.stderr.write(
      `${result.suppressed} known problem${result.suppressed === 1 ? '' : 's'} suppressed (${where}).\n`,
    );
  }
  if (flags.fix && result.fixedFiles && flags.format === 'stylish') {
    process.stderr.write(`Fixed ${result.fixedFiles} file${result.fixedFiles === 1 ? '' : 's'}.\n`);
  }
  return exitCode(inScope, flags.maxWarnings);
}

/** --suppress-all (every problem found now) or --prune-suppressions (what is still found of the file's). */
function writeSuppressions(file: string, diagnostics: Diagnostic[], all: boolean, cwd: string): number {
  const before = Suppressions.read(file);
  const next = all ? Suppressions.of(diagnostics) : before.prune(diagnostics);
  next.write(file);
  const where = path.relative(cwd, file);
  const what = all
    ? `${next.size} file and rule entr${next.size === 1 ? 'y' : 'ies'}`
    : `${before.size - next.size} fixed entries dropped, ${next.size} kept`;
  process.stderr.write(`Wrote ${where}: ${what}.\n`);
  return diagnostics.some((d) => d.ruleId.startsWith('internal/')) ? 2 : 0;
}

export function exitCode(diagnostics: Diagnostic[], maxWarnings?: number): number {
  if (diagnostics.some((d) => d.ruleId.startsWith('internal/'))) return 2;
  if (diagnostics.some((d) => d.severity === 'error')) return 1;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}
