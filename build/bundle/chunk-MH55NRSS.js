import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  TOO_COMPLEX,
  TOO_LARGE
} from "./chunk-ATJKFEQU.js";

// build/src/engine/budget.js
import { statSync } from "node:fs";
import path from "node:path";
var DEFAULT_BUDGET = { timeMs: 5e3, maxBytes: 2 * 1024 * 1024 };
var GUARDED_BYTES = 8 * 1024;
function budgetOf(config) {
  return {
    timeMs: config.limits?.fileTimeMs ?? DEFAULT_BUDGET.timeMs,
    maxBytes: config.limits?.fileBytes ?? DEFAULT_BUDGET.maxBytes
  };
}
function overBudget(file, budget) {
  const d = {
    file,
    line: 1,
    column: 1,
    severity: "error",
    ruleId: TOO_COMPLEX,
    message: `Checking this file took longer than its time budget of ${budget.timeMs} ms (\`limits.fileTimeMs\`), so it was stopped and nothing else is reported for it: look for deeply nested or unbalanced markup (emphasis, brackets, \`<!--\`)`
  };
  return { file, diagnostics: [d], summaries: {}, fixed: false };
}
function isBudgetResult(r) {
  return r.diagnostics.length === 1 && (r.diagnostics[0].ruleId === TOO_COMPLEX || r.diagnostics[0].ruleId === TOO_LARGE);
}
var warm = false;
var WARM_UP = '<properties\n    pageTitle="Warm up"\n    selfHelpType="generic"\n/>\n# Warm up\n\n- [a](https://example.com)\n';
function lintMarked(chunk, lintOne) {
  const budget = chunk.budget ?? DEFAULT_BUDGET;
  if (!warm) {
    lintOne("warm-up.md", Buffer.from(WARM_UP));
    warm = true;
  }
  const mark = chunk.progress ? new Float64Array(chunk.progress) : void 0;
  return chunk.files.map((file, i) => {
    const start = Date.now();
    if (mark) {
      mark[1] = start;
      mark[0] = i;
    }
    const r = lintOne(file);
    return Date.now() - start > budget.timeMs ? overBudget(file, budget) : r;
  });
}
async function runGuarded(pool, chunk, budget) {
  const done = /* @__PURE__ */ new Map();
  let files = chunk.files;
  while (files.length) {
    const progress = new SharedArrayBuffer(16);
    const mark = new Float64Array(progress);
    mark[0] = -1;
    const abort = new AbortController();
    const watchdog = setInterval(() => {
      if (mark[0] >= 0 && Date.now() - mark[1] > budget.timeMs)
        abort.abort();
    }, Math.max(20, Math.min(250, budget.timeMs / 8)));
    try {
      const results = await pool.run({ ...chunk, files, budget, progress }, {
        signal: abort.signal
      });
      for (const r of results)
        done.set(r.file, r);
      files = [];
    } catch (error) {
      if (!abort.signal.aborted)
        throw error;
      const stuck = Math.max(0, mark[0]);
      done.set(files[stuck], overBudget(files[stuck], budget));
      files = files.filter((_, i) => i !== stuck);
    } finally {
      clearInterval(watchdog);
    }
  }
  return chunk.files.map((f) => done.get(f));
}
async function lintSmallRun(chunks, budget, local, pool, progress) {
  const out = [];
  let guarded;
  try {
    for (const c of chunks) {
      const big = new Set(c.files.filter((f) => (c.contents?.[f]?.length ?? sizeOf(path.resolve(c.cwd, f))) >= GUARDED_BYTES));
      const byFile = /* @__PURE__ */ new Map();
      const small = c.files.filter((f) => !big.has(f));
      if (small.length)
        for (const r of local({ ...c, files: small, budget }))
          byFile.set(r.file, r);
      if (big.size) {
        guarded ??= await pool();
        for (const r of await runGuarded(guarded.pool, { ...c, files: [...big] }, budget))
          byFile.set(r.file, r);
      }
      out.push(...c.files.map((f) => byFile.get(f)));
      progress(c.files.length);
    }
    return out;
  } finally {
    await guarded?.release();
  }
}
function sizeOf(file) {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export {
  budgetOf,
  isBudgetResult,
  lintMarked,
  runGuarded,
  lintSmallRun
};
