/** Verify mode: a warm run's reused outputs made again from nothing and compared byte for byte. */
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { diagnosticDifferences, treeDifferences } from '../src/engine/verify.js';
import type { Diagnostic } from '../src/diagnostic.js';
import { cli, root, tempDir } from './fixtures.js';

describe('verify mode', () => {
  it('finds no difference after a cold build, an unchanged rebuild and a one-edit rebuild of the fixture articles', async () => {
    const dir = tempDir('verify');
    cpSync(path.join(root, 'articles'), path.join(dir, 'articles'), { recursive: true });
    for (const step of ['cold', 'unchanged', 'edited']) {
      if (step === 'edited')
        appendFileSync(
          path.join(dir, 'articles', 'microsoft.compute', 'vm-rdp-connection-fails.md'),
          '\nOne more line.\n',
        );
      const build = await cli(dir, 'build', '--force', '--verify');
      assert.equal(build.code, 0, `${step}: ${build.stderr}`);
      assert.match(build.stderr, /Verified: a build from nothing gives the same files/);
      assert.deepEqual(
        readdirSync(dir).filter((f) => f.includes('verify')),
        [],
        'the build from nothing is removed, its trees with it',
      );
      const lint = await cli(dir, 'lint', '--verify');
      assert.ok(lint.code === 0 || lint.code === 1, `${step}: ${lint.stderr}`);
      assert.match(lint.stderr, /Verified: checked again with no cache/);
    }
  });

  it('reports a file that differs, or is only on one side', () => {
    const [a, b] = [tempDir('verify-a'), tempDir('verify-b')];
    for (const d of [a, b]) mkdirSync(path.join(d, 'x'));
    writeFileSync(path.join(a, 'x', 'same.html'), 'same');
    writeFileSync(path.join(b, 'x', 'same.html'), 'same');
    writeFileSync(path.join(a, 'x', 'page.html'), 'one');
    writeFileSync(path.join(b, 'x', 'page.html'), 'two');
    writeFileSync(path.join(a, 'extra.html'), '');
    assert.deepEqual(treeDifferences(a, b), ['extra.html (only in the rebuilt output)', 'x/page.html']);
  });

  it('reports diagnostics that differ or come in another order', () => {
    const d = (line: number): Diagnostic => ({
      file: 'a.md',
      line,
      column: 1,
      severity: 'warning',
      ruleId: 'r',
      message: 'm',
    });
    assert.deepEqual(diagnosticDifferences([d(1), d(2)], [d(1), d(2)]), []);
    assert.equal(diagnosticDifferences([d(1)], [d(2)]).length, 2);
    assert.deepEqual(diagnosticDifferences([d(2), d(1)], [d(1), d(2)]), ['the same diagnostics in another order']);
  });
});
