/** selfhelp build: lint, refuse to publish on errors (unless --force), then write the site atomically. */
import path from 'node:path';
import { Engine } from '../../engine/index.js';
import { mark } from '../../timing.js';
import { progressBar } from '../progress.js';

export interface BuildFlags {
  out: string;
  force: boolean;
  config?: string;
  cache: boolean;
  cacheLocation: string;
  /** make the site again from nothing and compare it byte for byte (see src/engine/verify.ts) */
  verify?: boolean;
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
    if (!flags.verify || outcome.code !== 0) return outcome.code;
    const scratch = path.resolve(flags.out, '..', `.selfhelp-verify-${process.pid}`);
    const differences = await engine.verifyBuild({ patterns: paths, out: flags.out, force: flags.force }, scratch);
    if (!differences.length) {
      process.stderr.write('Verified: a build from nothing gives the same files, byte for byte.\n');
      return 0;
    }
    process.stderr.write(
      `Verify: the rebuilt output differs from a build from nothing:\n${differences.map((d) => `  ${d}\n`).join('')}`,
    );
    return 2;
  } finally {
    progress.end();
    // saved after the site is written (or refused): the cache and the site are not held in memory at once
    engine.save();
    mark('cache saved');
  }
}
