/**
 * selfhelp serve: a local preview of the site with live reload, on the engine. It builds the site the way
 * `selfhelp build --force` does, incrementally and from the cache, into a preview folder of its own (never the
 * publisher's dist/), and serves that folder (sirv). A watcher (chokidar, in a thread of its own) on the articles
 * and the config rebuilds what a save changed, cross-file rules included, then every open page reloads
 * (server-sent events); the files the save changed are written as they are asked for (site/live.ts).
 * Each article's page shows its lint problems. Loopback only by default; requests naming another host are
 * refused (no DNS rebinding), and a bad request is answered, never thrown.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import sirv from 'sirv';
import { UserError, type Diagnostic } from '../diagnostic.js';
import { CACHE_DIR, Engine } from '../engine/index.js';
import { escapeHtml as esc } from '../html.js';
import type { Config } from '../config/index.js';
import { findConfig } from '../config/index.js';
import { workerUrl } from '../paths.js';
import { formatLine } from '../report/stylish.js';
import type { WatchData, WatchMessage } from './watcher.js';

export interface ServeOptions {
  cwd: string;
  patterns: string[];
  /** a config already read (tests); else found as the CLI finds it */
  config?: Config;
  configFile?: string;
  port: number;
  host: string;
  watch: boolean;
  /** the cache folder (default .selfhelp-cache); false: none, the preview goes to a folder of its own in it anyway */
  cache?: string | false;
  log?: (line: string) => void;
}

export interface Preview {
  url: string;
  close(): Promise<void>;
  /** resolves after the next rebuild (for tests) */
  rebuilt(): Promise<void>;
}

const RELOAD = `<script>(function(){var s=new EventSource('/__selfhelp/events');s.onmessage=function(){location.reload();};})();</script>`;
/** saves that come within this many milliseconds of each other are rebuilt together */
const DEBOUNCE_MS = 40;

