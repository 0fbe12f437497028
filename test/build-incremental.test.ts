/** Incremental builds: the spare tree, keyed reuse, output checks, failures that leave dist/ whole. */
import assert from 'node:assert/strict';
import {
  appendFileSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BUCKETS } from '../src/site/search.js';
import { outputTrees, writeAtomically } from '../src/site/index.js';
import type { Emitter } from '../src/site/site.js';
import { cli, root, tempDir } from './fixtures.js';

/** Every file under dir (relative path -> content). */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const full = path.join(f.parentPath, f.name);
    out[path.relative(dir, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
  }
  return out;
}

/** A site of keyed pages, an unkeyed listing and links, with a count of the pages made. */
function site(pages: Record<string, string>, made: string[]) {
  return async (emit: Emitter) => {
    for (const [name, text] of Object.entries(pages)) {
      emit.file(`pages/${name}.html`, () => (made.push(name), `<p>${text}</p>`), `page:${text}`);
      emit.link(`cloud/pages/${name}.html`, `pages/${name}.html`);
    }
    emit.file('index.html', Object.keys(pages).sort().join('\n'));
  };
}

describe('writeAtomically', () => {
  it('emits a group again from the index when its inputs are the same, and afresh when they or its files differ', async () => {
    const dir = tempDir('groups');
    const out = path.join(dir, 'dist');
    const index = { file: path.join(dir, 'cache', 'build.v8'), key: 'k1' };
    let emitted = 0;
    const listing = (items: string[]) => async (emit: Emitter) => {
      emit.file('page.html', '<p>page</p>');
      emit.memo!('listing', [items], () => {
        emitted++;
        emit.file('list.html', items.join(','));
        emit.file('count.html', () => String(items.length), `count:${items.length}`);
      });
    };
    for (let i = 0; i < 3; i++) await writeAtomically(out, index, listing(['a', 'b']));
    assert.equal(emitted, 1, 'the same inputs: emitted once, then kept from the spare or the current tree');
    const { '.selfhelp-site': _marker, ...files } = tree(out);
    assert.deepEqual(files, { 'page.html': '<p>page</p>', 'list.html': 'a,b', 'count.html': '2' });
    await writeAtomically(out, index, listing(['a', 'c']));
    assert.equal(emitted, 2, 'other inputs: emitted again');
    assert.equal(readFileSync(path.join(out, 'list.html'), 'utf8'), 'a,c');
    // a file of the group gone from both trees: the group is emitted again, not replayed without it
    await writeAtomically(out, index, listing(['a', 'c']));
    rmSync(path.join(outputTrees(out).spare!, 'list.html'));
    rmSync(path.join(out, 'list.html'));
    await writeAtomically(out, index, listing(['a', 'c']));
    assert.equal(emitted, 3);
    assert.equal(readFileSync(path.join(out, 'list.html'), 'utf8'), 'a,c');
  });

  it('rebuilds only what changed, keeps the previous output as the spare, and gives the same tree as a clean build', async () => {
    const dir = tempDir('incremental');
    const out = path.join(dir, 'dist');
    const index = { file: path.join(dir, 'cache', 'build.v8'), key: 'k1' };
    const made: string[] = [];
    const pages = { a: 'alpha', b: 'beta', c: 'gamma' };
    assert.equal((await writeAtomically(out, index, site(pages, made))).written, 4);
    assert.deepEqual(made.sort(), ['a', 'b', 'c']);

    made.length = 0;
    const second = await writeAtomically(out, index, site({ ...pages, b: 'BETA' }, made));
    assert.deepEqual(made, ['b'], 'only the changed page is made');
    assert.equal(second.written, 1);
    assert.ok(existsSync(path.join(outputTrees(out).spare!, 'pages', 'b.html')), 'the previous output is the spare');

    // the third build starts from the spare, which is two versions behind for b and one for d
    made.length = 0;
    const third = { a: 'alpha', b: 'BETA', d: 'delta' };
    await writeAtomically(out, index, site(third, made));
    assert.deepEqual(made, ['d']);
    const clean = path.join(dir, 'clean');
    await writeAtomically(clean, undefined, site(third, []));
    assert.deepEqual(tree(out), tree(clean), 'same bytes as a clean build');
    assert.ok(!existsSync(path.join(out, 'pages', 'c.html')), 'a page no longer emitted is gone');
    assert.deepEqual(
      readdirSync(dir)
        .filter((f) => f.startsWith('.'))
        .sort(),
      ['.clean.a', '.dist.a', '.dist.b'],
      'a build without an index keeps no spare',
    );
  });

  it('notices a file changed by hand, in the output or in the spare, and makes it again', async () => {
    const dir = tempDir('tampered');
    const out = path.join(dir, 'dist');
    const index = { file: path.join(dir, 'cache', 'build.v8'), key: 'k1' };
    const pages = { a: 'alpha', b: 'beta' };
    await writeAtomically(out, index, site(pages, []));
    await writeAtomically(out, index, site(pages, []));
    // edited in place (same size), in the spare and in the output
    const spare = outputTrees(out).spare!;
    writeFileSync(path.join(spare, 'pages', 'a.html'), '<p>ALPHA</p>');
    utimesSync(path.join(spare, 'pages', 'a.html'), new Date(2020, 1, 1), new Date(2020, 1, 1));
    const made: string[] = [];
    await writeAtomically(out, index, site(pages, made));
    assert.deepEqual(made, ['a']);
    assert.equal(readFileSync(path.join(out, 'pages', 'a.html'), 'utf8'), '<p>alpha</p>');
    assert.equal(readFileSync(path.join(out, 'cloud', 'pages', 'a.html'), 'utf8'), '<p>alpha</p>');

    // a linked copy replaced by another file of the same size and time: only its folder tells
    await writeAtomically(out, index, site(pages, []));
    const copy = path.join(outputTrees(out).spare!, 'cloud', 'pages', 'b.html');
    const { mtime } = statSync(copy);
    rmSync(copy);
    writeFileSync(copy, '<p>BETA</p>');
    utimesSync(copy, mtime, mtime);
    await writeAtomically(out, index, site(pages, []));
    assert.equal(readFileSync(path.join(out, 'cloud', 'pages', 'b.html'), 'utf8'), '<p>beta</p>');
  });

  it('reuses a spare file whose change time moved when its bytes are as hashed; a large one, not hashed, is made again', async () => {
    const dir = tempDir('unhashed');
    const out = path.join(dir, 'dist');
    const index = { file: path.join(dir, 'cache', 'build.v8'), key: 'k1' };
    const made: string[] = [];
    const big = (c: string) => c.repeat(300 * 1024);
    const twoFiles = (c: string) => async (emit: Emitter) => {
      emit.file('small.html', () => (made.push('small'), '<p>small</p>'), 'small');
      emit.file('big.json', () => (made.push(`big ${c}`), big(c)), `big ${c}`);
    };
    await writeAtomically(out, index, twoFiles('x'));
    await writeAtomically(out, index, twoFiles('y'));
    assert.deepEqual(made, ['small', 'big x', 'big y']);
    // the spare (the first build's tree) holds big.json as the next build wants it; its change time and the small
    // file's move (a backup tool, a chmod), their bytes untouched
    const spare = outputTrees(out).spare!;
    const { chmodSync } = await import('node:fs');
    for (const f of ['small.html', 'big.json']) chmodSync(path.join(spare, f), 0o640);
    made.length = 0;
    await writeAtomically(out, index, twoFiles('x'));
    assert.deepEqual(made, ['big x'], 'the small file read, hashed and found right; the large one made again');
    assert.equal(readFileSync(path.join(out, 'big.json'), 'utf8'), big('x'));
    assert.equal(readFileSync(path.join(out, 'small.html'), 'utf8'), '<p>small</p>');
    // untouched, the large file is reused as any other
    made.length = 0;
    await writeAtomically(out, index, twoFiles('y'));
    await writeAtomically(out, index, twoFiles('x'));
    assert.deepEqual(made, [], 'both taken from the spare, as the index says');
  });

  it('never trusts an index made for another tool, config or tree', async () => {
    const dir = tempDir('foreign');
    const out = path.join(dir, 'dist');
    const file = path.join(dir, 'cache', 'build.v8');
    const pages = { a: 'alpha' };
    await writeAtomically(out, { file, key: 'k1' }, site(pages, []));
    const made: string[] = [];
    await writeAtomically(out, { file, key: 'k2' }, site(pages, made));
    assert.deepEqual(made, ['a'], 'another key: made again');
    made.length = 0;
    const bytes = readFileSync(file);
    bytes[bytes.length - 3] ^= 0xff;
    writeFileSync(file, bytes);
    await writeAtomically(out, { file, key: 'k2' }, site(pages, made));
    assert.deepEqual(made, ['a'], 'a damaged index: made again');
    made.length = 0;
    writeFileSync(file, readFileSync(file).subarray(0, 40));
    await writeAtomically(out, { file, key: 'k2' }, site(pages, made));
    assert.deepEqual(made, ['a'], 'a truncated index: made again');
    assert.equal(readFileSync(path.join(out, 'pages', 'a.html'), 'utf8'), '<p>alpha</p>');
  });

  it('a failed build leaves the previous output whole and nothing behind', async () => {
    const dir = tempDir('failed');
    const out = path.join(dir, 'dist');
    const index = { file: path.join(dir, 'cache', 'build.v8'), key: 'k1' };
    await writeAtomically(out, index, site({ a: 'alpha' }, []));
    await writeAtomically(out, index, site({ a: 'alpha', b: 'beta' }, []));
    const before = tree(out);
    await assert.rejects(
      writeAtomically(out, index, async (emit) => {
        emit.file('pages/a.html', 'changed');
        throw new Error('killed');
      }),
      /killed/,
    );
    assert.deepEqual(tree(out), before);
    assert.ok(!readdirSync(dir).some((f) => f.includes('.building-')), 'no temporary folder left');
    await assert.rejects(
      writeAtomically(out, index, async (emit) => emit.file('../escape.html', 'x')),
      /outside the output folder/,
    );
    assert.ok(!existsSync(path.join(dir, 'escape.html')));
    assert.deepEqual(tree(out), before);
    // and the next build is still right (the spare was used up by the failed one)
    const made: string[] = [];
    await writeAtomically(out, index, site({ a: 'alpha', b: 'beta' }, made));
    assert.deepEqual(tree(out), before);
  });
});

