/**
 * The output folder exists and is whole at every moment (issue 19): a build killed before each of its changes to
 * the file system, in turn, leaves the previous output or the new one, complete, and the next build is right.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkOutputFolder, outputTrees, writeAtomically } from '../src/site/index.js';
import { root, tempDir } from './fixtures.js';
import { swapSite } from './swap-child.js';

const child = path.join(root, 'build', 'test', 'swap-child.js');

/** One build of a version in a process of its own, killed before its nth change; whether it was killed. */
function killed(out: string, version: string, killAt: number, mode: string): boolean {
  const r = spawnSync(process.execPath, [child, out, version, String(killAt), mode], { encoding: 'utf8' });
  if (r.signal === 'SIGKILL') return true;
  assert.equal(r.status, 0, r.stderr);
  return false;
}

/** One build of a version here, as the child makes it; `folder`: as where links cannot be made. */
function build(out: string, version: string, mode = 'link') {
  const index = { file: path.join(path.dirname(out), 'cache', 'build.v8'), key: 'k' };
  return writeAtomically(out, index, swapSite(version), undefined, { links: mode !== 'folder' });
}

/** Every file under dir (relative path -> content), through the link when dir is one. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const full = path.join(f.parentPath, f.name);
    out[path.relative(dir, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
  }
  return out;
}

/** The whole tree of each version, as a build from nothing makes it. */
async function versions(...names: string[]): Promise<Map<string, string>> {
  const made = new Map<string, string>();
  for (const v of names) {
    const dir = tempDir('swap-ref');
    await build(path.join(dir, 'dist'), v);
    made.set(JSON.stringify(tree(path.join(dir, 'dist'))), v);
  }
  return made;
}

/** What is beside the output once builds are done, besides the output, its trees and the cache: nothing. */
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((f) => !['dist', 'cache', '.dist.a', '.dist.b', '.dist.spare'].includes(f));
}

/**
 * Builds of `one` then, killed before each of its changes in turn, of `two`: after each kill the output is the
 * tree of `one` or of `two`, whole (or, where `missing` allows, absent with the journal that lets the next build
 * put it in place); the next build of `two` makes it right and leaves nothing behind.
 */
async function killEverywhere(
  prepare: string,
  swap: string,
  missing?: RegExp,
): Promise<{ kills: number; missing: number }> {
  const made = await versions('one', 'two');
  const dir = tempDir('swap-kill');
  const out = path.join(dir, 'dist');
  let n = 1;
  let absent = 0;
  for (; ; n++) {
    // from nothing, two builds first, so that the spare is there and taken over
    for (const f of readdirSync(dir)) rmSync(path.join(dir, f), { recursive: true, force: true });
    await build(out, 'zero', prepare);
    await build(out, 'one', prepare);
    assert.equal(made.get(JSON.stringify(tree(out))), 'one');
    const ended = !killed(out, 'two', n, swap);
    if (!existsSync(out)) {
      const journal = readdirSync(dir).filter((f) => missing?.test(f));
      assert.ok(missing && journal.length, `dist/ is missing after a kill before change ${n}: ${readdirSync(dir)}`);
      absent++;
    } else {
      const version = made.get(JSON.stringify(tree(out)));
      assert.ok(version, `dist/ is not whole after a kill before change ${n}: ${JSON.stringify(tree(out))}`);
    }
    // the next build puts things right and leaves nothing behind
    await build(out, 'two', swap);
    assert.equal(made.get(JSON.stringify(tree(out))), 'two', `after a kill before change ${n}`);
    assert.deepEqual(leftovers(dir), [], `after a kill before change ${n}`);
    assert.equal(lstatSync(out).isSymbolicLink(), swap !== 'folder');
    if (ended) break;
  }
  return { kills: n - 1, missing: absent };
}

