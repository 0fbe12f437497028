/**
 * The pre-commit framework (Debian's `pre-commit`; .ci/run installs it) in a temporary content repository that
 * lists this checkout by local path at its HEAD, as another repository would list it by URL: pre-commit
 * clones it, installs the package with npm (npm's registry must be reachable) and runs both hooks. A good
 * article commits; one that reuses the articleId of an unchanged article is blocked, and the diagnostic shown.
 * Tests what HEAD holds: commit first. Skipped without pre-commit.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  article,
  available,
  commits,
  contentRepository,
  git,
  must,
  outsideEnv,
  root,
  run,
  tempDir,
} from './outside.js';

const hasPreCommit = available('pre-commit');

describe(
  'pre-commit framework hooks, from this checkout at HEAD',
  { skip: !hasPreCommit && 'pre-commit is not installed (apt-get install pre-commit)' },
  () => {
    // each hook runs once
    it('a good article commits; a duplicate articleId of an unchanged article is blocked, with its diagnostic', () => {
      const dir = contentRepository('pre-commit');
      const head = git(root, 'rev-parse', 'HEAD').trim();
      writeFileSync(
        path.join(dir, '.pre-commit-config.yaml'),
        ['repos:', `  - repo: ${root}`, `    rev: ${head}`, '    hooks:']
          .concat(['      - id: selfhelp-lint', '      - id: selfhelp-dupes'])
          .map((l) => `${l}\n`)
          .join(''),
      );
      git(dir, 'add', '.pre-commit-config.yaml');
      git(dir, 'commit', '-qm', 'hooks', '--no-verify');
      // a pre-commit home of its own: the hook environment is installed from scratch, as on a clean machine
      const env = outsideEnv({ PRE_COMMIT_HOME: tempDir('pre-commit-home') });
      must(dir, 'pre-commit', ['install'], env);
      must(dir, 'pre-commit', ['install-hooks'], env);

      writeFileSync(
        path.join(dir, 'articles/storage/queue.md'),
        article(
          '30000000-0000-4000-8000-000000000004',
          'Messages stay in the queue',
          'Look at the dequeue count of the poison messages.',
        ),
      );
      git(dir, 'add', '-A');
      const good = run(dir, 'git', ['-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-m', 'good article'], env);
      assert.equal(good.code, 0, good.stdout + good.stderr);
      assert.match(good.stdout + good.stderr, /selfhelp lint \(staged articles\)\.+Passed/);
      assert.match(good.stdout + good.stderr, /selfhelp dupes \(staged articles\)\.+Passed/);
      assert.equal(commits(dir)[0], 'good article');

      // the articleId of articles/compute/vm-boot.md, which this commit does not touch
      writeFileSync(
        path.join(dir, 'articles/compute/vm-disk.md'),
        article(
          '30000000-0000-4000-8000-000000000002',
          'The data disk is missing',
          'Attach the disk again from the disks blade.',
        ),
      );
      writeFileSync(
        path.join(dir, 'articles/network/vpn.md'),
        article(
          '30000000-0000-4000-8000-000000000005',
          'The VPN tunnel is down',
          'Reset the gateway after checking the shared key.',
        ),
      );
      git(dir, 'add', '-A');
      const bad = run(dir, 'git', ['-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-m', 'bad article'], env);
      const out = bad.stdout + bad.stderr;
      assert.notEqual(bad.code, 0, out);
      assert.match(out, /selfhelp lint \(staged articles\)\.+Failed/);
      assert.match(
        out,
        new RegExp(
          '^articles/compute/vm-disk\\.md:9:16  error  articleId "30000000-0000-4000-8000-000000000002" ' +
            'is also used by articles/compute/vm-boot\\.md  unique-article-id$',
          'm',
        ),
      );
      assert.equal(commits(dir)[0], 'good article', 'the commit was blocked');
      // once per hook for both staged files, not once per batch of file names
      assert.equal(out.match(/^2 files checked/gm)?.length, 1, out);
    });
  },
);
