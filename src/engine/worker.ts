/**
 * Worker thread entry of the engine: checks a chunk of files with the config it is given and, when a build
 * asks for pages, renders each parsed article (the render stage: it runs here so that a file is parsed once).
 */
import { RuleResolver, type Config } from '../config/index.js';
import type { Diagnostic } from '../diagnostic.js';
import { lintFile, type FileResult } from '../lint/file.js';
import type { Article } from '../parse/index.js';
import { ruleInfos } from '../rules/index.js';
import type { ArticleBody, ArticleMeta } from '../site/worker.js';
import { lintMarked, type Budget } from './budget.js';

export interface Chunk {
  files: string[];
  cwd: string;
  config: Config;
  fix: boolean;
  /** contents to use instead of reading the file (staged content) */
  contents?: Record<string, Uint8Array>;
  /** also render each article for the site (selfhelp build, selfhelp serve) */
  render?: boolean;
  /** the per-file budgets, and where the worker marks the file it is on and since when (see budget.ts) */
  budget?: Budget;
  progress?: SharedArrayBuffer;
}

/** A rendered article: what the listings need (small) and its page body (large, read lazily from the cache). */
export interface Page {
  meta: ArticleMeta;
  body: ArticleBody;
}

/** A file's check result, with its page when one was asked for and the article parsed. */
export interface WorkResult extends FileResult {
  page?: Page;
  /** the result came from the cache (not checked in this run) */
  cached?: boolean;
  /** ...from an entry the cache's index was made from (see RunIndex) */
  indexed?: boolean;
}

let resolver: { key: string; value: RuleResolver } | undefined;

/** The render stage's module (the HTML libraries), loaded only by runs that render: a lint never loads it. */
let site: typeof import('../site/worker.js') | undefined;

export async function loadRenderer(): Promise<void> {
  site ??= await import('../site/worker.js');
}

/** Lint a chunk's files (and render them, if asked: loadRenderer() first). */
export function lintChunk(chunk: Chunk): WorkResult[] {
  const key = JSON.stringify(chunk.config);
  if (!resolver || resolver.key !== key) resolver = { key, value: new RuleResolver(chunk.config, ruleInfos()) };
  const r = resolver.value;
  // each file under its budget: one that overruns it keeps only the budget's problem (see budget.ts)
  return lintMarked(chunk, (file, content) => {
    const own = content ?? chunk.contents?.[file];
    const { result, article } = lintFile(
      file,
      chunk.cwd,
      r.forFile(file),
      chunk.fix && !content,
      own,
      chunk.budget?.maxBytes,
    );
    if (!chunk.render || !article || !result.hash) return result;
    return renderStage(result, article, result.hash);
  }) as WorkResult[];
}

/** The render stage: a page for the article; a renderer that throws is one `internal/crash`, the checks stand. */
function renderStage(result: FileResult, article: Article, hash: string): WorkResult {
  try {
    if (!site) throw new Error('the renderer was not loaded');
    const record = site.renderRecord(article, hash);
    return { ...result, page: { meta: site.metaOf(record), body: { html: record.html, text: record.text } } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const crash: Diagnostic = {
      file: result.file,
      line: 1,
      column: 1,
      severity: 'error',
      ruleId: 'internal/crash',
      message: `selfhelp crashed rendering this file: ${message}`,
    };
    return { ...result, diagnostics: [...result.diagnostics, crash] };
  }
}

/** The worker thread's task: a chunk, rendered too when asked. */
export default async function task(chunk: Chunk): Promise<WorkResult[]> {
  if (chunk.render) await loadRenderer();
  return lintChunk(chunk);
}
