/**
 * Per-file budgets (issue 19). Each file's read, parse, validation, rules and render run under a time budget
 * and a size limit (`limits` in the config). A file over either gets one problem, `parse/too-complex` or
 * `parse/too-large`, and no other result, and the run goes on with the other files.
 *
 * The shared markdown parser can take minutes on some small adversarial files, and synchronous code cannot
 * be interrupted inside its thread: a worker marks in shared memory which file it is on and since when, a
 * watchdog in the main thread aborts the task of a worker over budget (piscina then ends that thread and
 * starts another), and the chunk's other files are linted again without the one over budget. Small files
 * (under GUARDED_BYTES, far below any size where the parser is slow) are linted on the main thread in runs
 * too small for threads; a larger one goes to a worker there too, so that it can be stopped.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Piscina } from 'piscina';
import type { Config } from '../config/index.js';
import { TOO_COMPLEX, TOO_LARGE, type Diagnostic } from '../diagnostic.js';
import type { FileResult } from '../lint/file.js';
import type { Chunk } from './worker.js';

export interface Budget {
  timeMs: number;
  maxBytes: number;
}

export const DEFAULT_BUDGET: Budget = { timeMs: 5000, maxBytes: 2 * 1024 * 1024 };

/** Files from this size on are linted where they can be stopped (a worker), even in a run on the main thread. */
export const GUARDED_BYTES = 8 * 1024;

export function budgetOf(config: Config): Budget {
  return {
    timeMs: config.limits?.fileTimeMs ?? DEFAULT_BUDGET.timeMs,
    maxBytes: config.limits?.fileBytes ?? DEFAULT_BUDGET.maxBytes,
  };
}

/** The one result of a file over its time budget. */
export function overBudget(file: string, budget: Budget): FileResult {
  const d: Diagnostic = {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    ruleId: TOO_COMPLEX,
    message: `Checking this file took longer than its time budget of ${budget.timeMs} ms (\`limits.fileTimeMs\`), so it was stopped and nothing else is reported for it: look for deeply nested or unbalanced markup (emphasis, brackets, \`<!--\`)`,
  };
  return { file, diagnostics: [d], summaries: {}, fixed: false };
}

/** Whether a result is one of a budget's (not cached: another run, on a less busy machine, may finish it). */
export function isBudgetResult(r: FileResult): boolean {
  return (
    r.diagnostics.length === 1 && (r.diagnostics[0].ruleId === TOO_COMPLEX || r.diagnostics[0].ruleId === TOO_LARGE)
  );
}

let warm = false;
const WARM_UP =
  '<properties\n    pageTitle="Warm up"\n    selfHelpType="generic"\n/>\n# Warm up\n\n- [a](https://example.com)\n';

/**
 * Worker side: lint a chunk's files one by one, marking in `chunk.progress` (when given) which file is being
 * linted and since when. A file that finished over its budget anyway (on the main thread, where nothing can
 * stop it) keeps only the budget's problem, so that a result never depends on where it was computed.
 */
export function lintMarked(chunk: Chunk, lintOne: (file: string, content?: Uint8Array) => FileResult): FileResult[] {
  const budget = chunk.budget ?? DEFAULT_BUDGET;
  // the parser, rules and schemas load on first use: not on a file's time
  if (!warm) {
    lintOne('warm-up.md', Buffer.from(WARM_UP));
    warm = true;
  }
  const mark = chunk.progress ? new Float64Array(chunk.progress) : undefined;
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

/** Main side: run a chunk in the pool under the watchdog; a file over budget gets its one problem. */
export async function runGuarded(pool: Piscina, chunk: Chunk, budget: Budget): Promise<FileResult[]> {
  const done = new Map<string, FileResult>();
  let files = chunk.files;
  while (files.length) {
    const progress = new SharedArrayBuffer(16);
    const mark = new Float64Array(progress);
    mark[0] = -1;
    const abort = new AbortController();
    const watchdog = setInterval(
      () => {
        if (mark[0] >= 0 && Date.now() - mark[1] > budget.timeMs) abort.abort();
      },
      Math.max(20, Math.min(250, budget.timeMs / 8)),
    );
    try {
      const results = (await pool.run({ ...chunk, files, budget, progress } satisfies Chunk, {
        signal: abort.signal,
      })) as FileResult[];
      for (const r of results) done.set(r.file, r);
      files = [];
    } catch (error) {
      if (!abort.signal.aborted) throw error;
      // the worker was ended (piscina replaces it): the file it was on gets its problem, the others run again
      const stuck = Math.max(0, mark[0]);
      done.set(files[stuck], overBudget(files[stuck], budget));
      files = files.filter((_, i) => i !== stuck);
    } finally {
      clearInterval(watchdog);
    }
  }
  return chunk.files.map((f) => done.get(f)!);
}

/**
 * A run too small for threads: small files on the main thread, the larger ones (which could outlast the
 * budget) in a worker of the pool, under the watchdog.
 */
export async function lintSmallRun(
  chunks: Chunk[],
  budget: Budget,
  local: (chunk: Chunk) => FileResult[],
  pool: () => Promise<{ pool: Piscina; release: () => Promise<void> }>,
  progress: (n: number) => void,
): Promise<FileResult[]> {
  const out: FileResult[] = [];
  let guarded: { pool: Piscina; release: () => Promise<void> } | undefined;
  try {
    for (const c of chunks) {
      const big = new Set(
        c.files.filter((f) => (c.contents?.[f]?.length ?? sizeOf(path.resolve(c.cwd, f))) >= GUARDED_BYTES),
      );
      const byFile = new Map<string, FileResult>();
      const small = c.files.filter((f) => !big.has(f));
      if (small.length) for (const r of local({ ...c, files: small, budget })) byFile.set(r.file, r);
      if (big.size) {
        guarded ??= await pool();
        for (const r of await runGuarded(guarded.pool, { ...c, files: [...big] }, budget)) byFile.set(r.file, r);
      }
      out.push(...c.files.map((f) => byFile.get(f)!));
      progress(c.files.length);
    }
    return out;
  } finally {
    await guarded?.release();
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
