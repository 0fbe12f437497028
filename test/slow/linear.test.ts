/**
 * Every rule at 100 and 200 KB of each adversarial pattern, best of five runs (about a minute): the thorough
 * version of the quick look from 10 to 40 KB in test/adversarial.test.ts. No corpus needed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADVERSARIAL, PARSER_BOUND } from '../adversarial.js';
import { superLinearRules } from '../linear.js';

describe('linear time', () => {
  it('every rule grows linearly on 100 KB and 200 KB of each adversarial pattern', () => {
    const patterns = Object.keys(ADVERSARIAL).filter((p) => !PARSER_BOUND.has(p));
    assert.deepEqual(superLinearRules(patterns, 100_000), []);
  });
});
