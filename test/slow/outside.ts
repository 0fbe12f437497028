/**
 * For the tests that use selfhelp as another repository would: a temporary content repository, and an
 * environment with nothing of this checkout in it (no node_modules/.bin on PATH, none of npm's variables from
 * `npm run`, a private npm cache), so what runs there is only what was installed there.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { articleText, root, tempDir } from '../fixtures.js';

export { root, tempDir };

export const article = (id: string, title: string, step: string) => articleText(id, title, `* ${step}\n`);

/** Three unrelated articles (no shared guidance), by path. */
export const ARTICLES: Record<string, string> = {
  'articles/storage/blob-access.md': article(
    '30000000-0000-4000-8000-000000000001',
    'Blob access is denied',
    'Check the role assignment of the storage account before anything else.',
  ),
  'articles/compute/vm-boot.md': article(
    '30000000-0000-4000-8000-000000000002',
    'The virtual machine does not boot',
    'Open the boot diagnostics blade and read the serial log.',
  ),
  'articles/network/dns.md': article(
    '30000000-0000-4000-8000-000000000003',
    'Names do not resolve',
    'Compare the custom DNS servers of the virtual network with the ones the VM uses.',
  ),
};

/** The environment of a process run in a content repository: PATH without this checkout, no npm_* variables. */
export function outsideEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^npm_/i.test(k) && k !== 'INIT_CWD' && k !== 'NODE_PATH') env[k] = v;
  env.PATH = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((p) => !p.startsWith(root))
    .join(path.delimiter);
  // a download cache of its own, kept between runs (it holds tarballs, never this checkout's node_modules)
  env.npm_config_cache = path.join(tmpdir(), 'selfhelp-test-npm-cache');
  return {
    ...env,
    NO_COLOR: '1',
    CI: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    ...extra,
  };
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(cwd: string, command: string, args: string[], env = outsideEnv(), input?: string): Run {
  const r: SpawnSyncReturns<string> = spawnSync(command, args, { cwd, env, input, encoding: 'utf8', timeout: 600_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Run a command, failing with its output when it fails. */
export function must(cwd: string, command: string, args: string[], env = outsideEnv()): string {
  const r = run(cwd, command, args, env);
  if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

export const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' });

/** A git repository with a package.json and the three articles, committed. */
export function contentRepository(prefix: string): string {
  const dir = tempDir(prefix);
  writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'content', version: '1.0.0', private: true }, null, 2)}\n`,
  );
  writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n.selfhelp-cache/\ndist/\n');
  for (const [file, text] of Object.entries(ARTICLES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'articles', '--no-verify');
  return dir;
}

/** The commits of a repository, newest first. */
export const commits = (dir: string) => git(dir, 'log', '--format=%s').trim().split('\n');

export const available = (command: string, args = ['--version']) =>
  !spawnSync(command, args, { encoding: 'utf8' }).error;
