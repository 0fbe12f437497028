/**
 * One of the processes of test/cache-concurrency.test.ts: waits for the go file, then, round after round, opens
 * the cache, sets a few entries of its own (one with a rendered page, whose body goes to the blob file) and saves.
 * Run as `node cache-writer.js <dir> <name> <rounds>`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { LintCache } from '../src/cache/index.js';
import { hashBytes } from '../src/files.js';
import { emptyConfig } from './fixtures.js';

export const PER_ROUND = 3;

/** The entry a writer sets for its k-th file of a round: everything in it is made from its name. */
export function entryFor(file: string) {
  return {
    hash: hashBytes(Buffer.from(file)),
    mtimeMs: 1,
    size: file.length,
    diagnostics: [{ file, line: 1, column: 1, severity: 'warning' as const, message: `about ${file}`, ruleId: 'x' }],
    tally: { x: [0, 1, 0, 0] as [number, number, number, number] },
    summaries: { note: file },
    page: { meta: { title: file }, body: { html: `<p>${file}</p>`.repeat(50) } },
  };
}

export const fileOf = (name: string, round: number, k: number) => `${name}-${round}-${k}.md`;

if (process.argv[1] && path.basename(process.argv[1]) === 'cache-writer.js') {
  const [dir, name, rounds] = process.argv.slice(2);
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  while (!existsSync(path.join(dir, 'go'))) Atomics.wait(sleeper, 0, 0, 2);
  for (let round = 0; round < Number(rounds); round++) {
    const cache = LintCache.open(path.join(dir, '.selfhelp-cache'), emptyConfig());
    for (let k = 0; k < PER_ROUND; k++) {
      const file = fileOf(name, round, k);
      cache.set(file, entryFor(file));
    }
    cache.save();
    cache.close();
  }
}
