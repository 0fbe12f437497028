/** Linear-time guarantees of the metadata and form rules' text helpers (quadratic regexes once lived here). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comparisons } from '../src/rules/payload.js';
import { fold } from '../src/rules/title-matches-h1/rule.js';
import { wrongGroupLengths } from '../src/rules/article-id-format/rule.js';

const time = (f: () => void): number => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

describe('title-matches-h1 fold', () => {
  it('ignores case, spacing, quotes and punctuation', () => {
    assert.equal(fold("Can't sign in / reset password."), fold('Can’t  sign in - Reset password'));
    assert.equal(fold('CLI, or PowerShell'), fold('CLI or PowerShell'));
    assert.notEqual(fold('Widgets fail'), fold('Gadgets fail'));
  });
  it('takes linear time on long runs of spaces', () => {
    const s = `a${' '.repeat(200_000)}b`;
    assert.ok(time(() => fold(s)) < 200);
  });
});

describe('visibility comparisons', () => {
  it('finds each comparison and its offset', () => {
    const e = 'uses_proxy == Yes && (proxy_kind != http || port == 80)';
    assert.deepEqual(
      comparisons(e).map((c) => [c.ref, c.operator, c.value, e.slice(c.refStart, c.refStart + c.ref.length)]),
      [
        ['uses_proxy', '==', 'Yes', 'uses_proxy'],
        ['proxy_kind', '!=', 'http', 'proxy_kind'],
        ['port', '==', '80', 'port'],
      ],
    );
  });
  it('takes linear time on long runs of spaces', () => {
    const e = `a${' '.repeat(100_000)}== b${' '.repeat(100_000)}`;
    assert.ok(time(() => comparisons(e)) < 200);
    assert.ok(time(() => comparisons(' '.repeat(200_000))) < 200);
  });
});

describe('article-id-format group lengths', () => {
  it('reports five hex groups of the wrong lengths only', () => {
    assert.deepEqual(wrongGroupLengths('58c2b94-c16b-4154-a7d1-0bbac4a79615'), [7, 4, 4, 4, 12]);
    assert.equal(wrongGroupLengths('58c2b945-c16b-4154-a7d1-0bbac4a79615'), undefined);
    assert.equal(wrongGroupLengths('alerts-crud-ui-action-group'), undefined);
    assert.equal(wrongGroupLengths('ad021338-109f-4290-a45e-asgard'), undefined);
  });
});
