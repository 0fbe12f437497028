/**
 * Issue "Incremental work that costs the same at any corpus size": the corpus at 1x, 2x and 3x (copies with
 * consistently renamed words and fresh articleIds, as the duplicates bench makes them), each in a git
 * repository. At each scale: a warm `lint --staged` with one changed article (with node's bare start-up and the
 * time to open the cache beside it), a warm full lint with nothing changed, and the rebuilds after one body edit
 * and after one `pageTitle` edit; then how each grew from 1x to 3x.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../test/fixtures.js';
import type { BenchContext } from './bench.js';
import { copyText } from './bench-dupes.js';
import { verdict, type Measure } from './bench-util.js';

const SCALES = [1, 2, 3];

interface Figures {
  articles: number;
  bare: number;
  staged: number;
  open: number;
  full: number;
  body: number;
  title: number;
}

export function benchScale({ bench, cwd, files, runs }: BenchContext): void {
  console.log('## scale (1x, 2x, 3x)\n');
  const bin = path.join(root, 'bin', 'selfhelp.js');
  const rows: Figures[] = [];
  for (const k of SCALES) {
    const repo = path.join(bench.work, `scale-${k}`);
    const names: string[] = [];
    for (let j = 0; j < k; j++)
      for (const file of files) {
        // copy j of folder/name.md is folder-qj/name.md: a folder of its own, as a larger corpus has more folders
        const [folder, ...rest] = file.split('/');
        const name = path.join('articles', rest.length ? [j ? `${folder}-q${j}` : folder, ...rest].join('/') : file);
        const target = path.join(repo, name);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, copyText(readFileSync(path.join(cwd, file), 'utf8'), j));
        names.push(name);
      }
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=bench@example.com', '-c', 'user.name=bench', ...args], {
        cwd: repo,
        stdio: 'pipe',
      });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'corpus');
    console.error(`  ${k}x: ${names.length} articles; the first build (fills the cache)...`);
    bench.measure([bin, 'build', 'articles', '--force'], repo);
    const bare = bench.median(`${k}x node -e 0`, runs, () => bench.measure(['-e', '0'], repo));
    const full = bench.median(`${k}x warm full lint, nothing changed`, runs, () =>
      bench.measure([bin, 'lint', 'articles'], repo),
    );
    // the same article at every scale: one of the originals
    const changed = path.join(repo, names[Math.floor(files.length / 2)]);
    appendFileSync(changed, '\nRestart the service, then wait five minutes before you try again.\n');
    git('add', path.relative(repo, changed));
    bench.measure([bin, 'lint', '--staged'], repo); // warms the cache for this edit
    const staged = bench.median(`${k}x warm --staged`, runs + 2, () =>
      bench.measure([bin, 'lint', '--staged'], repo, { SELFHELP_TIMING: '1' }),
    );
    const open = Number(/cache opened in (\d+)ms/.exec(staged.stderr)?.[1] ?? NaN) / 1000;
    let n = 0;
    const edited = path.join(repo, names[Math.floor(files.length / 3)]);
    const body = bench.median(`${k}x rebuild after a body edit`, runs, () => {
      appendFileSync(edited, `\nEdited for the benchmark (${n++}).\n`);
      return bench.measure([bin, 'build', 'articles', '--force'], repo);
    });
    const titled = path.join(repo, names[Math.floor(files.length / 4)]);
    const title = bench.median(`${k}x rebuild after a pageTitle edit`, runs, () => {
      const text = readFileSync(titled, 'utf8');
      writeFileSync(titled, text.replace(/(pageTitle\s*=\s*["'])/i, `$1Edited ${n++}: `));
      return bench.measure([bin, 'build', 'articles', '--force'], repo);
    });
    rows.push({
      articles: names.length,
      bare: bare.wall,
      staged: staged.wall,
      open,
      full: full.wall,
      body: body.wall,
      title: title.wall,
    });
    rmSync(repo, { recursive: true, force: true });
    checkExit([full, staged, body, title]);
  }
  console.log(
    '| scale | articles | node -e 0 s | warm --staged s | cache opened in s | warm full lint, nothing changed s | rebuild, body edit s | rebuild, pageTitle edit s |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [i, r] of rows.entries())
    console.log(
      `| ${SCALES[i]}x | ${r.articles} | ${r.bare.toFixed(3)} | ${r.staged.toFixed(3)} | ${r.open.toFixed(3)} | ${r.full.toFixed(2)} | ${r.body.toFixed(2)} | ${r.title.toFixed(2)} |`,
    );
  const [one, , three] = rows;
  const grow = (f: keyof Figures) => three[f] / one[f];
  console.log('\ntargets:');
  console.log(
    `- warm --staged at 3x ${three.staged.toFixed(3)} s (target < 0.3 s): ${verdict(three.staged < 0.3)}; grew ${grow('staged').toFixed(2)}x from 1x (target < 1.2x): ${verdict(grow('staged') < 1.2)}`,
  );
  for (const [f, label] of [
    ['body', 'one-body-edit'],
    ['title', 'one-pageTitle-edit'],
  ] as const)
    console.log(
      `- ${label} rebuild at 3x ${three[f].toFixed(2)} s (target < 1 s): ${verdict(three[f] < 1)}; grew ${grow(f).toFixed(2)}x from 1x (target < 1.3x): ${verdict(grow(f) < 1.3)}`,
    );
  console.log(`- warm full lint, nothing changed: grew ${grow('full').toFixed(2)}x from 1x to 3x (no target)\n`);
}

/** A run that ended in a usage or internal error measured nothing: say so instead of printing its time. */
function checkExit(measures: Measure[]): void {
  for (const m of measures)
    if (m.code !== 0 && m.code !== 1)
      throw new Error(`a measured run exited with ${m.code}: ${m.stderr.slice(0, 300)}`);
}
