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
  Suppressions
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

// build/src/cli/commands/lint.js
import path2 from "node:path";

// build/src/cli/stdin.js
import path from "node:path";
async function stdinChangeSet(cwd, flags) {
  const file = flags.stdinFilename;
  if (!file)
    throw new UserError("--stdin needs --stdin-filename <path>: the path of the article the text is", "e.g. selfhelp lint --stdin --stdin-filename articles/a.md < a.md");
  if (!/\.md$/i.test(file))
    throw new UserError(`--stdin-filename must name a markdown article (*.md), got \`${file}\``);
  const other = [
    flags.files?.length ? "--files" : "",
    flags.staged ? "--staged" : "",
    flags.since ? "--since" : "",
    flags.fix ? "--fix" : ""
  ].filter(Boolean);
  if (other.length)
    throw new UserError(`--stdin cannot be combined with ${other.join(" and ")}`);
  const chunks = [];
  for await (const chunk of process.stdin)
    chunks.push(chunk);
  const name = toPosix(path.relative(cwd, path.resolve(cwd, file)));
  return { changed: /* @__PURE__ */ new Set([name]), deleted: [], contents: /* @__PURE__ */ new Map([[name, new Uint8Array(Buffer.concat(chunks))]]) };
}

// build/src/cli/commands/lint.js
async function lintCommand(paths, flags) {
  const cwd = process.cwd();
  const progress = progressBar("selfhelp lint");
  const engine = Engine.open({
    cwd,
    configFile: flags.config,
    cache: flags.cache ? flags.cacheLocation : false,
    baseline: flags.baseline,
    suppressions: flags.suppressionsLocation,
    threads: flags.threads,
    onProgress: progress
  });
  const asked = flags.stdin ? stdinChangeSet(cwd, flags) : changeSet(cwd, flags);
  if (!flags.fix)
    engine.prepare(paths);
  const changes = await asked;
  if (changes?.contents && flags.fix) {
    throw new UserError("--fix cannot be used with --staged: it would fix the working tree, not what is staged");
  }
  const bulk = flags.suppressAll ? "--suppress-all" : flags.pruneSuppressions ? "--prune-suppressions" : void 0;
  if (bulk && (changes || flags.fix)) {
    throw new UserError(`${bulk} counts the problems of the whole corpus; drop --files, --staged, --since and --fix`);
  }
  const result = await engine.check({ patterns: paths, changes, fix: flags.fix, suppress: !bulk });
  progress.end();
  if (bulk)
    return writeSuppressions(engine.suppressionsFile, result.diagnostics, !!flags.suppressAll, cwd);
  if (flags.verify && !flags.fix) {
    const differences = await engine.verifyCheck({ patterns: paths, changes }, result);
    if (differences.length) {
      process.stderr.write(`Verify: the cached results differ from results made again:
${differences.map((d) => `  ${d}
`).join("")}`);
      return 2;
    }
    process.stderr.write("Verified: checked again with no cache, the same diagnostics.\n");
  }
  if (process.env.SELFHELP_TIMING) {
    const timings = Object.entries(result.timings).map(([k, v]) => `${k}=${Math.round(v)}ms`);
    process.stderr.write(`timing ${timings.join(" ")}
`);
  }
  const inScope = changes ? result.diagnostics.filter((d) => changes.changed.has(d.file)) : result.diagnostics;
  const shown = flags.quiet ? inScope.filter((d) => d.severity === "error") : inScope;
  const fileCount = changes ? result.files.filter((f) => changes.changed.has(f)).length : result.files.length;
  const color = !!process.stdout.isTTY && !process.env.NO_COLOR && !flags.output;
  const report = render(shown, fileCount, flags.format, color);
  if (flags.output)
    writeFileAtomic(path2.resolve(cwd, flags.output), report);
  else
    process.stdout.write(report);
  if (result.suppressed && flags.format === "stylish") {
    const where = path2.relative(cwd, engine.suppressionsFile);
    process.stderr.write(`${result.suppressed} known problem${result.suppressed === 1 ? "" : "s"} suppressed (${where}).
`);
  }
  if (flags.fix && result.fixedFiles && flags.format === "stylish") {
    process.stderr.write(`Fixed ${result.fixedFiles} file${result.fixedFiles === 1 ? "" : "s"}.
`);
  }
  return exitCode(inScope, flags.maxWarnings);
}
function writeSuppressions(file, diagnostics, all, cwd) {
  const before = Suppressions.read(file);
  const next = all ? Suppressions.of(diagnostics) : before.prune(diagnostics);
  next.write(file);
  const where = path2.relative(cwd, file);
  const what = all ? `${next.size} file and rule entr${next.size === 1 ? "y" : "ies"}` : `${before.size - next.size} fixed entries dropped, ${next.size} kept`;
  process.stderr.write(`Wrote ${where}: ${what}.
`);
  return diagnostics.some((d) => d.ruleId.startsWith("internal/")) ? 2 : 0;
}
function exitCode(diagnostics, maxWarnings) {
  if (diagnostics.some((d) => d.ruleId.startsWith("internal/")))
    return 2;
  if (diagnostics.some((d) => d.severity === "error"))
    return 1;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  return maxWarnings !== void 0 && warnings > maxWarnings ? 1 : 0;
}
export {
  exitCode,
  lintCommand
};
