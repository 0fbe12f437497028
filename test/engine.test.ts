/** The engine's corpus stage: per-file options, inline comments and crash isolation for the cross-file rules. */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Config } from '../src/config/index.js';
import { Engine } from '../src/engine/index.js';
import { lintProject } from '../src/engine/run.js';
import { defineRule } from '../src/rules/rule.js';
import { rules } from '../src/rules/index.js';
import { emptyConfig, root, tempDir } from './fixtures.js';

const dupes = path.join(root, 'src', 'rules', 'duplicate-guidance', 'fixtures', 'invalid');
const ids = path.join(root, 'src', 'rules', 'unique-article-id', 'fixtures', 'invalid');

/** The two near-duplicate fixture articles, copied into each of the given folders (fresh articleIds for each copy). */
function twoPairs(folders: string[]): string {
  const dir = tempDir('engine');
  let n = 0;
  for (const folder of folders) {
    mkdirSync(path.join(dir, folder), { recursive: true });
    for (const name of ['widgets-offline.md', 'widgets-not-reporting.md']) {
      const text = readFileSync(path.join(dupes, name), 'utf8').replace(
        /articleId="[^"]*"/,
        `articleId="copy-${folder}-${n++}"`,
      );
      writeFileSync(path.join(dir, folder, name), text);
    }
  }
  return dir;
}

