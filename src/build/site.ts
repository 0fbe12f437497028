/**
 * Article records -> every file of dist/: article pages, the index, pages by service, by selfHelpType and by
 * support topic (with breadcrumbs), manifest.json, support-topics.json, a MiniSearch index, sitemap.xml,
 * the support-topic coverage report, and one bundle per cloud. Pure: the same records give the same files.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import type { ArticleRecord } from './worker.js';
import { CSS, SEARCH_JS } from './assets.js';

export const CLOUDS = ['public', 'fairfax', 'mooncake', 'usnat', 'ussec', 'blackforest'] as const;
const CLOUD_NAMES: Record<string, string> = { public: 'Public', fairfax: 'Azure Government (Fairfax)', mooncake: 'Azure China (Mooncake)', usnat: 'USNat', ussec: 'USSec', blackforest: 'Azure Germany (Black Forest)' };

export interface SiteOptions {
  /** lint summary to show on the reports page: problems by rule and by service */
  lint?: { byRule: Record<string, number>; byService: Record<string, number>; errors: number; warnings: number };
  /** a duplicates report to link, when there is one (relative to the site root) */
  duplicatesReport?: string;
  baseUrl?: string;
}

export type SiteFiles = Map<string, string | Uint8Array>;

/**
 * Receives each file of the site as it is made (path relative to the site root). `same` names a file
 * already emitted with exactly this content: the writer may hard-link it instead of writing it again.
 */
export type Emit = (path: string, content: string | Uint8Array, same?: string) => void;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'none';

/** Where an article's page goes: its path without `..` segments or odd characters, never outside the site. */
export function pagePath(file: string): string {
  const parts = file.replace(/\.md$/i, '').split('/').filter((p) => p && p !== '.' && p !== '..').map((p) => p.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^\.+/, '_'));
  if (parts[0] === 'articles' && parts.length > 1) parts.shift();
  return `articles/${parts.join('/')}.html`;
}

/** The whole site in memory (tests, small corpora). */
export function buildSite(all: ArticleRecord[], options: SiteOptions = {}): SiteFiles {
  const files: SiteFiles = new Map();
  writeSite(all, options, (p, c, same) => files.set(p, same ? files.get(same)! : c));
  return files;
}

/** Every file of the site, handed to `emit` one by one: nothing but the records is held in memory. */
export function writeSite(all: ArticleRecord[], options: SiteOptions, emit: Emit): void {
  const records = all.filter((r) => r.ok).sort((a, b) => (a.file < b.file ? -1 : 1));
  // article pages and assets are the same in every bundle: made once, then linked
  const shared = new Map<string, string>();
  bundle(emit, '', records, 'All clouds', options, undefined, shared);
  for (const cloud of CLOUDS) {
    bundle(emit, `${cloud}/`, records.filter((r) => r.clouds.includes(cloud)), CLOUD_NAMES[cloud], options, cloud, shared);
  }
}

const ASSETS: Array<[string, () => string]> = [
  ['assets/site.css', () => CSS],
  ['assets/search.js', () => SEARCH_JS],
  ['assets/minisearch.js', () => readFileSync(new URL('../../../node_modules/minisearch/dist/umd/index.js', import.meta.url), 'utf8')],
];

