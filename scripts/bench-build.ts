/**
 * Issue "The static help bundle": a full cold build (lint included), a rebuild after editing one article
 * (warm cache), and Hugo 0.111 (Debian's `hugo`) building the same articles converted to Hugo pages.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { removeOutput } from '../src/site/index.js';
import { root } from '../test/fixtures.js';
import type { BenchContext } from './bench.js';
import { verdict, type Measure } from './bench-util.js';
import {
  CHROMIUM,
  launch,
  measureSearch,
  searchBytesSoFar,
  staticServer,
  type SearchMeasure,
} from '../test/site-browser.js';

export async function benchBuild({ bench, cwd, files, runs }: BenchContext): Promise<void> {
  console.log('## build\n');
  const bin = path.join(root, 'bin', 'selfhelp.js');
  const work = path.join(bench.work, 'site');
  cpSync(cwd, path.join(work, 'articles'), { recursive: true });
  const out = path.join(work, 'dist');
  const cache = path.join(work, '.selfhelp-cache');
  const full = bench.median('full build, cold (no cache)', runs, () => {
    removeOutput(out);
    return bench.measure([bin, 'build', 'articles', '--force', '--no-cache'], work);
  });
  // the first build with a cache fills it; the next ones start from it (and from the previous output)
  const filling = bench.median('first build with the cache (fills it)', runs, () => {
    removeOutput(out);
    rmSync(cache, { recursive: true, force: true });
    for (const stale of readdirSync(work).filter((f) => f.startsWith('.dist.')))
      rmSync(path.join(work, stale), { recursive: true, force: true });
    return bench.measure([bin, 'build', 'articles', '--force'], work);
  });
  const unchanged = bench.median('rebuild, nothing changed', runs, () =>
    bench.measure([bin, 'build', 'articles', '--force'], work),
  );
  const edited = path.join(work, 'articles', files[Math.floor(files.length / 3)]);
  let n = 0;
  const incremental = bench.median('rebuild after editing one article (warm cache)', runs, () => {
    appendFileSync(edited, `\nEdited for the benchmark (${n++}).\n`);
    return bench.measure([bin, 'build', 'articles', '--force'], work);
  });
  // the rebuilt output is the output of a clean build of the same articles, and verify mode says so too
  bench.measure([bin, 'build', 'articles', '--force', '--no-cache', '--out', 'clean'], work);
  const same = sameTree(out, path.join(work, 'clean'));
  appendFileSync(edited, `\nEdited for the benchmark (${n++}).\n`);
  const verify = bench.measure([bin, 'build', 'articles', '--force', '--verify'], work);
  const verified = verify.code === 0 && /Verified/.test(verify.stderr);
  const bare = bench.median('node -e 0', runs, () => bench.measure(['-e', '0'], work));
  const size = treeSize(out);
  const searches = await browserSearches(out);
  rmSync(cache, { recursive: true, force: true });

  let hugo: Measure | undefined;
  if (spawnSync('hugo', ['version'], { encoding: 'utf8' }).status === 0) {
    const site = path.join(bench.work, 'hugo');
    toHugo(cwd, files, site);
    hugo = bench.median('hugo 0.111', runs, () => {
      rmSync(path.join(site, 'public'), { recursive: true, force: true });
      return bench.measure(['--quiet', '-s', site], site, {}, 'hugo');
    });
  } else console.error('  hugo is not installed (apt-get install -y hugo): skipped');

  console.log('| run | wall s | peak RSS MB |');
  console.log('|---|---|---|');
  console.log(`| selfhelp build, cold, lint included | ${full.wall.toFixed(2)} | ${full.rssMB.toFixed(0)} |`);
  console.log(
    `| selfhelp build, first with the cache (fills it) | ${filling.wall.toFixed(2)} | ${filling.rssMB.toFixed(0)} |`,
  );
  console.log(`| selfhelp build, nothing changed | ${unchanged.wall.toFixed(2)} | ${unchanged.rssMB.toFixed(0)} |`);
  console.log(
    `| selfhelp build after editing one article | ${incremental.wall.toFixed(2)} | ${incremental.rssMB.toFixed(0)} |`,
  );
  console.log(`| node -e 0 | ${bare.wall.toFixed(3)} | |`);
  if (hugo)
    console.log(`| hugo 0.111, same articles as Hugo pages | ${hugo.wall.toFixed(2)} | (not node: not measured) |`);
  console.log(
    `\ndist/: ${size.files} files, ${(size.bytes / 1e6).toFixed(1)} MB as served (every bundle counted), ${(size.unique / 1e6).toFixed(1)} MB on disk (hard links counted once)`,
  );
  if (searches.length) {
    console.log(
      '\n| search (first, in a fresh page) | first result ms | all 20 shown ms | search files KB (facets included) | files |',
    );
    console.log('|---|---|---|---|---|');
    for (const m of searches)
      console.log(
        `| ${m.query} | ${m.ms.toFixed(0)} | ${m.allMs.toFixed(0)} | ${(m.bytes / 1024).toFixed(0)} | ${m.requests} |`,
      );
  } else console.error('  no /usr/bin/chromium: the searches were not measured');
  console.log('\ntargets:');
  for (const m of searches)
    console.log(
      `- search ${JSON.stringify(m.query)}: first results in ${m.ms.toFixed(0)} ms (target < 300), ${(m.bytes / 1024).toFixed(0)} KB (target < 1 MB): ${verdict(m.ms < 300 && m.bytes < 1024 * 1024)}`,
    );
  if (hugo)
    console.log(
      `- cold build ${(full.wall / hugo.wall).toFixed(1)}x Hugo's time (target <= 3x): ${verdict(full.wall <= 3 * hugo.wall)}`,
    );
  console.log(
    `- one-article rebuild ${incremental.wall.toFixed(2)} s (target < 1 s + node start-up ${bare.wall.toFixed(2)} s${hugo ? `, and faster than Hugo's ${hugo.wall.toFixed(2)} s` : ''}): ${verdict(incremental.wall < 1 + bare.wall && (!hugo || incremental.wall < hugo.wall))}`,
  );
  const peak = Math.max(full.rssMB, filling.rssMB, unchanged.rssMB, incremental.rssMB);
  console.log(`- peak RSS ${peak.toFixed(0)} MB over all four builds (target < 600 MB): ${verdict(peak < 600)}`);
  console.log(`- the rebuilt dist/ is byte-identical to a clean build of the same articles: ${same ? 'yes' : 'NO'}`);
  console.log(
    `- build --verify after one more edit (every reused output made again, compared): ${verified ? 'yes' : 'NO'}\n`,
  );
}

/** Files under a folder: their number, their bytes (each path counted) and their bytes on disk (each inode once). */
function treeSize(dir: string): { files: number; bytes: number; unique: number } {
  const seen = new Set<number>();
  let [files, bytes, unique] = [0, 0, 0];
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const s = statSync(path.join(f.parentPath, f.name));
    files++;
    bytes += s.size;
    if (!seen.has(s.ino)) {
      seen.add(s.ino);
      unique += s.size;
    }
  }
  return { files, bytes, unique };
}