export async function serve(options: ServeOptions): Promise<Preview> {
  const log = options.log ?? (() => {});
  const { cwd } = options;
  const open = () =>
    Engine.open({ cwd, config: options.config, configFile: options.configFile, cache: options.cache ?? CACHE_DIR });
  let engine = open();
  // the config read at start, and any found after a save of it: a saved config is read again
  const configFile = options.config ? undefined : (options.configFile ?? findConfig(cwd));
  const out = path.resolve(cwd, typeof options.cache === 'string' ? options.cache : CACHE_DIR, 'preview');
  /** page path -> source file, and source file -> its problems */
  let sourceOf = new Map<string, string>();
  let problems = new Map<string, Diagnostic[]>();
  const clients = new Set<ServerResponse>();
  let waiting: Array<() => void> = [];

  /** the rebuild asked for is over (for tests: see Preview.rebuilt) */
  const settled = () => {
    const w = waiting;
    waiting = [];
    w.forEach((f) => f());
  };
  /** Rebuild after `changes` (posix paths relative to cwd, each with its watcher event), or at start. */
  const rebuild = async (changes?: Map<string, string>) => {
    const started = performance.now();
    // the files the last rebuild left to write wait: this one has the thread (a page asked for is still made)
    engine.preview(out)?.halt();
    const names = [...(changes?.keys() ?? [])];
    const one = names.length === 1 && `${names[0]} ${changes!.get(names[0]) === 'unlink' ? 'deleted' : 'changed'}`;
    const why = !changes ? 'started' : one || `${names.length} files changed`;
    const configChanged = !!configFile && names.some((n) => path.resolve(cwd, n) === path.resolve(cwd, configFile));
    if (configChanged) {
      try {
        engine = open();
        log(`${why}: the config is read again`);
      } catch (error) {
        const found = error instanceof UserError ? (error.diagnostics ?? []).map((d) => formatLine(d)) : [];
        log([`${why}: ${(error as Error).message}; still using the previous config`, ...found].join('\n'));
        return settled();
      }
    }
    const lines: string[] = [];
    const outcome = await engine.build({
      patterns: options.patterns,
      out,
      force: true,
      indexName: 'preview.index',
      allProblems: true,
      inPlace: true,
      changes,
      log: (text) => lines.push(text),
    });
    engine.save();
    const pages = new Map<string, string>();
    for (const r of outcome.records) pages.set(r.page, r.file);
    sourceOf = pages;
    // every problem of every file, cross-file rules included: unchanged files' come from the cache
    const next = new Map<string, Diagnostic[]>();
    for (const d of outcome.diagnostics) {
      const list = next.get(d.file);
      if (list) list.push(d);
      else next.set(d.file, [d]);
    }
    problems = next;
    const built = lines.find((l) => l.startsWith('Built ')) ?? '';
    const ms = Math.round(performance.now() - started);
    log(`${why}: ${built.trim() || 'built'}; ${outcome.diagnostics.length} problems (${ms} ms)`);
    for (const c of clients) c.write('data: reload\n\n');
    settled();
    // the pages the readers reload are made as they ask for them; the rest of what changed now, in the background
    void engine.preview(out)?.drain((rel, error) => log(`could not make ${rel}: ${error.message}`));
  };
  /** the file at rel (relative to the preview folder), made first if the last rebuild changed it */
  const ensure = (rel: string) => engine.preview(out)?.ensure(rel);

  const files = sirv(out, { dev: true, etag: true, dotfiles: false });
  const allowed = allowedHosts(options.host);
  const server: Server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      respond(res, 500, `Internal error: ${(error as Error).message}`);
    }
  });
  let ready = false;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (!ready) return respond(res, 503, 'The preview is being built; reload in a moment.');
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    if (!allowed.has(host)) return respond(res, 403, 'This preview answers only requests for its own host name.');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return respond(res, 400, 'Bad request: the path is not valid percent-encoding.');
    }
    if (pathname.includes('\0') || pathname.split('/').includes('..')) return respond(res, 400, 'Bad request.');
    if (pathname === '/__selfhelp/events') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    let rel = pathname.replace(/^\/+/, '');
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    ensure(rel);
    if (!rel.endsWith('.html')) return files(req, res, () => respond(res, 404, 'Not found'));
    const file = path.join(out, ...rel.split('/'));
    if (!file.startsWith(out + path.sep) || !isFile(file)) return respond(res, 404, 'Not found');
    const html = readFileSync(file, 'utf8');
    const source = sourceOf.get(rel.replace(/^(public|fairfax|mooncake|usnat|ussec|blackforest)\//, ''));
    const page = html.replace('<main>', `<main>${source ? panel(source, problems.get(source) ?? []) : ''}`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page.replace('</body>', `${RELOAD}</body>`));
  };
  // the port first: a busy one is said at once, not after the build
  await listen(server, options.port, options.host);
  log(`selfhelp serve: building the preview of ${options.patterns.join(', ')} (from the cache where it can)`);
  const first = rebuild();
  // the watcher's first scan runs beside the first build (in its own thread); saves seen meanwhile wait for it
  const watched = [configFile, 'selfhelp.config.json'].filter((f): f is string => !!f);
  const watcher = options.watch ? watch(options, cwd, watched, first, rebuild, log) : undefined;
  try {
    await first;
    // the first scan done before the URL is given: a save made right after is seen
    await watcher?.ready;
  } catch (error) {
    await watcher?.close();
    server.close();
    throw error;
  }
  ready = true;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/`;
  allowed.add(`${options.host}`);

  return {
    url,
    rebuilt: () => new Promise<void>((resolve) => waiting.push(resolve)),
    close: async () => {
      await watcher?.close();
      // what the last save left to write stays to do: the map of what is written is kept, so that the next start
      // makes only those files (without it, the next start would write the whole preview again)
      const folder = engine.preview(out);
      try {
        folder?.halt();
        folder?.save();
      } catch (error) {
        // the server stops all the same; only the next start is slower
        log(`The preview's map could not be saved (${(error as Error).message}): the next start writes it all again`);
      } finally {
        for (const c of clients) c.end();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  };
}

