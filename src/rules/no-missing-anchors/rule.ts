import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { linkTargets } from '../links.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'no-missing-anchors',
  description: 'Links to `#anchors` in the same article name an anchor that one of its headings makes',
  rationale:
    "The site gives each heading an anchor with GitHub's algorithm (rehype-slug, github-slugger: lower " +
    'case, spaces to `-`, punctuation dropped, `-1` for a repeat). A `#fragment` no heading makes scrolls ' +
    'nowhere. Raw HTML anchors (`<a name="x">`) are removed when the article is published (the templates ' +
    'say named anchors do not work), so they do not count. Fragments with `/` or `@` (`#blade/...`, ' +
    '`#view/...`) are routes of the portal, not anchors, and are left alone. It is a `warning`: the ' +
    "reader stays on the right page, only the jump is lost. `--fix` rewrites a fragment to the heading's " +
    'anchor when the two differ only in case or punctuation (`#Check-The-Log` to `#check-the-log`). On ' +
    '`../shared/corpus` (5,512 articles): 0 reports: its articles link no `#fragment` of their own.',
  severity: 'warning',
  fixable: true,
  tags: ['links'],
  check(ctx) {
    const targets = linkTargets(ctx).filter(
      (t) => t.kind !== 'bare' && !t.token && !t.image && t.url.startsWith('#') && t.url.length > 1,
    );
    if (!targets.length) return;
    const slugger = new GithubSlugger();
    const anchors = new Set<string>();
    for (const h of ctx.nodes('heading')) {
      anchors.add(slugger.slug(toString(h, { includeHtml: false, includeImageAlt: false })));
    }
    for (const t of targets) {
      let fragment = t.url.slice(1);
      try {
        fragment = decodeURIComponent(fragment);
      } catch {
        /* keep as written */
      }
      // `#blade/...`, `#view/...`, `#@tenant/...`: the portal's own routes, which no heading anchor can be
      if (anchors.has(fragment) || /[/@]/.test(fragment)) continue;
      const near = new GithubSlugger().slug(fragment);
      const hint = anchors.has(near) ? near : undefined;
      const exact = ctx.article.text.slice(t.start, t.end) === t.url;
      ctx.report({
        message:
          `No heading in this article makes the anchor \`${t.url}\`` +
          (hint ? `; the heading's anchor is \`#${hint}\`` : ''),
        start: t.start,
        end: t.end,
        fix: hint && exact ? { range: [t.start, t.end], text: `#${hint}` } : undefined,
      });
    }
  },
});
