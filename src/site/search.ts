/**
 * Client-side search, built with MiniSearch (a small, dependency-free full-text index whose serialised
 * form the page loads as it is: no server, works offline). The index is split into shards: articles are
 * grouped by their exact set of clouds, then by a hash of their path. A shard is made once and linked
 * into every bundle whose cloud is in its set, so a sovereign bundle never holds the text of an article
 * that is not published there, and editing one article re-indexes one shard, not the corpus.
 */
import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import type { ArticleMeta } from './worker.js';

export const SEARCH_OPTIONS = {
  fields: ['title', 'description', 'text'],
  storeFields: ['title', 'path', 'service'],
  searchOptions: { boost: { title: 3, description: 2 }, prefix: true, fuzzy: 0.2 },
};

/**
 * Articles per shard, about: a one-article edit re-indexes this many (about 30 ms for 100 on one core). A
 * reader's first search loads all of its bundle's shards (about 50 scripts for the public one).
 */
const SHARD_SIZE = 100;
const CODES: Record<string, string> = { public: 'p', fairfax: 'f', mooncake: 'm', usnat: 'n', ussec: 's', blackforest: 'b' };

export interface SearchDoc {
  id: number;
  title: string;
  description: string;
  text: string;
  path: string;
  service: string;
}

export interface Shard {
  /** file name without extension, e.g. `pfns-3` (public, fairfax, usnat, ussec; bucket 3) */
  name: string;
  clouds: string[];
  records: ArticleMeta[];
  /** names everything the shard is made from */
  key: string;
}

/** Partition records (sorted by file) into shards. Stable: an edit changes one shard's key, an addition at most its partition's. */
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
    const buckets = 2 ** Math.ceil(Math.log2(Math.max(1, Math.ceil(rs.length / SHARD_SIZE))));
    const groups: ArticleMeta[][] = Array.from({ length: buckets }, () => []);
    for (const r of rs) groups[fnv1a(r.file) % buckets].push(r);
    groups.forEach((members, i) => {
      if (!members.length) return;
      const name = `${part}-${i}`;
      const h = createHash('sha1').update(`search-shard-1\0${name}\0`);
      for (const r of members) h.update(`${r.file}\0${r.hash}\n`);
      shards.push({ name, clouds: members[0].clouds, records: members, key: h.digest('hex') });
    });
  }
  return shards;
}

/** The shard's script: it hands the serialised index to the page's search client (a script, not JSON, so it loads from file:// too). */
export function shardScript(name: string, docs: SearchDoc[]): string {
  const index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  index.addAll(docs);
  return `selfhelpSearch(${JSON.stringify(name)},${JSON.stringify(index)});\n`;
}

export interface ShardJob {
  name: string;
  docs: SearchDoc[];
}

/** Worker thread entry: index a batch of shards. */
export default function indexShards(jobs: ShardJob[]): string[] {
  return jobs.map((j) => shardScript(j.name, j.docs));
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
