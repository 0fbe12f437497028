/** For a client that does not watch files for the server: chokidar on the articles, the config and the baseline. */
import path from 'node:path';
import chokidar from 'chokidar';
import { toPosix } from '../config/index.js';

export function watchFiles(
  root: string,
  patterns: string[],
  files: string[],
  changed: (files: string[]) => void,
  log: (line: string) => void,
): () => Promise<void> {
  const targets = [...patterns, ...files].map((p) => path.resolve(root, p));
  const watcher = chokidar.watch(targets, {
    ignoreInitial: true,
    ignored: (p) => /[\\/](node_modules|\.git|\.selfhelp-cache)([\\/]|$)/.test(p),
  });
  const report = (file: string) => changed([toPosix(path.relative(root, file))]);
  watcher.on('add', report).on('change', report).on('unlink', report);
  watcher.on('error', (error) =>
    log(`selfhelp: watching files: ${error instanceof Error ? error.message : String(error)}`),
  );
  return () => watcher.close();
}