function bundle(emitFile: Emit, prefix: string, records: ArticleRecord[], label: string, options: SiteOptions, cloud: string | undefined, shared: Map<string, string>): void {
  // every bundle carries its own assets, so relative paths are the same in all of them
  const root = '';
  const written: string[] = [];
  const files = { set: (p: string, c: string) => (emitFile(p, c), written.push(p)) };
  /** a page that is the same in every bundle: emitted once, linked afterwards */
  const once = (rel: string, make: () => string) => {
    const first = shared.get(rel);
    if (first === undefined) {
      emitFile(prefix + rel, make());
      shared.set(rel, prefix + rel);
    } else emitFile(prefix + rel, '', first);
    written.push(prefix + rel);
  };
  for (const [rel, content] of ASSETS) once(rel, content);
  /** `common`: a page that is the same in every bundle (no cloud switcher, no bundle name) */
  const layout = (depth: number, title: string, crumbs: Array<[string, string]>, body: string, common = false) => {
    const up = '../'.repeat(depth);
    const crumbLabel = common ? 'Home' : label;
    const nav = [[`${up}index.html`, crumbLabel] as [string, string], ...crumbs].map(([href, text], i, a) => (i === a.length - 1 && crumbs.length ? esc(text) : `<a href="${esc(href)}">${esc(text)}</a>`)).join(' <span aria-hidden="true">›</span> ');
    const clouds = CLOUDS.map((c) => `<a href="${up}${prefix ? '../' : ''}${c}/index.html"${c === cloud ? ' aria-current="page"' : ''}>${esc(c)}</a>`).join(' ');
    const switcher = common ? '' : `<nav class="clouds" aria-label="Cloud">${prefix ? `<a href="${up}../index.html">all</a> ` : `<a href="${up}index.html" aria-current="page">all</a> `}${clouds}</nav>`;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="stylesheet" href="${up}${root}assets/site.css">
</head>
<body>
<header><a class="brand" href="${up}index.html">Self-help</a>${switcher}</header>
<nav class="crumbs" aria-label="Breadcrumb">${nav}</nav>
<main>
${body}
</main>
<footer>${common ? 'Built by selfhelp.' : `Built by selfhelp from ${records.length} articles${cloud ? ` published to ${esc(CLOUD_NAMES[cloud])}` : ''}.`}</footer>
</body>
</html>
`;
  };
  const link = (depth: number, r: ArticleRecord) => `<a href="${'../'.repeat(depth)}${pagePath(r.file)}">${esc(r.title)}</a>`;
  const list = (depth: number, rs: ArticleRecord[]) => `<ul class="articles">${rs.map((r) => `<li>${link(depth, r)}${r.description ? `<p>${esc(r.description)}</p>` : ''}</li>`).join('')}</ul>`;

  const byService = group(records, (r) => [r.service || 'unknown']);
  const byType = group(records, (r) => [r.typeName || 'unknown']);
  const byTopic = group(records, (r) => r.supportTopicIds);

  for (const r of records) {
    const page = pagePath(r.file);
    const depth = page.split('/').length - 1;
    const crumbs: Array<[string, string]> = [
      [`${'../'.repeat(depth)}services/${slug(r.service || 'unknown')}.html`, r.service || 'unknown'],
      ['', r.title],
    ];
    const facts = [
      ['Type', `<a href="${'../'.repeat(depth)}types/${slug(r.typeName || 'unknown')}.html">${esc(r.typeName || 'unknown')}</a>`],
      ['Support topics', r.supportTopicIds.map((t) => `<a href="${'../'.repeat(depth)}topics.html#topic-${slug(t)}">${esc(t)}</a>`).join(', ') || '—'],
      ['Clouds', esc(r.clouds.join(', ') || '—')],
      ['Article id', `<code>${esc(r.articleId)}</code>`],
    ];
    const body = `<article>${r.html}</article>\n<aside class="facts"><dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></aside>`;
    once(page, () => layout(depth, r.title, crumbs, body, true));
  }

  const listing = (dir: string, groups: Map<string, ArticleRecord[]>, what: string) => {
    for (const [key, rs] of groups) files.set(`${prefix}${dir}/${slug(key)}.html`, layout(1, `${what}: ${key}`, [[`${dir}.html`, `By ${what.toLowerCase()}`], ['', key]], `<h1>${esc(what)}: ${esc(key)}</h1><p>${rs.length} article${rs.length === 1 ? '' : 's'}</p>${list(1, rs)}`));
    files.set(`${prefix}${dir}.html`, layout(0, `By ${what.toLowerCase()}`, [['', `By ${what.toLowerCase()}`]], `<h1>By ${esc(what.toLowerCase())}</h1><ul class="groups">${[...groups].map(([k, rs]) => `<li><a href="${dir}/${slug(k)}.html">${esc(k)}</a> <span class="count">${rs.length}</span></li>`).join('')}</ul>`));
  };
  listing('services', byService, 'Service');
  listing('types', byType, 'Type');
  // support topics are many (thousands): one page, a section per topic, instead of a file each
  files.set(
    `${prefix}topics.html`,
    layout(0, 'By support topic', [['', 'By support topic']], `<h1>By support topic</h1><p>${byTopic.size} topics</p>${[...byTopic].map(([t, rs]) => `<section id="topic-${slug(t)}"><h2>${esc(t)} <span class="count">${rs.length}</span></h2>${list(0, rs)}</section>`).join('')}`),
  );

  // search: titles, descriptions and body text, loaded by the page from a static file
  const search = new MiniSearch<{ id: number; title: string; description: string; text: string; path: string; service: string }>({
    fields: ['title', 'description', 'text'],
    storeFields: ['title', 'path', 'service'],
    searchOptions: { boost: { title: 3, description: 2 }, prefix: true, fuzzy: 0.2 },
  });
  search.addAll(records.map((r, id) => ({ id, title: r.title, description: r.description, text: r.text, path: pagePath(r.file), service: r.service })));
  files.set(`${prefix}search-index.json`, JSON.stringify(search));

  const manifest = {
    $schema: `${root}schemas/manifest.schema.json`,
    cloud: cloud ?? 'all',
    articles: records.map((r) => ({
      file: r.file,
      path: pagePath(r.file),
      articleId: r.articleId,
      title: r.title,
      description: r.description,
      service: r.service,
      selfHelpType: r.typeName,
      supportTopicIds: r.supportTopicIds,
      cloudEnvironments: r.clouds,
      contentHash: r.hash,
    })),
  };
  files.set(`${prefix}manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  const topics = Object.fromEntries([...byTopic].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, rs]) => [t, rs.map((r) => r.articleId || r.file)]));
  files.set(`${prefix}support-topics.json`, `${JSON.stringify({ $schema: `${root}schemas/support-topics.schema.json`, cloud: cloud ?? 'all', topics }, null, 2)}\n`);

  files.set(`${prefix}reports/coverage.html`, layout(1, 'Support topic coverage', [['', 'Support topic coverage']], coverage(records, byService, byTopic)));
  if (!prefix) files.set('reports/index.html', layout(1, 'Reports', [['', 'Reports']], reports(options)));

  const base = (options.baseUrl ?? '').replace(/\/$/, '');
  const urls = written.filter((f) => f.endsWith('.html')).sort();
  files.set(`${prefix}sitemap.xml`, `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${esc(`${base}/${u}`)}</loc></url>`).join('\n')}\n</urlset>\n`);

  const stats = `<p class="lead">${records.length} articles, ${byService.size} services, ${byTopic.size} support topics.</p>`;
  const searchBox = `<form class="search" role="search"><input id="q" type="search" placeholder="Search titles, descriptions and text" aria-label="Search" autocomplete="off"><ol id="results"></ol></form>`;
  const top = (m: Map<string, ArticleRecord[]>, dir: string) => [...m].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).slice(0, 24).map(([k, rs]) => `<li><a href="${dir}/${slug(k)}.html">${esc(k)}</a> <span class="count">${rs.length}</span></li>`).join('');
  files.set(
    `${prefix}index.html`,
    layout(0, `Self-help — ${label}`, [], `<h1>Self-help articles — ${esc(label)}</h1>${stats}${searchBox}
