/** selfhelp build: articles -> dist/, rendered in worker threads, written atomically (temp folder, then swap). */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import { writeFileAtomic } from '../lint/write.js';
import { writeSite, type Emit, type SiteOptions } from './site.js';
import type { ArticleRecord } from './worker.js';

/** Write the site of already rendered records (the lint pass renders them: see RunOptions.render). */
export function writeBuild(options: { records: ArticleRecord[]; cwd: string; out: string; diagnostics?: Diagnostic[]; duplicates?: string; indexFile?: string }): { articles: number; files: number; out: string } {
  const records = options.records;
  const out = path.resolve(options.cwd, options.out);
  const site = { lint: options.diagnostics && lintSummary(options.diagnostics, records), duplicatesReport: options.duplicates ? 'reports/duplicates.html' : undefined };
  const count = writeAtomically(out, options.indexFile, (emit) => {
    writeSite(records, site, emit);
    if (options.duplicates) emit('reports/duplicates.html', options.duplicates);
  });
  return { articles: records.filter((r) => r.ok).length, files: count, out };
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
/** `indexFile`: where the path -> sha1 index of the output is kept between builds (in the cache folder). */
export function writeAtomically(out: string, indexFile: string | undefined, produce: (emit: Emit) => void): number {
  const parent = path.dirname(out);
  mkdirSync(parent, { recursive: true });
  const temp = path.join(parent, `.${path.basename(out)}.building-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  const made = new Set<string>();
  let count = 0;
  // a file with the same bytes as in the previous build is hard-linked from it rather than written again
  const previous = indexFile ? readIndex(indexFile, out) : {};
  const index: Record<string, string> = {};
  try {
    const inside = (rel: string) => {
      const target = path.resolve(temp, rel);
      if (!target.startsWith(temp + path.sep)) throw new Error(`refusing to write outside the output folder: ${rel}`);
      return target;
    };
    produce((rel, content, same) => {
      const target = inside(rel);
      const folder = path.dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      if (same) {
        // the same bytes as a file already written: a hard link, or a copy where links are not allowed
        try {
          linkSync(inside(same), target);
        } catch {
          copyFileSync(inside(same), target);
        }
        index[rel] = index[same];
      } else {
        const hash = createHash('sha1').update(content).digest('hex');
        index[rel] = hash;
        let reused = false;
        if (previous[rel] === hash) {
          try {
            linkSync(path.join(out, rel), target);
            reused = true;
          } catch {
            reused = false;
          }
        }
        if (!reused) writeFileSync(target, content);
      }
      count++;
    });
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  const old = path.join(parent, `.${path.basename(out)}.old-${process.pid}`);
  if (existsSync(out)) renameSync(out, old);
  renameSync(temp, out);
  if (indexFile) writeFileAtomic(indexFile, JSON.stringify({ out, files: index }));
  rmSync(old, { recursive: true, force: true });
  return count;
}

/** The previous build's path -> sha1 index, trusted only for the same output folder that still exists. */
function readIndex(file: string, out: string): Record<string, string> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { out?: string; files?: Record<string, string> };
    return data.out === out && existsSync(out) && data.files && typeof data.files === 'object' ? data.files : {};
  } catch {
    return {};
  }
}
