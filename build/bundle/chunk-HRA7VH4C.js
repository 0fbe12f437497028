import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  ReportPieces,
  duplicatesReport
} from "./chunk-Z2TKPEJH.js";
import {
  writeBuild
} from "./chunk-OKHTDKUQ.js";
import {
  SOVEREIGN_RULE,
  pagePath,
  sovereignLinks
} from "./chunk-5OCK4BYQ.js";
import "./chunk-MBYRZZPM.js";
import "./chunk-ZUP4AJ5X.js";
import {
  formatLine,
  summaryLine
} from "./chunk-EFVQWBLI.js";
import {
  acquirePool,
  cacheKey,
  lintProject,
  releasePool
} from "./chunk-3NN3ZIQC.js";
import {
  mark,
  readChecked,
  writeChecked
} from "./chunk-PEF5I3VR.js";
import "./chunk-KR46CCC3.js";
import "./chunk-Y3KCPCRH.js";
import "./chunk-MH55NRSS.js";
import {
  reportedPairs,
  ruleInfos,
  unpackEntries
} from "./chunk-RXNWJEWY.js";
import {
  RuleResolver,
  toPosix
} from "./chunk-D2B5XFJA.js";
import {
  detect
} from "./chunk-UL6VRVRT.js";
import "./chunk-R33AW5XD.js";
import {
  workerUrl
} from "./chunk-VRXC4IAK.js";
import {
  addTally,
  tallyOf
} from "./chunk-ATJKFEQU.js";
import "./chunk-YPQFV2IN.js";
import "./chunk-QA7Q626X.js";
import "./chunk-QO3SQUOH.js";
import "./chunk-JBGIVCUS.js";
import "./chunk-PA5VV2XA.js";
import "./chunk-CELZMKDY.js";

// build/src/engine/build.js
import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import path from "node:path";

