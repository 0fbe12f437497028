import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  addedTimes,
  changeSet
} from "./chunk-VSXLF2SI.js";
import "./chunk-K36LX4PL.js";
import {
  BASELINE_NAME,
  Baseline,
  render
} from "./chunk-L2JRAQVW.js";
import {
  progressBar
} from "./chunk-M7J5KB5G.js";
import {
  LintCache
} from "./chunk-B23LRWUN.js";
import {
  lintProject
} from "./chunk-KEWQY3K4.js";
import "./chunk-GI4UXMGD.js";
import {
  requireConfig,
  toPosix
} from "./chunk-EHEM4Y62.js";
import {
  ruleInfos
} from "./chunk-RXSHNMZ4.js";
import {
  UserError,
  writeFileAtomic
} from "./chunk-FIOTYFPC.js";
import "./chunk-MEOQG2BS.js";
import "./chunk-HUB6SNEQ.js";
import "./chunk-DOPRFVHJ.js";
import "./chunk-3X33MS6F.js";

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
  const config = requireConfig(cwd, flags.config, ruleInfos());
  const changes = flags.stdin ? await stdinChangeSet(cwd, flags) : await changeSet(cwd, flags);
  if (changes?.contents && flags.fix)
    throw new UserError("--fix cannot be used with --staged: it would fix the working tree, not what is staged");
  const baseline = Baseline.read(path2.resolve(cwd, flags.baseline));
  const added = changes ? /* @__PURE__ */ new Map() : await addedTimes(cwd);
  const progress = progressBar("selfhelp lint");
  const cache = flags.cache && !flags.fix ? LintCache.open(path2.resolve(cwd, flags.cacheLocation), config) : void 0;
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
        return ta !== void 0 && tb !== void 0 && ta !== tb ? ta > tb : a > b;
      }
    }
  });
  progress.end();
  if (process.env.SELFHELP_TIMING) {
    process.stderr.write(`timing ${Object.entries(result.timings).map(([k, v]) => `${k}=${Math.round(v)}ms`).join(" ")}
`);
  }
  const inScope = changes ? result.diagnostics.filter((d) => changes.changed.has(d.file)) : result.diagnostics;
  const shown = flags.quiet ? inScope.filter((d) => d.severity === "error") : inScope;
  const fileCount = changes ? result.files.filter((f) => changes.changed.has(f)).length : result.files.length;
  const report = render(shown, fileCount, flags.format, !!process.stdout.isTTY && !process.env.NO_COLOR && !flags.output);
  if (flags.output)
    writeFileAtomic(path2.resolve(cwd, flags.output), report);
  else
    process.stdout.write(report);
  if (flags.fix && result.fixedFiles && flags.format === "stylish")
    process.stderr.write(`Fixed ${result.fixedFiles} file${result.fixedFiles === 1 ? "" : "s"}.
`);
  return exitCode(inScope, flags.maxWarnings);
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
  BASELINE_NAME,
  exitCode,
  lintCommand
};
