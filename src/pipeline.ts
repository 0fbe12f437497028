/** The table of contents of the program: discover -> parse + validate + lint (in worker threads) -> cross-file rules -> sorted diagnostics. */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Config } from './config/index.js';
import { compareDiagnostics, type Diagnostic } from './diagnostic.js';
import { discover } from './discover/index.js';
import type { FileResult } from './lint/file.js';
import { lintChunk, type Chunk } from './lint/worker.js';
import { rules } from './rules/index.js';
import type { CorpusEntry } from './rules/rule.js';
import { RuleResolver } from './config/index.js';
import { ruleInfos } from './rules/index.js';

export interface RunOptions {
  cwd: string;
  patterns: string[];
  config: Config;
  fix: boolean;
  /** worker threads; default: all cores when there are enough files */
  threads?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface RunResult {
  files: string[];
  diagnostics: Diagnostic[];
  fixedFiles: number;
}

/** Below this many files, worker start-up costs more than it saves. */
const PARALLEL_THRESHOLD = 200;
const CHUNK_SIZE = 64;

export async function lintProject(options: RunOptions): Promise<RunResult> {
  const files = await discover({ cwd: options.cwd, patterns: options.patterns, ignore: options.config.ignore, base: options.config.base });
  const results = await lintFiles(files, options);
  const diagnostics = results.flatMap((r) => r.diagnostics);
  diagnostics.push(...lintCorpus(results, options.config));
  diagnostics.sort(compareDiagnostics);
  return { files, diagnostics, fixedFiles: results.filter((r) => r.fixed).length };
}

async function lintFiles(files: string[], options: RunOptions): Promise<FileResult[]> {
  const threads = options.threads ?? availableParallelism();
  const chunks: Chunk[] = [];
  for (let i = 0; i < files.length; i += CHUNK_SIZE) {
    chunks.push({ files: files.slice(i, i + CHUNK_SIZE), cwd: options.cwd, config: options.config, fix: options.fix });
  }
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, files.length);
  };
  if (threads < 2 || files.length < PARALLEL_THRESHOLD) {
    return chunks.flatMap((c) => {
      const r = lintChunk(c);
      progress(c.files.length);
      return r;
    });
  }
  const pool = new Piscina({ filename: new URL('./lint/worker.js', import.meta.url).href, maxThreads: threads, minThreads: threads, idleTimeout: 100 });
  try {
    const parts = await Promise.all(
      chunks.map(async (c) => {
        const r = (await pool.run(c)) as FileResult[];
        progress(c.files.length);
        return r;
      }),
    );
    return parts.flat();
  } finally {
    await pool.destroy();
  }
}

/** Cross-file rules run on the per-file summaries, never on trees. */
function lintCorpus(results: FileResult[], config: Config): Diagnostic[] {
  const resolver = new RuleResolver(config, ruleInfos());
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    if (!rule.checkCorpus) continue;
    const entries: CorpusEntry<unknown>[] = [];
    for (const r of results) {
      if (r.summaries[rule.id] !== undefined) entries.push({ file: r.file, summary: r.summaries[rule.id] });
    }
    const options = resolver.forFile(entries[0]?.file ?? '').get(rule.id)?.options ?? rule.defaultOptions ?? {};
    rule.checkCorpus(entries, (r) => {
      const setting = resolver.forFile(r.file).get(rule.id);
      if (setting) out.push({ ...r, ruleId: rule.id, severity: setting.severity });
    }, options);
  }
  return out;
}
