/** Duplicate detection on the real corpus, when ../shared/corpus is there. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { detect } from '../../src/dupes/detect.js';
import { lintProject } from '../../src/engine/run.js';
import { defaultDupeOptions, reportedPairs, unpackEntries } from '../../src/rules/duplicate-guidance/rule.js';
import { recallAgainst, referencePairs } from '../../scripts/dupes-reference.js';
import { emptyConfig, root } from '../fixtures.js';

const corpus = path.resolve(root, '..', 'shared', 'corpus', 'articles');
describe('real corpus', { skip: existsSync(corpus) ? false : 'no ../shared/corpus' }, () => {
  it('finds every group of byte-identical bodies (grouped independently by hashing normalised bodies)', async () => {
    const result = await lintProject({
      cwd: corpus,
      patterns: ['.'],
      config: emptyConfig(),
      fix: false,
      skipCorpusRules: true,
    });
    const entries = unpackEntries(result.summaries.get('duplicate-guidance') ?? []);
    const dupes = detect(entries, defaultDupeOptions);
    const pairs = new Set(dupes.pairs.map((p) => `${p.a}\n${p.b}`));
    const groups = new Map<string, string[]>();
    for (const file of result.files) {
      const text = readFileSync(path.join(corpus, file), 'utf8');
      const end = text.indexOf('/>', text.search(/<properties/i));
      const body = text
        .slice(end + 2)
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
      if (!/[\p{L}\p{N}]/u.test(body)) continue;
      const key = createHash('sha1').update(body).digest('hex');
      groups.set(key, [...(groups.get(key) ?? []), file]);
    }
    let checked = 0;
    for (const files of groups.values()) {
      if (files.length < 2) continue;
      files.sort();
      for (let i = 0; i < files.length; i++) {
        for (let j = i + 1; j < files.length; j++) {
          assert.ok(pairs.has(`${files[i]}\n${files[j]}`), `identical bodies: ${files[i]} and ${files[j]}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 50, `${checked} identical pairs checked`);
  });

  it('reports at least 95% of the brute-force reference pairs (exact 5-shingle Jaccard or containment >= 0.8)', async () => {
    const result = await lintProject({
      cwd: corpus,
      patterns: ['.'],
      config: emptyConfig(),
      fix: false,
      skipCorpusRules: true,
    });
    const entries = unpackEntries(result.summaries.get('duplicate-guidance') ?? []);
    const types = new Map(entries.map((e) => [e.file, e.summary.type]));
    const reported = reportedPairs(detect(entries, defaultDupeOptions), entries, defaultDupeOptions, {})
      .map((r) => r.pair)
      .filter((p) => [p.a, p.b].every((f) => defaultDupeOptions.types[types.get(f) ?? ''] !== 'ignore'));
    const figures = recallAgainst(referencePairs(entries, defaultDupeOptions), reported);
    assert.ok(figures.reference > 300, `${figures.reference} reference pairs`);
    assert.ok(
      figures.recall >= 0.95,
      `recall ${figures.recall}: missed ${figures.missed
        .slice(0, 5)
        .map((m) => `${m.a} ~ ${m.b}`)
        .join('; ')}`,
    );
    assert.ok(figures.precision >= 0.95, `precision against the reference ${figures.precision}`);
  });
});
