/**
 * Issue "Pre-commit and CI": `selfhelp lint --staged` with one changed article on the whole corpus, with a
 * cold and a warm cache, beside a full lint, node's bare start-up and the import time of the tool.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../test/fixtures.js';
import type { BenchContext } from './bench.js';
import { verdict } from './bench-util.js';

export function benchStaged({ bench, cwd, files, runs }: BenchContext): void {
  console.log('## pre-commit (--staged)\n');
  const bin = path.join(root, 'bin', 'selfhelp.js');
  const repo = path.join(bench.work, 'repo');
  cpSync(cwd, repo, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', ...args], {
      cwd: repo,
      stdio: 'pipe',
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'corpus');
  const changed = files[Math.floor(files.length / 2)];
  appendFileSync(path.join(repo, changed), '\nRestart the service, then wait five minutes before you try again.\n');
  git('add', changed);
  const cache = path.join(repo, '.selfhelp-cache');

  const bare = bench.median('node -e 0', runs, () => bench.measure(['-e', '0'], repo));
  const importScript = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(path.join(root, 'build', 'bundle', 'main.js')).href)}); console.log(performance.now() - t);`;
  const imports = bench.median('import of the tool', runs, () =>
    bench.measure(['--input-type=module', '-e', importScript], repo),
  );
  const importMs = Number(imports.stdout.trim());
  const full = bench.median('full lint, no cache', runs, () =>
    bench.measure(
      [bin, 'lint', '.', '--no-cache', '--format', 'json', '--output', path.join(bench.work, 'full.json')],
      repo,
    ),
  );
  const cold = bench.median('--staged, cold cache', runs, () => {
    rmSync(cache, { recursive: true, force: true });
    return bench.measure([bin, 'lint', '--staged', '.'], repo);
  });
  const warm = bench.median('--staged, warm cache', runs + 2, () =>
    bench.measure([bin, 'lint', '--staged', '.'], repo),
  );
  console.log(`one changed article (${changed}) staged in a git repository of the ${files.length}-article corpus\n`);
  console.log('| run | wall s | peak RSS MB |');
  console.log('|---|---|---|');
  console.log(`| node -e 0 (bare start-up) | ${bare.wall.toFixed(3)} | ${bare.rssMB.toFixed(0)} |`);
  console.log(`| import of the command (the bundle's main module) | ${(importMs / 1000).toFixed(3)} (in process) | |`);
  console.log(`| selfhelp lint, whole corpus, no cache | ${full.wall.toFixed(2)} | ${full.rssMB.toFixed(0)} |`);
  console.log(`| selfhelp lint --staged, cold cache | ${cold.wall.toFixed(2)} | ${cold.rssMB.toFixed(0)} |`);
  console.log(`| selfhelp lint --staged, warm cache | ${warm.wall.toFixed(3)} | ${warm.rssMB.toFixed(0)} |`);
  console.log('\ntargets:');
  console.log(
    `- warm --staged ${warm.wall.toFixed(3)} s, full-corpus articleId and duplicate checks included (target < 0.5 s): ${verdict(warm.wall < 0.5)}`,
  );
  console.log(
    `- cold --staged ${cold.wall.toFixed(2)} s vs full lint ${full.wall.toFixed(2)} s (target: no slower): ${verdict(cold.wall <= full.wall * 1.05)} (within 5%, the run-to-run noise here)\n`,
  );
}
