/**
 * Client-side search: an inverted index split so that a search fetches only the part it needs, as
 * Pagefind does. Articles are grouped by their exact set of clouds, then by a hash of their path, into
 * groups of a few hundred; a group is made once and linked into every bundle whose cloud is in its set,
 * so a sovereign bundle never holds the text of an article that is not published there, and editing one
 * article re-indexes one group. Each group has:
 *
 * - in the bundle's `search/facets.js` (loaded when the page opens): each article's service, type and
 *   clouds, for the filters, a few bytes each;
 * - `search/<group>/t<bucket>.js`: the terms whose first three characters hash to that bucket, each with
 *   its articles and weights. A query term's bucket holds every term it is a prefix of, so the last word
 *   typed matches as a prefix. A small group (at most WHOLE articles) has one term file instead,
 *   `search/<group>/t.js`, loaded with the facets: a few KB, where 64 files would cost a request each per
 *   search (the corpus has 19 groups, 11 of them small);
 * - `search/<group>/d<n>.js`: the title, path, service, type, clouds and start of the text (for the
 *   snippet) of CHUNK articles, fetched only for the results shown.
 *
 * A term's weight in an article (BM25's saturation and length normalisation, fields boosted) depends on
 * that article alone; the rarity of a term (idf) is computed in the browser from the postings it fetched.
 * All files are scripts calling a global function, not JSON, so search works from file:// too.
 */
import { createHash } from 'node:crypto';
import type { ArticleMeta } from './worker.js';

/** Articles per group, about: a one-article edit re-indexes this many. */
const GROUP_SIZE = 1000;
/** Term files per group: a one-word search fetches one of them from each group. */
export const BUCKETS = 64;
/** Characters of an article's text kept for its snippet. */
const SNIPPET_TEXT = 1500;
/**
 * A group of at most this many articles has all its terms in one file, loaded with the facets, so a search
 * fetches term files only from the large groups. On ../shared/corpus these files come to about 110 KB.
 */
export const WHOLE = 128;
/** Articles per file of titles and snippets: few files to keep between builds, little to fetch for 20 results. */
export const CHUNK = 8;
const CODES: Record<string, string> = {
  public: 'p',
  fairfax: 'f',
  mooncake: 'm',
  usnat: 'n',
  ussec: 's',
  blackforest: 'b',
};
const CLOUD_ORDER = ['public', 'fairfax', 'mooncake', 'usnat', 'ussec', 'blackforest'];

export interface SearchDoc {
  title: string;
  description: string;
  text: string;
  /** the page, relative to a bundle's root */
  path: string;
  service: string;
  type: string;
  clouds: string[];
  /** the service came from the article's folder (its `service` is empty) */
  inferred?: boolean;
}

export interface Shard {
  /** folder name, e.g. `pfns-3` (public, fairfax, usnat, ussec; bucket 3) */
  name: string;
  clouds: string[];
  records: ArticleMeta[];
  /** names everything the group's files are made from */
  key: string;
}

/** Whether a group of this many articles has one term file (t.js) rather than BUCKETS of them. */
export const isWhole = (articles: number): boolean => articles <= WHOLE;

/** The files of a group, relative to `search/<group>/`, in a fixed order: t0.js … t63.js (or t.js), d0.js … */
export function groupFiles(shard: { records: unknown[] }): string[] {
  return [
    ...(isWhole(shard.records.length) ? ['t.js'] : Array.from({ length: BUCKETS }, (_, i) => `t${i}.js`)),
    ...Array.from({ length: Math.ceil(shard.records.length / CHUNK) }, (_, i) => `d${i}.js`),
  ];
}

/**
 * A group's facets (each article's service, type and clouds, for the filters), as the script line the
 * bundle's `search/facets.js` holds for it: made from the records alone, no text needed.
 */
export function facetsScript(name: string, docs: Array<Pick<SearchDoc, 'service' | 'type' | 'clouds'>>): string {
  const services: string[] = [];
  const types: string[] = [];
  const index = (list: string[], v: string) => {
    let i = list.indexOf(v);
    if (i < 0) i = list.push(v) - 1;
    return i;
  };
  const facets = docs.map((d) => [
    index(services, d.service),
    index(types, d.type),
    d.clouds.reduce((m, c) => m | (1 << CLOUD_ORDER.indexOf(c)), 0),
  ]);
  return `selfhelpDocs(${JSON.stringify(name)},${JSON.stringify({ services, types, docs: facets })});\n`;
}