<section class="columns"><div><h2><a href="services.html">By service</a></h2><ul class="groups">${top(byService, 'services')}</ul></div>
<div><h2><a href="types.html">By type</a></h2><ul class="groups">${top(byType, 'types')}</ul></div>
<div><h2><a href="topics.html">By support topic</a></h2><p>${byTopic.size} topics</p><h2>Reports</h2><ul><li><a href="reports/coverage.html">Support topic coverage</a></li>${prefix ? '' : '<li><a href="reports/index.html">Lint summary</a></li>'}${!prefix && options.duplicatesReport ? `<li><a href="${esc(options.duplicatesReport)}">Duplicate guidance</a></li>` : ''}</ul></div></section>
<script src="${root}assets/minisearch.js"></script><script src="${root}assets/search.js"></script>`),
  );
}

function group(records: ArticleRecord[], keys: (r: ArticleRecord) => string[]): Map<string, ArticleRecord[]> {
  const m = new Map<string, ArticleRecord[]>();
  for (const r of records) for (const k of keys(r)) m.set(k, [...(m.get(k) ?? []), r]);
  return new Map([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A horizontal bar chart as inline SVG: no script, no external resource. */
export function barChart(rows: Array<[string, number]>, title: string): string {
  const max = Math.max(1, ...rows.map(([, v]) => v));
  const h = 22;
  const bars = rows
    .map(([k, v], i) => `<g transform="translate(0,${i * h})"><text x="0" y="15" class="label">${esc(k.length > 38 ? `${k.slice(0, 36)}…` : k)}</text><rect x="260" y="3" height="16" width="${Math.max(1, (v / max) * 420).toFixed(1)}" class="bar"/><text x="${(266 + (v / max) * 420).toFixed(1)}" y="15" class="value">${v}</text></g>`)
    .join('');
  return `<figure><figcaption>${esc(title)}</figcaption><svg class="chart" role="img" aria-label="${esc(title)}" viewBox="0 0 740 ${rows.length * h + 4}" width="100%">${bars}</svg></figure>`;
}

function coverage(records: ArticleRecord[], byService: Map<string, ArticleRecord[]>, byTopic: Map<string, ArticleRecord[]>): string {
  const noTopic = records.filter((r) => !r.supportTopicIds.length);
  const crowded = [...byTopic].filter(([, rs]) => rs.length >= 5).sort((a, b) => b[1].length - a[1].length);
  const lonely = records.filter((r) => r.supportTopicIds.length && r.supportTopicIds.every((t) => byTopic.get(t)!.length === 1));
  const perService = [...byService].map(([s, rs]) => [s, rs.filter((r) => !r.supportTopicIds.length).length] as [string, number]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).slice(0, 25);
  return `<h1>Support topic coverage</h1>
