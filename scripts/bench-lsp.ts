/**
 * Issue "Diagnostics while writing": `selfhelp lsp` on the whole corpus, driven over stdio by a JSON-RPC
 * client as an editor drives it. Server ready (cache loaded), then 20 edits of one article, each timed from the
 * change sent to its diagnostics received (cross-file rules included, the server's debounce included), and the
 * server's peak resident memory.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { root } from '../test/fixtures.js';
import type { BenchContext } from './bench.js';
import { verdict } from './bench-util.js';

const EDITS = 20;
const DEBOUNCE = 50;

interface Published {
  uri: string;
  version?: number;
  diagnostics: Array<{ code: string }>;
}

export async function benchLsp({ bench, cwd, files }: BenchContext): Promise<void> {
  console.log('## editor (selfhelp lsp)\n');
  const bin = path.join(root, 'bin', 'selfhelp.js');
  const work = path.join(bench.work, 'lsp');
  // the articles where the tool looks for them by default (articles/), as in a content repository
  cpSync(cwd, path.join(work, 'articles'), { recursive: true });
  console.error('  filling the cache (selfhelp lint)...');
  try {
    execFileSync(process.execPath, [bin, 'lint', '--format', 'json', '-o', path.join(bench.work, 'lsp.json')], {
      cwd: work,
      stdio: 'pipe',
    });
  } catch {
    /* exit 1: the corpus has problems */
  }

  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd: work, stdio: ['pipe', 'pipe', 'inherit'] });
  const rpc = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map<number, (p: Published) => void>();
  rpc.onNotification('textDocument/publishDiagnostics', (p: Published) => waiting.get(p.version ?? -1)?.(p));
  rpc.onRequest('client/registerCapability', () => null);
  // the server logs each check's time: the part of an edit's latency spent checking
  const checks: number[] = [];
  rpc.onNotification('window/logMessage', (m: { message: string }) => {
    const ms = /checked \d+ files? in (\d+) ms/.exec(m.message);
    if (ms) checks.push(Number(ms[1]));
  });
  const ready = new Promise<{ files: number; ms: number }>((resolve) => rpc.onNotification('selfhelp/ready', resolve));
  rpc.listen();
  await rpc.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(work).href,
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    initializationOptions: { debounce: DEBOUNCE },
  });
  await rpc.sendNotification('initialized', {});
  const info = await ready;
  const readyS = (performance.now() - started) / 1000;

  const articles = files.map((f) => `articles/${f}`);
  const file = articles[Math.floor(articles.length / 2)];
  const other = articles[Math.floor(articles.length / 3)];
  const uri = pathToFileURL(path.join(work, file)).href;
  const original = readFileSync(path.join(work, file), 'utf8');
  const idOf = (text: string) => /articleId\s*=\s*"([^"]*)"/i.exec(text)?.[1];
  const otherId = idOf(readFileSync(path.join(work, other), 'utf8'));
  const diagnosticsOf = (version: number) => new Promise<Published>((resolve) => waiting.set(version, resolve));

  let version = 1;
  let got = diagnosticsOf(version);
  await rpc.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version, text: original },
  });
  await got;
  const times: number[] = [];
  checks.length = 0;
  let duplicateSeen = false;
  for (let i = 0; i < EDITS; i++) {
    let text = `${original}\nStep ${i}: restart the service, then wait ${i + 2} minutes before you try again.\n`;
    // one edit takes another article's id: the cross-file rule must see it
    const duplicate = i === EDITS / 2 && otherId && idOf(original);
    if (duplicate) text = text.replace(idOf(original)!, otherId!);
    version++;
    got = diagnosticsOf(version);
    const t = performance.now();
    await rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    const p = await got;
    times.push(performance.now() - t);
    if (duplicate) duplicateSeen = p.diagnostics.some((d) => d.code === 'unique-article-id');
  }
  // for scale on a busy machine: the same one-article check as a CLI run, under the same load
  const cliStart = performance.now();
  try {
    execFileSync(process.execPath, [bin, 'lint', '--files', file, '.'], {
      cwd: work,
      stdio: 'pipe',
      env: { ...process.env, CI: 'true' },
    });
  } catch {
    /* exit 1: problems */
  }
  const cliS = (performance.now() - cliStart) / 1000;
  let rssMB = NaN;
  try {
    rssMB = Number(/VmHWM:\s*(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024;
  } catch {
    /* not Linux */
  }
  await rpc.sendRequest('shutdown');
  await rpc.sendNotification('exit');
  rpc.dispose();

  times.sort((a, b) => a - b);
  checks.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)];
  console.log(
    `load average during the run: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} on ${availableParallelism()} cores`,
  );
  console.log(
    `${info.files} articles in the workspace; ${EDITS} edits of ${file}, debounce ${DEBOUNCE} ms (included)\n`,
  );
  console.log('| measure | value |');
  console.log('|---|---|');
  console.log(
    `| server ready (spawn to cache loaded, workspace read) | ${readyS.toFixed(2)} s ` +
      `(${info.ms} ms inside the server) |`,
  );
  console.log(`| edit to diagnostics, median | ${median.toFixed(0)} ms |`);
  console.log(`| edit to diagnostics, 95th percentile | ${p95.toFixed(0)} ms |`);
  console.log(`| edit to diagnostics, slowest | ${times[times.length - 1].toFixed(0)} ms |`);
  console.log(
    `| of which checking (inside the server), median / slowest | ${checks[checks.length >> 1]} / ${checks.at(-1)} ms |`,
  );
  console.log(
    `| for scale: \`selfhelp lint --files <that article>\`, warm cache, same conditions | ${cliS.toFixed(2)} s |`,
  );
  console.log(`| server peak RSS | ${rssMB.toFixed(0)} MB |`);
  console.log(
    `\nthe edit taking ${other}'s articleId was reported by unique-article-id: ${duplicateSeen ? 'yes' : 'NO'}`,
  );
  console.log('\ntargets:');
  console.log(`- ready ${readyS.toFixed(2)} s (target < 2 s): ${verdict(readyS < 2)}`);
  console.log(`- edit median ${median.toFixed(0)} ms (target < 150 ms): ${verdict(median < 150)}`);
  console.log(`- edit p95 ${p95.toFixed(0)} ms (target < 300 ms): ${verdict(p95 < 300)}`);
  console.log(`- peak RSS ${rssMB.toFixed(0)} MB (target < 400 MB): ${verdict(rssMB < 400)}\n`);
}