describe('the swap of the output folder', () => {
  it('dist/ is whole at every moment: a build killed before any of its changes leaves the old tree or the new one', async () => {
    const { kills } = await killEverywhere('link', 'link');
    assert.ok(kills >= 10, `only ${kills} changes seen`);
  });

  it('the first build of this version turns a dist/ folder into the link; a kill at its one moment without dist/ is recovered', async () => {
    const { missing } = await killEverywhere('folder', 'link', /^\.dist\.link-\d+$/);
    assert.equal(missing, 1, 'one moment without dist/: between renaming the folder aside and the link into place');
  });

  it('where links cannot be made, dist/ stays a folder, swapped by two renames with a journal', async () => {
    const { missing } = await killEverywhere('folder', 'folder', /^\.dist\.swap-\d+$/);
    assert.equal(missing, 1);
  });

  it('dist/ is a relative link to one of two trees; the other is the spare the next build takes over', async () => {
    const dir = tempDir('swap-link');
    const out = path.join(dir, 'dist');
    assert.equal((await build(out, 'one')).written, 4, 'three pages and the index');
    assert.equal(readlinkSync(out), '.dist.a');
    assert.equal((await build(out, 'two')).written, 2, 'the changed page and the index');
    assert.equal(readlinkSync(out), '.dist.b');
    assert.deepEqual(outputTrees(out), { current: path.join(dir, '.dist.b'), spare: path.join(dir, '.dist.a') });
    // the spare is one version behind: two files differ from it
    assert.equal((await build(out, 'three')).written, 2);
    assert.equal(readlinkSync(out), '.dist.a');
    const made = await versions('three');
    assert.equal(made.get(JSON.stringify(tree(out))), 'three', 'the same bytes as a build from nothing');
    // a build without an index keeps no spare
    await writeAtomically(out, undefined, swapSite('four'));
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.startsWith('.')),
      ['.dist.b'],
    );
  });

  it('a dist/ folder of an older version: its spare is taken over, and the folder becomes the next spare', async () => {
    const dir = tempDir('swap-upgrade');
    const out = path.join(dir, 'dist');
    await build(out, 'zero', 'folder');
    await build(out, 'one', 'folder');
    assert.ok(lstatSync(out).isDirectory() && existsSync(path.join(dir, '.dist.spare')));
    assert.equal((await build(out, 'two')).written, 2, 'the old spare taken over, unchanged pages linked');
    assert.equal(readlinkSync(out), '.dist.a');
    assert.deepEqual(readdirSync(dir).sort(), ['.dist.a', '.dist.b', 'cache', 'dist']);
    assert.equal((await build(out, 'three')).written, 2, 'the old folder is the spare');
  });

  it('accepts its own link, refuses any other link, and a foreign folder where a tree goes', async () => {
    const dir = tempDir('swap-check');
    const out = path.join(dir, 'dist');
    await build(out, 'one');
    checkOutputFolder(out, dir);
    const other = path.join(dir, 'elsewhere');
    symlinkSync('.dist.a', other);
    assert.throws(() => checkOutputFolder(other, dir), /symbolic link selfhelp did not make/);
    symlinkSync(dir, path.join(dir, 'up'));
    assert.throws(() => checkOutputFolder(path.join(dir, 'up'), dir), /Refusing/);
    // the spare's place taken by a folder of someone else's: refused, untouched
    rmSync(path.join(dir, '.dist.b'), { recursive: true, force: true });
    mkdirSync(path.join(dir, '.dist.b'));
    writeFileSync(path.join(dir, '.dist.b', 'mine.txt'), 'mine');
    await assert.rejects(build(out, 'two'), /`\.dist\.b` beside it, .* was not built by selfhelp/);
    assert.equal(readFileSync(path.join(dir, '.dist.b', 'mine.txt'), 'utf8'), 'mine');
    assert.equal(readlinkSync(out), '.dist.a');
  });

  it('a lock left by a killed build is taken over; a live one is waited for', async () => {
    const dir = tempDir('swap-lock');
    const out = path.join(dir, 'dist');
    await build(out, 'one');
    writeFileSync(path.join(dir, '.dist.lock'), '999999');
    await build(out, 'two');
    assert.ok(!existsSync(path.join(dir, '.dist.lock')), 'released');
    // held by a live process (the parent of this one) for a moment
    writeFileSync(path.join(dir, '.dist.lock'), String(process.ppid));
    setTimeout(() => rmSync(path.join(dir, '.dist.lock')), 300);
    const t = Date.now();
    await build(out, 'three');
    assert.ok(Date.now() - t >= 250, 'waited for the lock');
    assert.equal(readFileSync(path.join(out, 'index.html'), 'utf8'), 'index three');
  });

  it('builds at the same time: dist/ never missing, the result one whole version, nothing left behind', async () => {
    const all = ['v1', 'v2', 'v3', 'v4'];
    const made = await versions(...all);
    const dir = tempDir('swap-concurrent');
    const out = path.join(dir, 'dist');
    await build(out, 'v0');
    await build(out, 'v1');
    let watching = true;
    let looks = 0;
    const watcher = (async () => {
      while (watching) {
        assert.ok(existsSync(path.join(out, 'index.html')), 'dist/ missing while builds ran');
        looks++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const run = (v: string) =>
      new Promise<void>((resolve, reject) => {
        const p = spawn(process.execPath, [child, out, v, '0', 'link'], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${v}: exit ${code} ${stderr}`))));
      });
    for (let round = 0; round < 2; round++) await Promise.all(all.map(run));
    watching = false;
    await watcher;
    assert.ok(looks > 10, `looked ${looks} times`);
    assert.ok(made.has(JSON.stringify(tree(out))), 'one whole version');
    assert.deepEqual(leftovers(dir), []);
    await build(out, 'v2');
    assert.equal(made.get(JSON.stringify(tree(out))), 'v2');
  });
});
