/**
 * What the site decides about articles from the other articles and the files around them: the service
 * of an article that names none (its folder's), links to articles that are not in the site (rendered as
 * text, and a build warning), and the local media the pages show (copied once into the site).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import { mediaPath } from './paths.js';
import type { ArticleMeta } from './worker.js';

export const MISSING_ARTICLE_RULE = 'build/link-to-missing-article';
export const MISSING_MEDIA_RULE = 'build/missing-media';

/**
 * Articles with an empty `service`, listed under their folder's: the service most articles of the folder
 * name (the first in order on a tie), or else the folder's own name. Copies; the others are returned as they are.
 */
export function withServices(records: ArticleMeta[]): ArticleMeta[] {
  const byFolder = new Map<string, Map<string, number>>();
  for (const r of records) {
    if (!r.service) continue;
    const folder = path.posix.dirname(r.file);
    const counts = byFolder.get(folder) ?? new Map<string, number>();
    counts.set(r.service, (counts.get(r.service) ?? 0) + 1);
    byFolder.set(folder, counts);
  }
  return records.map((r) => {
    if (r.service) return r;
    const folder = path.posix.dirname(r.file);
    const counts = [...(byFolder.get(folder) ?? [])].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const name = path.posix.basename(folder);
    const service = counts[0]?.[0] ?? (folder === '.' || name === 'articles' ? '' : name.toLowerCase());
    if (!service) return r;
    // the same copy for the same record and service: what is worked out once per record stays valid
    const copy = INFERRED.get(r);
    if (copy?.service === service) return copy;
    const made = { ...r, service, inferredService: true };
    INFERRED.set(r, made);
    return made;
  });
}

/** The last copy made of each record with an inferred service. */
const INFERRED = new WeakMap<ArticleMeta, ArticleMeta>();

export interface LocalLinks {
  /** per article, the numbers of its links to missing articles or media (the `link-N` classes) */
  dead: Map<ArticleMeta, number[]>;
  /** site path -> the media file copied there */
  media: Map<string, { full: string; size: number; mtimeMs: number }>;
  /** per article, the site paths of the media it shows */
  mediaOf: Map<ArticleMeta, string[]>;
}

/** Checks every article's local links against the articles of the site and the files on disk. */
export function checkLocalLinks(
  records: ArticleMeta[],
  options: { cwd?: string; problems?: Diagnostic[] },
): LocalLinks {
  const files = new Set(records.map((r) => r.file));
  const cwd = options.cwd ?? process.cwd();
  const out: LocalLinks = { dead: new Map(), media: new Map(), mediaOf: new Map() };
  const sources = new Map<string, string>();
  const problem = (r: ArticleMeta, line: number, column: number, ruleId: string, message: string) =>
    options.problems?.push({ file: r.file, line, column, severity: 'warning', ruleId, message });
  for (const r of records) {
    for (const [line, column, target, n, kind] of r.links ?? []) {
      if (kind === 'article') {
        if (files.has(target)) continue;
        problem(
          r,
          line,
          column,
          MISSING_ARTICLE_RULE,
          `Links to \`${target}\`, which is not an article of the site; shown as text`,
        );
        (out.dead.get(r) ?? out.dead.set(r, []).get(r)!).push(n);
        continue;
      }
      const rel = mediaPath(target);
      const full = path.resolve(cwd, target);
      const s = statSync(full, { throwIfNoEntry: false });
      const other = sources.get(rel);
      if (!s?.isFile() || (other !== undefined && other !== target)) {
        const why = s?.isFile() ? `its place in the site is taken by \`${other}\`` : 'there is no such file';
        problem(r, line, column, MISSING_MEDIA_RULE, `Shows \`${target}\`, but ${why}; shown as text`);
        (out.dead.get(r) ?? out.dead.set(r, []).get(r)!).push(n);
        continue;
      }
      sources.set(rel, target);
      out.media.set(rel, { full, size: s.size, mtimeMs: s.mtimeMs });
      const list = out.mediaOf.get(r) ?? out.mediaOf.set(r, []).get(r)!;
      if (!list.includes(rel)) list.push(rel);
    }
  }
  return out;
}

/** The page's links to missing articles as their text, and its missing images as their alt text. */
export function withDeadLinks(html: string, dead: number[]): string {
  let out = html;
  for (const n of dead) {
    const cls = `link-${n}"`;
    out = out
      .replace(
        new RegExp(`<a [^>]*class="(?:article-link )?${cls}[^>]*>([\\s\\S]*?)</a>`),
        '<span class="dead-link" title="Not in this site">$1</span>',
      )
      .replace(
        new RegExp(`<img [^>]*class="${cls}[^>]*>`),
        (img) =>
          `<span class="dead-link">[image${/alt="([^"]+)"/.exec(img) ? `: ${/alt="([^"]+)"/.exec(img)![1]}` : ''}]</span>`,
      );
  }
  return out;
}
