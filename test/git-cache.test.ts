/** Changed-files modes in a real temporary git repository, and the persistent cache. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  readdirSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli, root, tempDir } from './fixtures.js';

const run = cli;
const rows = (out: string) =>
  (JSON.parse(out) as Array<{ file: string; ruleId: string; line: number }>).map((r) => `${r.file} ${r.ruleId}`);

const article = (id: string, title: string, extra = '') =>
  `<properties\n    pageTitle="${title}"\n    description="d"\n    ms.author="a"\n    selfHelpType="generic"\n    supportTopicIds="1"\n    productPesIds="1"\n    cloudEnvironments="public"\n    articleId="${id}"\n    ownershipId="E_W"\n/>\n# ${title}\n\n## **Recommended Steps**\n\n* A step about ${title.toLowerCase()} that is specific to it.\n${extra}`;

function repository(): { dir: string; git: (...args: string[]) => string } {
  const dir = tempDir('git');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: dir, encoding: 'utf8' });
  mkdirSync(path.join(dir, 'articles'));
  const files: Record<string, string> = {
    'edited.md': article('10000000-0000-4000-8000-000000000001', 'Edited article'),
    'unchanged.md': article('10000000-0000-4000-8000-000000000002', 'Unchanged article'),
    'deleted.md': article('10000000-0000-4000-8000-000000000003', 'Deleted article'),
    'renamed.md': article('10000000-0000-4000-8000-000000000004', 'Renamed article'),
  };
  for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, 'articles', f), text);
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'base');
  return { dir, git };
}

describe('changed-files modes in a git repository', () => {
  it('--staged checks the staged content of edited, added and renamed files; deleted ones are gone; cross-file rules see the whole corpus', async () => {
    const { dir, git } = repository();
    const a = (f: string) => path.join(dir, 'articles', f);
    // edit: the articleId of an unchanged file, and an aka.ms link
    writeFileSync(
      a('edited.md'),
      article('10000000-0000-4000-8000-000000000002', 'Edited article', '\n[x](https://aka.ms/x)\n'),
    );
    writeFileSync(a('added.md'), article('10000000-0000-4000-8000-000000000005', 'Added article', '\n[y]()\n'));
    renameSync(a('renamed.md'), a('moved.md'));
    rmSync(a('deleted.md'));
    git('add', '-A');
    // the working tree now differs from what is staged: --staged must not look at it
    writeFileSync(a('edited.md'), article('10000000-0000-4000-8000-000000000009', 'Edited article'));
    const r = await run(dir, 'lint', '--staged', '--format', 'json');
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(rows(r.stdout), [
      'articles/added.md no-empty-link-targets',
      'articles/edited.md unique-article-id',
      'articles/edited.md no-aka-ms-links',
    ]);
    const edited = (JSON.parse(r.stdout) as Array<{ file: string; ruleId: string; message: string }>).find(
      (x) => x.ruleId === 'unique-article-id',
    )!;
    assert.match(edited.message, /unchanged\.md/, 'compared with the unchanged file');
    assert.match(
      (await run(dir, 'lint', '--staged')).stdout,
      /3 files checked/,
      'edited, added and moved are checked; deleted is not',
    );
  });

  it('--since reports the files changed since a ref, as they are in the working tree', async () => {
    const { dir, git } = repository();
    const a = (f: string) => path.join(dir, 'articles', f);
    writeFileSync(a('edited.md'), article('10000000-0000-4000-8000-000000000002', 'Edited article'));
    renameSync(a('renamed.md'), a('moved.md'));
    git('add', '-A');
    git('commit', '-qm', 'change');
    writeFileSync(a('untracked.md'), article('10000000-0000-4000-8000-000000000007', 'Untracked article', '\n[z]()\n'));
    const r = await run(dir, 'lint', '--since', 'HEAD~1', '--format', 'json');
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(rows(r.stdout), [
      'articles/edited.md unique-article-id',
      'articles/untracked.md no-empty-link-targets',
    ]);
    assert.equal((await run(dir, 'lint', '--since', 'HEAD')).code, 1, 'the working tree still holds the duplicate id');
    const bad = await run(dir, 'lint', '--since', 'no-such-ref');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /is not a commit git knows/);
  });

  it('--staged outside a repository is a usage error', async () => {
    const dir = tempDir('nogit');
    mkdirSync(path.join(dir, 'articles'));
    const r = await run(dir, 'lint', '--staged');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /needs a git repository/);
  });

  it('selfhelp init writes a config the linter accepts, and a pre-commit hook', async () => {
    const { dir } = repository();
    assert.equal((await run(dir, 'init', '--hook')).code, 0);
    const hook = path.join(dir, '.git', 'hooks', 'pre-commit');
    assert.match(readFileSync(hook, 'utf8'), /selfhelp lint --staged/);
    assert.ok(statSync(hook).mode & 0o100, 'executable');
    assert.equal((await run(dir, 'lint')).code, 0, 'the starter config is valid');
    assert.equal((await run(dir, 'init', '--hook')).code, 2, 'an existing hook is not overwritten');
  });
});

describe('the cache', () => {
  const corpus = () => {
    const { dir } = repository();
    writeFileSync(path.join(dir, 'articles', 'broken.md'), article('x y', 'Broken', '\n[a](https://aka.ms/a)\n'));
    return dir;
  };
  const cacheFile = (dir: string) => path.join(dir, '.selfhelp-cache', 'lint.v8');

  it('a warm run gives the same diagnostics as a cold one, and as a run without cache', async () => {
    const dir = corpus();
    const none = await run(dir, 'lint', '--format', 'json', '--no-cache');
    assert.ok(!existsSync(cacheFile(dir)));
    const cold = await run(dir, 'lint', '--format', 'json');
    assert.ok(existsSync(cacheFile(dir)));
    const warm = await run(dir, 'lint', '--format', 'json');
    assert.equal(cold.stdout, none.stdout);
    assert.equal(warm.stdout, cold.stdout);
    assert.ok(rows(warm.stdout).length >= 2);
  });

  it('an edited file is linted again; the others come from the cache', async () => {
    const dir = corpus();
    await run(dir, 'lint');
    writeFileSync(path.join(dir, 'articles', 'broken.md'), article('20000000-0000-4000-8000-000000000001', 'Broken'));
    assert.equal(
      (await run(dir, 'lint', '--format', 'json')).stdout,
      (await run(dir, 'lint', '--format', 'json', '--no-cache')).stdout,
    );
  });

  it('a truncated or corrupt cache is detected and rebuilt, never trusted', async () => {
    const dir = corpus();
    const expected = (await run(dir, 'lint', '--format', 'json', '--no-cache')).stdout;
    await run(dir, 'lint');
    const size = statSync(cacheFile(dir)).size;
    truncateSync(cacheFile(dir), Math.floor(size / 2));
    assert.equal((await run(dir, 'lint', '--format', 'json')).stdout, expected);
    assert.equal(statSync(cacheFile(dir)).size, size, 'rebuilt whole');
    const bytes = readFileSync(cacheFile(dir));
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(cacheFile(dir), bytes);
    assert.equal((await run(dir, 'lint', '--format', 'json')).stdout, expected);
    writeFileSync(cacheFile(dir), 'not a cache');
    assert.equal((await run(dir, 'lint', '--format', 'json')).stdout, expected);
  });

  it('a cache damaged at random offsets (cut short, or a byte changed) is rebuilt and gives the same results', async () => {
    const dir = tempDir('damaged');
    cpSync(path.join(root, 'articles'), path.join(dir, 'articles'), { recursive: true });
    for (let i = 10; i < 40; i++)
      writeFileSync(
        path.join(dir, 'articles', `more-${i}.md`),
        article(
          `40000000-0000-4000-8000-0000000000${i}`,
          `Another article ${i}`,
          `\nSee [step ${i}](more-${i + 1}.md).\n`,
        ),
      );
    // every file the cache has: lint.v8 and lint.blobs (a build), then lint.journal (one edit after it)
    assert.equal((await run(dir, 'build', '--force')).code, 0);
    appendFileSync(path.join(dir, 'articles', 'more-20.md'), '\nOne more line.\n');
    const expected = (await run(dir, 'lint', '--format', 'json', '--no-cache')).stdout;
    assert.equal((await run(dir, 'build', '--force', '--no-cache', '--out', 'clean')).code, 0);
    const site = files(path.join(dir, 'clean'));
    assert.equal((await run(dir, 'lint', '--format', 'json')).stdout, expected);
    const cacheDir = path.join(dir, '.selfhelp-cache');
    const pristine = path.join(dir, 'pristine');
    cpSync(cacheDir, pristine, { recursive: true });
    let seed = 18;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let trial = 0; trial < 18; trial++) {
      rmSync(cacheDir, { recursive: true });
      cpSync(pristine, cacheDir, { recursive: true });
      const name = ['lint.v8', 'lint.journal', 'lint.blobs'][trial % 3];
      const file = path.join(cacheDir, name);
      const bytes = readFileSync(file);
      const at = Math.floor(random() * bytes.length);
      const how = trial % 2 ? `cut at ${at}` : `byte ${at} changed`;
      if (trial % 2) truncateSync(file, at);
      else {
        bytes[at] ^= 1 + Math.floor(random() * 255);
        writeFileSync(file, bytes);
      }
      if (name === 'lint.blobs') {
        // the blobs hold the rendered pages: a build reads them
        rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
        assert.equal((await run(dir, 'build', '--force')).code, 0, `${name} ${how}`);
        assert.deepEqual(files(path.join(dir, 'dist')), site, `${name} ${how}: the site as a clean build makes it`);
      } else assert.equal((await run(dir, 'lint', '--format', 'json')).stdout, expected, `${name} ${how}`);
    }
  });

  it('a run that changed few files writes a journal instead of the whole cache; a damaged journal is ignored', async () => {
    const dir = corpus();
    const a = (f: string) => path.join(dir, 'articles', f);
    for (let i = 10; i < 50; i++)
      writeFileSync(a(`more-${i}.md`), article(`30000000-0000-4000-8000-0000000000${i}`, `More article ${i}`));
    const journal = path.join(dir, '.selfhelp-cache', 'lint.journal');
    const same = async () =>
      assert.equal(
        (await run(dir, 'lint', '--format', 'json')).stdout,
        (await run(dir, 'lint', '--format', 'json', '--no-cache')).stdout,
      );
    await run(dir, 'lint');
    const base = readFileSync(cacheFile(dir));
    assert.ok(!existsSync(journal));
    // an edit (which also duplicates an id) and a removal: journaled, lint.v8 left as it was
    writeFileSync(a('more-10.md'), article('30000000-0000-4000-8000-000000000011', 'More article 10'));
    rmSync(a('more-12.md'));
    await same();
    assert.ok(existsSync(journal), 'journal written');
    assert.ok(readFileSync(cacheFile(dir)).equals(base), 'lint.v8 not rewritten');
    // the journal is applied: a run with no change finds every file fresh and writes nothing
    const before = statSync(journal).mtimeMs;
    await same();
    assert.equal(statSync(journal).mtimeMs, before);
    // a second edit is added to the journal; the first is still in it
    writeFileSync(
      a('more-13.md'),
      article('30000000-0000-4000-8000-000000000013', 'More article 13', '\n[q](https://aka.ms/q)\n'),
    );
    await same();
    // a damaged journal is ignored: the files it held are linted again (their times differ from lint.v8's)
    const bytes = readFileSync(journal);
    bytes[bytes.length - 5] ^= 0xff;
    writeFileSync(journal, bytes);
    await same();
    // many changes: lint.v8 is written afresh and the journal goes
    for (let i = 14; i < 50; i++)
      writeFileSync(a(`more-${i}.md`), article(`30000000-0000-4000-8000-0000000000${i}`, `More article ${i} again`));
    await same();
    assert.ok(!readFileSync(cacheFile(dir)).equals(base), 'lint.v8 rewritten');
    assert.ok(!existsSync(journal), 'journal gone');
  });

  it('a part of lint.v8 found damaged only when read (after opening) is never trusted: the run starts again', async () => {
    const { dir, git } = repository();
    writeFileSync(path.join(dir, 'articles', 'broken.md'), article('x y', 'Broken', '\n[a](https://aka.ms/a)\n'));
    git('add', '-A');
    git('commit', '-qm', 'broken');
    writeFileSync(
      path.join(dir, 'articles', 'edited.md'),
      article('10000000-0000-4000-8000-000000000002', 'Edited article', '\n[x](https://aka.ms/x)\n'),
    );
    git('add', '-A');
    const expected = ['--format', 'json', '--no-cache'];
    const full = (await cli(dir, 'lint', ...expected)).stdout;
    const staged = (await cli(dir, 'lint', '--staged', ...expected)).stdout;
    const dupes = (await cli(dir, 'dupes', '--staged', '--no-html', ...expected)).stdout;
    // the sections after the head (records, arrays, diagnostics, index): one byte of each in turn
    for (let section = 1; section < 5; section++) {
      rmSync(path.join(dir, '.selfhelp-cache'), { recursive: true, force: true });
      await cli(dir, 'lint');
      const bytes = readFileSync(cacheFile(dir));
      let at = 'SELFHELP-CACHE-11'.length;
      let body = 0;
      let length = 0;
      for (let i = 0; i <= section; i++) {
        length = Number(bytes.readBigUInt64BE(at));
        body = (at + 12 + 7) & ~7;
        at = body + length;
      }
      assert.ok(length > 0, `section ${section} has a body`);
      bytes[body + Math.floor(length / 2)] ^= 0xff;
      writeFileSync(cacheFile(dir), bytes);
      assert.equal(
        (await cli(dir, 'lint', '--staged', '--format', 'json')).stdout,
        staged,
        `section ${section}, --staged`,
      );
      assert.equal(
        (await cli(dir, 'dupes', '--staged', '--no-html', '--format', 'json')).stdout,
        dupes,
        `section ${section}`,
      );
      assert.equal((await cli(dir, 'lint', '--format', 'json')).stdout, full, `section ${section}, full`);
    }
  });

  it('--staged on a journaled cache (files changed since lint.v8) gives what a run without the cache gives', async () => {
    const dir = corpus();
    const a = (f: string) => path.join(dir, 'articles', f);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: dir, encoding: 'utf8' });
    for (let i = 10; i < 50; i++)
      writeFileSync(a(`more-${i}.md`), article(`30000000-0000-4000-8000-0000000000${i}`, `More article ${i}`));
    git('add', '-A');
    git('commit', '-qm', 'more');
    await cli(dir, 'lint');
    // journaled: an edit that takes another file's id, a removal, a new file (not staged: as in the working tree)
    writeFileSync(a('more-10.md'), article('30000000-0000-4000-8000-000000000011', 'More article 10'));
    rmSync(a('more-12.md'));
    writeFileSync(a('more-60.md'), article('30000000-0000-4000-8000-000000000013', 'More article 60'));
    await cli(dir, 'lint');
    assert.ok(existsSync(path.join(dir, '.selfhelp-cache', 'lint.journal')));
    // staged: a file that takes the id of the journaled new one
    writeFileSync(a('more-20.md'), article('30000000-0000-4000-8000-000000000013', 'More article 20'));
    git('add', 'articles/more-20.md');
    for (const args of [
      ['lint', '--staged'],
      ['dupes', '--staged', '--no-html'],
    ]) {
      const none = (await cli(dir, ...args, '--format', 'json', '--no-cache')).stdout;
      assert.equal((await cli(dir, ...args, '--format', 'json')).stdout, none, args.join(' '));
      assert.equal((await cli(dir, ...args, '--format', 'json')).stdout, none, `${args.join(' ')}, again`);
    }
    assert.ok(
      rows((await cli(dir, 'lint', '--staged', '--format', 'json')).stdout).includes(
        'articles/more-20.md unique-article-id',
      ),
    );
  });

  it("--staged keeps a staged file's results for the working tree only when the two are the same", async () => {
    const { dir, git } = repository();
    const a = (f: string) => path.join(dir, 'articles', f);
    const same = async () =>
      assert.equal(
        (await cli(dir, 'lint', '--format', 'json')).stdout,
        (await cli(dir, 'lint', '--format', 'json', '--no-cache')).stdout,
      );
    await cli(dir, 'lint');
    // staged as in the working tree: kept, so the next --staged run (the next hook) finds them in the cache
    writeFileSync(
      a('edited.md'),
      article('10000000-0000-4000-8000-000000000001', 'Edited', '\n[x](https://aka.ms/x)\n'),
    );
    git('add', '-A');
    const written = () =>
      JSON.stringify(
        ['lint.v8', 'lint.journal'].map((f) => {
          const s = statSync(path.join(dir, '.selfhelp-cache', f), { throwIfNoEntry: false });
          return s && [s.ino, s.mtimeMs, s.size];
        }),
      );
    const before = written();
    const staged = await cli(dir, 'lint', '--staged', '--format', 'json');
    assert.deepEqual(rows(staged.stdout), ['articles/edited.md no-aka-ms-links']);
    const kept = written();
    assert.notEqual(kept, before, 'the staged results are kept');
    assert.equal((await cli(dir, 'lint', '--staged', '--format', 'json')).stdout, staged.stdout);
    assert.equal((await cli(dir, 'dupes', '--staged', '--no-html')).code, 0);
    assert.equal(written(), kept, 'found in the cache: nothing written again');
    await same();
    // staged differs from the working tree: the staged results are never taken for the working tree's
    writeFileSync(a('edited.md'), article('10000000-0000-4000-8000-000000000001', 'Edited', '\n[y]()\n'));
    assert.deepEqual(rows((await cli(dir, 'lint', '--staged', '--format', 'json')).stdout), [
      'articles/edited.md no-aka-ms-links',
    ]);
    await same();
    assert.deepEqual(rows((await cli(dir, 'lint', '--format', 'json')).stdout), [
      'articles/edited.md no-empty-link-targets',
    ]);
    git('add', '-A');
    assert.deepEqual(rows((await cli(dir, 'lint', '--staged', '--format', 'json')).stdout), [
      'articles/edited.md no-empty-link-targets',
    ]);
  });

  it('a config change invalidates the cache', async () => {
    const dir = corpus();
    await run(dir, 'lint');
    writeFileSync(path.join(dir, 'selfhelp.config.json'), JSON.stringify({ rules: { 'no-aka-ms-links': 'off' } }));
    assert.ok(!rows((await run(dir, 'lint', '--format', 'json')).stdout).some((r) => r.endsWith('no-aka-ms-links')));
  });
});

/** Every file under dir (relative path -> content). */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (f.isFile())
      out[path.relative(dir, path.join(f.parentPath, f.name))] = readFileSync(path.join(f.parentPath, f.name), 'utf8');
  return out;
}
