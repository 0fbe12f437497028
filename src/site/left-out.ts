/** The articles a build leaves out of the site, each with why: the build names them all. */
import type { Diagnostic } from '../diagnostic.js';
import type { ArticleMeta } from './worker.js';

/** Files linted but not published (no record, or one that could not be parsed), with the reason of each. */
export function leftOut(
  files: string[],
  records: ArticleMeta[],
  errors: Diagnostic[],
): Array<{ file: string; why: string }> {
  const published = new Set(records.filter((r) => r.ok).map((r) => r.file));
  const firstError = new Map<string, Diagnostic>();
  for (const d of errors)
    if (!firstError.has(d.file) && /^(parse|internal)\//.test(d.ruleId)) firstError.set(d.file, d);
  return files
    .filter((f) => !published.has(f))
    .map((file) => {
      const d = firstError.get(file);
      return { file, why: d ? `${d.message} (${d.ruleId})` : 'it could not be read as an article' };
    });
}

/** The lines the build prints for them. */
export function leftOutLines(list: Array<{ file: string; why: string }>): string {
  if (!list.length) return '';
  const head = `Left out of the site: ${list.length} article${list.length === 1 ? '' : 's'}`;
  return `${head}\n${list.map((l) => `  ${l.file}: ${l.why}`).join('\n')}\n`;
}
