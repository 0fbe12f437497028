/**
 * The preview's folder written in place (site/live.ts): what changed is made when read or drained, nothing else is
 * touched, and once drained the folder is byte for byte the site a published build makes.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Engine } from '../src/engine/index.js';
import { treeDifferences } from '../src/engine/verify.js';
import { LiveFolder } from '../src/site/live.js';
import type { Emitter } from '../src/site/site.js';
import { emptyConfig, root, tempDir } from './fixtures.js';

/** Emit these files (path -> [content, key]), each made at most once per call, counting the makes. */
function site(files: Record<string, [string, string?]>, made: string[]) {
  return async (emitter: Emitter) => {
    for (const [rel, [content, key]] of Object.entries(files))
      emitter.file(
        rel,
        () => {
          made.push(rel);
          return content;
        },
        key,
      );
  };
}

describe('a preview folder written in place', () => {
  it('makes a changed file only when it is read or drained, and leaves an unchanged one alone', async () => {
    const dir = tempDir('live');
    const out = path.join(dir, 'preview');
    const index = { file: path.join(dir, 'preview.index'), key: 'k1' };
    const folder = new LiveFolder(out, index);
    const made: string[] = [];
    await folder.write(site({ 'a.html': ['A', '1'], 'b/c.html': ['C', '1'] }, made));
    assert.deepEqual(made, [], 'nothing is made before it is read');
    assert.ok(!existsSync(path.join(out, 'a.html')));
    folder.ensure('a.html');
    assert.equal(readFileSync(path.join(out, 'a.html'), 'utf8'), 'A');
    assert.ok(!existsSync(index.file), 'no map is saved while files are pending');
    await folder.drain();
    assert.equal(readFileSync(path.join(out, 'b', 'c.html'), 'utf8'), 'C');
    assert.ok(existsSync(index.file));
    const before = statSync(path.join(out, 'a.html')).mtimeMs;

    // a.html unchanged (same key), b/c.html changed, d.html new, nothing removed yet
    made.length = 0;
    await folder.write(site({ 'a.html': ['A', '1'], 'b/c.html': ['C2', '2'], 'd.html': ['D'] }, made));
    assert.ok(!existsSync(path.join(out, 'b', 'c.html')), 'a stale file is removed at once, never served');
    await folder.drain();
    assert.deepEqual(made.sort(), ['b/c.html', 'd.html']);
    assert.equal(statSync(path.join(out, 'a.html')).mtimeMs, before);
    assert.equal(readFileSync(path.join(out, 'b', 'c.html'), 'utf8'), 'C2');

    // b/c.html no longer emitted: removed, with its folder
    await folder.write(site({ 'a.html': ['A', '1'], 'd.html': ['D'] }, made));
    assert.ok(!existsSync(path.join(out, 'b')));

    // a new server starts from the saved map: nothing is made again
    made.length = 0;
    const next = new LiveFolder(out, index);
    await next.write(site({ 'a.html': ['A', '1'], 'd.html': ['D'] }, made));
    await next.drain();
    assert.deepEqual(made, ['d.html'], 'only the file emitted without a key is made (to hash it)');

    // a map for another config (key) or a damaged one is not trusted: the folder is written afresh
    writeFileSync(index.file, 'damaged');
    const fresh = new LiveFolder(out, index);
    made.length = 0;
    await fresh.write(site({ 'a.html': ['A', '1'] }, made));
    await fresh.drain();
    assert.deepEqual(made, ['a.html']);
    assert.ok(!existsSync(path.join(out, 'd.html')));
  });

  it('saves its map with files pending (a server that stops): the next start makes only those', async () => {
    const dir = tempDir('live-stop');
    const out = path.join(dir, 'preview');
    const index = { file: path.join(dir, 'preview.index'), key: 'k1' };
    const files = { 'a.html': ['A', '1'], 'b.html': ['B', '1'] } as Record<string, [string, string?]>;
    const first = new LiveFolder(out, index);
    await first.write(site(files, []));
    await first.drain();
    // a save: b.html changes, and the server stops before it is written
    await first.write(site({ ...files, 'b.html': ['B2', '2'] }, []));
    first.ensure('a.html');
    first.save();
    assert.ok(existsSync(index.file));
    const made: string[] = [];
    const next = new LiveFolder(out, index);
    await next.write(site({ ...files, 'b.html': ['B2', '2'] }, made));
    await next.drain();
    assert.deepEqual(made, ['b.html'], 'only the file left pending is made');
    assert.equal(readFileSync(path.join(out, 'b.html'), 'utf8'), 'B2');
    // a map saved before a file was made stale is not kept: the next start does not trust it
    await next.write(site({ ...files, 'a.html': ['A3', '3'] }, []));
    assert.ok(!existsSync(index.file), 'a.html is stale on disk: the saved map is removed');
  });

  it('a folder removed before the server stops (its cache cleared): save() keeps no map, and does not throw', async () => {
    const dir = tempDir('live-gone');
    const out = path.join(dir, 'preview');
    const index = { file: path.join(dir, 'preview.index'), key: 'k1' };
    const folder = new LiveFolder(out, index);
    await folder.write(site({ 'a.html': ['A', '1'], 'b.html': ['B', '1'] }, []));
    rmSync(out, { recursive: true, force: true });
    assert.doesNotThrow(() => folder.save());
    assert.ok(!existsSync(index.file), 'no map of a folder that is not there');
  });

  it('refuses to write outside its folder or a path twice', async () => {
    const dir = tempDir('live-bad');
    const folder = new LiveFolder(path.join(dir, 'preview'));
    await assert.rejects(folder.write(site({ '../x.html': ['X'] }, [])), /outside the output folder/);
    await assert.rejects(
      folder.write(async (e) => {
        e.file('a.html', 'A');
        e.file('a.html', 'B');
      }),
      /two files at one path/,
    );
  });

  it('once drained, holds byte for byte the site `selfhelp build` publishes, after a save (as the watcher reports it) too', async () => {
    const dir = tempDir('live-site');
    cpSync(path.join(root, 'articles'), path.join(dir, 'articles'), { recursive: true });
    const config = emptyConfig();
    const engine = Engine.open({ cwd: dir, config });
    const preview = '.selfhelp-cache/preview';
    const build = (inPlace: boolean, changes?: Map<string, string>) =>
      engine.build({
        changes,
        patterns: ['articles'],
        out: inPlace ? preview : 'dist',
        force: true,
        inPlace,
        indexName: inPlace ? 'preview.index' : undefined,
        allProblems: inPlace,
        log: () => {},
      });
    const same = async (changes?: Map<string, string>) => {
      await build(true, changes);
      await engine.preview(preview)!.drain();
      await build(false);
      const differences = treeDifferences(path.join(dir, 'dist'), path.join(dir, preview)).filter(
        (d) => !d.includes('.selfhelp-site'),
      );
      assert.deepEqual(differences, []);
    };
    await same();
    const article = path.join(dir, 'articles', 'microsoft.compute', 'vm-rdp-connection-fails.md');
    writeFileSync(
      article,
      readFileSync(article, 'utf8').replace(/pageTitle="[^"]*"/, 'pageTitle="Renamed for a test"'),
    );
    // as the preview's watcher reports it: only that file is looked at again
    await same(new Map([['articles/microsoft.compute/vm-rdp-connection-fails.md', 'change']]));
    const page = path.join(dir, preview, 'articles', 'microsoft.compute', 'vm-rdp-connection-fails.html');
    assert.match(readFileSync(page, 'utf8'), /Renamed for a test/);

    // every kind of save a listing, a bundle or a report depends on: the groups the folder emits again as they
    // were (site/live.ts) must be the ones that did not change
    const rel = (name: string) => `articles/microsoft.compute/${name}`;
    const edit = (name: string, change: (text: string) => string) => {
      const file = path.join(dir, rel(name));
      writeFileSync(file, change(readFileSync(file, 'utf8')));
      return new Map([[rel(name), 'change']]);
    };
    // the body alone: no listing changes
    await same(edit('vm-rdp-connection-fails.md', (t) => `${t}\nOne more step for a test.\n`));
    // a link to the public portal in an article published to sovereign clouds (their cloud-links.json)
    await same(edit('vm-rdp-connection-fails.md', (t) => `${t}\nOpen [the portal](https://portal.azure.com/).\n`));
    // published to fewer clouds: it leaves bundles
    await same(
      edit('vm-rdp-connection-fails.md', (t) => t.replace(/cloudEnvironments="[^"]*"/, 'cloudEnvironments="public"')),
    );
    // no service of its own: listed under its folder's
    await same(edit('vm-high-cpu-insight.md', (t) => t.replace(/service="[^"]*"/, 'service=""')));
    // a link to an article that is not in the site, then to one that is
    await same(edit('vm-high-cpu-insight.md', (t) => `${t}\nSee [this](./not-there.md).\n`));
    await same(edit('vm-high-cpu-insight.md', (t) => t.replace('./not-there.md', './vm-rdp-connection-fails.md')));
    // an article added, then one removed
    writeFileSync(
      path.join(dir, rel('added-for-a-test.md')),
      readFileSync(article, 'utf8').replace(/articleId="[^"]*"/, 'articleId="0b8e1f2a-6c4d-4e7f-8a9b-0c1d2e3f4a6c"'),
    );
    await same(new Map([[rel('added-for-a-test.md'), 'add']]));
    rmSync(path.join(dir, rel('advisor-vm-shutdown-idle.md')));
    await same(new Map([[rel('advisor-vm-shutdown-idle.md'), 'unlink']]));
  });

  it('emits a group again as it was for the same inputs, with its links following their targets', async () => {
    const dir = tempDir('live-memo');
    const out = path.join(dir, 'preview');
    const folder = new LiveFolder(out, { file: path.join(dir, 'preview.index'), key: 'k' });
    let emitted = 0;
    const site = (page: string, listing: string[]) => async (e: Emitter) => {
      e.file('page.html', page);
      e.memo!('bundle', [listing], () => {
        emitted++;
        e.link('cloud/page.html', 'page.html');
        e.file('list.html', () => listing.join(','), listing.join(','));
      });
    };
    await folder.write(site('P1', ['a', 'b']));
    await folder.drain();
    assert.equal(emitted, 1);
    // the same inputs (another list with the same items): the group is not emitted again, its link follows the page
    await folder.write(site('P2', ['a', 'b']));
    await folder.drain();
    assert.equal(emitted, 1);
    assert.equal(readFileSync(path.join(out, 'cloud', 'page.html'), 'utf8'), 'P2');
    assert.equal(readFileSync(path.join(out, 'list.html'), 'utf8'), 'a,b');
    // other inputs: emitted again
    await folder.write(site('P2', ['a', 'c']));
    await folder.drain();
    assert.equal(emitted, 2);
    assert.equal(readFileSync(path.join(out, 'list.html'), 'utf8'), 'a,c');
    // a group the write no longer emits: its files go
    await folder.write(async (e) => e.file('page.html', 'P2'));
    assert.ok(!existsSync(path.join(out, 'list.html')) && !existsSync(path.join(out, 'cloud')));
    // a write that fails part way forgets the groups: the next one emits them afresh
    await folder.write(site('P3', ['a']));
    await assert.rejects(
      folder.write(async (e) => {
        await site('P4', ['a'])(e);
        throw new Error('failed part way');
      }),
      /failed part way/,
    );
    const before = emitted;
    await folder.write(site('P4', ['a']));
    await folder.drain();
    assert.equal(emitted, before + 1);
    assert.equal(readFileSync(path.join(out, 'cloud', 'page.html'), 'utf8'), 'P4');
  });
});
