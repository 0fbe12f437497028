/**
 * Issue 15: the pre-commit framework's hooks end to end (`pre-commit run`, Debian's pre-commit, the hook
 * environment installed from this checkout at HEAD), each alone and both one after the other, and
 * `selfhelp lint --stdin`, all with a warm cache, on a git repository of the corpus with one staged article.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { root } from '../test/fixtures.js';
import type { BenchContext } from './bench.js';
import { verdict } from './bench-util.js';

/**
 * The CPU seconds (user + system) of a command and every process it waited for, from bash's `times`: on a
 * machine shared with other work, wall time says more about the neighbours than about the command.
 */
function cpuSeconds(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  input?: Uint8Array,
): number {
  const quoted = [command, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['-c', `${quoted} > /dev/null 2>&1; times`], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const children = r.stdout.trim().split('\n')[1] ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return seconds.reduce((a, b) => a + b, 0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchHooks({ bench, cwd, files, runs }: BenchContext): void {
  console.log('## pre-commit framework hooks and lint --stdin\n');
  if (spawnSync('pre-commit', ['--version']).error) {
    console.log('pre-commit is not installed (apt-get install pre-commit): skipped\n');
    return;
  }
  const repo = path.join(bench.work, 'hooks-repo');
  // the articles where the tool looks for them by default (articles/), as in a content repository
  cpSync(cwd, path.join(repo, 'articles'), { recursive: true });
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  writeFileSync(
    path.join(repo, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${root}\n    rev: ${head}\n    hooks:\n      - id: selfhelp-lint\n      - id: selfhelp-dupes\n`,
  );
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', ...args], {
      cwd: repo,
      stdio: 'pipe',
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'corpus');
  const changed = `articles/${files[Math.floor(files.length / 2)]}`;
  appendFileSync(path.join(repo, changed), '\nRestart the service, then wait five minutes before you try again.\n');
  git('add', changed);
  const env = { PRE_COMMIT_HOME: path.join(bench.work, 'pre-commit-home') };
  console.error(`  installing the hook environment from ${root} at ${head.slice(0, 12)}...`);
  const install = spawnSync('pre-commit', ['install-hooks'], {
    cwd: repo,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (install.status !== 0) {
    console.log(`pre-commit could not install the hooks: skipped\n${install.stdout}${install.stderr}\n`);
    return;
  }
  const preCommit =
    (...hooks: string[]) =>
    () =>
      bench.measure(['run', ...hooks], repo, env, 'pre-commit');
  // fill the cache once (a cold run of the whole corpus), then time warm runs only
  preCommit()();
  const lintHook = bench.median('pre-commit run selfhelp-lint', runs + 2, preCommit('selfhelp-lint'));
  const dupesHook = bench.median('pre-commit run selfhelp-dupes', runs + 2, preCommit('selfhelp-dupes'));
  const both = bench.median('pre-commit run (both hooks)', runs + 2, preCommit());
  const bin = path.join(root, 'bin', 'selfhelp.js');
  const text = readFileSync(path.join(repo, changed));
  bench.measure([bin, 'lint', '--stdin', '--stdin-filename', changed], repo, {}, undefined, text);
  const stdin = bench.median('lint --stdin', runs + 2, () =>
    bench.measure([bin, 'lint', '--stdin', '--stdin-filename', changed], repo, {}, undefined, text),
  );
  // a hook with no file of its kind to check is skipped: what is left is the framework's own start-up
  const cpu = {
    lint: median(Array.from({ length: runs }, () => cpuSeconds('pre-commit', ['run', 'selfhelp-lint'], repo, env))),
    dupes: median(Array.from({ length: runs }, () => cpuSeconds('pre-commit', ['run', 'selfhelp-dupes'], repo, env))),
    both: median(Array.from({ length: runs }, () => cpuSeconds('pre-commit', ['run'], repo, env))),
    stdin: median(
      Array.from({ length: runs }, () =>
        cpuSeconds(process.execPath, [bin, 'lint', '--stdin', '--stdin-filename', changed], repo, {}, text),
      ),
    ),
    bare: median(
      Array.from({ length: runs }, () =>
        cpuSeconds('pre-commit', ['run', 'selfhelp-lint', '--files', '.pre-commit-config.yaml'], repo, env),
      ),
    ),
  };
  const bare = bench.median('pre-commit run, hook skipped', runs, () =>
    bench.measure(['run', 'selfhelp-lint', '--files', '.pre-commit-config.yaml'], repo, env, 'pre-commit'),
  );
  console.log(
    `one changed article (${changed}) staged in a git repository of the ${files.length}-article corpus; warm cache\n`,
  );
  console.log('| run | wall s | CPU s | peak RSS MB |');
  console.log('|---|---|---|---|');
  const skipped = "pre-commit run, the hook skipped (no markdown file given: the framework's own start-up)";
  console.log(`| ${skipped} | ${bare.wall.toFixed(3)} | ${cpu.bare.toFixed(3)} | |`);
  console.log(`| pre-commit run selfhelp-lint | ${lintHook.wall.toFixed(3)} | ${cpu.lint.toFixed(3)} | |`);
  console.log(`| pre-commit run selfhelp-dupes | ${dupesHook.wall.toFixed(3)} | ${cpu.dupes.toFixed(3)} | |`);
  console.log(
    `| pre-commit run (both hooks, one after the other) | ${both.wall.toFixed(3)} | ${cpu.both.toFixed(3)} | |`,
  );
  const stdinRow = `selfhelp lint --stdin --stdin-filename ${path.basename(changed)}`;
  console.log(`| ${stdinRow} | ${stdin.wall.toFixed(3)} | ${cpu.stdin.toFixed(3)} | ${stdin.rssMB.toFixed(0)} |`);
  const load = loadavg().map((l) => l.toFixed(1));
  console.log(`\nload average during the run: ${load.join(', ')} (${cpus().length} cores)`);
  console.log('\ntargets:');
  const each = `lint ${lintHook.wall.toFixed(3)} s, dupes ${dupesHook.wall.toFixed(3)} s`;
  console.log(`- each hook warm: ${each} (target < 0.5 s): ${verdict(lintHook.wall < 0.5 && dupesHook.wall < 0.5)}`);
  console.log(`- both hooks warm ${both.wall.toFixed(3)} s (target < 1 s): ${verdict(both.wall < 1)}\n`);
}
