/**
 * Article records -> every file of dist/: article pages, the index, pages by service, by selfHelpType and by
 * support topic (with breadcrumbs), manifest.json, support-topics.json, a search index in parts (search.ts),
 * sitemap.xml,
 * the support-topic coverage report, and one bundle per cloud. Pure: the same records give the same files.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import indexShards, {
  CHUNK,
  facetsScript,
  fnv1a,
  groupFiles,
  groupScripts,
  isWhole,
  planShards,
  type SearchDoc,
  type Shard,
  type ShardJob,
} from './search.js';
import { CLOUDS } from './clouds.js';
import { findingJson, sovereignLinks, type CloudLinkFinding } from './sovereign.js';
import { checkLocalLinks, withDeadLinks, withServices, type LocalLinks } from './links.js';
import { pagePath, type ArticleBody, type ArticleMeta, type ArticleRecord } from './worker.js';
import { CSS, SEARCH_JS } from './assets.js';
import { mark } from '../timing.js';
import { escapeHtml as esc } from '../html.js';
import type { Diagnostic } from '../diagnostic.js';

export { CLOUDS };
const CLOUD_NAMES: Record<string, string> = {
  public: 'Public',
  fairfax: 'Azure Government (Fairfax)',
  mooncake: 'Azure China (Mooncake)',
  usnat: 'USNat',
  ussec: 'USSec',
  blackforest: 'Azure Germany (Black Forest)',
};

/** The lint summary the reports page shows: problems (errors and warnings) by rule and by service. */
export interface LintSummary {
  byRule: Record<string, number>;
  byService: Record<string, number>;
  errors: number;
  warnings: number;
  /** rule -> file -> problems: the list behind each bar of the chart by rule */
  byRuleFile?: Record<string, Record<string, number>>;
}

export interface SiteOptions {
  /** lint summary to show on the reports page: problems by rule and by service */
  lint?: LintSummary;
  /** a duplicates report to link, when there is one (relative to the site root) */
  duplicatesReport?: string;
  /** the folder article paths are relative to (default: the current one), for local media */
  cwd?: string;
  /** problems found while writing the site (links to missing articles or media) are added here */
  problems?: Diagnostic[];
  /** the site's absolute URL: the sitemaps are made only with one */
  baseUrl?: string;
  /** cloud -> the absolute URL of its bundle deployed alone (default `<baseUrl>/<cloud>/`) */
  bundleUrls?: Record<string, string>;
  /**
   * the links to another cloud's portal or docs, by sovereign cloud, when the caller found them already (from the
   * same records, in the same order: see sovereignLinks); else they are found here
   */
  cloudLinks?: Map<string, CloudLinkFinding[]>;
}

export type SiteFiles = Map<string, string | Uint8Array>;

export type Content = string | Uint8Array;

/** Receives each file of the site as it is made (paths relative to the site root). */
export interface Emitter {
  /**
   * A file. `make` is called only when the file has to be made: `key`, when given, names everything the
   * file is made from, and a file the previous build made from the same key is reused as it is.
   */
  file(path: string, make: Content | (() => Content), key?: string): void;
  /** A file with the same bytes as `same`, already emitted: the writer may hard-link it. */
  link(path: string, same: string): void;
  /** Whether file(path, …, key) would reuse the previous build's file without making it. */
  reusable(path: string, key: string): boolean;
  /**
   * Set when the emitter makes files only when they are read (a preview's: see live.ts): work that only some
   * files need is left to their `make`, and bodies are loaded lazily.
   */
  readonly deferred?: boolean;
  /**
   * A group of files made from `inputs` alone (a long-lived emitter's: see live.ts): when the previous write
   * emitted the group from the same inputs (compared one by one, by value or identity; a list item by item), it
   * may emit the same files again without calling `emit`. Without it, `emit` is called (and the inputs need not
   * be listed).
   */
  memo?(name: string, inputs: readonly unknown[], emit: () => void): void;
}

/** Indexes search shards: in this thread by default; the build hands large batches to worker threads. */
export type ShardIndexer = (jobs: ShardJob[]) => Promise<string[]>;

/**
 * A file name or anchor for a service, type or topic: lower case letters, digits, `.` and `-` stay; any
 * other character becomes `_<hex>_`, so distinct (lower-case) keys never share a name (`a/` is `a_2f_`).
 */
