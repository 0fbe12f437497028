/**
 * The preview's file watcher (chokidar), in a worker thread of its own: its first scan (a stat and a watch for
 * each of thousands of articles, about a second of CPU on the corpus) runs beside the first build instead of
 * after it. It watches the articles' folders and the config, never node_modules, .git, the output or the
 * cache, and posts each change to the server's thread.
 */
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import chokidar from 'chokidar';

export interface WatchData {
  cwd: string;
  /** folders and files to watch (absolute) */
  paths: string[];
}

export type WatchMessage =
  | { kind: 'ready' }
  | { kind: 'change'; event: string; file: string }
  | { kind: 'error'; message: string }
  | { kind: 'closed' };

const SKIP = /(^|[/\\])(node_modules|\.git|dist|\.selfhelp-cache|\.dist\.[^/\\]*)([/\\]|$)/;
/** the files a site is made of: articles, the config and JSON payloads, images */
const WATCHED = /\.(md|json|png|jpe?g|gif|svg)$/i;

if (parentPort) {
  const port = parentPort;
  const { cwd, paths } = workerData as WatchData;
  const post = (m: WatchMessage) => port.postMessage(m);
  const watcher = chokidar.watch(paths, {
    ignoreInitial: true,
    ignored: (file: string, stats?: { isFile(): boolean }) =>
      SKIP.test(path.relative(cwd, file)) || (!!stats?.isFile() && !WATCHED.test(file)),
  });
  watcher.once('ready', () => post({ kind: 'ready' }));
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const)
    watcher.on(event, (file: string) => post({ kind: 'change', event, file }));
  watcher.on('error', (error: unknown) => post({ kind: 'error', message: (error as Error).message }));
  port.on('message', (m: unknown) => {
    if (m === 'close') void watcher.close().then(() => post({ kind: 'closed' }));
  });
}
