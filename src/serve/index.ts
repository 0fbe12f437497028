/**
 * selfhelp serve: a local preview of the site with live reload. Articles are rendered into memory; when one
 * changes it is rendered and linted again, the site is regenerated, and every open page reloads (server-sent
 * events). An article's page shows its lint problems. Serves only files the site holds, on the loopback.
 */
import { watch, type FSWatcher } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Config } from '../config/index.js';
import type { Diagnostic } from '../diagnostic.js';
import { discover } from '../discover/index.js';
import { buildSite, pagePath, type SiteFiles } from '../site/site.js';
import { renderChunk, type ArticleRecord } from '../site/worker.js';
import { lintProject } from '../pipeline.js';
import { escapeHtml as esc } from '../html.js';

export interface ServeOptions {
  cwd: string;
  patterns: string[];
  config: Config;
  port: number;
  host: string;
  watch: boolean;
  log?: (line: string) => void;
}

export interface Preview {
  url: string;
  close(): Promise<void>;
  /** resolves after the next rebuild (for tests) */
  rebuilt(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8' };
const RELOAD = `<script>(function(){var s=new EventSource('/__selfhelp/events');s.onmessage=function(){location.reload();};})();</script>`;

export async function serve(options: ServeOptions): Promise<Preview> {
  const log = options.log ?? (() => {});
  let records = new Map<string, ArticleRecord>();
  let problems = new Map<string, Diagnostic[]>();
  let site: SiteFiles = new Map();
  const clients = new Set<import('node:http').ServerResponse>();
  let waiting: Array<() => void> = [];

  const rebuild = async (changed?: string[]) => {
    const files = await discover({ cwd: options.cwd, patterns: options.patterns, ignore: options.config.ignore, base: options.config.base });
    const todo = changed ? files.filter((f) => changed.includes(f) || !records.has(f)) : files;
    const fresh = renderChunk({ files: todo, cwd: options.cwd });
    const next = new Map([...records].filter(([f]) => files.includes(f)));
    for (const r of fresh) next.set(r.file, r);
    records = next;
    const lint = await lintProject({ cwd: options.cwd, patterns: files, config: options.config, fix: false, threads: 1 });
    problems = new Map();
    for (const d of lint.diagnostics) problems.set(d.file, [...(problems.get(d.file) ?? []), d]);
    site = await buildSite([...records.values()]);
    log(`rendered ${todo.length} article${todo.length === 1 ? '' : 's'}; ${lint.diagnostics.length} problems`);
    for (const c of clients) c.write('data: reload\n\n');
    const w = waiting;
    waiting = [];
    w.forEach((f) => f());
  };
  await rebuild();

  const pageOf = new Map<string, string>();
  const sourceOf = (page: string) => {
    if (!pageOf.size || pageOf.size !== records.size) {
      pageOf.clear();
      for (const f of records.keys()) pageOf.set(pagePath(f), f);
    }
    const inCloud = page.replace(/^(public|fairfax|mooncake|usnat|ussec|blackforest)\//, '');
    return pageOf.get(inCloud);
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/__selfhelp/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    let rel = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const body = site.get(path.posix.normalize(rel));
    if (body === undefined || rel.split('/').includes('..')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    let out = body;
    if (rel.endsWith('.html')) {
      const source = sourceOf(rel);
      const list = source ? (problems.get(source) ?? []) : [];
      const panel = source
        ? `<section class="lint-panel" aria-label="Lint problems"><h2>Lint: ${list.length ? `${list.length} problem${list.length === 1 ? '' : 's'}` : 'no problems'}</h2>${list.length ? `<ul>${list.map((d) => `<li class="${d.severity}"><code>${d.line}:${d.column}</code> ${esc(d.message)} <small>${esc(d.ruleId)}</small></li>`).join('')}</ul>` : ''}<p><small>${esc(source)}</small></p></section>`
        : '';
      out = String(body).replace('<main>', `<main>${panel}`).replace('</body>', `${RELOAD}</body>`);
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(rel)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(out);
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const address = server.address();
  const url = `http://${options.host}:${typeof address === 'object' && address ? address.port : options.port}/`;

  let watcher: FSWatcher | undefined;
  if (options.watch) {
    let timer: NodeJS.Timeout | undefined;
    const pending = new Set<string>();
    watcher = watch(options.cwd, { recursive: true }, (_event, name) => {
      if (!name || !/\.md$/i.test(name) || /(^|[/\\])(node_modules|dist|\.git)[/\\]/.test(name)) return;
      pending.add(name.split(path.sep).join('/'));
      clearTimeout(timer);
      timer = setTimeout(() => {
        const changed = [...pending];
        pending.clear();
        rebuild(changed).catch((error) => log(`rebuild failed: ${(error as Error).message}`));
      }, 100);
    });
  }
  return {
    url,
    rebuilt: () => new Promise<void>((resolve) => waiting.push(resolve)),
    close: async () => {
      watcher?.close();
      for (const c of clients) c.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
