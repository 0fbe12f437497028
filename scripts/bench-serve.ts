/**
 * Issue "One engine behind every command": `selfhelp serve` on the corpus. Warm start (spawn to the URL printed,
 * the cache and the preview folder made by an earlier run), save to page reloaded (an article appended to, until
 * the page's reload event arrives and the page the browser then asks for has come, with the edit in it; median of
 * 10), and the server's peak RSS (VmHWM).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pagePath } from '../src/site/paths.js';
import { root } from '../test/fixtures.js';
import type { BenchContext } from './bench.js';
import { verdict } from './bench-util.js';

interface Server {
  child: ChildProcess;
  url: string;
  /** seconds from spawn to the URL on standard output */
  started: number;
}

function start(cwd: string): Promise<Server> {
  const t = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'bin', 'selfhelp.js'), 'serve', '--port', '0'], {
    cwd,
    env: { ...process.env, CI: 'true', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (c) => (err += c));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /(http:\/\/\S+\/)/.exec(out);
      if (m) resolve({ child, url: m[1], started: (performance.now() - t) / 1000 });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err.slice(-500)}`)));
  });
}

async function stop(server: Server): Promise<number> {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGINT');
  await exited;
  return hwm;
}

/** The next reload event of the page, as a promise made before the save. */
function events(url: string): { next(): Promise<void>; close(): void } {
  let waiting: Array<() => void> = [];
  const req = get(`${url}__selfhelp/events`, (res) => {
    res.on('data', (c: Buffer) => {
      if (!String(c).includes('data: reload')) return;
      const w = waiting;
      waiting = [];
      w.forEach((f) => f());
    });
  });
  return { next: () => new Promise<void>((resolve) => waiting.push(resolve)), close: () => req.destroy() };
}

/** The page at url, as text. */
function fetchText(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchServe({ bench, cwd, files, runs }: BenchContext): Promise<void> {
  console.log('## serve\n');
  const work = path.join(bench.work, 'serve');
  cpSync(cwd, path.join(work, 'articles'), { recursive: true });
  // a first run makes the cache and the preview folder (a cold start, not timed as the target)
  const first = await start(work);
  console.error(`  first start (cold cache): ${first.started.toFixed(2)} s`);
  await stop(first);
  const starts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = await start(work);
    starts.push(s.started);
    await stop(s);
  }
  console.error(`  warm starts: ${starts.map((s) => s.toFixed(2)).join(' s, ')} s`);
  const server = await start(work);
  const reloads = events(server.url);
  await new Promise((r) => setTimeout(r, 300));
  const saves: number[] = [];
  const eventTimes: number[] = [];
  const file = files[Math.floor(files.length / 2)];
  const edited = path.join(work, 'articles', file);
  const page = `${server.url}${pagePath(`articles/${file}`)}`;
  for (let i = 0; i < 10; i++) {
    const reloaded = reloads.next();
    const t = performance.now();
    const mark = `Edited for the benchmark (${i}).`;
    appendFileSync(edited, `\n${mark}\n`);
    // never wait for ever: a reload that does not come within 30 s is reported as such
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 30_000).unref());
    if ((await Promise.race([reloaded, timeout])) === 'timeout') {
      console.error(`  save ${i}: no reload event within 30 s`);
      saves.push(Infinity);
      continue;
    }
    eventTimes.push((performance.now() - t) / 1000);
    // the page the browser asks for on the event: timed until it has come, and checked to show the edit
    const html = await fetchText(page);
    saves.push((performance.now() - t) / 1000);
    if (!html.includes(mark)) console.error(`  save ${i}: the reloaded page does not show the edit`);
    await new Promise((r) => setTimeout(r, 200));
  }
  reloads.close();
  const peak = await stop(server);
  console.error(`  save to reload event: ${eventTimes.map((s) => s.toFixed(2)).join(' s, ')} s`);
  console.error(`  save to page reloaded: ${saves.map((s) => s.toFixed(2)).join(' s, ')} s`);
  const warm = median(starts);
  const save = median(saves);
  console.log('| serve | figure |');
  console.log('|---|---|');
  console.log(`| warm start (spawn to URL, median of ${runs}) | ${warm.toFixed(2)} s |`);
  console.log(`| save to page reloaded (median of 10) | ${save.toFixed(2)} s |`);
  console.log(`| peak RSS of the server | ${peak.toFixed(0)} MB |`);
  console.log('\ntargets:');
  console.log(`- warm start ${warm.toFixed(2)} s (target < 3 s): ${verdict(warm < 3)}`);
  console.log(`- save to page reloaded ${save.toFixed(2)} s (target < 1 s): ${verdict(save < 1)}`);
  console.log(`- peak RSS ${peak.toFixed(0)} MB (target < 600 MB): ${verdict(peak < 600)}\n`);
}
