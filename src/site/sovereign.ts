/**
 * Links that send the readers of one cloud's bundle to another cloud's portal or docs: the public portal
 * in an article published to Azure Government, Azure China's docs in the Azure Government bundle, and so
 * on. A link to the bundle's own cloud (Azure Government's docs in its bundle) is not a finding.
 */
import type { Diagnostic } from '../diagnostic.js';
import type { Article } from '../parse/index.js';
import type { ArticleMeta } from './worker.js';

const SOVEREIGN = ['fairfax', 'mooncake', 'usnat', 'ussec', 'blackforest'];
const NAMES: Record<string, string> = {
  public: 'public',
  fairfax: 'Azure Government',
  mooncake: 'Azure China',
  usnat: 'USNat',
  ussec: 'USSec',
  blackforest: 'Azure Germany',
};

/** Any link to a portal or docs site of a cloud (the URL up to whitespace, a quote, `<`, `>` or `)`). */
const LINK = /https?:\/\/([a-z0-9.-]+\.(?:com|us|cn|de|gov|scloud))(\/[^\s"'<>)]*)?/gi;

/** Which cloud a portal or docs URL belongs to (host, path), or undefined when it is none of theirs. */
export function cloudOf(host: string, urlPath = ''): string | undefined {
  const h = host.toLowerCase();
  const p = urlPath.toLowerCase();
  if (/(^|\.)azure\.us$|(^|\.)usgovcloudapi\.net$/.test(h)) return 'fairfax';
  if (/(^|\.)azure\.cn$|(^|\.)chinacloudapi\.cn$/.test(h)) return 'mooncake';
  if (/(^|\.)microsoftazure\.de$|(^|\.)cloudapi\.de$/.test(h)) return 'blackforest';
  if (/(^|\.)eaglex\.ic\.gov$/.test(h)) return 'usnat';
  if (/(^|\.)microsoft\.scloud$/.test(h)) return 'ussec';
  if (/^(learn|docs)\.microsoft\.com$/.test(h)) {
    // the sovereign clouds' own documentation lives on the public docs site, under its own folder
    if (/\/azure-government(\/|$)|\/azure\/azure-government/.test(p)) return 'fairfax';
    if (/\/azure\/china(\/|$)|\/china\//.test(p)) return 'mooncake';
    if (/\/azure\/germany(\/|$)/.test(p)) return 'blackforest';
    return 'public';
  }
  if (/^(portal\.azure\.com|azure\.microsoft\.com|ms\.portal\.azure\.com)$/.test(h)) return 'public';
  return undefined;
}

/** line, column, the cloud the link belongs to, and its URL */
export type PublicLink = [number, number, string, string];

/** The cloud links of an article whose rendered page has any, positioned in its source (found while rendering). */
export function publicLinks(article: Article, html: string): PublicLink[] {
  if (!LINK.test(html)) return [];
  LINK.lastIndex = 0;
  const out: PublicLink[] = [];
  const seen = new Set<string>();
  for (const m of article.text.matchAll(LINK)) {
    const cloud = cloudOf(m[1], m[2]);
    if (!cloud) continue;
    const at = article.lines.point(m.index!);
    const key = `${at.line}:${at.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([at.line, at.column, cloud, m[0].slice(0, 300)]);
  }
  return out;
}

/** One link in one sovereign bundle that sends readers to another cloud. */
export interface CloudLinkFinding {
  file: string;
  page: string;
  line: number;
  column: number;
  url: string;
  /** the cloud the link belongs to */
  sends: string;
}

/**
 * The findings: per sovereign bundle all of them (for its JSON file), how many links are wrong in at least
 * one bundle, per file, and the first `limit` as diagnostics (one per link, naming the bundles).
 */
export function sovereignLinks(
  records: ArticleMeta[],
  limit = Infinity,
): { count: number; byFile: Map<string, number>; shown: Diagnostic[]; byCloud: Map<string, CloudLinkFinding[]> } {
  const byFile = new Map<string, number>();
  const byCloud = new Map<string, CloudLinkFinding[]>(SOVEREIGN.map((c) => [c, []]));
  const shown: Diagnostic[] = [];
  let count = 0;
  for (const r of records) {
    if (!r.publicLinks.length) continue;
    for (const { finding, wrong } of foundIn(r)) {
      count++;
      byFile.set(r.file, (byFile.get(r.file) ?? 0) + 1);
      for (const c of wrong) byCloud.get(c)!.push(finding);
      if (shown.length >= limit) continue;
      const { file, line, column } = finding;
      shown.push({
        file,
        line,
        column,
        severity: 'warning',
        ruleId: SOVEREIGN_RULE,
        message: messageOf(finding, wrong),
      });
    }
  }
  return { count, byFile, shown, byCloud };
}

/** A link of an article that is wrong in some of its sovereign bundles, and those bundles. */
interface Found {
  finding: CloudLinkFinding;
  wrong: string[];
}

/** The findings of each record, worked out once (a record is never changed once made). */
const FOUND = new WeakMap<ArticleMeta, Found[]>();

function foundIn(r: ArticleMeta): Found[] {
  let found = FOUND.get(r);
  if (found) return found;
  found = [];
  const clouds = r.clouds.filter((c) => SOVEREIGN.includes(c));
  for (const [line, column, sends, url] of clouds.length ? r.publicLinks : []) {
    const wrong = clouds.filter((c) => c !== sends);
    if (wrong.length) found.push({ finding: { file: r.file, page: r.page, line, column, url, sends }, wrong });
  }
  FOUND.set(r, found);
  return found;
}

/** What to say of a link wrong in some bundles (made only for the findings shown: there are thousands). */
function messageOf({ url, sends }: CloudLinkFinding, wrong: string[]): string {
  const what = /portal/i.test(url) ? 'portal' : 'docs';
  const host = url.replace(/^https?:\/\//i, '').split('/')[0];
  return `Published to ${wrong.join(', ')}, but sends readers to the ${NAMES[sends]} ${what} (${host}); link to that cloud's own ${what} where it has one`;
}

/** A finding as a line of a bundle's cloud-links.json, made once. */
export function findingJson(f: CloudLinkFinding): string {
  let json = JSON_OF.get(f);
  if (json === undefined) JSON_OF.set(f, (json = JSON.stringify(f)));
  return json;
}

const JSON_OF = new WeakMap<CloudLinkFinding, string>();

export const SOVEREIGN_RULE = 'build/public-link-in-sovereign-bundle';
