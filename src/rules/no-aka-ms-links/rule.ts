import { hostOf, isPlaceholder, linkTargets } from '../links.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'no-aka-ms-links',
  description: 'No `aka.ms` short links',
  rationale:
    'Short links hide where they go, cannot be checked, and may be retargeted by anyone who owns them; ' +
    'the templates ask for the full URL. It is a `warning`: the link works today; the risk is where it ' +
    'goes tomorrow. The root `https://aka.ms/` alone is a placeholder, reported by ' +
    '`no-empty-link-targets` instead. On `../shared/corpus` (5,512 articles): 33 reports in 24 articles ' +
    '(35 before the shared link extraction: two were `https://aka.ms/` placeholders).',
  severity: 'warning',
  fixable: false,
  tags: ['links'],
  check(ctx) {
    for (const t of linkTargets(ctx)) {
      // the bare root `https://aka.ms/` in a link is a placeholder: no-empty-link-targets reports it
      if (t.kind !== 'bare' && isPlaceholder(t.url)) continue;
      if (hostOf(t.url) === 'aka.ms')
        ctx.report({
          message: `Replace the aka.ms short link \`${t.url}\` with the full URL of the page it points to`,
          start: t.start,
          end: t.end,
        });
    }
  },
});
