/** selfhelp build: articles -> dist/, rendered in worker threads, written atomically (temp folder, then swap). */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import { discover } from '../discover/index.js';
import type { Config } from '../config/index.js';
import { writeSite, type Emit, type SiteOptions } from './site.js';
import { renderChunk, type ArticleRecord } from './worker.js';

export interface BuildOptions {
  cwd: string;
  patterns: string[];
  config: Config;
  out: string;
  /** the lint run's diagnostics, summarised on the reports page */
  diagnostics?: Diagnostic[];
  /** the duplicates report (HTML), published as reports/duplicates.html */
  duplicates?: string;
}

export async function buildProject(options: BuildOptions): Promise<{ articles: number; files: number; out: string }> {
  const files = await discover({ cwd: options.cwd, patterns: options.patterns, ignore: options.config.ignore, base: options.config.base });
  const records = await renderAll(files, options.cwd);
  const out = path.resolve(options.cwd, options.out);
  const site = { lint: options.diagnostics && lintSummary(options.diagnostics, records), duplicatesReport: options.duplicates ? 'reports/duplicates.html' : undefined };
  const count = writeAtomically(out, (emit) => {
    writeSite(records, site, emit);
    if (options.duplicates) emit('reports/duplicates.html', options.duplicates);
  });
  return { articles: records.filter((r) => r.ok).length, files: count, out };
}

async function renderAll(files: string[], cwd: string): Promise<ArticleRecord[]> {
  const CHUNK = 64;
  const chunks: string[][] = [];
  for (let i = 0; i < files.length; i += CHUNK) chunks.push(files.slice(i, i + CHUNK));
  if (files.length < 200 || availableParallelism() < 2) return chunks.flatMap((c) => renderChunk({ files: c, cwd }));
  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename: new URL('./worker.js', import.meta.url).href, maxThreads: availableParallelism(), minThreads: availableParallelism() });
  try {
    return (await Promise.all(chunks.map((c) => pool.run({ files: c, cwd }) as Promise<ArticleRecord[]>))).flat();
  } finally {
    await pool.destroy();
  }
}

function lintSummary(diagnostics: Diagnostic[], records: ArticleRecord[]): SiteOptions['lint'] {
  const service = new Map(records.map((r) => [r.file, r.service || 'unknown']));
  const byRule: Record<string, number> = {};
  const byService: Record<string, number> = {};
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
    const s = service.get(d.file) ?? 'unknown';
    byService[s] = (byService[s] ?? 0) + 1;
  }
  return { byRule, byService, errors: diagnostics.filter((d) => d.severity === 'error').length, warnings: diagnostics.filter((d) => d.severity === 'warning').length };
}

/**
 * Build into a temporary folder beside the output, then swap: the old output is renamed away, the new one
 * renamed in, the old one removed. A build killed at any point leaves the previous output whole.
 * Every path is checked to stay inside the output folder.
 */
export function writeAtomically(out: string, produce: (emit: Emit) => void): number {
  const parent = path.dirname(out);
  mkdirSync(parent, { recursive: true });
  const temp = path.join(parent, `.${path.basename(out)}.building-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  const made = new Set<string>();
  let count = 0;
  try {
    produce((rel, content) => {
      const target = path.resolve(temp, rel);
      if (!target.startsWith(temp + path.sep)) throw new Error(`refusing to write outside the output folder: ${rel}`);
      const folder = path.dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      writeFileSync(target, content);
      count++;
    });
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  const old = path.join(parent, `.${path.basename(out)}.old-${process.pid}`);
  if (existsSync(out)) renameSync(out, old);
  renameSync(temp, out);
  rmSync(old, { recursive: true, force: true });
  return count;
}