/** Three searches in chromium on the built site, each in a fresh page (its facets and index parts not yet loaded). */
async function browserSearches(dist: string): Promise<SearchMeasure[]> {
  if (!existsSync(CHROMIUM)) return [];
  const server = await staticServer(dist);
  const browser = await launch();
  const out: SearchMeasure[] = [];
  try {
    for (const q of ['storage account', 'reset password', 'vm rdp']) {
      const page = await browser.newPage();
      await page.goto(`${server.url}index.html`);
      await page.waitForLoadState('networkidle');
      const opened = await searchBytesSoFar(page);
      const m = await measureSearch(page, q);
      out.push({ ...m, bytes: m.bytes + opened });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

/** The articles as a Hugo site: front matter from the properties block, the markdown body, minimal layouts. */
function toHugo(cwd: string, files: string[], site: string): void {
  mkdirSync(path.join(site, 'layouts', '_default'), { recursive: true });
  writeFileSync(
    path.join(site, 'hugo.toml'),
    'baseURL = "http://localhost/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS"]\n[markup.goldmark.renderer]\nunsafe = false\n',
  );
  writeFileSync(
    path.join(site, 'layouts', '_default', 'baseof.html'),
    '<!doctype html><html><head><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>',
  );
  writeFileSync(
    path.join(site, 'layouts', '_default', 'single.html'),
    '{{ define "main" }}<article>{{ .Content }}</article>{{ end }}',
  );
  writeFileSync(
    path.join(site, 'layouts', '_default', 'list.html'),
    '{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}',
  );
  for (const file of files) {
    const text = readFileSync(path.join(cwd, file), 'utf8').replace(/^\ufeff+/, '');
    const end = text.indexOf('/>', text.search(/<properties/i));
    const title = /pagetitle\s*=\s*["']([^"']*)/i.exec(text)?.[1] ?? path.basename(file, '.md');
    const target = path.join(site, 'content', file.replace(/[^A-Za-z0-9/._-]+/g, '-'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `---\ntitle: ${JSON.stringify(title)}\n---\n${end === -1 ? text : text.slice(end + 2)}`);
  }
}

/** Whether two folders hold the same files with the same bytes. */
function sameTree(a: string, b: string): boolean {
  const list = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => path.relative(dir, path.join(f.parentPath, f.name)))
      .sort();
  const fa = list(a);
  const fb = list(b);
  return (
    fa.length === fb.length &&
    fa.every((f, i) => f === fb[i] && readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))))
  );
}
