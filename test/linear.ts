/**
 * Shared by test/safety.test.ts and test/slow/fuzz-corpus.test.ts: each rule's time on adversarial input of two sizes.
 */
import type { Article } from '../src/parse/index.js';
import { parseText } from '../src/parse/index.js';
import { RuleResolver } from '../src/config/index.js';
import { lintArticle } from '../src/rules/run.js';
import { ruleInfos, rules } from '../src/rules/index.js';
import { ADVERSARIAL } from './adversarial.js';
import { emptyConfig } from './fixtures.js';

const active = new RuleResolver(emptyConfig(), ruleInfos()).forFile('x.md');

/** The best of `runs` timings of one rule over an article (a fresh copy each time: rules cache per article). */
function timeRule(article: Article, id: string | undefined, runs = 5): number {
  const one = new Map(id ? [[id, active.get(id)!]] : []);
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const copy = { ...article };
    const t = performance.now();
    lintArticle(copy, one, { folder: '/nonexistent' });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export interface Growth {
  pattern: string;
  rule: string;
  small: number;
  large: number;
}

/** For each pattern and rule: the time at `bytes` and at twice as many. */
export function ruleGrowth(patterns: string[], bytes: number): Growth[] {
  const out: Growth[] = [];
  for (const pattern of patterns) {
    const small = parseText('x.md', ADVERSARIAL[pattern](bytes));
    const large = parseText('x.md', ADVERSARIAL[pattern](bytes * 2));
    // the walk every rule shares (indexing the tree, the metadata), timed alone and taken off each rule's time
    const base = [timeRule(small, undefined), timeRule(large, undefined)];
    for (const rule of rules) {
      if (!active.has(rule.id)) continue;
      const own = (t: number, b: number) => Math.max(0, t - b);
      out.push({
        pattern,
        rule: rule.id,
        small: own(timeRule(small, rule.id), base[0]),
        large: own(timeRule(large, rule.id), base[1]),
      });
    }
  }
  return out;
}

/** Growth over 2.5x for a doubling, beyond a noise floor of a few milliseconds: super-linear. */
export function superLinear(g: Growth, floorMs = 25): boolean {
  return g.large > 2.5 * g.small + floorMs;
}
