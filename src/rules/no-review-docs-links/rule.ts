import { hostOf, linkTargets } from '../links.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'no-review-docs-links',
  description: 'No links to the docs review (staging) sites',
  rationale:
    '`review.docs.microsoft.com` and `review.learn.microsoft.com` are internal previews: customers cannot ' +
    'open them. It is an `error`: the link is dead for every customer. On `../shared/corpus` (5,512 ' +
    'articles): 0 reports (0 before).',
  severity: 'error',
  fixable: true,
  tags: ['links'],
  check(ctx) {
    for (const t of linkTargets(ctx)) {
      const host = hostOf(t.url);
      if (host && /^review\.(docs|learn)\.microsoft\.com$/.test(host)) {
        const publicHost = host.replace(/^review\./, '');
        const url = new URL(t.url);
        url.hostname = publicHost;
        url.searchParams.delete('branch');
        ctx.report({
          message: `\`${host}\` is an internal preview site; link to \`${publicHost}\``,
          start: t.start,
          end: t.end,
          fix: { range: [t.start, t.end], text: url.href },
        });
      }
    }
  },
});