export function slug(key: string): string {
  const s = key
    .toLowerCase()
    .replace(/[^a-z0-9.-]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}_`)
    .replace(/^\./, '_2e_');
  return s || '_';
}

export { pagePath };

/** The whole site in memory (tests, the preview server). */
export async function buildSite(all: ArticleRecord[], options: SiteOptions = {}): Promise<SiteFiles> {
  const files: SiteFiles = new Map();
  const add = (p: string, content: Content) => {
    if (files.has(p)) throw new Error(`two files at one path: ${p}`);
    files.set(p, content);
  };
  const emitter: Emitter = {
    file: (p, make) => add(p, typeof make === 'function' ? make() : make),
    link: (p, same) => add(p, files.get(same)!),
    reusable: () => false,
  };
  const bodies = new Map<string, ArticleBody>(all.map((r) => [r.file, r]));
  await writeSite(all, async () => bodies, options, emitter);
  return files;
}

/** A value worked out the first time it is asked for. */
function lazy<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

const inThread: ShardIndexer = async (jobs) => indexShards(jobs);

/**
 * The bodies of these articles (file -> body): the loader may read them from a cache or render them again, at
 * once or when each is asked for.
 */
export type BodyLoader = (records: ArticleMeta[]) => Promise<Pick<Map<string, ArticleBody>, 'get'>>;

/**
 * Every file of the site, handed to the emitter one by one. Article pages and search shards are the
 * same in every bundle: made once (or reused from the previous build), then linked into each bundle.
 * Bodies are loaded only for the articles whose page or search shard has to be made again.
 */
export async function writeSite(
  all: ArticleMeta[],
  loadBodies: BodyLoader,
  options: SiteOptions,
  emitter: Emitter,
  indexShards: ShardIndexer = inThread,
): Promise<void> {
  const records = withServices(all.filter((r) => r.ok).sort((a, b) => (a.file < b.file ? -1 : 1)));
  const local = checkLocalLinks(records, options);
  mark('  local links checked');
  const findings = options.cloudLinks ?? sovereignLinks(records).byCloud;
  const names = topicNames(records);
  const extra: Extra = { local, findings, names };
  const shards = planShards(records);
  mark('  search groups planned');
  // a group is indexed again when any of its files cannot be reused; for an emitter that makes files when they are
  // read, when it is read (then every body may be asked for)
  const todo = emitter.deferred
    ? []
    : shards.filter((s) => groupFiles(s).some((f) => !emitter.reusable(`search/${s.name}/${f}`, groupKey(s, f))));
  // each page's key, made once (asked for here and when the page is emitted)
  const keys = records.map((r) => pageKey(r, names, local.dead.get(r)));
  const pages = emitter.deferred ? records : records.filter((r, i) => !emitter.reusable(r.page, keys[i]));
  mark('  reuse checked');
  const bodies = await loadBodies([...new Set([...pages, ...todo.flatMap((s) => s.records)])]);
  const body = (r: ArticleMeta) => {
    const b = bodies.get(r.file);
    if (!b) throw new Error(`no rendered body for ${r.file}: its page changed during the build`);
    return b;
  };
  // search shards first: indexing runs (in worker threads, for a large batch) while the pages are written
  const docsOf = (s: Shard) =>
    s.records.map((r): SearchDoc => ({
      title: r.title,
      description: r.description,
      text: body(r).text,
      path: r.page,
      service: r.service || 'unknown',
      type: r.typeName || 'unknown',
      clouds: r.clouds,
    }));
  const indexing = indexShards(todo.map((s) => ({ name: s.name, docs: docsOf(s) })));
  indexing.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
  // the event loop gets a turn now and then, so that worker threads are fed while pages are written
  const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

  for (const [rel, content] of ASSETS) emitter.file(rel, content);
  for (const [i, r] of records.entries()) {
    const dead = local.dead.get(r);
    emitter.file(r.page, () => articlePage(r, dead ? withDeadLinks(body(r).html, dead) : body(r).html, names), keys[i]);
    if ((i + 1) % 256 === 0) await breathe();
  }
  for (const [rel, source] of local.media)
    emitter.file(rel, () => readFileSync(source.full), `media\0${source.size}\0${source.mtimeMs}`);
  mark('  pages');

  const bundles: Array<{ prefix: string; shards: Shard[] }> = [{ prefix: '', shards }];
  // an article's manifest entry is the same in every bundle's manifest: made once (for a record, which is never
  // changed once made: a long-lived engine's unchanged articles keep theirs from one build to the next)
  const entryOf = (r: ArticleMeta) => {
    let e = ENTRIES.get(r);
    if (!e) ENTRIES.set(r, (e = manifestEntry(r)));
    return e;
  };
  // what the listings show of an article: its digest, and the service the site gave it (see withServices)
  const shownOf = (r: ArticleMeta) => (r.inferredService ? `${r.listed}\0${r.service}\0` : r.listed);
  const memo = (name: string, inputs: () => unknown[], emit: () => void) =>
    emitter.memo ? emitter.memo(name, inputs(), emit) : emit();
  const common = lazy(() =>
    JSON.stringify([
      options.baseUrl,
      options.bundleUrls,
      options.duplicatesReport,
      [...names],
      [...findings].map(([c, list]) => [c, list.length]),
    ]),
  );
  // what each article's listings, links and manifest entries are made from, in the order of the records: one
  // list for every bundle (a cloud's bundle is made from its part of it, which the list decides too)
  const inputs = {
    shown: lazy(() => records.map(shownOf)),
    media: lazy(() => records.map((r) => local.mediaOf.get(r)?.join('\0'))),
    sources: lazy(() => digestOf(records.map((r) => `${r.file}\0${r.hash}`))),
    // a finding is made of its article's path, page and clouds and of the link (see sovereignLinks): an edit that
    // moves no such link leaves the lists as they were
    linked: lazy(() =>
      digestOf(
        records
          .filter((r) => r.publicLinks.length)
          .map((r) => `${r.file}\0${r.page}\0${r.clouds.join(',')}\0${JSON.stringify(r.publicLinks)}`),
      ),
    ),
  };
  const context: BundleContext = { emitter, options, entryOf, extra, memo, inputs, common };
  // grouped (and sorted) once, when a bundle's listings are made; each cloud's bundle keeps its part of each group
  const groups = lazy((): Groups => ({
    byService: group(records, (r) => [r.service || 'unknown']),
    byType: group(records, (r) => [r.typeName || 'unknown']),
    byTopic: group(records, (r) => r.supportTopicIds),
  }));
  // the articles in the order of their pages' paths, for the sitemaps
  const byPage = lazy(() => [...records].sort((a, b) => (a.page < b.page ? -1 : 1)));
  bundle(context, { prefix: '', records, groups, shards, label: 'All clouds', byPage });
  // each cloud's part of the records, of each group and of the pages, in one pass each
  const clouds = new Map<string, number>(CLOUDS.map((c, i) => [c, i]));
  const split = (rs: ArticleMeta[]) => {
    const out = CLOUDS.map(() => [] as ArticleMeta[]);
    for (const r of rs)
      for (const c of r.clouds) {
        const i = clouds.get(c);
        if (i !== undefined) out[i].push(r);
      }
    return out;
  };
  const splitGroups = (m: Map<string, ArticleMeta[]>) => {
    const out = CLOUDS.map(() => new Map<string, ArticleMeta[]>());
    for (const [k, list] of m) split(list).forEach((part, i) => part.length && out[i].set(k, part));
    return out;
  };
  const recordsOf = split(records);
  const pagesOf = lazy(() => split(byPage()));
  const groupsOf = lazy(() => {
    const [services, types, topics] = [groups().byService, groups().byType, groups().byTopic].map(splitGroups);
    return CLOUDS.map((_, i): Groups => ({ byService: services[i], byType: types[i], byTopic: topics[i] }));
  });
  for (const [i, cloud] of CLOUDS.entries()) {
    const own = shards.filter((s) => s.clouds.includes(cloud));
    bundles.push({ prefix: `${cloud}/`, shards: own });
    await breathe();
    bundle(context, {
      prefix: `${cloud}/`,
      records: recordsOf[i],
      groups: () => groupsOf()[i],
      shards: own,
      label: CLOUD_NAMES[cloud],
      cloud,
      byPage: () => pagesOf()[i],
    });
  }
  mark('  bundles');

  const made = await indexing;
  const scripts = new Map(todo.map((s, i) => [s.name, made[i]]));
  for (const s of shards) {
    let files: string[] | undefined;
    const made = () =>
      (files ??= scripts.has(s.name)
        ? (JSON.parse(scripts.get(s.name)!) as string[])
        : groupScripts(s.name, docsOf(s)));
    groupFiles(s).forEach((f, i) => emitter.file(`search/${s.name}/${f}`, () => made()[i], groupKey(s, f)));
  }
  // each bundle's facets: its groups' lines, made from the records (each group's line made once)
  const facets = new Map<string, string>();
  const facetsOf = (s: Shard) => {
    let script = facets.get(s.name);
    if (script === undefined) {
      const docs = s.records.map((r) => ({
        service: r.service || 'unknown',
        type: r.typeName || 'unknown',
        clouds: r.clouds,
      }));
      facets.set(s.name, (script = facetsScript(s.name, docs)));
    }
    return script;
  };
  for (const b of bundles)
    memo(
      `${b.prefix}\0facets`,
      () => [b.shards.map((s) => s.name).join(' '), inputs.shown()],
      () => emitter.file(`${b.prefix}search/facets.js`, b.shards.map(facetsOf).join('')),
    );
  for (const b of bundles) {
    if (!b.prefix) continue;
    // remade only for the files whose id changed (see live.ts)
    memo(
      `${b.prefix}\0search-links`,
      () => b.shards.flatMap((s) => [s.name, ...groupFiles(s)]),
      () => {
        for (const s of b.shards)
          for (const f of groupFiles(s)) emitter.link(`${b.prefix}search/${s.name}/${f}`, `search/${s.name}/${f}`);
      },
    );
  }
  mark('  search shards');
}

const ASSETS: Array<[string, () => string]> = [
  ['assets/site.css', () => CSS],
  ['assets/search.js', () => SEARCH_JS],
];

interface BundleInfo {
  prefix: string;
  label: string;
  cloud?: string;
  count: number;
  /** the other bundles' absolute URLs, when configured */
  urls?: Record<string, string>;
}

/** The page layout: `cloud` undefined for pages that are the same in every bundle (no switcher, no bundle name). */
function layout(
  depth: number,
  title: string,
  crumbs: Array<[string, string]>,
  body: string,
  bundleInfo?: BundleInfo,
): string {
  const up = '../'.repeat(depth);
  const crumbLabel = bundleInfo ? bundleInfo.label : 'Home';
  const nav = [[`${up}index.html`, crumbLabel] as [string, string], ...crumbs]
    .map(([href, text], i, a) =>
      i === a.length - 1 && crumbs.length ? esc(text) : `<a href="${esc(href)}">${esc(text)}</a>`,
    )
    .join(' <span aria-hidden="true">›</span> ');
  let switcher = '';
  let footer = 'Built by selfhelp.';
  if (bundleInfo) {
    const { prefix, cloud, count } = bundleInfo;
    // a cloud's bundle is deployed alone: it links to no folder outside itself (to other bundles only by URL)
    if (prefix) {
      const others = CLOUDS.filter((c) => c !== cloud && bundleInfo.urls?.[c]);
      const links = others.map((c) => `<a href="${esc(bundleInfo.urls![c])}">${esc(c)}</a>`).join(' ');
      switcher = `<nav class="clouds" aria-label="Cloud"><span aria-current="page">${esc(cloud ?? '')}</span>${links ? ` ${links}` : ''}</nav>`;
    } else {
      const clouds = CLOUDS.map((c) => `<a href="${up}${c}/index.html">${esc(c)}</a>`).join(' ');
      switcher = `<nav class="clouds" aria-label="Cloud"><a href="${up}index.html" aria-current="page">all</a> ${clouds}</nav>`;
    }
    footer = `Built by selfhelp from ${count} articles${cloud ? ` published to ${esc(CLOUD_NAMES[cloud])}` : ''}.`;
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="stylesheet" href="${up}assets/site.css">
</head>
<body>
<header><a class="brand" href="${up}index.html">Self-help</a>${switcher}</header>
<nav class="crumbs" aria-label="Breadcrumb">${nav}</nav>
<main>
${body}
</main>
<footer>${footer}</footer>
</body>
</html>
`;
}

