/** --files, --staged, --since: which files changed, and (for --staged) their staged content. */
import path from 'node:path';
import { toPosix } from '../../config/index.js';
import { UserError } from '../../diagnostic.js';
import { changedFiles, stagedFiles } from '../../git/index.js';

export interface ChangeFlags {
  files?: string[];
  staged?: boolean;
  since?: string;
}

export interface ChangeSet {
  changed: Set<string>;
  deleted: string[];
  /** staged content of the changed files (with --staged) */
  contents?: Map<string, Uint8Array>;
}

export async function changeSet(cwd: string, flags: ChangeFlags): Promise<ChangeSet | undefined> {
  const modes = [
    flags.files?.length ? '--files' : '',
    flags.staged ? '--staged' : '',
    flags.since ? '--since' : '',
  ].filter(Boolean);
  if (modes.length > 1) throw new UserError(`${modes.join(' and ')} cannot be combined; use one`);
  if (flags.files?.length) {
    const changed = flags.files
      .flatMap((f) => f.split(','))
      .filter(Boolean)
      .map((f) => toPosix(path.relative(cwd, path.resolve(cwd, f))));
    return { changed: new Set(changed), deleted: [] };
  }
  if (flags.staged) {
    const c = await stagedFiles(cwd);
    return { changed: new Set(c.changed), deleted: c.deleted, contents: c.contents };
  }
  if (flags.since) {
    const c = await changedFiles(cwd, { since: flags.since });
    return { changed: new Set(c.changed), deleted: c.deleted };
  }
  return undefined;
}