describe('cross-file rules in the engine', () => {
  it("apply each file's own options: a per-folder override changes only that folder's reports", async () => {
    const dir = twoPairs(['a', 'b']);
    const config: Config = {
      ...emptyConfig(),
      overrides: [
        { files: ['a/**'], rules: { 'duplicate-guidance': ['warn', { threshold: 0.99, containment: 0.99 }] } },
      ],
    };
    const { diagnostics } = await lintProject({ cwd: dir, patterns: ['.'], config, fix: false, threads: 1 });
    const dupeFiles = diagnostics.filter((d) => d.ruleId === 'duplicate-guidance').map((d) => d.file);
    assert.ok(
      dupeFiles.some((f) => f.startsWith('b/')),
      `b/ is reported with the default options: ${dupeFiles}`,
    );
    assert.deepEqual(
      dupeFiles.filter((f) => f.startsWith('a/')),
      [],
      'a/ is judged with its stricter options',
    );
  });

  it("judge each editor buffer with its own options, not the first buffer's", async () => {
    // a near-duplicate pair in a/, and another in b/ (its words spelt backwards: no pair across the folders)
    const dir = twoPairs(['a', 'b']);
    for (const name of ['widgets-offline.md', 'widgets-not-reporting.md']) {
      const file = path.join(dir, 'b', name);
      const [head, body] = readFileSync(file, 'utf8').split('/>');
      const backwards = body.replace(/[A-Za-z]{4,}/g, (w) => [...w].reverse().join(''));
      writeFileSync(file, `${head}/>${backwards}`);
    }
    const config: Config = {
      ...emptyConfig(),
      overrides: [
        { files: ['a/**'], rules: { 'duplicate-guidance': ['warn', { threshold: 0.99, containment: 0.99 }] } },
      ],
    };
    const engine = Engine.open({ cwd: dir, config, cache: false });
    await engine.openWorkspace(['.']);
    const check = async (files: string[]) => {
      const buffers = new Map(files.map((f) => [f, readFileSync(path.join(dir, f))] as const));
      const found = (await engine.checkBuffers(buffers)).filter((d) => d.ruleId === 'duplicate-guidance');
      return [...new Set(found.map((d) => d.file))];
    };
    assert.deepEqual(await check(['b/widgets-offline.md']), ['b/widgets-offline.md'], 'b/ alone is reported');
    // with a buffer of a/ (sorted first, stricter options) in the same check
    assert.deepEqual(await check(['a/widgets-offline.md', 'b/widgets-offline.md']), ['b/widgets-offline.md']);
  });

  it('obey inline selfhelp-disable comments, as the per-file rules do', async () => {
    const dir = tempDir('engine');
    for (const name of ['copy-a.md', 'copy-b.md']) copyFileSync(path.join(ids, name), path.join(dir, name));
    const before = await lintProject({ cwd: dir, patterns: ['.'], config: emptyConfig(), fix: false, threads: 1 });
    const reported = (r: typeof before) =>
      r.diagnostics.filter((d) => d.ruleId === 'unique-article-id').map((d) => d.file);
    assert.deepEqual(reported(before), ['copy-a.md', 'copy-b.md']);
    const b = path.join(dir, 'copy-b.md');
    writeFileSync(b, `<!-- selfhelp-disable unique-article-id -->\n${readFileSync(b, 'utf8')}`);
    const after = await lintProject({ cwd: dir, patterns: ['.'], config: emptyConfig(), fix: false, threads: 1 });
    assert.deepEqual(reported(after), ['copy-a.md']);
    // and from a warm cache: the comment is kept with the file's entry
    const engine = Engine.open({ cwd: dir, config: emptyConfig(), cache: '.cache' });
    await engine.check({ patterns: ['.'] });
    const warm = await Engine.open({ cwd: dir, config: emptyConfig(), cache: '.cache' }).check({ patterns: ['.'] });
    assert.deepEqual(reported(warm), ['copy-a.md']);
  });

  it("count a cross-file rule's problems once in a long-lived engine's builds (the counts of the reports page)", async () => {
    // the duplicate articles have problems of their own too: the cache keeps a count for each
    const dir = tempDir('engine');
    for (const name of readdirSync(dupes)) copyFileSync(path.join(dupes, name), path.join(dir, name));
    const other = path.join(dir, 'other.md');
    writeFileSync(other, readFileSync(path.join(root, 'articles', 'microsoft.compute', 'vm-rdp-connection-fails.md')));
    const engine = Engine.open({ cwd: dir, config: emptyConfig(), cache: '.cache' });
    const summary = async () => {
      // a published build keeps only the errors and counts the rest, partly from the cache's counts
      await engine.build({ patterns: ['.'], out: 'dist', force: true, log: () => {} });
      return readFileSync(path.join(dir, 'dist', 'reports', 'index.html'), 'utf8').match(
        /\d+ errors and \d+ warnings/,
      )?.[0];
    };
    const first = await summary();
    assert.match(first ?? '', /and [1-9]\d* warnings/);
    // another article saved: the pair's problems were added to the cache's own counts at each build after it
    writeFileSync(other, `${readFileSync(other, 'utf8')}\nOne more line.\n`);
    await summary();
    assert.equal(await summary(), await summary());
  });

  it('turn a rule that throws into one internal/crash diagnostic; every other result stands', async () => {
    const dir = tempDir('engine');
    for (const name of ['copy-a.md', 'copy-b.md']) copyFileSync(path.join(ids, name), path.join(dir, name));
    const broken = defineRule<number>({
      id: 'test-broken-corpus-rule',
      description: 'throws',
      rationale: 'a test',
      severity: 'warning',
      fixable: false,
      tags: [],
      summarize: () => 1,
      checkCorpus() {
        throw new Error('boom');
      },
    });
    rules.unshift(broken);
    try {
      // a config of its own: the rule settings resolved for other configs in this process predate the rule
      const config: Config = { ...emptyConfig(), ignore: ['not-here/**'] };
      const { diagnostics } = await lintProject({ cwd: dir, patterns: ['.'], config, fix: false, threads: 1 });
      const crashes = diagnostics.filter((d) => d.ruleId === 'internal/crash');
      assert.equal(crashes.length, 1);
      assert.match(crashes[0].message, /test-broken-corpus-rule.*boom/);
      assert.equal(
        diagnostics.filter((d) => d.ruleId === 'unique-article-id').length,
        2,
        'the other cross-file rule still reports',
      );
    } finally {
      rules.splice(rules.indexOf(broken), 1);
    }
  });
});
