import { openingBracket, proseText } from '../links.js';
import { defineRule } from '../rule.js';

/** what `(...)` must start with to be meant as a link target, not a remark in parentheses */
const TARGET = new RegExp(
  '[ \\t]*<?(?:https?:|mailto:|(?:button-)?data-(?:blade|context):|www\\.|aka\\.ms/|#[\\w-]|\\.{1,2}/' +
    '|(?:[\\w~%-]+/)*[\\w~%.-]+\\.(?:md|png|jpe?g|gif|svg|html?|pdf)[)#?])',
  'iy',
);

export default defineRule({
  id: 'no-broken-link-syntax',
  description: 'Links are written `[text](target)`: no line break or space between `]` and `(`, no space in the target',
  rationale:
    'CommonMark reads `[text]` followed by a line break or a space and `(url)` as plain text, and a ' +
    'target with a space in it ends the link before it starts: the reader sees the brackets and the raw ' +
    'URL instead of a link. It is a `warning`, not an `error`: the page still shows the text and the ' +
    'address, so nothing is lost, but the link is gone. `--fix` removes the line break or space between ' +
    '`]` and `(`; a space inside a target is left for the author (`%20` or a typo?). On ' +
    '`../shared/corpus` (5,512 articles): 3 reports in 3 articles, all spaces inside a docs URL ' +
    '(`docs.microsoft.com /azure/...`); that slice has no `]` + line break + `(`, which the unseen ' +
    'articles of issue 13 have 465 times.',
  severity: 'warning',
  fixable: true,
  tags: ['links'],
  check(ctx) {
    const prose = proseText(ctx);
    const nextClose = closers(prose);
    for (let close = prose.indexOf(']'); close !== -1; close = prose.indexOf(']', close + 1)) {
      if (prose[close - 1] === '\\') continue;
      let p = close + 1;
      let breaks = 0;
      while (p < prose.length && (prose[p] === ' ' || prose[p] === '\t' || prose[p] === '\r' || prose[p] === '\n')) {
        if (prose[p] === '\n' && ++breaks > 1) break;
        p++;
      }
      if (breaks > 1 || prose[p] !== '(') continue;
      TARGET.lastIndex = p + 1;
      if (!TARGET.test(prose)) continue;
      const end = nextClose[p + 1];
      if (end === -1 || prose[end] !== ')') continue;
      const open = openingBracket(prose, close);
      if (open === -1 || close - open < 2) continue;
      const gap = prose.slice(close + 1, p);
      const target = prose.slice(p + 1, end).trim();
      if (gap) {
        const what = gap.includes('\n') ? 'a line break' : 'a space';
        ctx.report({
          message:
            `${what[0].toUpperCase()}${what.slice(1)} between \`]\` and \`(\` makes this plain text, ` +
            'not a link; write `](`',
          start: open,
          end: end + 1,
          fix: { range: [close + 1, p], text: '' },
        });
      } else if (/\s/.test(target) && !/^<[^<>]*>$/.test(target)) {
        ctx.report({
          message:
            `The target \`${target.length > 60 ? `${target.slice(0, 57)}...` : target}\` has a space, so ` +
            'this is plain text, not a link; remove the space or write it as `%20`',
          start: open,
          end: end + 1,
        });
      }
    }
  },
});

/** For each offset, where the next `)`, line break or gap stands (-1: none): one pass, so the scan stays linear. */
function closers(prose: string): Int32Array {
  const next = new Int32Array(prose.length + 1).fill(-1);
  for (let i = prose.length - 1; i >= 0; i--) {
    const c = prose[i];
    next[i] = c === ')' || c === '\n' || c === '\0' ? i : next[i + 1];
  }
  return next;
}
