/** selfhelp build: lint, refuse to publish on errors (unless --force), then write the site atomically. */
import { Engine } from '../../engine/index.js';
import { mark } from '../../timing.js';
import { progressBar } from '../progress.js';

export interface BuildFlags {
  out: string;
  force: boolean;
  config?: string;
  cache: boolean;
  cacheLocation: string;
}

export async function buildCommand(paths: string[], flags: BuildFlags): Promise<number> {
  const progress = progressBar('selfhelp build: lint');
  const engine = Engine.open({
    cwd: process.cwd(),
    configFile: flags.config,
    cache: flags.cache ? flags.cacheLocation : false,
    onProgress: progress,
  });
  mark('config');
  let ended = false;
  const log = (text: string) => {
    if (!ended) progress.end();
    ended = true;
    process.stderr.write(text);
  };
  try {
    const outcome = await engine.build({ patterns: paths, out: flags.out, force: flags.force, log });
    return outcome.code;
  } finally {
    progress.end();
    // saved after the site is written (or refused): the cache and the site are not held in memory at once
    engine.save();
    mark('cache saved');
  }
}
