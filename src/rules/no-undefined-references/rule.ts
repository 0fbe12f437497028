import { openingBracket, proseText } from '../links.js';
import { defineRule } from '../rule.js';

const RANGE = /^\^?\w-\w/;

export default defineRule({
  id: 'no-undefined-references',
  description: 'Reference-style links `[text][label]` have a `[label]: url` definition',
  rationale:
    'Without its definition a reference link is plain text: the reader sees `[text][label]` and no link. ' +
    'Only the full (`[text][label]`) and collapsed (`[text][]`) forms are checked: a lone `[text]` is ' +
    'just as often ordinary bracketed prose. It is a `warning`: the words are still there, the link is ' +
    'gone. `--fix` turns `[text][https://...]`, a web address written in square brackets, into ' +
    '`[text](https://...)`; other labels are left for the author. On `../shared/corpus` (5,512 articles): ' +
    '2 reports in 2 articles, both a URL in square brackets (`[text][https://...]`).',
  severity: 'warning',
  fixable: true,
  tags: ['links'],
  check(ctx) {
    const prose = proseText(ctx);
    for (let close = prose.indexOf(']['); close !== -1; close = prose.indexOf('][', close + 1)) {
      if (prose[close - 1] === '\\') continue;
      const open = openingBracket(prose, close);
      if (open === -1 || close - open < 2) continue;
      // `a[0][1]` is an index, `[a][b][c]` nothing a writer means as a link
      if (open > 0 && /[\w\]]/.test(prose[open - 1])) continue;
      let end = close + 2;
      while (end < prose.length && end - close <= 1000 && !'[]\0\n'.includes(prose[end])) end++;
      if (prose[end] !== ']') continue;
      const label = prose.slice(close + 2, end).trim() || prose.slice(open + 1, close).trim();
      // `[a-z][0-9]*` in prose is a pattern, not a link
      if (RANGE.test(label) || RANGE.test(prose.slice(open + 1, close))) continue;
      if (!label) continue;
      const image = open > 0 && prose[open - 1] === '!';
      const start = image ? open - 1 : open;
      const raw = prose.slice(close + 2, end);
      if (/^(?:https?:\/\/|mailto:)\S+$/i.test(raw)) {
        ctx.report({
          message:
            `\`${raw.length > 60 ? `${raw.slice(0, 57)}...` : raw}\` is in square brackets, so this is ` +
            "plain text; write `(...)` around a link's address",
          start,
          end: end + 1,
          fix: { range: [close + 1, end + 1], text: `(${raw})` },
        });
        continue;
      }
      ctx.report({
        message:
          `\`[${label}]\` is not defined, so this ${image ? 'image' : 'link'} is plain text; ` +
          `add \`[${label}]: <url>\` or write \`[...](<url>)\``,
        start,
        end: end + 1,
      });
    }
  },
});
