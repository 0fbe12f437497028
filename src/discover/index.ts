/** paths and globs -> the sorted list of article files (posix paths relative to cwd). */
import { statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { climbs, fromConfigFolder, joinGlob, toPosix } from '../config/index.js';
import { UserError } from '../diagnostic.js';

export interface DiscoverOptions {
  cwd: string;
  patterns: string[];
  /** ignore globs from the config, relative to `base` */
  ignore: string[];
  base: string;
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', 'dist/**', '.selfhelp-cache/**'];

export async function discover(options: DiscoverOptions): Promise<string[]> {
  const { cwd } = options;
  // a config found above the cwd: its ignore globs are matched against paths from its folder, after globbing
  // (tinyglobby cannot apply a glob such as `../../**/drafts/**` to the paths below the cwd)
  const above = climbs(options.base) && options.ignore.length > 0 ? aboveIgnore(cwd, options) : undefined;
  const ignore = [...ALWAYS_IGNORED, ...(above ? [] : options.ignore.map((g) => joinGlob(options.base, g)))];
  const found = new Set<string>();
  for (const pattern of options.patterns) {
    const full = path.resolve(cwd, pattern);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(full);
    } catch {
      stat = undefined;
    }
    let matches: string[];
    if (stat?.isDirectory()) {
      const dir = toPosix(path.relative(cwd, full)) || '.';
      matches = await glob(`${escapeGlob(dir)}/**/*.md`, { cwd, ignore, dot: false, expandDirectories: false });
    } else if (stat?.isFile()) {
      matches = [toPosix(path.relative(cwd, full))];
    } else if (isDynamicPattern(pattern)) {
      matches = await glob(pattern, { cwd, ignore, dot: false, expandDirectories: false, onlyFiles: true });
      if (!matches.length) throw new UserError(`No files match \`${pattern}\``, 'Check the glob; quote it so the shell does not expand it.');
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
  return [...found].sort();
}

/** Whether a file (relative to the cwd) is ignored by globs relative to a config folder above the cwd. */
function aboveIgnore(cwd: string, { base, ignore: globs }: DiscoverOptions): (file: string) => boolean {
  const within = toPosix(path.relative(path.resolve(cwd, base), cwd));
  // as tinyglobby does, a glob that names a folder (`articles/drafts`, `drafts/`) ignores what is in it
  const ignored = picomatch(globs.map((g) => joinGlob('', g).replace(/\/$/, '')), { dot: true });
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
