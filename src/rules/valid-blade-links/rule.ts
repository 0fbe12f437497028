import { linkTargets } from '../links.js';
import { defineRule } from '../rule.js';

const VALID = /^(button-)?data-blade:[A-Za-z][\w-]*\.[A-Za-z][\w-]*(\.[^\s]*)?$/;
const TYPO = /^(data[\s_]?blade|datablade|data-blade\s*[;=]|Data-Blade)\s*:?/i;
const BARE_BLADE = /^Microsoft_[A-Za-z]\w*\.[A-Za-z]\w*(Blade|Menu)\b/;

export default defineRule({
  id: 'valid-blade-links',
  description: '`data-blade:` links have the form `data-blade:<Extension>.<Blade>[.<param>.<value>...]`',
  rationale:
    'The portal turns `data-blade:` targets into blade openers. A typo in the scheme (`datablade:`), a ' +
    'blade id without the prefix, or a target without `<Extension>.<Blade>` is a dead link (TPS guide). ' +
    'It is an `error`: the blade never opens. On `../shared/corpus` (5,512 articles): 1 report (1 ' +
    'before).',
  severity: 'error',
  fixable: true,
  tags: ['links'],
  check(ctx) {
    for (const t of linkTargets(ctx)) {
      if (t.kind === 'bare') continue;
      const url = t.url.trim().split(';data-blade-uri:')[0];
      if (/^(button-)?data-blade:/.test(url)) {
        if (!VALID.test(url))
          ctx.report({
            message: `Malformed blade link \`${url}\`: expected \`data-blade:<Extension>.<Blade>\``,
            start: t.start,
            end: t.end,
          });
      } else if (TYPO.test(url) && !/^data-context:|^button-data-context:/.test(url)) {
        const prefix = TYPO.exec(url)![0];
        ctx.report({
          message: `Write the blade link scheme as \`data-blade:\`, not \`${prefix}\``,
          start: t.start,
          end: t.end,
          fix: { range: [t.start, t.start + prefix.length], text: 'data-blade:' },
        });
      } else if (BARE_BLADE.test(url)) {
        ctx.report({
          message: `\`${url}\` looks like a blade id; write \`data-blade:${url}\``,
          start: t.start,
          end: t.end,
          fix: { range: [t.start, t.start], text: 'data-blade:' },
        });
      }
    }
  },
});
