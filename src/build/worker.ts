/** Worker thread entry of the build: read, parse, normalise and render a chunk of articles. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { parseArticle, type Article } from '../parse/index.js';
import { loadCatalog, normalize } from '../validate/index.js';
import { renderArticle } from './render.js';

export interface ArticleRecord {
  file: string;
  hash: string;
  ok: boolean;
  title: string;
  description: string;
  service: string;
  type: string;
  typeName: string;
  articleId: string;
  supportTopicIds: string[];
  clouds: string[];
  html: string;
  text: string;
}

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
  return { file, hash, ok: false, title: path.basename(file, '.md'), description: '', service: '', type: '', typeName: '', articleId: '', supportTopicIds: [], clouds: [], html: '', text: '' };
}

/** One parsed article -> its record for the site (used by the lint workers too, so a build parses once). */
export function renderRecord(article: Article, hash: string): ArticleRecord {
  const catalog = loadCatalog();
  const file = article.file;
  const base = emptyRecord(file, hash);
  {
    const meta = normalize(article, catalog);
    const o = meta.object;
    const type = meta.type ?? '';
    const rendered = renderArticle(article, meta.type);
    const disabled = new Set((o.disableClouds as string[] | undefined) ?? []);
    return {
      ...base,
      ok: true,
      title: String(o.pageTitle ?? rendered.heading ?? base.title),
      description: String(o.description ?? ''),
      service: String(o.service ?? '').toLowerCase(),
      type,
      typeName: catalog.typeSpelling.get(type) ?? type,
      articleId: String(o.articleId ?? ''),
      supportTopicIds: ((o.supportTopicIds as string[] | undefined) ?? []).slice(),
      clouds: ((o.cloudEnvironments as string[] | undefined) ?? []).filter((c) => !disabled.has(c)),
      html: rendered.html,
      text: rendered.text,
    };
  }
}

export default renderChunk;
