/** paths and globs -> the sorted list of article files (posix paths relative to cwd). */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { climbs, fromConfigFolder, joinGlob, toPosix } from '../config/index.js';
import { UserError, type Diagnostic } from '../diagnostic.js';
import { kindOf } from '../files.js';

export interface DiscoverOptions {
  cwd: string;
  patterns: string[];
  /** ignore globs from the config, relative to `base` */
  ignore: string[];
  base: string;
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', 'dist/**', '.selfhelp-cache/**'];

export async function discover(options: DiscoverOptions): Promise<string[]> {
  return (await discoverFiles(options)).files;
}

/**
 * The article files, and one problem (`parse/not-regular-file`) for each `*.md` that is not read: anything
 * but a regular file (a FIFO, socket or device), or a symbolic link whose target is not a regular file
 * inside the folder linted. Walks never follow a folder's symbolic link, so no file is found twice.
 */
export async function discoverFiles(options: DiscoverOptions): Promise<{ files: string[]; problems: Diagnostic[] }> {
  const { cwd } = options;
  // a config found above the cwd: its ignore globs are matched against paths from its folder, after globbing
  // (tinyglobby cannot apply a glob such as `../../**/drafts/**` to the paths below the cwd)
  const above = climbs(options.base) && options.ignore.length > 0 ? aboveIgnore(cwd, options) : undefined;
  const ignore = [...ALWAYS_IGNORED, ...(above ? [] : options.ignore.map((g) => joinGlob(options.base, g)))];
  const found = new Set<string>();
  /** symbolic links and special files: relative path -> the folder (absolute) their target must be in */
  const odd = new Map<string, string>();
  for (const pattern of options.patterns) {
    const full = path.resolve(cwd, pattern);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(full);
    } catch {
      stat = lstatSync(full, { throwIfNoEntry: false });
    }
    let matches: string[];
    if (stat?.isDirectory()) {
      const dir = toPosix(path.relative(cwd, full)) || '.';
      const g = `${escapeGlob(dir)}/**/*.md`;
      const walked = walkFolder(cwd, dir, ignore);
      if (walked) {
        matches = walked.files;
        for (const m of walked.odd) odd.set(m, full);
      } else {
        const { glob } = await import('tinyglobby');
        matches = await glob(g, { cwd, ignore, dot: false, expandDirectories: false, followSymbolicLinks: false });
        for (const m of oddEntries(cwd, dir, dir === '.' ? '**/*.md' : g, ignore)) odd.set(m, full);
      }
    } else if (stat && !stat.isDirectory() && !isDynamicPattern(pattern)) {
      // named on the command line: linted even when ignored; its target, if a link, must be inside the current folder
      const rel = toPosix(path.relative(cwd, full));
      matches = [];
      if (lstatSync(full).isFile()) matches.push(rel);
      else odd.set(rel, cwd);
    } else if (isDynamicPattern(pattern)) {
      const { glob } = await import('tinyglobby');
      matches = await glob(pattern, {
        cwd,
        ignore,
        dot: false,
        expandDirectories: false,
        onlyFiles: true,
        followSymbolicLinks: false,
      });
      const base = staticBase(pattern);
      const baseAbs = path.resolve(cwd, base);
      for (const m of oddEntries(cwd, toPosix(path.relative(cwd, baseAbs)) || '.', pattern, ignore))
        odd.set(m, baseAbs);
      if (!matches.length && !odd.size)
        throw new UserError(
          `No files match \`${pattern}\``,
          'Check the glob; quote it so the shell does not expand it.',
        );
    } else {
      throw new UserError(`No such file or folder: ${pattern}`);
    }
    // tinyglobby applied the ignore globs already; an explicitly named file is linted even when ignored
    // tinyglobby's matches are posix and mostly plain already: only the others are normalised
    for (const m of matches) {
      const file = stat?.isFile() || PLAIN.test(m) ? m : toPosix(path.normalize(m));
      if (stat?.isFile() || !above?.(file)) found.add(file);
    }
  }
  const problems: Diagnostic[] = [];
  let realCwd: string | undefined;
  for (const [rel, root] of odd) {
    const file = PLAIN.test(rel) ? rel : toPosix(path.normalize(rel));
    if (found.has(file)) continue;
    const verdict = linkVerdict(path.resolve(cwd, file), root);
    if (typeof verdict === 'string') {
      problems.push({
        file,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'parse/not-regular-file',
        message: `${verdict}: it is not read`,
      });
      continue;
    }
    // a link to an article linted anyway is that article: not linted twice
    realCwd ??= realpathSync(cwd);
    const target = toPosix(path.relative(realCwd, verdict.target));
    if (!found.has(target)) found.add(file);
  }
  return {
    files: [...found].sort(),
    problems: problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  };
}

