/**
 * The package as another repository gets it: `npm pack`, then `npm install -D <tarball>` into a temporary
 * content repository with nothing of this checkout within reach (see outside.ts; npm's registry must be
 * reachable), where `npx selfhelp lint`, `build` and `serve` run. Then the README's husky and lint-staged
 * snippets, run exactly as written there, block a bad commit.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { article, commits, contentRepository, git, must, outsideEnv, root, run, tempDir } from './outside.js';

let tarball = '';
const out = tempDir('pack');
before(() => {
  const packed = JSON.parse(must(root, 'npm', ['pack', '--json', '--pack-destination', out], outsideEnv())) as Array<{
    filename: string;
  }>;
  tarball = path.join(out, packed[0]!.filename);
});

function installed(prefix: string): string {
  const dir = contentRepository(prefix);
  must(dir, 'npm', ['install', '-D', tarball]);
  return dir;
}

describe('npm install -D <tarball from npm pack>, in another repository', () => {
  it('installs the bundle and its two dependencies, and nothing the bundle inlines', () => {
    const dir = installed('install');
    const names = must(dir, 'npm', ['ls', '--all', '--parseable'])
      .trim()
      .split('\n')
      .slice(1)
      .map((p) => path.relative(path.join(dir, 'node_modules'), p));
    assert.ok(names.includes('selfhelp') && names.includes('ajv') && names.includes('piscina'), names.join(' '));
    for (const inlined of ['unified', 'remark-parse', 'commander', 'rehype-raw', 'simple-git', 'typescript', 'esbuild'])
      assert.ok(!names.includes(inlined), `${inlined} is not installed`);
    assert.ok(names.length <= 12, `${names.length} packages: ${names.join(' ')}`);
    assert.ok(
      !existsSync(path.join(dir, 'node_modules/selfhelp/build/src')),
      'the compiled modules the bundle replaces are not shipped',
    );
  });

  it('runs npx selfhelp lint, build and serve there', async () => {
    const dir = installed('run');
    const lint = run(dir, 'npx', ['selfhelp', 'lint']);
    assert.equal(lint.code, 0, lint.stdout + lint.stderr);
    assert.match(lint.stdout, /^3 files checked: no problems$/m);

    const build = run(dir, 'npx', ['selfhelp', 'build']);
    assert.equal(build.code, 0, build.stdout + build.stderr);
    assert.ok(existsSync(path.join(dir, 'dist/articles/compute/vm-boot.html')));
    assert.match(readFileSync(path.join(dir, 'dist/assets/search.js'), 'utf8'), /search/, "the site's search script");

    const server = spawn('npx', ['selfhelp', 'serve', '--port', '0', '--no-watch'], {
      cwd: dir,
      env: outsideEnv(),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 60_000);
        server.stdout.on('data', (b: Buffer) => {
          out += b.toString();
          const m = /selfhelp serve: (http:\/\/\S+)/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!.replace(/\/?$/, '/'));
          }
        });
        server.stderr.on('data', (b: Buffer) => (out += b.toString()));
        server.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
      });
      const page = await fetch(`${url}articles/compute/vm-boot.html`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /The virtual machine does not boot/);
      const search = await fetch(`${url}assets/search.js`);
      assert.equal(search.status, 200, "the site's search script is served");
    } finally {
      // npx and the node it started: the process group this test made
      process.kill(-server.pid!, 'SIGTERM');
    }
  });
});

describe('npm install -D <git url>, and <local path>, in another repository', () => {
  it('a git install at HEAD runs the committed bundle: nothing to compile', () => {
    const dir = contentRepository('git-install');
    must(dir, 'npm', ['install', '-D', `git+file://${root}#${git(root, 'rev-parse', 'HEAD').trim()}`]);
    const lint = run(dir, 'npx', ['selfhelp', 'lint']);
    assert.equal(lint.code, 0, lint.stdout + lint.stderr);
    assert.match(lint.stdout, /^3 files checked: no problems$/m);
  });

  it('a local path, from a clean clone with no node_modules of its own (--install-links, as the README says)', () => {
    const clone = tempDir('clone');
    git(clone, 'clone', '-q', root, 'selfhelp');
    const dir = contentRepository('path-install');
    must(dir, 'npm', ['install', '-D', '--install-links', path.join(clone, 'selfhelp')]);
    const lint = run(dir, 'npx', ['selfhelp', 'lint']);
    assert.equal(lint.code, 0, lint.stdout + lint.stderr);
    assert.match(lint.stdout, /^3 files checked: no problems$/m);
  });
});

/** The README's code block after `<!-- readme-test: name -->`, as written there. */
function snippet(name: string): string {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const at = readme.indexOf(`<!-- readme-test: ${name} -->\n`);
  assert.ok(at >= 0, `README has the ${name} snippet`);
  const block = /^```\w*\n([\s\S]*?)^```$/m.exec(readme.slice(at));
  return block![1]!;
}

/**
 * Commit a good article, then one reusing the articleId of an unchanged article: the hook lets the first
 * through and blocks the second.
 */
function commitGoodThenBad(dir: string): void {
  const commit = (message: string) =>
    run(dir, 'git', ['-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-m', message]);
  writeFileSync(
    path.join(dir, 'articles/storage/queue.md'),
    article(
      '30000000-0000-4000-8000-000000000004',
      'Messages stay in the queue',
      'Look at the dequeue count of the poison messages.',
    ),
  );
  git(dir, 'add', '-A');
  const good = commit('good article');
  assert.equal(good.code, 0, good.stdout + good.stderr);
  assert.equal(commits(dir)[0], 'good article');
  writeFileSync(
    path.join(dir, 'articles/compute/vm-disk.md'),
    article(
      '30000000-0000-4000-8000-000000000002',
      'The data disk is missing',
      'Attach the disk again from the disks blade.',
    ),
  );
  git(dir, 'add', '-A');
  const bad = commit('bad article');
  assert.notEqual(bad.code, 0, bad.stdout + bad.stderr);
  assert.match(
    bad.stdout + bad.stderr,
    /articles\/compute\/vm-disk\.md:9:16 {2}error {2}.*vm-boot\.md {2}unique-article-id/,
  );
  assert.equal(commits(dir)[0], 'good article', 'blocked');
}

describe("the README's husky and lint-staged snippets, exactly as written", () => {
  it('husky: npx selfhelp lint --staged in .husky/pre-commit', () => {
    const dir = installed('husky');
    must(dir, 'sh', ['-e', '-c', snippet('husky')]);
    commitGoodThenBad(dir);
  });

  it('husky + lint-staged, with the lint-staged.config.mjs of the README (valid by lint-staged itself)', () => {
    const dir = installed('lint-staged');
    must(dir, 'sh', ['-e', '-c', snippet('lint-staged')]);
    const config = snippet('lint-staged.config.mjs');
    const name = /^\/\/ (\S+)\n/.exec(config)![1]!;
    writeFileSync(path.join(dir, name), config);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'husky and lint-staged', '--no-verify');
    commitGoodThenBad(dir);
  });
});