/** A search group's file is made from the group's members: their sources name it. */
const groupKey = (s: Shard, file: string) => {
  // an article's own file: made from that article alone (and its place in the group)
  const i = /^d(\d+)\.js$/.exec(file);
  const rs = i ? s.records.slice(Number(i[1]) * CHUNK, (Number(i[1]) + 1) * CHUNK) : [];
  return rs.length
    ? `docs\0${s.name}\0${file}\0${rs.map((r) => `${r.hash}\0${r.service}`).join('\0')}`
    : `${s.key}\0${file}`;
};

/** Everything on an article's page comes from its source: the source's hash names the page. */
const pageKey = (r: ArticleMeta, names: Map<string, string>, dead?: number[]) =>
  `page\0${r.hash}\0${r.inferredService ? r.service : ''}\0${dead?.join(',') ?? ''}\0${r.supportTopicIds.map((t) => names.get(t) ?? '').join('\0')}`;

/** An article's page: the same in every bundle, so it is made once and linked. */
function articlePage(r: ArticleMeta, html: string, names: Map<string, string>): string {
  const page = r.page;
  const depth = page.split('/').length - 1;
  const up = '../'.repeat(depth);
  const crumbs: Array<[string, string]> = [
    [`${up}services/${slug(r.service || 'unknown')}.html`, r.service || 'unknown'],
    ['', r.title],
  ];
  const facts = [
    [
      'Service',
      `<a href="${up}services/${slug(r.service || 'unknown')}.html">${esc(r.service || 'unknown')}</a>${r.inferredService ? ' <small>(from its folder: the article names no service)</small>' : ''}`,
    ],
    ['Type', `<a href="${up}types/${slug(r.typeName || 'unknown')}.html">${esc(r.typeName || 'unknown')}</a>`],
    [
      'Support topics',
      r.supportTopicIds
        .map(
          (t) =>
            `<a href="${up}${topicPage(t)}#topic-${slug(t)}">${esc(names.has(t) ? `${names.get(t)} (${t})` : t)}</a>`,
        )
        .join(', ') || '—',
    ],
    ['Clouds', esc(r.clouds.join(', ') || '—')],
    ['Article id', `<code>${esc(r.articleId)}</code>`],
  ];
  return layout(
    depth,
    r.title,
    crumbs,
    `<article>${html}</article>\n<aside class="facts"><dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></aside>`,
  );
}

