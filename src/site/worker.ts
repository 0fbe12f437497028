/** Worker thread entry of the build: read, parse, normalise and render a chunk of articles. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { parseArticle, type Article } from '../parse/index.js';
import { loadCatalog, normalize } from '../validate/index.js';
import { renderArticle, type LocalLink } from './render.js';
import { publicLinks, type PublicLink } from './sovereign.js';

import { CLOUDS } from './clouds.js';
import { pagePath } from './paths.js';

export { CLOUDS };

/** What the listings, manifests and search shards need of an article: small, kept with the lint summaries. */
export interface ArticleMeta {
  file: string;
  /** sha1 of the source bytes: the key of the article's page */
  hash: string;
  /** where its page goes in the site (pagePath) */
  page: string;
  ok: boolean;
  title: string;
  description: string;
  service: string;
  type: string;
  typeName: string;
  articleId: string;
  supportTopicIds: string[];
  /** normalised, in the order of CLOUDS, minus disableClouds */
  clouds: string[];
  /** links to the public portal or docs that reach the rendered page, with their position in the source */
  publicLinks: PublicLink[];
  /** set by the site (not the worker): the service was taken from the article's folder, its own is empty */
  inferredService?: boolean;
  /** links to other articles and to local media, checked when the site is written */
  links: LocalLink[];
  /** support topic id -> name, from a supportTopicDescription's payload */
  topicNames: Array<[string, string]>;
  /** a digest of what the listings show of the article: a body-only edit leaves it, and every listing, as it was */
  listed: string;
}

/** The large part: read only for the pages and search shards that have to be made again. */
export interface ArticleBody {
  html: string;
  text: string;
}

export type ArticleRecord = ArticleMeta & ArticleBody;

export { pagePath };

export function renderChunk(chunk: { files: string[]; cwd: string }): ArticleRecord[] {
  return chunk.files.map((file) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path.resolve(chunk.cwd, file));
    } catch {
      bytes = new Uint8Array();
    }
    const hash = createHash('sha1').update(bytes).digest('hex');
    const parsed = parseArticle(file, bytes);
    return parsed.ok ? renderRecord(parsed.article, hash) : { ...emptyRecord(file, hash), ok: false };
  });
}

function emptyRecord(file: string, hash: string): ArticleRecord {
  return {
    file,
    hash,
    page: pagePath(file),
    ok: false,
    title: path.basename(file, '.md'),
    description: '',
    service: '',
    type: '',
    typeName: '',
    articleId: '',
    supportTopicIds: [],
    clouds: [],
    publicLinks: [],
    links: [],
    topicNames: [],
    listed: '',
    html: '',
    text: '',
  };
}

function listingDigest(r: Omit<ArticleMeta, 'listed'>): string {
  return createHash('sha1')
    .update(
      JSON.stringify([r.file, r.title, r.description, r.service, r.typeName, r.articleId, r.supportTopicIds, r.clouds]),
    )
    .digest('hex');
}

/** One parsed article -> its record for the site (used by the lint workers too, so a build parses once). */
export function renderRecord(article: Article, hash: string): ArticleRecord {
  const catalog = loadCatalog();
  const base = emptyRecord(article.file, hash);
  const meta = normalize(article, catalog);
  const o = meta.object;
  const type = meta.type ?? '';
  const rendered = renderArticle(article, meta.type);
  const disabled = new Set((o.disableClouds as string[] | undefined) ?? []);
  const listed = new Set((o.cloudEnvironments as string[] | undefined) ?? []);
  const record = {
    ...base,
    ok: true,
    title: String(o.pageTitle ?? rendered.heading ?? base.title),
    description: String(o.description ?? ''),
    service: String(o.service ?? '').toLowerCase(),
    type,
    typeName: catalog.typeSpelling.get(type) ?? type,
    articleId: String(o.articleId ?? ''),
    supportTopicIds: ((o.supportTopicIds as string[] | undefined) ?? []).slice(),
    clouds: CLOUDS.filter((c) => listed.has(c) && !disabled.has(c)),
    publicLinks: publicLinks(article, rendered.html),
    links: rendered.links,
    topicNames: topicNames(article.payload?.value),
    html: rendered.html,
    text: rendered.text,
  };
  return { ...record, listed: listingDigest(record) };
}

/** The names a supportTopicDescription's payload gives its support topics (`supportTopics[].shortDescription`). */
function topicNames(payload: unknown): Array<[string, string]> {
  const topics = (payload as { supportTopics?: unknown } | null)?.supportTopics;
  if (!Array.isArray(topics)) return [];
  return topics.flatMap((t: { id?: unknown; shortDescription?: unknown } | null) =>
    t && typeof t.id === 'string' && typeof t.shortDescription === 'string' && t.shortDescription.trim()
      ? [[t.id.trim(), t.shortDescription.trim()] as [string, string]]
      : [],
  );
}

/** The record without its body. */
export function metaOf(record: ArticleRecord): ArticleMeta {
  const { html: _html, text: _text, ...meta } = record;
  return meta;
}

export default renderChunk;
