/** Every rule's fixtures: valid ones raise nothing from the rule, invalid ones raise exactly their `.expected`. */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { rules } from '../src/rules/index.js';
import { emptyConfig, expectedText, lintFolder, markdownFiles, ruleFolders, rulesDir } from './fixtures.js';

describe('rule registry', () => {
  it('registers every rule folder, and nothing else', () => {
    assert.deepEqual(rules.map((r) => r.id).sort(), ruleFolders());
  });
  for (const id of ruleFolders()) {
    it(`${id}: has rule.ts, a README titled with its id, valid and invalid fixtures`, () => {
      const dir = path.join(rulesDir, id);
      const readme = path.join(dir, 'README.md');
      assert.ok(existsSync(readme), 'README.md');
      assert.match(readFileSync(readme, 'utf8'), new RegExp(`^# ${id}\\n`));
      assert.ok(markdownFiles(path.join(dir, 'fixtures', 'valid')).length >= 1, 'a valid fixture');
      const invalid = markdownFiles(path.join(dir, 'fixtures', 'invalid'));
      assert.ok(invalid.length >= 1, 'an invalid fixture');
      for (const f of invalid)
        assert.ok(
          existsSync(path.join(dir, 'fixtures', 'invalid', f.replace(/\.md$/, '.expected'))),
          `${f} has .expected`,
        );
      const rule = rules.find((r) => r.id === id)!;
      assert.match(rule.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(rule.description && rule.rationale);
      if (rule.fixable) {
        const fixed = readdirSync(path.join(dir, 'fixtures', 'invalid')).filter((f) => f.endsWith('.fixed.md'));
        assert.ok(fixed.length >= 1, 'a fixable rule has a .fixed.md fixture');
      }
    });
  }
});

describe('rule fixtures', () => {
  for (const id of ruleFolders()) {
    const dir = path.join(rulesDir, id, 'fixtures');
    it(`${id}: valid fixtures raise nothing from ${id}`, async () => {
      const diagnostics = await lintFolder(path.join(dir, 'valid'));
      assert.deepEqual(
        diagnostics.filter((d) => d.ruleId === id).map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`),
        [],
      );
    });
    it(`${id}: invalid fixtures raise what .expected says`, async () => {
      const invalid = path.join(dir, 'invalid');
      const diagnostics = await lintFolder(invalid);
      const crossFile = !!rules.find((r) => r.id === id)?.checkCorpus;
      let reported = 0;
      for (const file of markdownFiles(invalid)) {
        const expected = readFileSync(path.join(invalid, file.replace(/\.md$/, '.expected')), 'utf8');
        // a cross-file problem may be reported in only one of the files involved
        if (!crossFile) assert.ok(expected.trim(), `${file}.expected is not empty`);
        if (expected.trim()) reported++;
        assert.equal(
          expectedText(diagnostics, file, (r) => r === id),
          expected,
          file,
        );
      }
      assert.ok(reported > 0, 'the invalid fixtures report something');
    });
    const rule = rules.find((r) => r.id === id)!;
    if (rule.fixable) {
      it(`${id}: --fix turns each invalid fixture into its .fixed.md, which then raises no fixable ${id}`, async () => {
        const invalid = path.join(dir, 'invalid');
        const temp = mkdtempSync(path.join(tmpdir(), 'selfhelp-fix-'));
        try {
          for (const file of markdownFiles(invalid)) copyFileSync(path.join(invalid, file), path.join(temp, file));
          const only = {
            ...emptyConfig(),
            rules: Object.fromEntries(rules.filter((r) => r.id !== id).map((r) => [r.id, 'off' as const])),
          };
          await lintFolder(temp, only, true);
          for (const file of markdownFiles(invalid)) {
            const want = path.join(invalid, file.replace(/\.md$/, '.fixed.md'));
            if (!existsSync(want)) continue;
            assert.equal(readFileSync(path.join(temp, file), 'utf8'), readFileSync(want, 'utf8'), file);
          }
          const after = await lintFolder(temp, only);
          assert.deepEqual(
            after.filter((d) => d.ruleId === id && d.fix).map((d) => `${d.file}:${d.line}`),
            [],
          );
        } finally {
          rmSync(temp, { recursive: true, force: true });
        }
      });
    }
  }
});