/** What the bundles need besides the records: found once for all of them. */
interface Extra {
  local: LocalLinks;
  findings: Map<string, CloudLinkFinding[]>;
  /** support topic id -> name */
  names: Map<string, string>;
}

/** Support topic names given by the supportTopicDescription articles (the first one, by file, for an id). */
function topicNames(records: ArticleMeta[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of records) for (const [id, name] of r.topicNames ?? []) if (!names.has(id)) names.set(id, name);
  return names;
}

/** Support topics are many (thousands): spread over this many pages, by a hash of the id, so that each stays small. */
const TOPIC_PAGES = 32;
const topicPage = (id: string) => `topics/${fnv1a(id) % TOPIC_PAGES}.html`;

/** At most this many articles on one listing page: the rest on further pages (`<name>_p2.html`, …). */
const PER_PAGE = 400;

/** A listing's page names: `<base>.html`, then `<base>_p2.html` (`_p` is never part of a slug). */
const pageName = (base: string, n: number) => (n ? `${base}_p${n + 1}.html` : `${base}.html`);

/** A list cut into pages of PER_PAGE. */
function pages<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += PER_PAGE) out.push(list.slice(i, i + PER_PAGE));
  return out.length ? out : [[]];
}

/** Links to the pages of a listing cut in several. */
function pager(base: string, count: number, current: number): string {
  if (count < 2) return '';
  const links = Array.from({ length: count }, (_, i) =>
    i === current ? `<span aria-current="page">${i + 1}</span>` : `<a href="${pageName(base, i)}">${i + 1}</a>`,
  );
  return `<nav class="pager" aria-label="Pages">Page ${links.join(' ')}</nav>`;
}

interface Groups {
  byService: Map<string, ArticleMeta[]>;
  byType: Map<string, ArticleMeta[]>;
  byTopic: Map<string, ArticleMeta[]>;
}

/** What every bundle is made with (see writeSite). */
interface BundleContext {
  emitter: Emitter;
  options: SiteOptions;
  entryOf: (r: ArticleMeta) => Buffer;
  extra: Extra;
  /** a group of files made from these inputs alone (Emitter.memo) */
  memo: (name: string, inputs: () => unknown[], emit: () => void) => void;
  /** what the bundles are made from, for all the records (see writeSite) */
  inputs: {
    /** what the listings show of each article */
    shown: () => string[];
    /** the media each article shows */
    media: () => Array<string | undefined>;
    /** a digest of the articles' sources */
    sources: () => string;
    /** a digest of what the findings of links to a cloud's portal or docs are made from */
    linked: () => string;
  };
  /** what every bundle's listings are made from besides their articles */
  common: () => string;
}

/** One bundle: the whole site (prefix '') or a cloud's part of it; its groups and pages worked out when needed. */
interface BundleInput {
  prefix: string;
  records: ArticleMeta[];
  groups: () => Groups;
  shards: Shard[];
  label: string;
  cloud?: string;
  byPage: () => ArticleMeta[];
}

/**
 * A bundle's files in three parts: the links to the pages, media and assets they share (a cloud's bundle); the
 * files made from the articles' sources (the manifest, the links to other clouds); and the listings, reports and
 * index, made from what the listings show of each article (a group, which a preview emits again as it was when
 * no article's listing changed).
 */
