/** Nothing lost, nothing leaked, nothing stalled: the output folder, symlinks and special files, escapes, budgets. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SITE_MARKER, writeAtomically } from '../src/site/index.js';
import type { Emitter } from '../src/site/site.js';
import { root, runCli, tempDir } from './fixtures.js';

/** A project folder: a copy of the example articles and a sibling file that must survive. */
function project(prefix: string): string {
  const dir = tempDir(prefix);
  const work = path.join(dir, 'work');
  mkdirSync(work);
  cpSync(path.join(root, 'articles'), path.join(work, 'articles'), { recursive: true });
  writeFileSync(path.join(work, 'keep.txt'), 'mine');
  writeFileSync(path.join(dir, 'sibling.txt'), 'mine too');
  return work;
}

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

const pages = (emit: Emitter) => {
  emit.file('pages/a.html', '<p>a</p>', 'a');
  emit.file('index.html', 'index');
  return Promise.resolve();
};

describe('the output folder', () => {
  it('refuses the current folder, its parent, the articles folder and a foreign non-empty folder (exit 2, nothing deleted)', () => {
    const work = project('out');
    const before = listing(path.dirname(work));
    mkdirSync(path.join(work, 'mine'));
    writeFileSync(path.join(work, 'mine', 'notes.txt'), 'x');
    for (const out of ['.', '..', 'articles', 'articles/microsoft.storage', work, 'mine', 'keep.txt']) {
      const r = runCli(work, 'build', '--force', '--out', out);
      assert.equal(r.code, 2, `--out ${out}: ${r.stderr}`);
      assert.match(r.stderr, /Refusing to build into/, out);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
    rmSync(path.join(work, 'mine'), { recursive: true });
    assert.deepEqual(listing(path.dirname(work)), before, 'nothing deleted or added');
  });

  it('builds into an absent or empty folder, marks it, and replaces it next time', () => {
    const work = project('out-ok');
    mkdirSync(path.join(work, 'empty'));
    assert.equal(runCli(work, 'build', '--force', '--out', 'empty').code, 0);
    assert.ok(existsSync(path.join(work, 'empty', SITE_MARKER)));
    assert.equal(runCli(work, 'build', '--force').code, 0);
    assert.ok(existsSync(path.join(work, 'dist', SITE_MARKER)));
    assert.equal(runCli(work, 'build', '--force').code, 0, 'a folder it built is replaced');
    assert.equal(readFileSync(path.join(work, 'keep.txt'), 'utf8'), 'mine');
  });

  it('a swap cut short between its two renames is finished by the next build', async () => {
    const dir = tempDir('swap');
    const out = path.join(dir, 'dist');
    const index = { file: path.join(dir, 'cache', 'build.v8'), key: 'k' };
    await writeAtomically(out, index, pages);
    await writeAtomically(out, index, pages);
    // what a kill between the renames leaves: the journal, the new tree, the old one as the spare, no output
    const dead = 999999;
    rmSync(path.join(dir, '.dist.spare'), { recursive: true });
    cpSync(out, path.join(dir, `.dist.building-${dead}`), { recursive: true });
    cpSync(out, path.join(dir, '.dist.spare'), { recursive: true });
    rmSync(out, { recursive: true });
    writeFileSync(path.join(dir, `.dist.swap-${dead}`), '');
    await writeAtomically(out, index, pages);
    assert.equal(readFileSync(path.join(out, 'pages', 'a.html'), 'utf8'), '<p>a</p>');
    assert.ok(!readdirSync(dir).some((f) => /swap|building/.test(f)), readdirSync(dir).join(' '));
  });
});

describe('the spare tree', () => {
  it('a folder of the spare replaced by a symbolic link is never followed into dist/', async () => {
    const dir = tempDir('spare-link');
    const out = path.join(dir, 'dist');
    const outside = path.join(dir, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'a.html'), 'SECRET');
    const index = { file: path.join(dir, 'cache', 'build.v8'), key: 'k' };
    await writeAtomically(out, index, pages);
    await writeAtomically(out, index, pages);
    rmSync(path.join(dir, '.dist.spare', 'pages'), { recursive: true });
    symlinkSync(outside, path.join(dir, '.dist.spare', 'pages'));
    await writeAtomically(out, index, pages);
    assert.equal(readFileSync(path.join(out, 'pages', 'a.html'), 'utf8'), '<p>a</p>');
    assert.equal(readFileSync(path.join(outside, 'a.html'), 'utf8'), 'SECRET', 'nothing written through the link');
    const links = execFileSync('find', [out, '-type', 'l'], { encoding: 'utf8' });
    assert.equal(links, '', 'no symbolic link in dist/');
  });

  it('a spare page edited with its size and time kept is not published', async () => {
    const dir = tempDir('spare-edit');
    const out = path.join(dir, 'dist');
    const index = { file: path.join(dir, 'cache', 'build.v8'), key: 'k' };
    await writeAtomically(out, index, pages);
    await writeAtomically(out, index, pages);
    const page = path.join(dir, '.dist.spare', 'pages', 'a.html');
    const { mtime } = (await import('node:fs')).statSync(page);
    writeFileSync(page, '<p>X</p>');
    (await import('node:fs')).utimesSync(page, mtime, mtime);
    await writeAtomically(out, index, pages);
    assert.equal(readFileSync(path.join(out, 'pages', 'a.html'), 'utf8'), '<p>a</p>');
  });
});
