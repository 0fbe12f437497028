/** Bulk suppressions: switch the linter on over a legacy corpus and fail only on new problems. */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli, root, tempDir } from './fixtures.js';

describe('bulk suppressions', () => {
  const dir = tempDir('suppress');
  cpSync(path.join(root, 'articles'), path.join(dir, 'articles'), { recursive: true });
  const file = path.join(dir, 'articles', 'microsoft.storage', 'storage-blob-access-denied.md');
  const original = readFileSync(file, 'utf8');
  /** the article without these mandatory attributes (each an error of required-attributes) */
  const without = (...names: string[]) => {
    let text = original;
    for (const name of names) text = text.replace(new RegExp(`\\n\\s*${name}="[^"]*"`), '');
    writeFileSync(file, text);
  };
  const store = path.join(dir, 'selfhelp-suppressions.json');

  it('--suppress-all writes one sorted entry a line; later runs hide those problems and say how many', async () => {
    without('articleId');
    const before = await cli(dir, 'lint');
    assert.equal(before.code, 1, before.stdout);
    assert.equal((await cli(dir, 'lint', '--suppress-all')).code, 0);
    const text = readFileSync(store, 'utf8');
    assert.match(text, /^\{\n {2}"version": 1,\n {2}"suppressions": \[\n {4}\["articles\//);
    const rows = (JSON.parse(text).suppressions as Array<[string, string, number]>).map((r) => `${r[0]}\0${r[1]}`);
    assert.deepEqual(rows, [...rows].sort());
    assert.equal((await cli(dir, 'lint', '--suppress-all')).stdout, '', 'deterministic: the same file again');
    assert.equal(readFileSync(store, 'utf8'), text);
    const after = await cli(dir, 'lint');
    assert.equal(after.code, 0, after.stdout);
    assert.match(after.stderr, /\d+ known problems? suppressed \(selfhelp-suppressions\.json\)/);
  });

  it('shows every problem of a file and rule once there are more than were suppressed, and builds honour it', async () => {
    assert.equal((await cli(dir, 'build')).code, 0, 'a suppressed error does not stop publishing');
    without('articleId', 'pageTitle');
    const more = await cli(dir, 'lint');
    assert.equal(more.code, 1);
    assert.equal(more.stdout.split('\n').filter((l) => l.includes('  required-attributes')).length, 2, more.stdout);
    assert.equal((await cli(dir, 'build')).code, 1, 'a new error stops publishing');
  });

  it('--prune-suppressions drops what is fixed', async () => {
    writeFileSync(file, original);
    const pruned = await cli(dir, 'lint', '--prune-suppressions');
    assert.equal(pruned.code, 0);
    assert.doesNotMatch(readFileSync(store, 'utf8'), /storage-blob-access-denied\.md", "required-attributes"/);
    assert.match(pruned.stderr, /fixed entr/);
  });

  it('refuses --suppress-all in changed-files mode, and a broken file with a clear message', async () => {
    const staged = await cli(
      dir,
      'lint',
      '--suppress-all',
      '--files',
      'articles/microsoft.aad/password-sync-no-passwords-synchronized.md',
    );
    assert.equal(staged.code, 2);
    assert.match(staged.stderr, /--suppress-all counts the problems of the whole corpus/);
    writeFileSync(store, '{ not json');
    const broken = await cli(dir, 'lint');
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /selfhelp-suppressions\.json is not valid JSON/);
    assert.doesNotMatch(broken.stderr, /\n\s+at /, 'no stack trace');
  });
});
