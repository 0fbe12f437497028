/**
 * The real corpus, when ../shared/corpus is there. It is linted once, cold, as `selfhelp lint` lints it (the
 * engine, its worker threads, a cache in a temporary folder), and every assertion below reads that one run: no
 * crash, every position inside its file, what the corpus is known to contain, the duplicate detection against
 * independent references. Then two cheap runs check that the results do not depend on how they were made: a warm
 * run from the cache (the cross-file rules run again over the cached summaries), and a sample of the files linted
 * on their own (each file's own problems are the same whichever files it is linted with).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from '../../src/diagnostic.js';
import { detect } from '../../src/dupes/detect.js';
import { Engine, type RunResult } from '../../src/engine/index.js';
import { lintProject } from '../../src/engine/run.js';
import { rules } from '../../src/rules/index.js';
import { defaultDupeOptions, reportedPairs, unpackEntries } from '../../src/rules/duplicate-guidance/rule.js';
import { recallAgainst, referencePairs } from '../../scripts/dupes-reference.js';
import { emptyConfig, root } from '../fixtures.js';

const corpus = path.resolve(root, '..', 'shared', 'corpus', 'articles');
const present = existsSync(corpus);

describe('real corpus', { skip: present ? false : 'no ../shared/corpus' }, () => {
  // made here, not with tempDir(): its clean-up hook, registered in a before hook, would run too early
  let cacheDir = '';
  let first: RunResult;
  const engine = () => Engine.open({ cwd: corpus, config: emptyConfig(), cache: cacheDir });

  before(async () => {
    cacheDir = mkdtempSync(path.join(tmpdir(), 'selfhelp-corpus-cache-'));
    first = await engine().check({ patterns: ['.'] });
  });
  after(() => {
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  });

  it('lints every article with no internal error, every position inside its file', () => {
    assert.ok(first.files.length > 5000, `${first.files.length} files`);
    const internal = first.diagnostics.filter((d) => d.ruleId.startsWith('internal/'));
    assert.deepEqual(
      internal.map((d) => `${d.file}: ${d.message}`),
      [],
    );
    const lines = new Map<string, string[]>();
    for (const d of first.diagnostics) {
      let text = lines.get(d.file);
      if (!text)
        lines.set(
          d.file,
          (text = readFileSync(path.join(corpus, d.file), 'utf8')
            .replace(/^\ufeff/, '')
            .split('\n')),
        );
      assert.ok(d.line >= 1 && d.line <= text.length, `${d.file}:${d.line} inside the file`);
      assert.ok(
        d.column >= 1 && d.column <= text[d.line - 1].length + 1,
        `${d.file}:${d.line}:${d.column} inside the line`,
      );
      if (d.endLine !== undefined) {
        assert.ok(d.endLine >= d.line && d.endLine <= text.length, `${d.file}:${d.line} end line inside`);
        assert.ok(
          d.endColumn! >= 1 && d.endColumn! <= text[d.endLine - 1].length + 1,
          `${d.file}:${d.endLine}:${d.endColumn} end inside`,
        );
      }
    }
  });

  it('finds what the corpus is known to contain (CORPUS-FINDINGS.md)', () => {
    const files = (id: string) => new Set(first.diagnostics.filter((d) => d.ruleId === id).map((d) => d.file)).size;
    assert.ok(files('unique-article-id') >= 2, 'duplicate articleIds are found');
    assert.ok(files('parse/text-before-properties') >= 10, 'H1s before the block are found');
    assert.ok(files('issue-description-markers') >= 10, 'unbalanced issueDescription markers are found');
  });

  it('a second run, from the cache, gives the same diagnostics in the same order', async () => {
    const warm = await engine().check({ patterns: ['.'] });
    assert.deepEqual(warm.files, first.files);
    assert.deepEqual(warm.diagnostics, first.diagnostics);
  });

  it("a sample of the articles linted on their own: each one's own problems as in the whole run", async () => {
    const corpusRules = new Set(rules.filter((r) => r.checkCorpus).map((r) => r.id));
    const sample = first.files.filter((_, i) => i % 16 === 5);
    const own = (list: Diagnostic[], files: Set<string>) =>
      list.filter((d) => files.has(d.file) && !corpusRules.has(d.ruleId));
    const alone = await lintProject({ cwd: corpus, patterns: sample, config: emptyConfig(), fix: false });
    assert.equal(alone.files.length, sample.length);
    const picked = new Set(sample);
    assert.ok(own(first.diagnostics, picked).length > 100, 'the sample has problems to compare');
    assert.deepEqual(own(alone.diagnostics, picked), own(first.diagnostics, picked));
  });

  it('finds every group of byte-identical bodies (grouped independently by hashing normalised bodies)', () => {
    const entries = unpackEntries(first.summaries.get('duplicate-guidance') ?? []);
    const dupes = detect(entries, defaultDupeOptions);
    const pairs = new Set(dupes.pairs.map((p) => `${p.a}\n${p.b}`));
    const groups = new Map<string, string[]>();
    for (const file of first.files) {
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

  it('reports at least 95% of the brute-force reference pairs (exact 5-shingle Jaccard or containment >= 0.8)', () => {
    const entries = unpackEntries(first.summaries.get('duplicate-guidance') ?? []);
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
