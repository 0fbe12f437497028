/**
 * Where the package's own files are. The code runs either as compiled by tsc (build/src/…, as the tests
 * import it) or bundled by esbuild (build/bundle/, as the command runs it: see scripts/bundle.ts), where
 * every module lives in one flat folder. The worker threads' entry files differ between the two.
 */
import { existsSync } from 'node:fs';
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
export function workerUrl(worker: 'lint' | 'search' | 'watch'): string {
  const sources = { lint: 'engine/worker.js', search: 'site/search.js', watch: 'serve/watcher.js' };
  const file = bundled ? `${worker}-worker.js` : sources[worker];
  return pathToFileURL(path.join(codeDir, file)).href;
}