<p class="lead">${byTopic.size} support topics have articles. ${noTopic.length} articles name no support topic; ${crowded.length} topics have 5 or more articles; ${lonely.length} articles point only at topics no other article uses.</p>
<p>Which topic ids have no article at all needs the portal's list of support topics, which is not part of the content repository.</p>
${barChart(perService, 'Articles without a support topic, by service (top 25)')}
<h2>Topics with many articles</h2><table><thead><tr><th>Topic</th><th>Articles</th></tr></thead><tbody>${crowded.slice(0, 50).map(([t, rs]) => `<tr><td><a href="../topics.html#topic-${slug(t)}">${esc(t)}</a></td><td>${rs.length}</td></tr>`).join('')}</tbody></table>
<h2>Articles whose topics no other article uses</h2><p>${lonely.length} articles.</p>`;
}

function reports(options: SiteOptions): string {
  const lint = options.lint;
  if (!lint) return '<h1>Reports</h1><p>No lint summary: the build ran with --force or without lint.</p>';
  const top = (m: Record<string, number>) => Object.entries(m).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 25);
  return `<h1>Lint summary</h1><p class="lead">${lint.errors} errors and ${lint.warnings} warnings.</p>${barChart(top(lint.byRule), 'Problems by rule')}${barChart(top(lint.byService), 'Problems by service')}${options.duplicatesReport ? `<p><a href="../${esc(options.duplicatesReport)}">Duplicate guidance report</a></p>` : ''}`;
}

/** A stable digest of the whole site, for tests and logs. */
export function digest(files: SiteFiles): string {
  const h = createHash('sha256');
  for (const [k, v] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) h.update(k).update('\0').update(v).update('\0');
  return h.digest('hex');
}
