/**
 * Every rule stays linear on the adversarial patterns of test/adversarial.ts (the ones the parser itself is quick
 * on; the time budget stops the others: test/safety.test.ts). The quick look, in a few seconds: 4 times the input
 * is 4 times the time for a linear rule, 16 for a quadratic one. test/slow/linear.test.ts (npm run test:slow)
 * looks at 100 and 200 KB, best of five runs.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADVERSARIAL, PARSER_BOUND } from './adversarial.js';
import { superLinearRules } from './linear.js';

describe('linear time', () => {
  // a rule under 100 ms at 40 KB is not judged: on a busy machine a few milliseconds grow tenfold (a quadratic
  // rule of these patterns took seconds at 25 KB)
  it('every rule grows linearly from 10 KB to 40 KB of each adversarial pattern', () => {
    const patterns = Object.keys(ADVERSARIAL).filter((p) => !PARSER_BOUND.has(p));
    assert.deepEqual(
      superLinearRules(patterns, 10_000, { factor: 4, runs: 2, floorMs: 100, confirmBytes: 40_000 }),
      [],
    );
  });
});