/**
 * Partition records (sorted by file) into groups. Stable: an edit changes one group's key, an addition at most its
 * partition's.
 */
export function planShards(records: ArticleMeta[]): Shard[] {
  const partitions = new Map<string, ArticleMeta[]>();
  for (const r of records) {
    const part = r.clouds.map((c) => CODES[c]).join('') || 'none';
    const members = partitions.get(part);
    if (members) members.push(r);
    else partitions.set(part, [r]);
  }
  const shards: Shard[] = [];
  for (const [part, rs] of [...partitions].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const buckets = 2 ** Math.ceil(Math.log2(Math.max(1, Math.ceil(rs.length / GROUP_SIZE))));
    const groups: ArticleMeta[][] = Array.from({ length: buckets }, () => []);
    for (const r of rs) groups[fnv1a(r.file) % buckets].push(r);
    groups.forEach((members, i) => {
      if (!members.length) return;
      const name = `${part}-${i}`;
      const h = createHash('sha1').update(`search-group-2\0${name}\0`);
      for (const r of members) h.update(`${r.file}\0${r.hash}\0${r.service}\n`);
      shards.push({ name, clouds: members[0].clouds, records: members, key: h.digest('hex') });
    });
  }
  return shards;
}

export const STOP_WORDS =
  'a an and are as at be by can for from has have how if in into is it its of on or that the then this to was will with you your'.split(
    ' ',
  );
const STOP = new Set(STOP_WORDS);

/** Words of a text, lower case: the same split as the browser's (see SEARCH_JS). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && w.length <= 40 && !STOP.has(w));
}

/** The term file a term is in: by its first three characters, so a prefix of three or more finds its terms. */
export function bucketOf(term: string): number {
  return fnv1a(term.slice(0, 3)) % BUCKETS;
}

const FIELDS: Array<[keyof SearchDoc, number, number]> = [
  // field, boost, typical length in words
  ['title', 6, 8],
  ['description', 2, 25],
  ['text', 1, 500],
];

/** Each term of an article and its weight (BM25's term part, without idf), rounded to an integer. */
export function weights(doc: SearchDoc): Map<string, number> {
  const out = new Map<string, number>();
  for (const [field, boost, typical] of FIELDS) {
    const ws = words(String(doc[field] ?? ''));
    const tf = new Map<string, number>();
    for (const w of ws) tf.set(w, (tf.get(w) ?? 0) + 1);
    const norm = 1.2 * (0.25 + (0.75 * ws.length) / typical);
    for (const [w, n] of tf) out.set(w, (out.get(w) ?? 0) + (boost * n) / (n + norm));
  }
  for (const [w, v] of out) out.set(w, Math.max(1, Math.round(v * 10)));
  return out;
}

/** A group's files, in the order of groupFiles(). */
export function groupScripts(name: string, docs: SearchDoc[]): string[] {
  const call = (fn: string, ...args: unknown[]) => `${fn}(${args.map((a) => JSON.stringify(a)).join(',')});\n`;
  const buckets: Array<Map<string, number[]>> = Array.from({ length: BUCKETS }, () => new Map());
  docs.forEach((d, i) => {
    for (const [term, w] of weights(d)) {
      const b = buckets[bucketOf(term)];
      const postings = b.get(term);
      if (postings) postings.push(i, w);
      else b.set(term, [i, w]);
    }
  });
  const sorted = (m: Map<string, number[]>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
  const terms = isWhole(docs.length)
    ? [call('selfhelpTerms', name, -1, sorted(new Map(buckets.flatMap((b) => [...b]))))]
    : buckets.map((b, i) => call('selfhelpTerms', name, i, sorted(b)));
  return [
    ...terms,
    ...Array.from({ length: Math.ceil(docs.length / CHUNK) }, (_, k) =>
      call(
        'selfhelpDocs2',
        `${name}/d${k}`,
        docs.slice(k * CHUNK, (k + 1) * CHUNK).map((d) => ({
          t: d.title,
          p: d.path,
          s: d.service,
          y: d.type,
          c: d.clouds,
          i: d.inferred ? 1 : 0,
          d: d.description,
          x: d.text.slice(0, SNIPPET_TEXT),
        })),
      ),
    ),
  ];
}

export interface ShardJob {
  name: string;
  docs: SearchDoc[];
}

/** Worker thread entry: index a batch of groups; each group's files come back as one string (a JSON array). */
export default function indexShards(jobs: ShardJob[]): string[] {
  return jobs.map((j) => JSON.stringify(groupScripts(j.name, j.docs)));
}

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
