/** selfhelp init: a starter selfhelp.config.json and, on request, a git pre-commit hook. */
import { chmodSync, existsSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_NAME } from '../../config/index.js';
import { UserError } from '../../diagnostic.js';
import { defaultDupeOptions } from '../../rules/index.js';
import { writeFileAtomic } from '../../files.js';
import { simpleGit } from 'simple-git';

export interface InitFlags {
  hook: boolean;
  force: boolean;
}

const HOOK = `#!/bin/sh
# selfhelp: check the staged articles as they are staged (written by selfhelp init --hook)
exec npx --no-install selfhelp lint --staged
`;

export async function initCommand(flags: InitFlags): Promise<number> {
  const cwd = process.cwd();
  const config = path.join(cwd, CONFIG_NAME);
  const written: string[] = [];
  if (existsSync(config) && !flags.force) {
    process.stderr.write(`${CONFIG_NAME} exists already; left as it is (--force overwrites it).\n`);
  } else {
    const starter = {
      $schema: './node_modules/selfhelp/schemas/config.schema.json',
      rules: { 'title-matches-h1': 'info', 'max-list-depth': ['warn', { max: 2 }] },
      ignore: ['articles/drafts/**'],
      overrides: [{ files: ['articles/legacy/**'], rules: { 'bold-recommended-sections': 'off' } }],
      dupes: {
        threshold: defaultDupeOptions.threshold,
        minPassageWords: defaultDupeOptions.minPassageWords,
        ignorePassages: [],
      },
    };
    writeFileAtomic(config, `${JSON.stringify(starter, null, 2)}\n`);
    written.push(CONFIG_NAME);
  }
  if (flags.hook) {
    let hooks: string;
    try {
      hooks = (await simpleGit(cwd).raw(['rev-parse', '--git-path', 'hooks'])).trim();
    } catch {
      throw new UserError(
        '--hook needs a git repository, and this folder is not in one',
        'Run `git init` first, or leave out --hook.',
      );
    }
    const hook = path.resolve(cwd, hooks, 'pre-commit');
    if (existsSync(hook) && !flags.force)
      throw new UserError(
        `${path.relative(cwd, hook)} exists already`,
        'Add `npx selfhelp lint --staged` to it yourself, or overwrite it with --force.',
      );
    writeFileAtomic(hook, HOOK);
    chmodSync(hook, 0o755);
    written.push(path.relative(cwd, hook));
  }
  if (written.length) process.stderr.write(`Wrote ${written.join(' and ')}.\n`);
  return 0;
}
