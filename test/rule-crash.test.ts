/** A per-file rule that throws: one internal/crash naming the rule and the file; every other result stands. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RuleResolver } from '../src/config/index.js';
import { lintFile } from '../src/lint/file.js';
import { ruleInfos, rules } from '../src/rules/index.js';
import { defineRule, type Rule } from '../src/rules/rule.js';
import { emptyConfig, tempDir } from './fixtures.js';

const ARTICLE = `<properties
    pageTitle="Widgets fail to start"
    description="What to do"
    ms.author="author1"
    selfHelpType="generic"
    supportTopicIds="32600001"
    productPesIds="15000"
    cloudEnvironments="public"
    articleId="12121212-1212-4121-8121-121212121212"
    ownershipId="Example_Widgets"
/>
# Widgets fail to start

## **Recommended Steps**

* Restart the widget service, see [this](https://aka.ms/widgets).
`;

// registered through the registry's list, as a rule folder would be, and removed when the file ends
const throwing: Rule[] = [
  defineRule({
    id: 'test-throws-in-check',
    description: 'throws',
    rationale: 'a test',
    severity: 'error',
    fixable: false,
    tags: [],
    check() {
      throw new Error('check went wrong');
    },
  }),
  defineRule({
    id: 'test-throws-in-summarize',
    description: 'throws',
    rationale: 'a test',
    severity: 'error',
    fixable: false,
    tags: [],
    summarize() {
      throw new TypeError('summary went wrong');
    },
    checkCorpus() {},
  }),
];

describe('a per-file rule that throws', () => {
  before(() => rules.push(...throwing));
  after(() => rules.splice(rules.length - throwing.length, throwing.length));

  it('becomes one internal/crash at 1:1 naming the rule; the other rules report as without it', () => {
    const dir = tempDir('crash');
    writeFileSync(path.join(dir, 'a.md'), ARTICLE);
    const active = new RuleResolver(emptyConfig(), ruleInfos()).forFile('a.md');
    const withCrash = lintFile('a.md', dir, active, false).result;

    const crashes = withCrash.diagnostics.filter((d) => d.ruleId === 'internal/crash');
    assert.deepEqual(
      crashes.map((d) => [d.file, d.line, d.column, d.severity]),
      [
        ['a.md', 1, 1, 'error'],
        ['a.md', 1, 1, 'error'],
      ],
    );
    assert.match(crashes[0].message, /`test-throws-in-check`.*check went wrong/);
    assert.match(crashes[1].message, /`test-throws-in-summarize`.*summary went wrong/);

    const quiet = new Map([...active].filter(([id]) => !id.startsWith('test-throws')));
    const clean = lintFile('a.md', dir, quiet, false).result;
    assert.ok(
      clean.diagnostics.some((d) => d.ruleId === 'no-aka-ms-links'),
      'the article has a problem of its own',
    );
    assert.deepEqual(
      withCrash.diagnostics.filter((d) => d.ruleId !== 'internal/crash'),
      clean.diagnostics,
    );
    assert.deepEqual(withCrash.summaries, clean.summaries, "the other rules' summaries stand");
    assert.equal(withCrash.hash, clean.hash);
  });
});
