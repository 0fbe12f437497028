/** The formatters a person reads: stylish grouped by file with a summary table; SARIF rules with their help. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from '../src/diagnostic.js';
import { sarif } from '../src/report/sarif.js';
import { stylish } from '../src/report/stylish.js';

const d = (file: string, line: number, ruleId: string, severity: Diagnostic['severity'], fix = false): Diagnostic => ({
  file,
  line,
  column: 1,
  severity,
  ruleId,
  message: `problem on line ${line}`,
  ...(fix ? { fix: { range: [0, 1] as [number, number], text: '' } } : {}),
});

describe('stylish', () => {
  const out = stylish(
    [d('a.md', 1, 'rule-a', 'error'), d('a.md', 3, 'rule-b', 'warning', true), d('b.md', 2, 'rule-b', 'info', true)],
    {
      color: false,
      fileCount: 4,
    },
  );
  const lines = out.split('\n');

  it('groups the problems under their file, each line keeping its path:line:column', () => {
    assert.deepEqual(lines.slice(0, 6), [
      'a.md',
      'a.md:1:1  error  problem on line 1  rule-a',
      'a.md:3:1  warning  problem on line 3  rule-b',
      '',
      'b.md',
      'b.md:2:1  info  problem on line 2  rule-b',
    ]);
  });

  it('ends with the problems by rule and severity, and how many --fix would fix', () => {
    const table = lines.slice(7, 10).map((l) => l.split(/\s+/));
    assert.deepEqual(table, [
      ['rule', 'errors', 'warnings', 'info', 'fixable'],
      ['rule-b', '0', '1', '1', '2'],
      ['rule-a', '1', '0', '0', '0'],
    ]);
    assert.match(out, /4 files checked: 3 problems \(1 error, 1 warning, 1 info\); 2 fixable with --fix\n$/);
  });

  it('prints only the summary line when there is nothing to report', () => {
    assert.equal(stylish([], { color: false, fileCount: 2 }), '2 files checked: no problems\n');
  });
});

describe('sarif', () => {
  it("gives every rule its help text and its documentation's address", () => {
    const log = JSON.parse(
      sarif([d('a.md', 1, 'rule-a', 'error')], {
        version: '1.0.0',
        rules: [
          {
            id: 'rule-a',
            description: 'A rule',
            severity: 'error',
            rationale: 'Why it matters.',
            helpUri: 'https://example.com/a',
          },
        ],
        lineText: () => '',
      }),
    );
    const rule = log.runs[0].tool.driver.rules[0];
    assert.equal(rule.helpUri, 'https://example.com/a');
    assert.match(rule.help.text, /^Why it matters\./);
    assert.match(rule.help.markdown, /\[Documentation\]\(https:\/\/example\.com\/a\)/);
  });
});
