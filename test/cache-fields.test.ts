/** The cache gives back every cross-file rule's summaries exactly as they went in, or refuses them at once. */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { LintCache } from '../src/cache/index.js';
import { UnkeepableSummary, type Codec } from '../src/cache/fields.js';
import { Engine } from '../src/engine/index.js';
import { rules } from '../src/rules/index.js';
import { emptyConfig, rulesDir, tempDir } from './fixtures.js';

const corpusRules = rules.filter((r) => r.summarize && r.checkCorpus);

describe('cache fields', () => {
  it('has cross-file rules to check', () => assert.ok(corpusRules.length >= 2));

  for (const rule of corpusRules) {
    it(`gives back the summaries of ${rule.id} from a warm cache exactly as a cold run made them`, async () => {
      const dir = tempDir('fields');
      for (const kind of ['valid', 'invalid']) {
        mkdirSync(path.join(dir, kind));
        cpSync(path.join(rulesDir, rule.id, 'fixtures', kind), path.join(dir, kind), { recursive: true });
      }
      const summaries = async () => {
        const result = await Engine.open({ cwd: dir, config: emptyConfig(), cache: '.cache' }).check({
          patterns: ['.'],
        });
        return new Map((result.summaries.get(rule.id) ?? []).map((e) => [e.file, e.summary]));
      };
      const cold = await summaries();
      assert.ok(cold.size >= 2, `${cold.size} summaries`);
      const warm = await summaries();
      assert.deepStrictEqual(warm, cold);
    });
  }

  it('refuses a summary the plain form would change (a Map), naming the rule and where', () => {
    const cache = LintCache.open(tempDir('fields'), emptyConfig());
    const entry = {
      hash: 'h',
      mtimeMs: 1,
      size: 1,
      diagnostics: [],
      tally: {},
      summaries: { 'some-rule': { ids: new Map([['a', 1]]) } },
    };
    assert.throws(
      () => cache.set('a.md', entry),
      (e: unknown) => e instanceof UnkeepableSummary && /some-rule.*Map at \.ids/.test(e.message),
    );
    const nested = { ...entry, summaries: { 'some-rule': { deep: { sig: new Uint32Array(2) } } } };
    assert.throws(() => cache.set('a.md', nested), UnkeepableSummary);
  });

  it("keeps a summary through the rule's codec and gives it back decoded", () => {
    const dir = tempDir('fields');
    const codec: Codec<Map<string, number>> = {
      version: 1,
      encode: (m) => [...m],
      decode: (s) => new Map(s as Array<[string, number]>),
    };
    const codecs = new Map([['some-rule', codec as Codec<unknown>]]);
    const cache = LintCache.open(dir, emptyConfig(), codecs);
    const value = new Map([
      ['x', 1],
      ['y', 2],
    ]);
    cache.set('a.md', {
      hash: 'h',
      mtimeMs: 1,
      size: 1,
      diagnostics: [],
      tally: {},
      summaries: { 'some-rule': value },
    });
    cache.save();
    const again = LintCache.open(dir, emptyConfig(), codecs);
    assert.deepStrictEqual(again.fresh('a.md', { mtimeMs: 1, size: 1 })?.summaries['some-rule'], value);
    // another codec version: the cache is not read
    const bumped = new Map([['some-rule', { ...codec, version: 2 } as Codec<unknown>]]);
    assert.equal(LintCache.open(dir, emptyConfig(), bumped).fresh('a.md', { mtimeMs: 1, size: 1 }), undefined);
  });
});
