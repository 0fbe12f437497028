import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  changeSet
} from "./chunk-VJDNBYFT.js";
import {
  progressBar
} from "./chunk-M7J5KB5G.js";
import {
  render
} from "./chunk-77J52JMO.js";
import {
  Engine,
  dupesExitCode,
  dupesJson
} from "./chunk-4X23XU2J.js";
import "./chunk-EFVQWBLI.js";
import "./chunk-3NN3ZIQC.js";
import "./chunk-PEF5I3VR.js";
import "./chunk-MH55NRSS.js";
import "./chunk-RXNWJEWY.js";
import {
  toPosix
} from "./chunk-D2B5XFJA.js";
import "./chunk-UL6VRVRT.js";
import "./chunk-R33AW5XD.js";
import "./chunk-VRXC4IAK.js";
import {
  UserError
} from "./chunk-ATJKFEQU.js";
import {
  writeFileAtomic
} from "./chunk-QA7Q626X.js";
import "./chunk-QO3SQUOH.js";
import "./chunk-PA5VV2XA.js";
import "./chunk-CELZMKDY.js";

// build/src/cli/commands/dupes.js
import path from "node:path";
async function dupesCommand(paths, flags) {
  const cwd = process.cwd();
  const progress = progressBar("selfhelp dupes");
  const engine = Engine.open({
    cwd,
    configFile: flags.config,
    cache: flags.cache ? flags.cacheLocation : false,
    baseline: flags.baseline,
    onProgress: progress
  });
  const asked = changeSet(cwd, flags);
  engine.prepare(paths);
  const changes = await asked;
  if (flags.updateBaseline && changes) {
    throw new UserError("--update-baseline rewrites the baseline from the whole corpus; drop --files, --staged and --since");
  }
  if (flags.updateBaseline) {
    const accepted = await engine.acceptAllDuplicates(paths);
    progress.end();
    const where = toPosix(path.relative(cwd, path.resolve(cwd, flags.baseline)));
    process.stderr.write(`Wrote ${accepted} accepted pair${accepted === 1 ? "" : "s"} to ${where}.
`);
    return 0;
  }
  const html = flags.html === false ? void 0 : flags.html;
  const { files, dupes, reported, diagnostics, timings } = await engine.duplicates({
    patterns: paths,
    changes,
    threshold: flags.threshold,
    html
  });
  progress.end();
  if (flags.stats) {
    process.stderr.write(`dupes: ${dupes.articles} articles, ${dupes.candidatePairs} candidate pairs, ${dupes.pairs.length} pairs over the threshold, ${reported.length} reported, ${dupes.clusters.length} clusters, ${dupes.passageGroups.length} shared passages; parse ${(timings.parse / 1e3).toFixed(2)} s, detect ${(timings.detect / 1e3).toFixed(3)} s
`);
  }
  const report = flags.format === "json" ? dupesJson(diagnostics) : render(diagnostics, files.length, flags.format);
  if (flags.output)
    writeFileAtomic(path.resolve(cwd, flags.output), report);
  else
    process.stdout.write(report);
  return dupesExitCode(diagnostics);
}
export {
  dupesCommand
};
