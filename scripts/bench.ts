/**
 * npm run bench -- <corpus-dir> [--runs N] [--skip-markdownlint]
 *
 * Lints a corpus with selfhelp and prints files, MB, wall seconds, files/s, MB/s and peak RSS, beside
 *  - the parse-only floor: unified + remark-parse + remark-frontmatter over the same files, on every core;
 *  - markdownlint-cli2 0.22 with its default config, installed with npm into a temporary folder.
 * Every tool runs as its own process (node start-up included), timed from outside; peak RSS is the
 * process's maxRSS, read at exit by a preloaded module.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { discover } from '../src/discover/index.js';
import { root } from '../test/fixtures.js';

interface Measure {
  wall: number;
  rssMB: number;
  code: number | null;
  stdout: string;
}

const args = process.argv.slice(2);
const corpus = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
if (!corpus) {
  console.error('usage: npm run bench -- <corpus-dir> [--runs N] [--skip-markdownlint]');
  process.exit(2);
}
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const skipMarkdownlint = args.includes('--skip-markdownlint');

const work = mkdtempSync(path.join(tmpdir(), 'selfhelp-bench-'));
const rssModule = path.join(work, 'rss.mjs');
writeFileSync(
  rssModule,
  "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); });\n",
);

function measure(argv: string[], cwd: string): Measure {
  const rssFile = path.join(work, `rss-${Math.random().toString(36).slice(2)}`);
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(rssModule).href, ...argv], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
  });
  const wall = (performance.now() - start) / 1000;
  let rssMB = NaN;
  try {
    rssMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    /* the process died before exit */
  }
  if (r.status !== 0 && r.status !== 1) console.error(`  (exit ${r.status}) ${r.stderr.slice(0, 500)}`);
  return { wall, rssMB, code: r.status, stdout: r.stdout };
}

function best(label: string, n: number, f: () => Measure): Measure {
  const all: Measure[] = [];
  for (let i = 0; i < n; i++) all.push(f());
  all.sort((a, b) => a.wall - b.wall);
  const median = all[Math.floor(all.length / 2)];
  console.error(`  ${label}: ${all.map((m) => m.wall.toFixed(2)).join(' s, ')} s`);
  return { ...median, rssMB: Math.max(...all.map((m) => m.rssMB)) };
}

const cwd = path.resolve(corpus);
const files = await discover({ cwd, patterns: ['.'], ignore: [], base: '' });
const bytes = files.reduce((sum, f) => sum + statSync(path.join(cwd, f)).size, 0);
const mb = bytes / 1024 / 1024;
const list = path.join(work, 'files.txt');
writeFileSync(list, files.map((f) => path.join(cwd, f)).join('\n'));
console.log(`corpus: ${cwd}\n${files.length} files, ${mb.toFixed(1)} MB; median of ${runs} runs (markdownlint-cli2: 1 run)\n`);

const bin = path.join(root, 'bin', 'selfhelp.js');
const output = path.join(work, 'lint.json');
const lint = best('selfhelp lint', runs, () => measure([bin, 'lint', '.', '--format', 'json', '--output', output], cwd));
const diagnostics = JSON.parse(readFileSync(output, 'utf8')) as Array<{ ruleId: string }>;
const floor = best('parse-only floor', runs, () => measure([path.join(root, 'build', 'scripts', 'parse-floor.js'), list], cwd));

let markdownlint: Measure | undefined;
if (!skipMarkdownlint) {
  const prefix = path.join(work, 'markdownlint');
  console.error('  installing markdownlint-cli2@0.22 into a temporary folder...');
  const install = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', 'markdownlint-cli2@0.22'], { encoding: 'utf8' });
  if (install.status === 0) {
    const mdBin = path.join(prefix, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
    markdownlint = best('markdownlint-cli2', 1, () => measure([mdBin, '**/*.md'], cwd));
  } else console.error(`  markdownlint-cli2 could not be installed: ${install.stderr.slice(0, 300)}`);
}

const row = (name: string, m: Measure) =>
  `| ${name} | ${m.wall.toFixed(2)} | ${(files.length / m.wall).toFixed(0)} | ${(mb / m.wall).toFixed(2)} | ${m.rssMB.toFixed(0)} |`;
console.log('| run | wall s | files/s | MB/s | peak RSS MB |');
console.log('|---|---|---|---|---|');
console.log(row('selfhelp lint', lint));
console.log(row('parse-only floor (remark, all cores)', floor));
if (markdownlint) console.log(row('markdownlint-cli2 0.22, default config', markdownlint));
console.log(`\nselfhelp reported ${diagnostics.length} diagnostics, ${diagnostics.filter((d) => d.ruleId.startsWith('internal/')).length} internal errors`);

const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
console.log('\ntargets:');
if (markdownlint) {
  const speedup = markdownlint.wall / lint.wall;
  console.log(`- ${speedup.toFixed(1)}x faster than markdownlint-cli2 (target >= 3x): ${verdict(speedup >= 3)}`);
}
const overFloor = lint.wall / floor.wall;
console.log(`- ${overFloor.toFixed(2)}x the parse-only floor (target <= 1.5x): ${verdict(overFloor <= 1.5)}`);
console.log(`- peak RSS ${lint.rssMB.toFixed(0)} MB (target < 400 MB): ${verdict(lint.rssMB < 400)}`);
rmSync(work, { recursive: true, force: true });
