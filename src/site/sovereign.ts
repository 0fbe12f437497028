/** Links to the public portal or public docs in articles published to a sovereign cloud: readers there cannot use them. */
import type { Diagnostic } from '../diagnostic.js';
import type { Article } from '../parse/index.js';
import type { ArticleMeta } from './worker.js';

const SOVEREIGN = ['fairfax', 'mooncake', 'usnat', 'ussec', 'blackforest'];
const PUBLIC = /https?:\/\/(portal\.azure\.com|(?:docs|learn)\.microsoft\.com|azure\.microsoft\.com)[^\s"'<>)]*/gi;

/** line, column and host of one link */
export type PublicLink = [number, number, string];

/** The public links of an article whose rendered page has any, positioned in its source (found while rendering). */
export function publicLinks(article: Article, html: string): PublicLink[] {
  if (!html.match(PUBLIC)) return [];
  const out: PublicLink[] = [];
  const seen = new Set<string>();
  for (const m of article.text.matchAll(PUBLIC)) {
    const at = article.lines.point(m.index!);
    const key = `${at.line}:${at.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([at.line, at.column, m[1].toLowerCase()]);
  }
  return out;
}

/**
 * The public links of the articles published to a sovereign cloud: how many there are in each article,
 * and the first `limit` as diagnostics (the rest are counted: made into messages only when shown).
 */
export function sovereignLinks(records: ArticleMeta[], limit = Infinity): { count: number; byFile: Map<string, number>; shown: Diagnostic[] } {
  const byFile = new Map<string, number>();
  const shown: Diagnostic[] = [];
  let count = 0;
  for (const r of records) {
    if (!r.publicLinks.length) continue;
    const clouds = r.clouds.filter((c) => SOVEREIGN.includes(c));
    if (!clouds.length) continue;
    byFile.set(r.file, r.publicLinks.length);
    count += r.publicLinks.length;
    for (const [line, column, host] of r.publicLinks) {
      if (shown.length >= limit) break;
      const what = /portal/.test(host) ? 'portal' : 'docs';
      shown.push({
        file: r.file,
        line,
        column,
        severity: 'warning',
        ruleId: SOVEREIGN_RULE,
        message: `Published to ${clouds.join(', ')}, but sends readers to the public ${what} (${host}); link to that cloud's own ${what} where it has one`,
      });
    }
  }
  return { count, byFile, shown };
}

export const SOVEREIGN_RULE = 'build/public-link-in-sovereign-bundle';
