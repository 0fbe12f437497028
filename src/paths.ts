/**
 * Where the package's own files are. The code runs either as compiled by tsc (build/src/…, as the tests
 * import it) or bundled by esbuild (build/bundle/, as the command runs it: see scripts/bundle.ts), where
 * every module lives in one flat folder. The worker threads' entry files differ between the two.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);
/** the folder of the running code: build/src or build/bundle */
export const codeDir = path.dirname(here);
const bundled = path.basename(here) !== 'paths.js';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/** the package's folder (package.json, schemas/, build/validators/) */
export const packageRoot = findRoot(codeDir);

/** A file of the package, by its path from the package's folder. */
export const packageFile = (rel: string): string => path.join(packageRoot, rel);

/** The entry file of a worker thread, as a URL (what piscina takes). */
export function workerUrl(worker: 'lint' | 'search'): string {
  const file = bundled ? `${worker}-worker.js` : worker === 'lint' ? 'engine/worker.js' : 'site/search.js';
  return pathToFileURL(path.join(codeDir, file)).href;
}

/** The name of the copy of MiniSearch's browser build that scripts/bundle.ts puts beside the bundle. */
export const MINISEARCH_BROWSER = 'minisearch.umd.js';

/**
 * MiniSearch's browser (UMD) build, the file the site serves as assets/minisearch.js. The bundle carries a copy
 * (minisearch itself is inlined into the bundle, so it is no dependency of an installed package); the code
 * compiled by tsc finds it through Node's module resolution, wherever npm put the package.
 */
export function minisearchBrowserBuild(): string {
  return bundled ? path.join(codeDir, MINISEARCH_BROWSER) : resolveBrowserBuild('minisearch');
}

/**
 * A package's browser build, by Node's module resolution from this file: the package's entry as resolved,
 * then its package.json (the nearest above the entry), whose `unpkg` or `browser` field, else `main`, names
 * the build (minisearch's `exports` map names neither it nor package.json, so neither can be resolved directly).
 */
export function resolveBrowserBuild(name: string, from: string = import.meta.url): string {
  const entry = createRequire(from).resolve(name);
  for (let dir = path.dirname(entry); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    type Manifest = { name?: string; unpkg?: unknown; browser?: unknown; main?: unknown };
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as Manifest;
    if (pkg.name !== name) continue;
    const field = [pkg.unpkg, pkg.browser, pkg.main].find((f): f is string => typeof f === 'string');
    if (!field) throw new Error(`${name}'s package.json names no browser build (unpkg, browser or main)`);
    return path.join(dir, field);
  }
  throw new Error(`no package.json of ${name} above ${entry}`);
}