// build/src/site/left-out.js
function leftOut(files, records, errors) {
  const published = new Set(records.filter((r) => r.ok).map((r) => r.file));
  const firstError = /* @__PURE__ */ new Map();
  for (const d of errors)
    if (!firstError.has(d.file) && /^(parse|internal)\//.test(d.ruleId))
      firstError.set(d.file, d);
  return files.filter((f) => !published.has(f)).map((file) => {
    const d = firstError.get(file);
    return { file, why: d ? `${d.message} (${d.ruleId})` : "it could not be read as an article" };
  });
}
function leftOutLines(list) {
  if (!list.length)
    return "";
  const head = `Left out of the site: ${list.length} article${list.length === 1 ? "" : "s"}`;
  return `${head}
${list.map((l) => `  ${l.file}: ${l.why}`).join("\n")}
`;
}

// build/src/engine/build.js
async function buildProject(req) {
  const { cwd, config, cache } = req;
  const results = /* @__PURE__ */ new Map();
  const lint = await lintProject({
    cwd,
    patterns: req.patterns,
    config,
    fix: false,
    cache,
    onProgress: req.onProgress,
    render: true,
    deferCacheSave: true,
    corpus: { results },
    errorsOnly: !req.allProblems,
    known: req.known
  });
  const seen = { files: lint.files, unread: lint.unread };
  const tallies = lint.tallies ?? talliesOf(lint.diagnostics);
  mark(`lint+render (${Object.entries(lint.timings).map(([k, v]) => `${k}=${Math.round(v)}`).join(" ")})`);
  const records = [...lint.pages.values()].map((p) => p.meta);
  const found = req.suppressions ? req.suppressions.apply(lint.diagnostics).kept : lint.diagnostics;
  const errors = req.allProblems ? found.filter((d) => d.severity === "error") : found;
  const total = {};
  for (const t of tallies.values())
    addTally(total, t);
  if (errors.length && !req.force) {
    req.log(`${errors.map((d) => formatLine(d)).join("\n")}
${summaryLine(total, lint.files.length)}
`);
    const n = `${errors.length} error${errors.length === 1 ? "" : "s"}`;
    req.log(`Not published: ${n}; ${req.out} is unchanged (--force publishes anyway).
`);
    return { code: 1, records, diagnostics: lint.diagnostics, ...seen };
  }
  if (errors.length)
    req.log(`${summaryLine(total, lint.files.length)} (published anyway: --force)
`);
  req.log(leftOutLines(leftOut(lint.files, records, errors)));
  const cacheFor = req.cacheDir ? cacheKey(config) : void 0;
  const resolver = new RuleResolver(config, ruleInfos());
  const options = resolver.forFile("").get("duplicate-guidance")?.options;
  let duplicates;
  if (options) {
    const key = createHash("sha1").update(JSON.stringify(options));
    for (const r of records)
      key.update(`${r.file}\0${r.hash}
`);
    duplicates = {
      key: key.digest("hex"),
      make: () => {
        const shared = results.get("duplicate-guidance");
        const entries = shared?.entries ?? unpackEntries(lint.summaries.get("duplicate-guidance") ?? []);
        const dupes = shared?.result ?? detect(entries, options);
        const reported = reportedPairs(dupes, entries, options, {});
        const byFile = new Map(records.map((r) => [r.file, r]));
        const piecesFile = cacheFor && path.resolve(req.cacheDir, "report.pieces");
        const kept = piecesFile ? readPieces(piecesFile, cacheFor) : /* @__PURE__ */ new Map();
        const pieces = new ReportPieces(kept, (file) => byFile.get(file)?.hash);
        const htmlFile = path.resolve(cwd, req.out, "reports", "duplicates.html");
        const href = (file) => `../${byFile.get(file)?.page ?? pagePath(file)}`;
        const html = duplicatesReport(dupes, reported, cwd, htmlFile, href, pieces);
        mark(`  report made (${pieces.made} of ${pieces.used.size} pieces made)`);
        if (piecesFile)
          keepPieces(piecesFile, cacheFor, pieces.used, pieces.changed);
        return html;
      }
    };
  }
  const bodies = async (rs) => {
    const { renderChunk } = await import("./chunk-5M5DEMMO.js");
    const wanted = new Set(rs.map((r) => r.file));
    const rendered = /* @__PURE__ */ new Map();
    const again = (file) => rendered.get(file) ?? rendered.set(file, renderChunk({ files: [file], cwd })[0]).get(file);
    return {
      get: (file) => wanted.has(file) ? lint.pages.get(file)?.body ?? again(file) : void 0
    };
  };
  const sovereign = sovereignLinks(records, 20);
  mark("  cloud links found");
  if (sovereign.count) {
    const { shown, count } = sovereign;
    const more = count > shown.length ? `... and ${count - shown.length} more
` : "";
    req.log(`${shown.map((d) => formatLine(d)).join("\n")}
${more}`);
    const links = `${count} link${count === 1 ? "" : "s"}`;
    const where2 = "each bundle's in <cloud>/reports/cloud-links.json";
    req.log(`${links} to another cloud's portal or docs in sovereign-cloud bundles (${where2}).
`);
  }
  const indexFile = req.cacheDir && path.resolve(req.cacheDir, req.indexName ?? "build.v8");
  const index = cacheFor && indexFile ? { file: indexFile, key: cacheFor } : void 0;
  const lintTotals = lintSummary(tallies, sovereign.byFile, records);
  const result = await writeBuild({
    inPlace: req.inPlace && index ? req.inPlace.folder(path.resolve(cwd, req.out), index) : void 0,
    records,
    bodies,
    cwd,
    out: req.out,
    lint: lintTotals,
    duplicates,
    index,
    indexShards: shardIndexer(),
    urls: config.site,
    cloudLinks: sovereign.byCloud
  });
  mark("site written");
  if (result.problems.length)
    req.log(`${result.problems.map((d) => formatLine(d)).join("\n")}
`);
  if (!config.site?.baseUrl)
    req.log("No sitemap made: set `site.baseUrl` in the config for one.\n");
  const where = toPosix(path.relative(cwd, result.out)) || ".";
  req.log(`Built ${result.articles} articles into ${where} (${result.files} files, ${result.written} written).
`);
  return { code: 0, result, records, diagnostics: lint.diagnostics, ...seen };
}
function talliesOf(diagnostics) {
  const byFile = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list)
      list.push(d);
    else
      byFile.set(d.file, [d]);
  }
  return new Map([...byFile].map(([file, list]) => [file, tallyOf(list)]));
}
function lintSummary(tallies, sovereign, records) {
  const service = new Map(records.map((r) => [r.file, r.service || "unknown"]));
  const summary = { byRule: {}, byService: {}, errors: 0, warnings: 0 };
  const add = (file, rule, errors, warnings) => {
    if (!errors && !warnings)
      return;
    const s = service.get(file) ?? "unknown";
    summary.byRule[rule] = (summary.byRule[rule] ?? 0) + errors + warnings;
    const perFile = (summary.byRuleFile ??= {})[rule] ??= {};
    perFile[file] = (perFile[file] ?? 0) + errors + warnings;
    summary.byService[s] = (summary.byService[s] ?? 0) + errors + warnings;
    summary.errors += errors;
    summary.warnings += warnings;
  };
  for (const [file, tally] of tallies)
    for (const rule in tally)
      add(file, rule, tally[rule][0], tally[rule][1]);
  for (const [file, n] of sovereign)
    add(file, SOVEREIGN_RULE, 0, n);
  return summary;
}
var PIECES_MAGIC = Buffer.from("SELFHELP-PIECES-2");
function readPieces(file, key) {
  if (held?.file === file && held.key === key)
    return held.pieces;
  const data = readChecked(file, PIECES_MAGIC);
  return data?.key === key && data.pieces instanceof Map ? data.pieces : /* @__PURE__ */ new Map();
}
function keepPieces(file, key, pieces, changed) {
  if (changed)
    writeChecked(file, PIECES_MAGIC, { key, pieces });
  held = { file, key, pieces };
}
var held;
function shardIndexer() {
  return async (jobs) => {
    const docs = jobs.reduce((n, j) => n + j.docs.length, 0);
    const threads = Math.min(availableParallelism(), jobs.length);
    if (docs < 2e3 || threads < 2)
      return (await import("./search-worker.js")).default(jobs);
    const pool = await acquirePool(threads);
    const filename = workerUrl("search");
    try {
      const order = jobs.map((j, i) => i).sort((a, b) => jobs[b].docs.length - jobs[a].docs.length);
      const out = new Array(jobs.length);
      const lanes = Math.max(1, Math.min(availableParallelism() - 1, order.length));
      let next = 0;
      await Promise.all(Array.from({ length: lanes }, async () => {
        while (next < order.length) {
          const i = order[next++];
          out[i] = (await pool.run([jobs[i]], { filename }))[0];
        }
      }));
      return out;
    } finally {
      await releasePool();
    }
  };
}
export {
  buildProject
};
