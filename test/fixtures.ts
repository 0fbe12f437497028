/** Shared by the tests and scripts/expect.ts: run the linter over a fixture folder, render a file's expectations. */
import assert from 'node:assert/strict';
import { AsyncLocalStorage } from 'node:async_hooks';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Config } from '../src/config/index.js';
import type { Diagnostic } from '../src/diagnostic.js';
import { lintProject } from '../src/engine/run.js';
import { formatLine } from '../src/report/stylish.js';

export const root = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const rulesDir = path.join(root, 'src', 'rules');

export const emptyConfig = (): Config => ({ rules: {}, ignore: [], overrides: [], base: '' });

export function ruleFolders(): string[] {
  return readdirSync(rulesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(rulesDir, d.name, 'rule.ts')))
    .map((d) => d.name)
    .sort();
}

export function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md'))
    .sort();
}

/** Lint every article of a folder together (so cross-file rules see each other), from inside the folder. */
export async function lintFolder(dir: string, config: Config = emptyConfig(), fix = false): Promise<Diagnostic[]> {
  const files = markdownFiles(dir);
  if (!files.length) return [];
  const result = await lintProject({ cwd: dir, patterns: files, config, fix, threads: 1 });
  return result.diagnostics;
}

/** The `.expected` text of one file: its diagnostics of the given rule ids, as stylish lines without the path. */
export function expectedText(diagnostics: Diagnostic[], file: string, ruleFilter: (id: string) => boolean): string {
  const lines = diagnostics.filter((d) => d.file === file && ruleFilter(d.ruleId)).map((d) => formatLine(d, false));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

const temps: string[] = [];
let cleanupRegistered = false;

/** A temporary folder, removed when the test file ends. */
export function tempDir(prefix: string): string {
  if (!cleanupRegistered) {
    after(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
    cleanupRegistered = true;
  }
  const dir = mkdtempSync(path.join(tmpdir(), `selfhelp-${prefix}-`));
  temps.push(dir);
  return dir;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the real binary in a folder (CI set, so no progress bar; no colour). A new node process each time, about
 * half a second: for what only the binary shows (the committed bundle, standard input, the exit of the process).
 */
export function runCli(cwd: string, ...args: string[]): CliResult {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'selfhelp.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** the output of the cli() call in whose async context a write happens */
const captured = new AsyncLocalStorage<{ stdout: string[]; stderr: string[] }>();
let streamsPatched = false;

/** Route the writes made inside a cli() call to its buffers; every other write (the test runner's) goes through. */
function patchStreams(): void {
  if (streamsPatched) return;
  streamsPatched = true;
  for (const name of ['stdout', 'stderr'] as const) {
    const stream = process[name];
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const store = captured.getStore();
      if (!store) return write(chunk, ...rest);
      store[name].push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      if (done) process.nextTick(done);
      return true;
    }) as typeof stream.write;
  }
}

let running = false;

/**
 * The command line run in this process, as bin/selfhelp.js runs it (`main(argv)` is its exit code) but without
 * starting node and loading the code each time: in `cwd`, CI set and no colour, standard output and error
 * captured. For tests that run the command many times; runCli() runs the binary itself.
 */
export async function cli(cwd: string, ...args: string[]): Promise<CliResult> {
  assert.ok(!running, 'cli() calls change the current folder: run them one at a time');
  running = true;
  patchStreams();
  const { main } = await import('../src/cli/main.js');
  const before = { cwd: process.cwd(), NO_COLOR: process.env.NO_COLOR, CI: process.env.CI };
  const store = { stdout: [] as string[], stderr: [] as string[] };
  process.env.NO_COLOR = '1';
  process.env.CI = 'true';
  process.chdir(cwd);
  try {
    const code = await captured.run(store, () => main(args));
    return { code, stdout: store.stdout.join(''), stderr: store.stderr.join('') };
  } finally {
    process.chdir(before.cwd);
    for (const key of ['NO_COLOR', 'CI'] as const) {
      if (before[key] === undefined) delete process.env[key];
      else process.env[key] = before[key];
    }
    running = false;
  }
}

/** A small complete generic article whose Recommended Steps are `steps` (for tests that write their own). */
export const articleText = (id: string, title: string, steps: string) =>
  [
    '<properties',
    `    pageTitle="${title}"`,
    '    description="d"',
    '    ms.author="a"',
    '    selfHelpType="generic"',
    '    supportTopicIds="1"',
    '    productPesIds="1"',
    '    cloudEnvironments="public"',
    `    articleId="${id}"`,
    '    ownershipId="E_W"',
    '/>',
    `# ${title}`,
    '',
    '## **Recommended Steps**',
    '',
    '',
  ].join('\n') + steps;