/**
 * A symbolic link's target when it is a regular file inside `root` (and not in an ignored tool folder), else what is
 * wrong.
 */
function linkVerdict(full: string, root: string): { target: string } | string {
  const l = lstatSync(full, { throwIfNoEntry: false });
  if (!l) return 'This file vanished while being listed';
  if (l.isFile()) return { target: full };
  if (!l.isSymbolicLink()) return `This is ${kindOf(l)}, not a regular file`;
  let target: string;
  try {
    target = realpathSync(full);
  } catch {
    return 'This is a broken symbolic link';
  }
  const s = statSync(target);
  if (!s.isFile()) return `This is a symbolic link to ${kindOf(s)}, not to a regular file`;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  const rel = path.relative(realRoot, target);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel) || /(^|[\\/])(\.git|node_modules)([\\/]|$)/.test(rel)) {
    return 'This is a symbolic link to a file outside the folder linted';
  }
  return { target };
}

/**
 * The `*.md` entries below `dir` (posix, relative to cwd) matching `pattern` that are not regular files
 * (symbolic links, FIFOs, sockets, devices), which the glob leaves out. Folders' links are not followed.
 */
function oddEntries(cwd: string, dir: string, pattern: string, ignore: string[]): string[] {
  const matches = picomatch(pattern, { dot: false });
  const ignored = picomatch(ignore, { dot: true });
  const out: string[] = [];
  const walk = (rel: string) => {
    let entries;
    try {
      entries = readdirSync(path.resolve(cwd, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const child = rel === '.' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (!ignored(`${child}/\u0001/\u0001.md`)) walk(child);
      } else if (
        e.name.endsWith('.md') &&
        !ignored(child) &&
        (e.isFile()
          ? SEPARATOR.test(child) && (pattern === '**/*.md' || pattern.endsWith('/**/*.md') || matches(child))
          : matches(child))
      ) {
        // the glob skips paths with U+2028/U+2029 in them (picomatch's `.`): such regular files are found here
        out.push(child);
      }
    }
  };
  walk(dir);
  return out;
}

const SEPARATOR = /[\u2028\u2029]/;

/**
 * One walk of a folder inside the cwd that finds what tinyglobby's glob of the `*.md` files below it (with these
 * ignore globs, no dot paths, no links followed) and oddEntries() together find, reading each folder once and
 * testing each file against the same matchers: the regular files the glob lists, and the entries oddEntries() adds
 * (links, special files, names with U+2028 or U+2029), each under the pruning of the walk that finds it. Undefined
 * when the folder or an ignore glob is one whose meaning depends on tinyglobby's own normalising (a folder outside
 * the cwd or with glob characters in its name, an ignore glob that climbs or is absolute): the caller globs then.
 */
function walkFolder(cwd: string, dir: string, ignore: string[]): { files: string[]; odd: string[] } | undefined {
  if (dir.startsWith('..') || path.isAbsolute(dir) || escapeGlob(dir) !== dir || /[\\]/.test(dir)) return undefined;
  const globs: string[] = [];
  for (const g of ignore) {
    if (!g || (g[0] === '!' && g[1] !== '(')) continue; // tinyglobby drops negated ignore globs
    const normal = path.posix.normalize(g.endsWith('/') ? g.slice(0, -1) : g);
    if (normal.startsWith('..') || normal.startsWith('/') || path.isAbsolute(g)) return undefined;
    globs.push(normal);
  }
  const pattern = dir === '.' ? '**/*.md' : `${dir}/**/*.md`;
  // tinyglobby's matchers (its options for a glob with dot: false), and oddEntries()'
  const options = { dot: false, nobrace: false, nocase: false, noextglob: false, noglobstar: false, posix: true };
  const matches = testerOf([pattern], options);
  const ignored = testerOf(globs, options);
  // the always-ignored globs are folders' (`x/**`): a file they match is in a folder they match, which is not walked
  // (the folder walked and those above it are not tested: with one of them ignored, the glob decides)
  const segments = dir === '.' ? [] : dir.split('/');
  if (segments.some((_, i) => ignored(segments.slice(0, i + 1).join('/')))) return undefined;
  const own = globs.filter((g) => !ALWAYS_IGNORED.includes(g));
  const fileIgnored = testerOf(own, options);
  const oddIgnored = picomatch(ignore, { dot: true });
  const oddMatches = picomatch(pattern, { dot: false });
  const files: string[] = [];
  const odd: string[] = [];
  // inGlob: tinyglobby walks this folder (not ignored); inOdd: oddEntries() does
  const walk = (rel: string, inGlob: boolean, inOdd: boolean) => {
    let entries;
    try {
      entries = readdirSync(rel === '.' ? cwd : path.join(cwd, rel), { withFileTypes: true });
    } catch {
      return;
    }
    const separated = SEPARATOR.test(rel);
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const child = rel === '.' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        const glob = inGlob && !ignored(child);
        const other = inOdd && !oddIgnored(`${child}/\u0001/\u0001.md`);
        if (glob || other) walk(child, glob, other);
      } else if (e.name.endsWith('.md')) {
        if (e.isFile() && !separated && !SEPARATOR.test(e.name)) {
          if (inGlob && matches(child) && !fileIgnored(child)) files.push(child);
        } else if (inOdd && !oddIgnored(child) && (e.isFile() || oddMatches(child))) odd.push(child);
      }
    }
  };
  walk(dir, true, true);
  return { files, odd };
}

