import { codeRanges } from '../markers.js';
import { defineRule } from '../rule.js';

/** `[!INCLUDE [title](path)]` (docs syntax) and `[AZURE.INCLUDE [title](path)]` (the older one). */
const INCLUDE = /\[\s*(!|AZURE\.)\s*INCLUDE\b/gi;

export default defineRule({
  id: 'no-include-references',
  description: 'No include references (`[!INCLUDE [...](...)]`)',
  rationale:
    'The portal does not support includes: the reference is shown to readers as literal text and the included ' +
    'content never appears. The content team removed every include reference from its articles; copy the text in ' +
    'instead.\n\nSeverity `warn`: the article is published, with a visible hole. On `../shared/corpus` it fires 0 ' +
    'times.',
  severity: 'warning',
  fixable: false,
  tags: ['structure'],
  check(ctx) {
    const { text } = ctx.article;
    if (!/include/i.test(text)) return;
    const code = codeRanges(ctx);
    for (const m of text.matchAll(INCLUDE)) {
      const s = m.index!;
      if (code.some(([a, b]) => s >= a && s < b)) continue;
      ctx.report({
        message: 'An include reference: the portal does not support includes; copy the text into the article',
        start: s,
        end: s + m[0].length,
      });
    }
  },
});