function bundle(c: BundleContext, b: BundleInput): void {
  const { emitter, options, entryOf, memo } = c;
  const { prefix, records, shards, label, cloud } = b;
  const { local, findings } = c.extra;
  const written: string[] = [];
  const info: BundleInfo = { prefix, label, cloud, count: records.length, urls: bundleUrls(options) };
  const infoKey = JSON.stringify(info);
  /** a page; `inputs`, when given, are all the page is made from: unchanged inputs reuse the previous build's page */
  const put = (p: string, make: () => Content, inputs?: string) => {
    emitter.file(
      p,
      inputs === undefined ? make() : make,
      inputs === undefined ? undefined : createHash('sha1').update(`${p}\0${infoKey}\0${inputs}`).digest('hex'),
    );
    written.push(p);
  };
  // every bundle carries its own assets, pages and shards, so that it can be deployed alone
  if (prefix)
    memo(
      `${prefix}\0links`,
      () => [c.inputs.shown(), c.inputs.media()],
      () => {
        for (const [rel] of ASSETS) emitter.link(prefix + rel, rel);
        const media = new Set<string>();
        for (const r of records) {
          emitter.link(prefix + r.page, r.page);
          for (const m of local.mediaOf.get(r) ?? []) {
            if (media.has(m)) continue;
            media.add(m);
            emitter.link(prefix + m, m);
          }
        }
      },
    );
  // an article's entry is made from its source alone: the sources name the whole manifest (and the part of it
  // in a cloud's bundle, as they name the clouds each article is published to)
  put(`${prefix}manifest.json`, () => manifestOf(cloud ?? 'all', records, entryOf), c.inputs.sources());
  const own = cloud ? findings.get(cloud) : undefined;
  if (own) {
    // made from the articles with such links, their pages, clouds and links: these name the file
    const inputs = c.inputs.linked();
    put(
      `${prefix}reports/cloud-links.json`,
      () =>
        `{\n"cloud": ${JSON.stringify(cloud)},\n"count": ${own.length},\n"links": [\n${own.map(findingJson).join(',\n')}\n]}\n`,
      inputs,
    );
  }
  // the listings change with what they show; the lint report with the problems found (at most every save)
  memo(
    `${prefix}\0listings`,
    () => [
      infoKey,
      c.common(),
      // the whole site's sitemap lists the lint report's pages (a cloud's bundle has none)
      prefix ? '' : lintPageNames(options.lint).join(' '),
      shards.map((s) => s.name).join(' '),
      c.inputs.shown(),
    ],
    () => listings(c, b, info, put, written),
  );
  if (!prefix)
    memo(
      '\0lint-report',
      () => [infoKey, c.common(), JSON.stringify(options.lint ?? null), c.inputs.shown()],
      () => lintReports(c, b, info, put),
    );
}

/** The pages of the lint report's per-rule lists, by name (see lintReports). */
function lintPageNames(lint: LintSummary | undefined): string[] {
  return Object.entries(lint?.byRuleFile ?? {}).flatMap(([rule, perFile]) =>
    pages(Object.keys(perFile)).map((_, n) => `reports/rules/${pageName(slug(rule), n)}`),
  );
}

/** The whole site's reports page and the list behind each bar of its chart by rule. */
function lintReports(
  c: BundleContext,
  b: BundleInput,
  info: BundleInfo,
  put: (p: string, make: () => Content, inputs?: string) => void,
): void {
  const { options } = c;
  const { findings } = c.extra;
  const { records } = b;
  put('reports/index.html', () => layout(1, 'Reports', [['', 'Reports']], reports(options, findings), info));
  const byRuleFile = options.lint?.byRuleFile;
  const recordOf = new Map(records.map((r) => [r.file, r]));
  for (const [rule, perFile] of Object.entries(byRuleFile ?? {})) {
    const rows = Object.entries(perFile).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const parts = pages(rows);
    parts.forEach((part, n) => {
      const nav = pager(slug(rule), parts.length, n);
      const item = ([file, count]: [string, number]) => {
        const r = recordOf.get(file);
        return `<li>${r ? `<a href="../../${r.page}">${esc(r.title)}</a> <small>${esc(file)}</small>` : esc(file)} <span class="count">${count}</span></li>`;
      };
      // made from the rows and what they show of each article
      const shownRows = part.map(([file, count]) => {
        const r = recordOf.get(file);
        return `${file}\0${count}\0${r ? `${r.page}\0${r.title}` : ''}`;
      });
      put(
        `reports/rules/${pageName(slug(rule), n)}`,
        () =>
          layout(
            2,
            `Problems: ${rule}`,
            [
              ['../index.html', 'Reports'],
              ['', rule],
            ],
            `<h1>Problems of <code>${esc(rule)}</code>, by article</h1>${nav}<ul>${part.map(item).join('')}</ul>${nav}`,
            info,
          ),
        `${rule}\0${n}\0${parts.length}\0${shownRows.join('\n')}`,
      );
    });
  }
}

