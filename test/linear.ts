/**
 * Each rule's time on adversarial input of two sizes. Shared by test/adversarial.test.ts, test/slow/linear.test.ts
 * and test/slow/fuzz-corpus.test.ts.
 */
import type { Article } from '../src/parse/index.js';
import { parseText } from '../src/parse/index.js';
import { RuleResolver } from '../src/config/index.js';
import { lintArticle } from '../src/rules/run.js';
import { ruleInfos, rules } from '../src/rules/index.js';
import { ADVERSARIAL } from './adversarial.js';
import { emptyConfig } from './fixtures.js';

const active = new RuleResolver(emptyConfig(), ruleInfos()).forFile('x.md');

/** Milliseconds of processor time this process has used: unlike the clock, not what other processes take. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * The best of `runs` timings of one rule over an article (a fresh copy each time: rules cache per article), in
 * processor time, so that a test file running beside others, on a busy machine, measures the rule and not the wait.
 */
function timeRule(article: Article, id: string | undefined, runs = 5): number {
  const one = new Map(id ? [[id, active.get(id)!]] : []);
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const copy = { ...article };
    const t = cpuMs();
    lintArticle(copy, one, { folder: '/nonexistent' });
    best = Math.min(best, cpuMs() - t);
  }
  return best;
}

export interface Growth {
  pattern: string;
  rule: string;
  small: number;
  large: number;
  /** how many times larger the large input is */
  factor: number;
}

export interface GrowthOptions {
  /** each time is the best of this many runs */
  runs?: number;
  /** the large input is this many times the small one */
  factor?: number;
}

/** For each pattern and rule: the time at `bytes` and at `factor` times as many. */
export function ruleGrowth(patterns: string[], bytes: number, { runs = 5, factor = 2 }: GrowthOptions = {}): Growth[] {
  const out: Growth[] = [];
  for (const pattern of patterns) {
    const small = parseText('x.md', ADVERSARIAL[pattern](bytes));
    const large = parseText('x.md', ADVERSARIAL[pattern](bytes * factor));
    // the walk every rule shares (indexing the tree, the metadata), timed alone and taken off each rule's time
    const base = [timeRule(small, undefined, runs), timeRule(large, undefined, runs)];
    for (const rule of rules) {
      if (!active.has(rule.id)) continue;
      const own = (t: number, b: number) => Math.max(0, t - b);
      out.push({
        pattern,
        rule: rule.id,
        small: own(timeRule(small, rule.id, runs), base[0]),
        large: own(timeRule(large, rule.id, runs), base[1]),
        factor,
      });
    }
  }
  return out;
}

/**
 * Growth over 1.25 times the size factor (2.5x for a doubling), beyond a noise floor of a few milliseconds:
 * super-linear. A linear rule grows by the factor, a quadratic one by its square (16x for 4 times the input).
 */
export function superLinear(g: Growth, floorMs = 25): boolean {
  return g.large > 1.25 * g.factor * g.small + floorMs;
}

/**
 * The rules that grow super-linearly on these patterns, as `rule on pattern: small ms -> large ms`. Each suspect
 * is measured twice more, so that a busy machine's hiccup (a garbage collection) is not taken for a quadratic rule.
 */
export function superLinearRules(
  patterns: string[],
  bytes: number,
  { floorMs = 25, confirmBytes = bytes, ...options }: GrowthOptions & { floorMs?: number; confirmBytes?: number } = {},
): string[] {
  // a suspect is looked at again (at `confirmBytes`: a larger size is past the JIT's warm-up and a busy machine's
  // hiccups, and a quadratic rule is only slower there)
  const again = (g: Growth) =>
    ruleGrowth([g.pattern], confirmBytes, options).some((h) => h.rule === g.rule && superLinear(h, floorMs));
  return ruleGrowth(patterns, bytes, options)
    .filter((g) => superLinear(g, floorMs) && again(g) && again(g))
    .map((g) => `${g.rule} on ${g.pattern}: ${g.small.toFixed(0)} ms -> ${g.large.toFixed(0)} ms`);
}
