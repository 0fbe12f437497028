/**
 * npm run bench -- <corpus-dir> [--runs N] [--skip-markdownlint]
 *   [--only adversarial,lint,dupes,staged,build,serve,hooks,lsp,scale]
 *   [--skip-jscpd]
 *
 * Every tool runs as its own process (node start-up included), timed from outside; peak RSS is the
 * process's maxRSS. Each section prints its figures and the targets of its issue.
 */
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { discover } from '../src/discover/index.js';
import { Bench } from './bench-util.js';
import { benchDupes } from './bench-dupes.js';
import { benchLint } from './bench-lint.js';
import { benchAdversarial } from './bench-adversarial.js';
import { benchBuild } from './bench-build.js';
import { benchStaged } from './bench-staged.js';
import { benchServe } from './bench-serve.js';
import { benchHooks } from './bench-hooks.js';
import { benchLsp } from './bench-lsp.js';
import { benchScale } from './bench-scale.js';

const args = process.argv.slice(2);
const value = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = args.find((a, i) => !a.startsWith('--') && !['--runs', '--only'].includes(args[i - 1] ?? ''));
const only = new Set((value('--only') ?? 'adversarial,lint,dupes,staged,build,serve,hooks,lsp,scale').split(','));
// the adversarial files need no corpus (issue 19)
if (only.has('adversarial')) await benchAdversarial();
if (!corpus) {
  if (only.has('adversarial')) process.exit(0);
  console.error(
    'usage: npm run bench -- <corpus-dir> [--runs N] [--only adversarial,lint,dupes,staged,build,serve,hooks,lsp,scale] ...',
  );
  process.exit(2);
}
const runs = Number(value('--runs') ?? 3);

const cwd = path.resolve(corpus);
const files = await discover({ cwd, patterns: ['.'], ignore: [], base: '' });
const mb = files.reduce((sum, f) => sum + statSync(path.join(cwd, f)).size, 0) / 1024 / 1024;
const bench = new Bench();
const list = path.join(bench.work, 'files.txt');
writeFileSync(list, files.map((f) => path.join(cwd, f)).join('\n'));
console.log(`corpus: ${cwd}\n${files.length} files, ${mb.toFixed(1)} MB; medians of ${runs} runs\n`);

const context = {
  bench,
  cwd,
  files,
  mb,
  list,
  runs,
  skipMarkdownlint: args.includes('--skip-markdownlint'),
  skipJscpd: args.includes('--skip-jscpd'),
};
try {
  if (only.has('lint')) benchLint(context);
  if (only.has('dupes')) await benchDupes(context);
  if (only.has('staged')) benchStaged(context);
  if (only.has('build')) await benchBuild(context);
  if (only.has('serve')) await benchServe(context);
  if (only.has('hooks')) benchHooks(context);
  if (only.has('lsp')) await benchLsp(context);
  if (only.has('scale')) benchScale(context);
} finally {
  bench.close();
}

export type BenchContext = typeof context;
