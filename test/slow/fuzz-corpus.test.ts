/**
 * The fuzzer on the real corpus (issue 19): mutations of ../shared/corpus articles, and every rule's growth at 1-2 MB.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ADVERSARIAL, PARSER_BOUND } from '../adversarial.js';
import { checkFuzzed, mutate, rng } from '../fuzz.js';
import { emptyConfig, root, tempDir } from '../fixtures.js';
import { superLinearRules } from '../linear.js';

const corpus = path.resolve(root, '..', 'shared', 'corpus', 'articles');

describe('fuzzing the corpus', { skip: !existsSync(corpus) && 'no ../shared/corpus' }, () => {
  it('1,000 mutated corpus articles: no crash, no internal error, positions inside the files, no budget reached', async () => {
    const all = readdirSync(corpus, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.md'))
      .sort();
    const r = rng(2026);
    const picked = Array.from({ length: 400 }, () => all[Math.floor(r() * all.length)]);
    const sources = picked.map((f) => ({ name: f, bytes: readFileSync(path.join(corpus, f)) }));
    const dir = tempDir('fuzz-corpus');
    const files = mutate(sources, 1000, 19, dir);
    await checkFuzzed(dir, files, (f) => readFileSync(path.join(dir, f)), emptyConfig());
  });

  it('every rule grows linearly from 1 MB to 2 MB of the adversarial patterns the parser handles quickly', () => {
    const quick = [
      'unclosed replacement tokens',
      'unclosed closing tokens',
      'spaces in visibility',
      'URL of commas',
      'URL of dots',
      'title of spaces',
      'long attribute value',
    ];
    assert.ok(quick.every((p) => p in ADVERSARIAL && !PARSER_BOUND.has(p)));
    assert.deepEqual(superLinearRules(quick, 1_000_000, { floorMs: 100 }), []);
  });
});
