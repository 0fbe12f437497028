/** What git knows: changed files (staged, or since a ref), staged content, and when files were added. */
import path from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { UserError } from '../diagnostic.js';

export interface Changes {
  /** added, modified or renamed-to files that still exist, posix, relative to cwd */
  changed: string[];
  /** deleted (or renamed-from) files */
  deleted: string[];
}

function git(cwd: string): SimpleGit {
  return simpleGit({ baseDir: cwd, binary: 'git', maxConcurrentProcesses: 4 });
}

async function inRepository(g: SimpleGit): Promise<boolean> {
  try {
    return await g.checkIsRepo();
  } catch {
    return false;
  }
}

/** `git diff --name-status -z` output -> changes; renames count as a deletion and an addition. */
function parseNameStatus(out: string): Changes {
  const parts = out.split('\0').filter((p) => p !== '');
  const changed: string[] = [];
  const deleted: string[] = [];
  for (let i = 0; i < parts.length;) {
    const status = parts[i++];
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = parts[i++];
      const to = parts[i++];
      if (status.startsWith('R')) deleted.push(from);
      changed.push(to);
    } else if (status.startsWith('D')) deleted.push(parts[i++]);
    else changed.push(parts[i++]);
  }
  return { changed: changed.sort(), deleted: deleted.sort() };
}

export async function changedFiles(cwd: string, mode: { staged: true } | { since: string }): Promise<Changes> {
  const g = git(cwd);
  const notARepository = async () =>
    new UserError(`${'staged' in mode ? '--staged' : '--since'} needs a git repository, and ${cwd} is not in one`);
  if ('staged' in mode) {
    try {
      return parseNameStatus(await g.raw(['diff', '--cached', '--name-status', '-z', '-M', '--relative']));
    } catch (error) {
      if (!(await inRepository(g))) throw await notARepository();
      throw error;
    }
  }
  if (!(await inRepository(g))) throw await notARepository();
  let commit = '';
  try {
    commit = (await g.raw(['rev-parse', '--verify', '--quiet', `${mode.since}^{commit}`])).trim();
  } catch {
    commit = '';
  }
  if (!commit) {
    throw new UserError(
      `--since: \`${mode.since}\` is not a commit git knows`,
      'Fetch it first (in CI: actions/checkout with fetch-depth: 0).',
    );
  }
  const tracked = parseNameStatus(await g.raw(['diff', '--name-status', '-z', '-M', '--relative', mode.since]));
  const untracked = (await g.raw(['ls-files', '--others', '--exclude-standard', '-z'])).split('\0').filter(Boolean);
  return { changed: [...new Set([...tracked.changed, ...untracked])].sort(), deleted: tracked.deleted };
}

/** The staged (index) content of a file, relative to cwd. */
export async function stagedContent(cwd: string, file: string): Promise<Buffer> {
  return git(cwd).showBuffer([`:./${file.split(path.sep).join('/')}`]);
}

/** When each file was first added (unix seconds), from one `git log`; empty outside a repository. */
export async function addedTimes(cwd: string): Promise<Map<string, number>> {
  const g = git(cwd);
  const times = new Map<string, number>();
  if (!(await inRepository(g))) return times;
  let out = '';
  try {
    out = await g.raw(['log', '--diff-filter=A', '--format=%x00%ct', '--name-only', '--relative', '--no-renames']);
  } catch {
    return times;
  }
  let current = 0;
  for (const line of out.split('\n')) {
    if (line.startsWith('\0')) current = Number(line.slice(1));
    else if (line.trim() && !times.has(line)) times.set(line, current); // log is newest first: keep the latest add
  }
  return times;
}
