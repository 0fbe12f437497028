/**
 * What git knows: changed files (staged, or since a ref), staged content, and when files were added. Each question
 * is one or two `git` processes, run directly (no wrapper library: this is on the pre-commit path, where every
 * millisecond of start-up counts).
 */
import { execFile, spawn } from 'node:child_process';
import { UserError } from '../diagnostic.js';

export interface Changes {
  /** added, modified or renamed-to files that still exist, posix, relative to cwd */
  changed: string[];
  /** deleted (or renamed-from) files */
  deleted: string[];
}

/** A failed git command, with what it printed on standard error. */
export class GitError extends Error {
  override name = 'GitError';
}

/** git's standard output, or a GitError with its standard error when it exits with another status than 0. */
function git(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: Infinity }, (error, stdout, stderr) => {
      if (error) reject(new GitError(stderr.toString().trim() || error.message));
      else resolve(stdout);
    });
  });
}

async function inRepository(cwd: string): Promise<boolean> {
  try {
    return (await git(cwd, ['rev-parse', '--is-inside-work-tree'])).toString().trim() === 'true';
  } catch {
    return false;
  }
}

/** `git diff --raw -z` output -> changes and each changed file's new blob; a rename is a deletion and an addition. */
function parseRaw(out: string): Changes & { blobs: Map<string, string> } {
  const parts = out.split('\0');
  const changed: string[] = [];
  const deleted: string[] = [];
  const blobs = new Map<string, string>();
  for (let i = 0; i < parts.length;) {
    const header = parts[i++];
    if (!header) continue;
    // :old-mode new-mode old-blob new-blob status
    const [, , , blob, status] = header.slice(1).split(' ');
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = parts[i++];
      const to = parts[i++];
      if (status.startsWith('R')) deleted.push(from);
      changed.push(to);
      blobs.set(to, blob);
    } else if (status.startsWith('D')) deleted.push(parts[i++]);
    else {
      const file = parts[i++];
      changed.push(file);
      blobs.set(file, blob);
    }
  }
  return { changed: changed.sort(), deleted: deleted.sort(), blobs };
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

const notARepository = (cwd: string, flag: string) =>
  new UserError(`${flag} needs a git repository, and ${cwd} is not in one`);

/** The staged changes, with each changed file's staged blob. */
async function stagedDiff(cwd: string): Promise<Changes & { blobs: Map<string, string> }> {
  try {
    return parseRaw(
      (await git(cwd, ['diff', '--cached', '--raw', '-z', '-M', '--relative', '--no-abbrev'])).toString(),
    );
  } catch (error) {
    if (!(await inRepository(cwd))) throw notARepository(cwd, '--staged');
    throw error;
  }
}

/** The staged files (as `changedFiles(cwd, { staged: true })`) with their staged content. */
export async function stagedFiles(cwd: string): Promise<Changes & { contents: Map<string, Buffer> }> {
  // the process that gives the contents starts beside the one that lists the changes (each start-up costs)
  const batch = catFile(cwd);
  let diff;
  try {
    diff = await stagedDiff(cwd);
  } catch (error) {
    batch.ask([]);
    throw error;
  }
  const { changed, deleted, blobs } = diff;
  return { changed, deleted, contents: await blobContents(cwd, changed, blobs, batch) };
}

/**
 * The content of each file's staged blob, from one `git cat-file --batch`; a file whose blob git does not give that
 * way (an intent-to-add entry, a submodule) is read with `git show :./file`, as a single file would be.
 */
async function blobContents(
  cwd: string,
  files: string[],
  blobs: Map<string, string>,
  batch: CatFile,
): Promise<Map<string, Buffer>> {
  const contents = new Map<string, Buffer>();
  const wanted = files.filter((f) => /^[0-9a-f]{40,64}$/.test(blobs.get(f) ?? '') && !/^0+$/.test(blobs.get(f)!));
  batch.ask(wanted.map((f) => blobs.get(f)!));
  const out = await batch.out;
  let at = 0;
  for (const f of wanted) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const [oid, type, size] = out.toString('latin1', at, eol).split(' ');
    at = eol + 1;
    if (type !== 'blob' || oid !== blobs.get(f)) continue;
    contents.set(f, out.subarray(at, at + Number(size)));
    at += Number(size) + 1;
  }
  for (const f of files) if (!contents.has(f)) contents.set(f, await stagedContent(cwd, f));
  return contents;
}

/** A `git cat-file --batch` started now and asked for its objects later (see catFile). */
interface CatFile {
  ask(oids: string[]): void;
  /** each object as `<oid> <type> <size>\n<content>\n`, or `<name> missing\n` */
  out: Promise<Buffer>;
}

function catFile(cwd: string): CatFile {
  const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  const out = new Promise<Buffer>((resolve, reject) => {
    const parts: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => parts.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(parts));
      else reject(new GitError(Buffer.concat(err).toString().trim() || `git cat-file exited with ${code}`));
    });
  });
  // a failure is reported where the output is awaited (not at all, when the listing failed first)
  out.catch(() => {});
  child.stdin.on('error', () => {});
  return { ask: (oids) => child.stdin.end(oids.length ? `${oids.join('\n')}\n` : ''), out };
}

export async function changedFiles(cwd: string, mode: { staged: true } | { since: string }): Promise<Changes> {
  if ('staged' in mode) {
    const { changed, deleted } = await stagedDiff(cwd);
    return { changed, deleted };
  }
  if (!(await inRepository(cwd))) throw notARepository(cwd, '--since');
  let commit = '';
  try {
    commit = (await git(cwd, ['rev-parse', '--verify', '--quiet', `${mode.since}^{commit}`])).toString().trim();
  } catch {
    commit = '';
  }
  if (!commit) {
    throw new UserError(
      `--since: \`${mode.since}\` is not a commit git knows`,
      'Fetch it first (in CI: actions/checkout with fetch-depth: 0).',
    );
  }
  const [diff, others] = await Promise.all([
    git(cwd, ['diff', '--name-status', '-z', '-M', '--relative', mode.since]),
    git(cwd, ['ls-files', '--others', '--exclude-standard', '-z']),
  ]);
  const tracked = parseNameStatus(diff.toString());
  const untracked = others.toString().split('\0').filter(Boolean);
  return { changed: [...new Set([...tracked.changed, ...untracked])].sort(), deleted: tracked.deleted };
}

/** The staged (index) content of a file, relative to cwd. */
export async function stagedContent(cwd: string, file: string): Promise<Buffer> {
  return git(cwd, ['show', `:./${file}`]);
}

/** When each file was first added (unix seconds), from one `git log`; empty outside a repository. */
export async function addedTimes(cwd: string): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  if (!(await inRepository(cwd))) return times;
  let out = '';
  try {
    out = (
      await git(cwd, ['log', '--diff-filter=A', '--format=%x00%ct', '--name-only', '--relative', '--no-renames'])
    ).toString();
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