/**
 * What picomatch's matcher for these globs answers (the path equal to a glob, or matched by its regular expression:
 * picomatch 4 without `windows`), without the result object the matcher makes on every call.
 */
function testerOf(globs: string[], options: picomatch.PicomatchOptions): (file: string) => boolean {
  const res = globs.map((g) => picomatch.makeRe(g, options));
  return (file) => {
    if (!file) return false;
    for (let i = 0; i < res.length; i++) if (file === globs[i] || res[i].test(file)) return true;
    return false;
  };
}

/** Whether a pattern is a glob, as tinyglobby's isDynamicPattern() tells (tinyglobby loads only to glob). */
function isDynamicPattern(pattern: string): boolean {
  const scan = picomatch.scan(pattern);
  return scan.isGlob || scan.negated;
}

/** The folder part of a glob before its first dynamic segment. */
function staticBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (isDynamicPattern(p)) break;
    fixed.push(p);
  }
  return fixed.join('/') || '.';
}

/** Whether a file (relative to the cwd) is ignored by globs relative to a config folder above the cwd. */
function aboveIgnore(cwd: string, { base, ignore: globs }: DiscoverOptions): (file: string) => boolean {
  const within = toPosix(path.relative(path.resolve(cwd, base), cwd));
  // as tinyglobby does, a glob that names a folder (`articles/drafts`, `drafts/`) ignores what is in it
  const ignored = picomatch(
    globs.map((g) => joinGlob('', g).replace(/\/$/, '')),
    { dot: true },
  );
  return (file) => {
    const segments = fromConfigFolder(within, file).split('/');
    return segments.some((_, i) => ignored(segments.slice(0, i + 1).join('/')));
  };
}

/** a relative posix path with no `.` or `..` segment, no empty segment and no backslash: normalising changes nothing */
const PLAIN = /^(?:(?!\.\.?\/)[^/\\]+\/)*(?!\.\.?$)[^/\\]+$/;

function escapeGlob(p: string): string {
  return p.replace(/[*?[\]{}()!@+]/g, '\\$&');
}
