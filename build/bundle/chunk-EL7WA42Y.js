import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  changeSet
} from "./chunk-VSXLF2SI.js";
import "./chunk-K36LX4PL.js";
import {
  BASELINE_NAME,
  Baseline,
  render
} from "./chunk-L2JRAQVW.js";
import {
  duplicatesReport
} from "./chunk-WTMRDURT.js";
import {
  progressBar
} from "./chunk-M7J5KB5G.js";
import {
  LintCache
} from "./chunk-B23LRWUN.js";
import "./chunk-MBYRZZPM.js";
import {
  lintProject
} from "./chunk-KEWQY3K4.js";
import "./chunk-GI4UXMGD.js";
import {
  RuleResolver,
  requireConfig,
  toPosix
} from "./chunk-EHEM4Y62.js";
import {
  ruleInfos,
  rules
} from "./chunk-RXSHNMZ4.js";
import {
  UserError,
  compareDiagnostics,
  detect,
  reportable,
  reportedPairs,
  unpackEntries,
  writeFileAtomic
} from "./chunk-FIOTYFPC.js";
import "./chunk-MEOQG2BS.js";
import "./chunk-HUB6SNEQ.js";
import "./chunk-DOPRFVHJ.js";
import "./chunk-3X33MS6F.js";

// build/src/cli/commands/dupes.js
import path from "node:path";
var RULE = "duplicate-guidance";
async function dupesCommand(paths, flags) {
  const cwd = process.cwd();
  const base = requireConfig(cwd, flags.config, ruleInfos());
  const config = new RuleResolver(base, ruleInfos()).forFile("").get(RULE) ? base : { ...base, overrides: [], rules: Object.fromEntries(rules.map((r) => [r.id, r.id === RULE ? "warn" : "off"])) };
  const options = new RuleResolver(config, ruleInfos()).forFile("").get(RULE).options;
  if (flags.threshold !== void 0)
    options.threshold = flags.threshold;
  const changes = await changeSet(cwd, flags);
  if (flags.updateBaseline && changes)
    throw new UserError("--update-baseline rewrites the baseline from the whole corpus; drop --files, --staged and --since");
  const started = performance.now();
  const progress = progressBar("selfhelp dupes");
  const cache = flags.cache ? LintCache.open(path.resolve(cwd, flags.cacheLocation), config) : void 0;
  const result = await lintProject({ cwd, patterns: paths, config, fix: false, skipCorpusRules: true, errorsOnly: true, contents: changes?.contents, exclude: changes?.deleted, cache, onProgress: progress });
  progress.end();
  const parsed = performance.now();
  const entries = unpackEntries(result.summaries.get(RULE) ?? []);
  const dupes = detect(entries, options, flags.html === false ? changes?.changed : void 0);
  const detected = performance.now();
  const baselineFile = path.resolve(cwd, flags.baseline);
  if (flags.updateBaseline) {
    const types = new Map(entries.map((e) => [e.file, e.summary.type]));
    const accepted = dupes.pairs.filter((p) => reportable(p, types, options)).map((p) => [p.a, p.b]);
    Baseline.write(baselineFile, accepted);
    process.stderr.write(`Wrote ${accepted.length} accepted pair${accepted.length === 1 ? "" : "s"} to ${toPosix(path.relative(cwd, baselineFile))}.
`);
    return 0;
  }
  const baseline = Baseline.read(baselineFile);
  const reported = reportedPairs(dupes, entries, options, { changed: changes?.changed, accepted: (a, b) => baseline.has(a, b) });
  const diagnostics = result.diagnostics.filter((d) => d.severity === "error" && (d.ruleId.startsWith("parse/") || d.ruleId.startsWith("internal/")));
  for (const r of reported)
    diagnostics.push({ ...r.report, ruleId: RULE, severity: "warning" });
  diagnostics.sort(compareDiagnostics);
  if (flags.html !== false) {
    const htmlFile = path.resolve(cwd, flags.html);
    writeFileAtomic(htmlFile, duplicatesReport(dupes, reported, cwd, htmlFile));
  }
  if (flags.stats) {
    process.stderr.write(`dupes: ${dupes.articles} articles, ${dupes.candidatePairs} candidate pairs, ${dupes.pairs.length} pairs over the threshold, ${reported.length} reported, ${dupes.clusters.length} clusters, ${dupes.passageGroups.length} shared passages; parse ${((parsed - started) / 1e3).toFixed(2)} s, detect ${((detected - parsed) / 1e3).toFixed(3)} s
`);
  }
  const report = render(diagnostics, result.files.length, flags.format);
  if (flags.output)
    writeFileAtomic(path.resolve(cwd, flags.output), report);
  else
    process.stdout.write(report);
  if (diagnostics.some((d) => d.ruleId.startsWith("internal/")))
    return 2;
  return reported.length || diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}
export {
  BASELINE_NAME,
  dupesCommand
};
