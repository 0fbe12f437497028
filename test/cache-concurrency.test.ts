/**
 * Issue 18: any number of processes on the same corpus share one cache. Three processes save it at the same moments,
 * many times over; afterwards every entry of both is there and whole (its diagnostics, summaries and page body).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LintCache } from '../src/cache/index.js';
import { entryFor, fileOf, PER_ROUND } from './cache-writer.js';
import { emptyConfig, tempDir } from './fixtures.js';

const WRITER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cache-writer.js');
const ROUNDS = 40;

function writer(dir: string, name: string): Promise<number> {
  const child = spawn(process.execPath, [WRITER, dir, name, String(ROUNDS)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

describe('the cache, shared by processes', () => {
  it('three processes saving at the same moments, 40 times each, lose none of each other’s entries', async () => {
    const dir = tempDir('cache-concurrency');
    const done = Promise.all([writer(dir, 'a'), writer(dir, 'b'), writer(dir, 'c')]);
    // both are started (node loaded) before the go: their saves overlap
    await new Promise((resolve) => setTimeout(resolve, 500));
    writeFileSync(path.join(dir, 'go'), '');
    assert.deepEqual(await done, [0, 0, 0]);
    const cache = LintCache.open(path.join(dir, '.selfhelp-cache'), emptyConfig());
    const missing: string[] = [];
    for (const name of ['a', 'b', 'c'])
      for (let round = 0; round < ROUNDS; round++)
        for (let k = 0; k < PER_ROUND; k++) {
          const file = fileOf(name, round, k);
          const want = entryFor(file);
          const e = cache.byHash(file, want.hash);
          if (!e) {
            missing.push(file);
            continue;
          }
          assert.deepEqual(e.diagnostics, want.diagnostics, file);
          assert.equal(e.summaries.note, file);
          assert.deepEqual(e.page?.meta, want.page.meta, file);
          assert.deepEqual(e.page?.body, want.page.body, `${file}: its page body, from the blob file`);
        }
    assert.deepEqual(missing, [], `${missing.length} of ${3 * ROUNDS * PER_ROUND} entries lost`);
  });
});
