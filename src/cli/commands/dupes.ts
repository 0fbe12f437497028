/** selfhelp dupes: duplicate and near-duplicate guidance across the whole corpus. */
import path from 'node:path';
import { requireConfig, RuleResolver, toPosix, type Config } from '../../config/index.js';
import { UserError } from '../../diagnostic.js';
import { LintCache } from '../../cache/index.js';
import { Baseline, BASELINE_NAME } from '../../dupes/baseline.js';
import { detect, reportable } from '../../dupes/detect.js';
import { duplicatesReport } from '../../dupes/html.js';
import type { DupeOptions } from '../../dupes/summary.js';
import { writeFileAtomic } from '../../files.js';
import { lintProject } from '../../pipeline.js';
import { ruleInfos, rules } from '../../rules/index.js';
import { cloudSuggestions, reportedPairs, unpackEntries } from '../../rules/duplicate-guidance/rule.js';
import { dupesDiagnostics, dupesExitCode, dupesJson } from '../../dupes/json.js';
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

const RULE = 'duplicate-guidance';

export async function dupesCommand(paths: string[], flags: DupesFlags): Promise<number> {
  const cwd = process.cwd();
  const base = requireConfig(cwd, flags.config, ruleInfos());
  // only the duplicate rule runs: the workers compute its summaries, nothing else
  const config: Config = { ...base, rules: Object.fromEntries(rules.map((r) => [r.id, r.id === RULE ? 'warn' : 'off'] as const)), overrides: [] };
  const options = new RuleResolver(config, ruleInfos()).forFile('').get(RULE)!.options as unknown as DupeOptions;
  if (flags.threshold !== undefined) options.threshold = flags.threshold;

  const changes = await changeSet(cwd, flags);
  if (flags.updateBaseline && changes) throw new UserError('--update-baseline rewrites the baseline from the whole corpus; drop --files, --staged and --since');
  const started = performance.now();
  const progress = progressBar('selfhelp dupes');
  const cache = flags.cache ? LintCache.open(path.resolve(cwd, flags.cacheLocation), config) : undefined;
  const result = await lintProject({ cwd, patterns: paths, config, fix: false, skipCorpusRules: true, contents: changes?.contents, exclude: changes?.deleted, cache, onProgress: progress });
  progress.end();
  const parsed = performance.now();
  const entries = unpackEntries(result.summaries.get(RULE) ?? []);
  // the HTML report shows clusters and passage groups of the whole corpus: focus only without it
  const dupes = detect(entries, options, flags.html === false ? changes?.changed : undefined);
  const detected = performance.now();

  const baselineFile = path.resolve(cwd, flags.baseline);
  if (flags.updateBaseline) {
    const types = new Map(entries.map((e) => [e.file, e.summary.type]));
    const accepted = dupes.pairs.filter((p) => reportable(p, types, options)).map((p) => [p.a, p.b] as [string, string]);
    Baseline.write(baselineFile, accepted);
    process.stderr.write(`Wrote ${accepted.length} accepted pair${accepted.length === 1 ? '' : 's'} to ${toPosix(path.relative(cwd, baselineFile))}.\n`);
    return 0;
  }
  const baseline = Baseline.read(baselineFile);
  const reported = reportedPairs(dupes, entries, options, { changed: changes?.changed, accepted: (a, b) => baseline.has(a, b) });

  const suggestions = cloudSuggestions(dupes, options, { changed: changes?.changed });
  const diagnostics = dupesDiagnostics(result.diagnostics, reported, suggestions, RULE, changes?.changed);

  if (flags.html !== false) {
    const htmlFile = path.resolve(cwd, flags.html);
    writeFileAtomic(htmlFile, duplicatesReport(dupes, reported, cwd, htmlFile));
  }
  if (flags.stats) {
    process.stderr.write(
      `dupes: ${dupes.articles} articles, ${dupes.candidatePairs} candidate pairs, ${dupes.pairs.length} pairs over the threshold, ` +
        `${reported.length} reported, ${dupes.clusters.length} clusters, ${dupes.passageGroups.length} shared passages; ` +
        `parse ${((parsed - started) / 1000).toFixed(2)} s, detect ${((detected - parsed) / 1000).toFixed(3)} s\n`,
    );
  }
  const report = flags.format === 'json' ? dupesJson(diagnostics) : render(diagnostics, result.files.length, flags.format);
  if (flags.output) writeFileAtomic(path.resolve(cwd, flags.output), report);
  else process.stdout.write(report);
  return dupesExitCode(diagnostics);
}


export { BASELINE_NAME };