/**
 * Watch the articles' folders and the config (in a worker thread: see watcher.ts); rebuild on a save, one
 * rebuild at a time, after `first` (the first build).
 */
function watch(
  options: ServeOptions,
  cwd: string,
  configs: string[],
  first: Promise<void>,
  rebuild: (changes: Map<string, string>) => Promise<void>,
  log: (l: string) => void,
): { ready: Promise<void>; close(): Promise<void> } {
  const roots = options.patterns.map((p) => p.replace(/[*?[{].*$/, '') || '.').map((p) => path.resolve(cwd, p));
  const paths = [...new Set([...roots.filter(existsSync), ...configs.map((c) => path.resolve(cwd, c))])];
  const worker = new Worker(new URL(workerUrl('watch')), { workerData: { cwd, paths } satisfies WatchData });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined = first.catch(() => {});
  /** path -> the last event seen for it (add, change, unlink, addDir, unlinkDir) */
  const pending = new Map<string, string>();
  const flush = () => {
    if (running) return;
    const changes = new Map(pending);
    pending.clear();
    running = rebuild(changes)
      .catch((error: unknown) => log(`rebuild failed: ${(error as Error).message}; still serving the previous preview`))
      .finally(() => {
        running = undefined;
        if (pending.size) flush();
      });
  };
  void running.then(() => {
    running = undefined;
    if (pending.size) flush();
  });
  let closed: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    worker.on('message', (m: WatchMessage) => {
      if (m.kind === 'ready') resolve();
      else if (m.kind === 'error') log(`watcher: ${m.message}`);
      else if (m.kind === 'closed') closed();
      else {
        const rel = path.relative(cwd, m.file).split(path.sep).join('/');
        // an add or a removal stays one, whatever follows it before the rebuild
        const before = pending.get(rel);
        pending.set(rel, before && before !== 'change' && m.event === 'change' ? before : m.event);
        clearTimeout(timer);
        timer = setTimeout(flush, DEBOUNCE_MS);
      }
    });
    worker.once('error', (error) => {
      // the preview is still served, without live reload
      log(`watcher stopped: ${error.message}; saves are no longer seen (restart selfhelp serve)`);
      resolve();
    });
  });
  return {
    ready,
    close: async () => {
      clearTimeout(timer);
      // the watches closed by the watcher itself, then its thread ended
      const done = new Promise<void>((resolve) => (closed = resolve));
      worker.postMessage('close');
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
      await worker.terminate();
    },
  };
}

function panel(source: string, list: Diagnostic[]): string {
  const count = list.length ? `${list.length} problem${list.length === 1 ? '' : 's'}` : 'no problems';
  const items = list.map(
    (d) =>
      `<li class="${d.severity}"><code>${d.line}:${d.column}</code> ${esc(d.message)} <small>${esc(d.ruleId)}</small></li>`,
  );
  const body = list.length ? `<ul>${items.join('')}</ul>` : '';
  return `<section class="lint-panel" aria-label="Lint problems"><h2>Lint: ${count}</h2>${body}<p><small>${esc(source)}</small></p></section>`;
}

function respond(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The host names a request may name: the loopback names, and the address listened on. */
function allowedHosts(host: string): Set<string> {
  return new Set(['localhost', '127.0.0.1', '[::1]', '::1', host.toLowerCase(), `[${host.toLowerCase()}]`]);
}

/** Listen, or a clear user error for a busy port or an address that cannot be had. */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new UserError(
            `Port ${port} on ${host} is already in use`,
            'Stop what uses it, or pass --port <n> (0 picks a free port).',
          ),
        );
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'EACCES') {
        reject(new UserError(`Cannot listen on ${host}:${port} (${error.code})`, 'Pass another --host or --port.'));
      } else reject(error);
    });
    server.listen(port, host, () => resolve());
  });
}