/** A bundle's listings, reports and index page (see bundle). */
function listings(
  c: BundleContext,
  b: BundleInput,
  info: BundleInfo,
  put: (p: string, make: () => Content, inputs?: string) => void,
  written: string[],
): void {
  const { emitter, options } = c;
  const { prefix, records, shards, label, cloud } = b;
  const { byService, byType, byTopic } = b.groups();
  const { findings, names } = c.extra;
  /** what the listings show of these articles: one digest per article, joined */
  const shown = (rs: ArticleMeta[]) => rs.map((r) => r.listed).join('');
  const allShown = shown(records);
  const link = (depth: number, r: ArticleMeta) => `<a href="${'../'.repeat(depth)}${r.page}">${esc(r.title)}</a>`;
  const list = (depth: number, rs: ArticleMeta[]) =>
    `<ul class="articles">${rs.map((r) => `<li>${link(depth, r)}${r.description ? `<p>${esc(r.description)}</p>` : ''}</li>`).join('')}</ul>`;

  const listing = (dir: string, groups: Map<string, ArticleMeta[]>, what: string) => {
    for (const [key, all] of groups) {
      const parts = pages(all);
      parts.forEach((rs, n) => {
        // made only when the page is
        const body = () => {
          const nav = pager(slug(key), parts.length, n);
          return `<h1>${esc(what)}: ${esc(key)}</h1><p>${all.length} article${all.length === 1 ? '' : 's'}</p>${nav}${list(1, rs)}${nav}`;
        };
        put(
          `${prefix}${dir}/${pageName(slug(key), n)}`,
          () =>
            layout(
              1,
              `${what}: ${key}`,
              [
                [`${dir}.html`, `By ${what.toLowerCase()}`],
                ['', key],
              ],
              body(),
              info,
            ),
          `${key}\0${n}\0${parts.length}\0${all.length}\0${shown(rs)}`,
        );
      });
    }
    put(`${prefix}${dir}.html`, () =>
      layout(
        0,
        `By ${what.toLowerCase()}`,
        [['', `By ${what.toLowerCase()}`]],
        `<h1>By ${esc(what.toLowerCase())}</h1><ul class="groups">${[...groups].map(([k, rs]) => `<li><a href="${dir}/${slug(k)}.html">${esc(k)}</a> <span class="count">${rs.length}</span></li>`).join('')}</ul>`,
        info,
      ),
    );
  };
  listing('services', byService, 'Service');
  listing('types', byType, 'Type');
  // support topics are many (thousands): a page per hash bucket of ids, a section per topic, titles only
  const topicName = (t: string) => (names.has(t) ? `${names.get(t)} (${t})` : t);
  const byPageOfTopic = new Map<string, Array<[string, ArticleMeta[]]>>();
  for (const entry of byTopic) {
    const p = topicPage(entry[0]);
    (byPageOfTopic.get(p) ?? byPageOfTopic.set(p, []).get(p)!).push(entry);
  }
  const titles = (rs: ArticleMeta[]) => `<ul>${rs.map((r) => `<li>${link(1, r)}</li>`).join('')}</ul>`;
  for (const [p, entries] of [...byPageOfTopic].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const body = () =>
      `<h1>Support topics, page ${esc(p.replace(/\D/g, ''))}</h1>${entries.map(([t, rs]) => `<section id="topic-${slug(t)}"><h2>${esc(topicName(t))} <span class="count">${rs.length}</span></h2>${titles(rs)}</section>`).join('')}`;
    put(
      `${prefix}${p}`,
      () =>
        layout(
          1,
          'Support topics',
          [
            ['topics.html', 'By support topic'],
            ['', p.replace(/\D/g, '')],
          ],
          body(),
          info,
        ),
      entries.map(([t, rs]) => `${t}\0${names.get(t) ?? ''}\0${rs.map((r) => r.listed).join('')}`).join('\n'),
    );
  }
  const named = [...byTopic.keys()].filter((t) => names.has(t));
  put(
    `${prefix}topics.html`,
    () =>
      layout(
        0,
        'By support topic',
        [['', 'By support topic']],
        `<h1>By support topic</h1><p>${byTopic.size} topics, ${named.length} of them named by a support topic description.</p>
<h2>Named topics</h2><ul class="groups">${named.map((t) => `<li><a href="${topicPage(t)}#topic-${slug(t)}">${esc(names.get(t)!)}</a> <span class="count">${byTopic.get(t)!.length}</span></li>`).join('')}</ul>
<h2>All topics, by page</h2><ul class="groups">${[...byPageOfTopic]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(
            ([p, e]) =>
              `<li><a href="${p}">Page ${p.replace(/\D/g, '')}</a> <span class="count">${e.length} topics</span></li>`,
          )
          .join('')}</ul>`,
        info,
      ),
    [...byTopic].map(([t, rs]) => `${t}\0${names.get(t) ?? ''}\0${rs.length}`).join('\n'),
  );

  const topics = () =>
    Object.fromEntries(
      [...byTopic].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, rs]) => [t, rs.map((r) => r.articleId || r.file)]),
    );
  put(
    `${prefix}support-topics.json`,
    () =>
      `${JSON.stringify({ $schema: 'schemas/support-topics.schema.json', cloud: cloud ?? 'all', topics: topics() }, null, 2)}\n`,
    allShown,
  );

  // the lists behind the charts' bars
  const noTopic = (rs: ArticleMeta[]) => rs.filter((r) => !r.supportTopicIds.length);
  for (const [service] of noTopicChart(byService)) {
    const missing = noTopic(byService.get(service)!);
    const parts = pages(missing);
    parts.forEach((part, n) => {
      const nav = pager(slug(service), parts.length, n);
      put(
        `${prefix}reports/no-topic/${pageName(slug(service), n)}`,
        () =>
          layout(
            2,
            `No support topic: ${service}`,
            [
              ['../coverage.html', 'Support topic coverage'],
              ['', service],
            ],
            `<h1>Articles of ${esc(service)} without a support topic</h1><p>${missing.length} articles</p>${nav}${list(2, part)}${nav}`,
            info,
          ),
        `${service}\0${n}\0${parts.length}\0${shown(part)}`,
      );
    });
  }
  // the lint report's pages are made by lintReports; the sitemap lists them
  if (!prefix) written.push('reports/index.html', ...lintPageNames(options.lint));
  put(
    `${prefix}reports/coverage.html`,
    () =>
      layout(
        1,
        'Support topic coverage',
        [['', 'Support topic coverage']],
        coverage(records, byService, byTopic),
        info,
      ),
    allShown,
  );
  const own = cloud ? findings.get(cloud) : undefined;

  const stats = `<p class="lead">${records.length} articles, ${byService.size} services, ${byTopic.size} support topics.</p>`;
  const searchBox = searchForm(shards, byService, byType, cloud);
  const top = (m: Map<string, ArticleMeta[]>, dir: string) =>
    [...m]
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
      .slice(0, 24)
      .map(
        ([k, rs]) => `<li><a href="${dir}/${slug(k)}.html">${esc(k)}</a> <span class="count">${rs.length}</span></li>`,
      )
      .join('');
  put(`${prefix}index.html`, () =>
    layout(
      0,
      `Self-help — ${label}`,
      [],
      `<h1>Self-help articles — ${esc(label)}</h1>${stats}${searchBox}
<section class="columns"><div><h2><a href="services.html">By service</a></h2><ul class="groups">${top(byService, 'services')}</ul></div>
<div><h2><a href="types.html">By type</a></h2><ul class="groups">${top(byType, 'types')}</ul></div>
<div><h2><a href="topics.html">By support topic</a></h2><p>${byTopic.size} topics</p><h2>Reports</h2><ul><li><a href="reports/coverage.html">Support topic coverage</a></li>${own ? `<li><a href="reports/cloud-links.json">Links to other clouds (${own.length}, JSON)</a></li>` : ''}${prefix ? '' : '<li><a href="reports/index.html">Lint summary</a></li>'}${!prefix && options.duplicatesReport ? `<li><a href="${esc(options.duplicatesReport)}">Duplicate guidance</a></li>` : ''}</ul></div></section>
<script src="assets/search.js"></script>`,
      info,
    ),
  );

  // a sitemap lists absolute URLs: made only when the site's URL is configured
  const base = cloud ? info.urls?.[cloud] : options.baseUrl;
  if (!base) return;
  const root = base.endsWith('/') ? base : `${base}/`;
  // the article pages come sorted: merged with the bundle's other pages (paths relative to the bundle)
  const urls = merge(
    written
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.slice(prefix.length))
      .sort(),
    b.byPage().map((r) => r.page),
  );
  const loc = (u: string) => `  <url><loc>${esc(root + u.split('/').map(encodeURIComponent).join('/'))}</loc></url>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map(loc).join('\n')}\n</urlset>\n`;
  emitter.file(`${prefix}sitemap.xml`, xml);
}

