/**
 * Verify mode: the outputs a warm run reused (cached diagnostics, pages, listings, search shards, report pieces)
 * made again from nothing and compared byte for byte. A difference means the incremental machinery is wrong:
 * it is an internal error, never the user's.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.js';

/** The paths (relative, posix) that differ between two output trees: missing on one side or other bytes. */
export function treeDifferences(a: string, b: string, limit = 20): string[] {
  const list = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => path.relative(dir, path.join(f.parentPath, f.name)).split(path.sep).join('/'))
      .sort();
  const left = new Set(list(a));
  const right = new Set(list(b));
  const out: string[] = [];
  for (const f of [...new Set([...left, ...right])].sort()) {
    if (out.length >= limit) break;
    if (!left.has(f) || !right.has(f)) out.push(`${f} (only in ${left.has(f) ? 'the rebuilt' : 'the clean'} output)`);
    else if (lstatSync(path.join(a, f)).size !== lstatSync(path.join(b, f)).size) out.push(f);
    else if (!readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f)))) out.push(f);
  }
  return out;
}

/** The first differences between two sorted lists of diagnostics, as text. */
export function diagnosticDifferences(warm: Diagnostic[], cold: Diagnostic[], limit = 20): string[] {
  const text = (d: Diagnostic) =>
    JSON.stringify([d.file, d.line, d.column, d.endLine, d.endColumn, d.severity, d.ruleId, d.message, d.fix]);
  const a = warm.map(text);
  const b = cold.map(text);
  const setA = new Set(a);
  const setB = new Set(b);
  const out: string[] = [];
  for (const t of a) if (!setB.has(t) && out.length < limit) out.push(`only from the cache: ${t}`);
  for (const t of b) if (!setA.has(t) && out.length < limit) out.push(`only when made again: ${t}`);
  if (!out.length && a.join('\n') !== b.join('\n')) out.push('the same diagnostics in another order');
  return out;
}
