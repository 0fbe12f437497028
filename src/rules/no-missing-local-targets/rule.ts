import { existsSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { linkTargets, urlProblem } from '../links.js';
import { defineRule } from '../rule.js';

/**
 * A relative target of a file, to be looked for on disk: `path` relative to the article's folder, or none for a path
 * on the author's machine (always reported). Found where the file is parsed (and cached with it); looked for at every
 * run, so that a screenshot added, or removed, since is seen at once, whether the article changed or not.
 */
interface Target {
  url: string;
  image: boolean;
  /** the path as written, decoded, with `\` read as `/` where it was written so */
  path?: string;
  backslashed: boolean;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const MEDIA = /\.(?:png|jpe?g|gif|svg|webp|bmp|ico|tiff?|mp4|webm|mov|avi|wmv|mp3|wav)$/i;
const SKIP = new Set(['node_modules', '.git', 'dist', 'build', 'out']);

/** Whether a folder or any folder under it holds a media file (the walk stops at the first one found). */
function holdsMedia(root: string): boolean {
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let names: Dirent[];
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const d of names) {
      if (d.isFile() && MEDIA.test(d.name)) return true;
      if (d.isDirectory() && !SKIP.has(d.name) && !d.name.startsWith('.')) stack.push(path.join(dir, d.name));
    }
  }
  return false;
}
const BLADE_ID = /^Microsoft_[A-Za-z]\w*\./;

export default defineRule({
  id: 'no-missing-local-targets',
  description: 'Relative links and images point at files that exist; no absolute local paths',
  rationale:
    'A relative target is published beside the article only if the file is there: a missing screenshot or ' +
    'a Windows path such as `C:\\Users\\...` or `Screenshots\\x.png` is a broken image for every reader. ' +
    'It is an `error`: a missing file is a broken image or link. A backslashed path to a file that is ' +
    'there is not reported (browsers read `\\` as `/` in a web address); a web address without its scheme ' +
    "is `valid-link-urls`' to report; a replacement-token target is filled by the portal. The targets are " +
    'looked for at every run, not cached with the article: a screenshot added or removed since is seen at once. ' +
    'A checkout without a single media file (a markdown-only export, a sparse checkout) cannot tell a missing ' +
    'image from one it was not given: its images are not reported, its links to missing articles are. On ' +
    "`../shared/corpus` (5,512 articles, markdown only): 1 report, a path on the author's machine (6 before: 5 " +
    'were screenshots the source repository has; 11 before that: 5 were replacement-token targets).',
  severity: 'error',
  fixable: false,
  tags: ['links'],
  summarize(ctx) {
    const targets: Target[] = [];
    const at = (start: number, end: number) => {
      const s = ctx.article.lines.point(start);
      const e = ctx.article.lines.point(end);
      return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
    };
    for (const t of linkTargets(ctx)) {
      if (t.kind === 'bare' || t.kind === 'autolink' || t.token) continue;
      const url = t.url.trim();
      if (!url || url.startsWith('#') || url.startsWith('//') || url.startsWith('/') || BLADE_ID.test(url)) continue;
      if (/^[a-z]:[\\/]/i.test(url)) {
        targets.push({ url, image: !!t.image, backslashed: false, ...at(t.start, t.end) });
        continue;
      }
      // a web address written wrongly (`ttps://`, `aka.ms/x`) is valid-link-urls' to report
      if (SCHEME.test(url) || urlProblem(url)) continue;
      const file = url.split(/[?#]/)[0];
      let decoded = file;
      try {
        decoded = decodeURI(file);
      } catch {
        /* keep as written */
      }
      // browsers read `\` as `/` in a web address: a backslashed path to a file that is there works
      const backslashed = decoded.includes('\\');
      const slashed = backslashed ? decoded.replace(/\\/g, '/') : decoded;
      targets.push({ url, image: !!t.image, path: slashed, backslashed, ...at(t.start, t.end) });
    }
    return targets.length ? targets : undefined;
  },
  // changed-files mode: a file's targets are its own business
  indexKeys: () => [],
  select: (changed) => changed.map((e) => e.file),
  checkCorpus(entries, report, _options, run) {
    const cwd = run.cwd ?? process.cwd();
    const media = new Map<string, boolean>();
    /** whether the tree the file is in (its first folder) holds any media file, looked for once, when first asked */
    const treeHasMedia = (file: string) => {
      const top = file.includes('/') ? file.slice(0, file.indexOf('/')) : '.';
      let has = media.get(top);
      if (has === undefined) media.set(top, (has = holdsMedia(path.resolve(cwd, top))));
      return has;
    };
    for (const { file, summary } of entries) {
      if (run.changed && !run.changed.has(file)) continue;
      const folder = path.resolve(cwd, path.dirname(file));
      for (const t of summary) {
        const where = { file, line: t.line, column: t.column, endLine: t.endLine, endColumn: t.endColumn };
        if (t.path === undefined) {
          report({
            ...where,
            message: `\`${t.url}\` is a path on the author's machine; add the file beside the article and link it relatively`,
          });
          continue;
        }
        if (existsSync(path.resolve(folder, t.path))) continue;
        // a checkout without a single media file (a markdown-only export, a sparse checkout) cannot tell a missing
        // image from one it was not given
        if ((t.image || MEDIA.test(t.path)) && !treeHasMedia(file)) continue;
        const what = t.image ? 'Image' : 'Link target';
        report({
          ...where,
          message: t.backslashed
            ? `${what} \`${t.url}\` does not exist next to this article, nor as \`${t.path}\``
            : `${what} \`${t.url}\` does not exist next to this article`,
        });
      }
    }
  },
});
