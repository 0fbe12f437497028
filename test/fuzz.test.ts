/** Fuzzing (issue 19): mutated fixture articles are linted and rendered with no crash, in bounds, within budget. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkFuzzed, mutate } from './fuzz.js';
import { emptyConfig, root, tempDir } from './fixtures.js';

function sources(): Array<{ name: string; bytes: Buffer }> {
  const out: Array<{ name: string; bytes: Buffer }> = [];
  for (const dir of [
    path.join(root, 'articles'),
    path.join(root, 'src', 'rules'),
    path.join(root, 'test', 'fixtures'),
  ]) {
    for (const f of readdirSync(dir, { recursive: true }).map(String))
      if (f.endsWith('.md')) out.push({ name: f, bytes: readFileSync(path.join(dir, f)) });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

describe('fuzz', () => {
  it('200 mutations of the fixture articles: no crash, no internal error, positions inside the files, no budget reached', async () => {
    const dir = tempDir('fuzz');
    const files = mutate(sources(), 200, 19, dir);
    await checkFuzzed(
      dir,
      files,
      (f) => readFileSync(path.join(dir, f)),
      { ...emptyConfig(), limits: { fileTimeMs: 5000 } },
      1,
    );
  });
});
