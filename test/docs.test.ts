/** The generated docs are committed up to date (run `npm run docs` after changing a rule or a fixture). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ruleReadme, withRuleTable } from '../scripts/docs-text.js';
import { rules } from '../src/rules/index.js';
import { root, rulesDir } from './fixtures.js';

describe('generated docs', () => {
  for (const rule of rules) {
    it(`src/rules/${rule.id}/README.md is current`, () => {
      assert.equal(readFileSync(path.join(rulesDir, rule.id, 'README.md'), 'utf8'), ruleReadme(rule, rulesDir));
    });
  }
  it('the README rule table lists every rule', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.equal(readme, withRuleTable(readme));
    for (const rule of rules) assert.ok(readme.includes(`\`${rule.id}\``), rule.id);
  });
});