/** Each cloud bundle's absolute URL: configured, or `<baseUrl>/<cloud>/`; none without a base URL. */
export function bundleUrls(options: SiteOptions): Record<string, string> | undefined {
  if (!options.baseUrl && !options.bundleUrls) return undefined;
  const root = options.baseUrl ? (options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`) : '';
  const urls: Record<string, string> = {};
  for (const c of CLOUDS) {
    const url = options.bundleUrls?.[c] ?? (root && `${root}${c}/`);
    if (url) urls[c] = url;
  }
  return urls;
}

/** The search form: the box, the filters (service, type, cloud), a status line and the results. */
function searchForm(
  shards: Shard[],
  byService: Map<string, unknown>,
  byType: Map<string, unknown>,
  cloud: string | undefined,
): string {
  const options = (keys: Iterable<string>) =>
    [...keys].map((k) => `<option value="${esc(k)}">${esc(k)}</option>`).join('');
  const select = (name: string, label: string, keys: Iterable<string>) =>
    `<label>${label} <select name="${name}" id="f-${name}"><option value="">all</option>${options(keys)}</select></label>`;
  const clouds = cloud ? '' : select('cloud', 'Cloud', CLOUDS);
  return `<form class="search" role="search" action="index.html" data-groups="${shards.map((s) => s.name).join(' ')}" data-whole="${shards
    .filter((s) => isWhole(s.records.length))
    .map((s) => s.name)
    .join(' ')}">
<label for="q" class="visually-hidden">Search the articles</label>
<input id="q" name="q" type="search" placeholder="Search titles, descriptions and text" autocomplete="off">
<div class="filters">${select('service', 'Service', byService.keys())}${select('type', 'Type', byType.keys())}${clouds}</div>
<p id="status" role="status" aria-live="polite"></p>
<ol id="results"></ol>
<noscript><p>Search needs JavaScript; the listings below work without it.</p></noscript>
</form>`;
}

/** One digest of these lines. */
function digestOf(lines: string[]): string {
  return createHash('sha1').update(lines.join('\n')).digest('hex');
}

/** The manifest entries made, by record. */
const ENTRIES = new WeakMap<ArticleMeta, Buffer>();

/** An article's entry in manifest.json, as it stands in the file: one line. */
function manifestEntry(r: ArticleMeta): Buffer {
  const entry = {
    file: r.file,
    path: r.page,
    articleId: r.articleId,
    title: r.title,
    description: r.description,
    service: r.inferredService ? '' : r.service,
    selfHelpType: r.typeName,
    supportTopicIds: r.supportTopicIds,
    cloudEnvironments: r.clouds,
    contentHash: r.hash,
  };
  return Buffer.from(JSON.stringify(entry));
}

/**
 * manifest.json: a few lines of header, then one line per article, so that a diff of two manifests shows
 * the articles that changed; made from entries serialised once per build, whatever the number of bundles.
 */
function manifestOf(cloud: string, records: ArticleMeta[], entryOf: (r: ArticleMeta) => Buffer): Buffer {
  const head = `{\n"$schema": "schemas/manifest.schema.json",\n"cloud": ${JSON.stringify(cloud)},\n"articles": [`;
  if (!records.length) return Buffer.from(`${head}]}\n`);
  const comma = Buffer.from(',\n');
  const parts: Buffer[] = [Buffer.from(`${head}\n`)];
  records.forEach((r, i) => {
    if (i) parts.push(comma);
    parts.push(entryOf(r));
  });
  parts.push(Buffer.from('\n]}\n'));
  return Buffer.concat(parts);
}

/** Two sorted lists as one. */
function merge(a: string[], b: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i] < b[j] ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

function group(records: ArticleMeta[], keys: (r: ArticleMeta) => string[]): Map<string, ArticleMeta[]> {
  const m = new Map<string, ArticleMeta[]>();
  for (const r of records) {
    for (const k of keys(r)) {
      const list = m.get(k);
      if (list) list.push(r);
      else m.set(k, [r]);
    }
  }
  return new Map([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A horizontal bar chart as inline SVG: no script, no external resource. */
export function barChart(
  rows: Array<[string, number]>,
  title: string,
  href?: (key: string) => string | undefined,
): string {
  const max = Math.max(1, ...rows.map(([, v]) => v));
  const h = 22;
  const bars = rows
    .map(([k, v], i) => {
      const bar = `<g transform="translate(0,${i * h})"><text x="0" y="15" class="label">${esc(k.length > 38 ? `${k.slice(0, 36)}…` : k)}</text><rect x="260" y="3" height="16" width="${Math.max(1, (v / max) * 420).toFixed(1)}" class="bar"/><text x="${(266 + (v / max) * 420).toFixed(1)}" y="15" class="value">${v}</text></g>`;
      // each bar links to the list behind it
      const to = href?.(k);
      return to ? `<a href="${esc(to)}">${bar}</a>` : bar;
    })
    .join('');
  const role = href ? 'role="group"' : 'role="img"';
  return `<figure><figcaption>${esc(title)}</figcaption><svg class="chart" ${role} aria-label="${esc(title)}" viewBox="0 0 740 ${rows.length * h + 4}" width="100%">${bars}</svg></figure>`;
}

/** The bars of the coverage chart: the 25 services with most articles naming no support topic. */
function noTopicChart(byService: Map<string, ArticleMeta[]>): Array<[string, number]> {
  const rows = [...byService].map(
    ([s, rs]) => [s, rs.filter((r) => !r.supportTopicIds.length).length] as [string, number],
  );
  return rows
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 25);
}

function coverage(
  records: ArticleMeta[],
  byService: Map<string, ArticleMeta[]>,
  byTopic: Map<string, ArticleMeta[]>,
): string {
  const noTopic = records.filter((r) => !r.supportTopicIds.length);
  const crowded = [...byTopic].filter(([, rs]) => rs.length >= 5).sort((a, b) => b[1].length - a[1].length);
  const lonely = records.filter(
    (r) => r.supportTopicIds.length && r.supportTopicIds.every((t) => byTopic.get(t)!.length === 1),
  );
  const perService = noTopicChart(byService);
  return `<h1>Support topic coverage</h1>
<p class="lead">${byTopic.size} support topics have articles. ${noTopic.length} articles name no support topic; ${crowded.length} topics have 5 or more articles; ${lonely.length} articles point only at topics no other article uses.</p>
<p>Which topic ids have no article at all needs the portal's list of support topics, which is not part of the content repository.</p>
${barChart(perService, 'Articles without a support topic, by service (top 25)', (k) => `no-topic/${slug(k)}.html`)}
<h2>Topics with many articles</h2><table><thead><tr><th>Topic</th><th>Articles</th></tr></thead><tbody>${crowded
    .slice(0, 50)
    .map(
      ([t, rs]) => `<tr><td><a href="../${topicPage(t)}#topic-${slug(t)}">${esc(t)}</a></td><td>${rs.length}</td></tr>`,
    )
    .join('')}</tbody></table>
<h2>Articles whose topics no other article uses</h2><p>${lonely.length} articles.</p>`;
}

function reports(options: SiteOptions, findings: Map<string, CloudLinkFinding[]>): string {
  const lint = options.lint;
  const rows = [...findings]
    .map(
      ([c, list]) =>
        `<tr><td>${esc(CLOUD_NAMES[c])}</td><td>${list.length}</td><td><a href="../${c}/reports/cloud-links.json">${c}/reports/cloud-links.json</a></td></tr>`,
    )
    .join('');
  const cloudLinks = `<h2>Links to another cloud's portal or docs</h2><p>Every link, in each sovereign bundle, that sends its readers to another cloud (the public one, or another sovereign cloud); links to the bundle's own cloud are not counted.</p><table><thead><tr><th>Bundle</th><th>Links</th><th>All of them</th></tr></thead><tbody>${rows}</tbody></table>`;
  if (!lint) return `<h1>Reports</h1><p>No lint summary: the build ran without lint.</p>${cloudLinks}`;
  const top = (m: Record<string, number>) =>
    Object.entries(m)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 25);
  return `<h1>Lint summary</h1><p class="lead">${lint.errors} errors and ${lint.warnings} warnings.</p>${barChart(top(lint.byRule), 'Problems by rule', (k) => (lint.byRuleFile?.[k] ? `rules/${slug(k)}.html` : undefined))}${barChart(top(lint.byService), 'Problems by service', (k) => `../services/${slug(k)}.html`)}${options.duplicatesReport ? `<p><a href="../${esc(options.duplicatesReport)}">Duplicate guidance report</a></p>` : ''}${cloudLinks}`;
}

/** A stable digest of the whole site, for tests and logs. */
export function digest(files: SiteFiles): string {
  const h = createHash('sha256');
  for (const [k, v] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) h.update(k).update('\0').update(v).update('\0');
  return h.digest('hex');
}
