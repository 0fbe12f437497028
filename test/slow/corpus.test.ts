/** The real corpus, when ../shared/corpus is there: no crash, every position inside its file, deterministic. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lintProject } from '../../src/engine/run.js';
import { emptyConfig, root } from '../fixtures.js';

const corpus = path.resolve(root, '..', 'shared', 'corpus', 'articles');
const present = existsSync(corpus);

describe('real corpus', { skip: present ? false : 'no ../shared/corpus' }, () => {
  it('lints every article with no internal error, every position inside its file, twice identically', async () => {
    const run = () => lintProject({ cwd: corpus, patterns: ['.'], config: emptyConfig(), fix: false });
    const first = await run();
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
    const second = await run();
    assert.deepEqual(second.diagnostics, first.diagnostics);
    // what the corpus is known to contain (CORPUS-FINDINGS.md) is found
    const files = (id: string) => new Set(first.diagnostics.filter((d) => d.ruleId === id).map((d) => d.file)).size;
    assert.ok(files('unique-article-id') >= 2, 'duplicate articleIds are found');
    assert.ok(files('parse/text-before-properties') >= 10, 'H1s before the block are found');
    assert.ok(files('issue-description-markers') >= 10, 'unbalanced issueDescription markers are found');
  });
});
