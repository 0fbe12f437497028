/**
 * Bundles the compiled command (build/src) into build/bundle with esbuild: one flat folder of ES modules,
 * split where the code is loaded lazily (the parser and renderer load only when a file has to be linted).
 * Node loads a few large files much faster than the ~400 small modules of the unified ecosystem: a
 * one-article rebuild imports its parser in about a quarter of the time. The tests import build/src.
 * Everything the bundle inlines is a devDependency; only `piscina` (external) and `ajv` (loaded by path, see
 * src/validate/compiled.ts) are dependencies of the installed package.
 */
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const out = 'build/bundle';
rmSync(out, { recursive: true, force: true });
await build({
  // see src/paths.ts: the worker threads' entry files are named after their worker
  entryPoints: {
    main: 'build/src/cli/main.js',
    'lint-worker': 'build/src/engine/worker.js',
    'search-worker': 'build/src/site/search.js',
    'watch-worker': 'build/src/serve/watcher.js',
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: out,
  chunkNames: 'chunk-[hash]',
  // piscina starts its threads from its own files, found next to it
  external: ['piscina'],
  // node_modules may be a link (a worktree sharing another's): paths in the output stay as in a plain install
  preserveSymlinks: true,
  // CommonJS dependencies (ajv, commander) call require()
  banner: {
    js: "import { createRequire as __selfhelpRequire } from 'node:module';\nconst require = __selfhelpRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});