describe('selfhelp build, incremental', () => {
  it('a rebuild after editing an article equals a clean build, and writes only what changed', async () => {
    const dir = tempDir('rebuild');
    cpSync(path.join(root, 'articles'), path.join(dir, 'articles'), { recursive: true });
    assert.equal((await cli(dir, 'build', '--force')).code, 0);
    assert.equal((await cli(dir, 'build', '--force')).code, 0);
    const edited = path.join(dir, 'articles', 'microsoft.compute', 'vm-rdp-connection-fails.md');
    appendFileSync(edited, '\nOne more line for readers.\n');
    const rebuilt = await cli(dir, 'build', '--force');
    assert.equal(rebuilt.code, 0);
    const written = Number(/(\d+) written/.exec(rebuilt.stderr)![1]);
    // the page and listings, plus the search group's term files (BUCKETS of them): their weights are the group's
    assert.ok(written > 0 && written < 20 + BUCKETS, `wrote ${written} files`);
    assert.match(
      readFileSync(
        path.join(dir, 'dist', 'usnat', 'articles', 'microsoft.compute', 'vm-rdp-connection-fails.html'),
        'utf8',
      ),
      /One more line for readers/,
    );
    assert.equal((await cli(dir, 'build', '--force', '--no-cache', '--out', 'clean')).code, 0);
    assert.deepEqual(tree(path.join(dir, 'dist')), tree(path.join(dir, 'clean')));
  });
});
