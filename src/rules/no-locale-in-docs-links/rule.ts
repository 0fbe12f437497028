import { hostOf, linkTargets } from '../links.js';
import { defineRule } from '../rule.js';

const LOCALE = /^(https?:\/\/[^/]+)\/([a-z]{2}-[a-z]{2,4})(?=\/|$)/i;
const DOCS =
  /(^|\.)(learn\.microsoft\.com|docs\.microsoft\.com|azure\.microsoft\.com|support\.microsoft\.com|technet\.microsoft\.com|msdn\.microsoft\.com|microsoft\.com)$/;

export default defineRule({
  id: 'no-locale-in-docs-links',
  description: 'Docs links must not pin a locale such as `/en-us/`',
  rationale:
    "The docs site picks the reader's language; a pinned `/en-us/` sends every reader to English (TPS " +
    'guide and templates). Articles published only to Mooncake are exempt: there the locale is ' +
    'deliberate. It is a `warning`: the page opens, in a language the reader may not read. On ' +
    '`../shared/corpus` (5,512 articles): 139 reports in 101 articles (139 before).',
  severity: 'warning',
  fixable: true,
  tags: ['links'],
  check(ctx) {
    const clouds = (ctx.meta.object.cloudEnvironments as string[] | undefined) ?? [];
    if (clouds.length === 1 && clouds[0] === 'mooncake') return;
    for (const t of linkTargets(ctx)) {
      const host = hostOf(t.url);
      if (!host || !DOCS.test(host)) continue;
      const m = LOCALE.exec(t.url);
      if (!m) continue;
      const at = t.start + m[1].length;
      ctx.report({
        message: `Remove \`/${m[2]}\` from this docs link; the site picks the reader's locale`,
        start: at,
        end: at + m[2].length + 1,
        fix: { range: [at, at + m[2].length + 1], text: '' },
      });
    }
  },
});
