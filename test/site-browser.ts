/**
 * A built site in Debian's chromium (playwright-core): a static server for a folder, and measures of a
 * search as a reader makes it (time from the keystroke to the first result, bytes and requests). Used by
 * the slow browser tests and by `npm run bench`.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** Serves a folder as a static host would (no compression), on 127.0.0.1. */
export async function staticServer(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, rel.endsWith('/') ? `${rel}index.html` : rel);
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface SearchMeasure {
  query: string;
  /** from the input event to the first result (or the no-results state) on screen */
  ms: number;
  /** from the input event to the search done (every result shown: the form no longer aria-busy) */
  allMs: number;
  /** bytes of the search index fetched by this search (search/ files), and how many files */
  bytes: number;
  requests: number;
}

/** Types a query (one input event, as a paste or a fast typist's last key) and measures it, in the page. */
export async function measureSearch(page: Page, query: string): Promise<SearchMeasure> {
  return page.evaluate(async (q) => {
    const input = document.getElementById('q') as HTMLInputElement;
    const status = document.getElementById('status')!;
    input.value = '';
    input.dispatchEvent(new Event('input'));
    const before = performance.getEntriesByType('resource').length;
    const t0 = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input'));
    await new Promise<void>((resolve) => {
      const check = () =>
        document.querySelector('#results li') || /^No results/.test(status.textContent ?? '')
          ? resolve()
          : requestAnimationFrame(check);
      check();
    });
    const ms = performance.now() - t0;
    await new Promise<void>((resolve) => {
      const check = () => (input.form!.hasAttribute('aria-busy') ? requestAnimationFrame(check) : resolve());
      check();
    });
    const allMs = performance.now() - t0;
    const fetched = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .slice(before)
      .filter((e) => /\/search\//.test(e.name));
    return { query: q, ms, allMs, bytes: fetched.reduce((n, e) => n + e.transferSize, 0), requests: fetched.length };
  }, query);
}

/** Bytes of the search files a freshly opened page has fetched so far (the facets loaded as it opens). */
export async function searchBytesSoFar(page: Page): Promise<number> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => /\/search\//.test(e.name))
      .reduce((n, e) => n + e.transferSize, 0),
  );
}
