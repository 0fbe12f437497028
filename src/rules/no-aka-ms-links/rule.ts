import { hostOf, isPlaceholder, linkTargets } from '../links.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'no-aka-ms-links',
  description: 'No `aka.ms` short links',
  rationale: 'Short links hide where they go, cannot be checked, and may be retargeted by anyone who owns them; the templates ask for the full URL.',
  severity: 'warning',
  fixable: false,
  tags: ['links'],
  check(ctx) {
    for (const t of linkTargets(ctx)) {
      if (hostOf(t.url) === 'aka.ms' && !(t.kind !== 'bare' && isPlaceholder(t.url))) ctx.report({ message: `Replace the aka.ms short link \`${t.url}\` with the full URL of the page it points to`, start: t.start, end: t.end });
    }
  },
});
