/** Links to the public portal or public docs in articles published to a sovereign cloud: readers there cannot use them. */
import type { Diagnostic } from '../diagnostic.js';
import { LineIndex } from '../parse/positions.js';
import type { ArticleRecord } from './worker.js';

const SOVEREIGN = ['fairfax', 'mooncake', 'usnat', 'ussec', 'blackforest'];
const PUBLIC = /https?:\/\/(portal\.azure\.com|(?:docs|learn)\.microsoft\.com|azure\.microsoft\.com)[^\s"'<>)]*/gi;

export function sovereignLinks(records: ArticleRecord[], source: (file: string) => string | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of records) {
    const clouds = r.clouds.filter((c) => SOVEREIGN.includes(c));
    if (!clouds.length || !r.html.match(PUBLIC)) continue;
    const text = source(r.file) ?? '';
    const lines = new LineIndex(text);
    const seen = new Set<string>();
    for (const m of text.matchAll(PUBLIC)) {
      const at = lines.point(m.index!);
      const key = `${at.line}:${at.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        file: r.file,
        line: at.line,
        column: at.column,
        severity: 'warning',
        ruleId: 'build/public-link-in-sovereign-bundle',
        message: `Published to ${clouds.join(', ')}, but sends readers to the public ${/portal/.test(m[1]) ? 'portal' : 'docs'} (${m[1]}); link to that cloud's own ${/portal/.test(m[1]) ? 'portal' : 'docs'} where it has one`,
      });
    }
  }
  return out;
}
