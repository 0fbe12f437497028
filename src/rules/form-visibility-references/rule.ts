import { didYouMean } from '../../parse/positions.js';
import { formElements, span } from '../payload.js';
import { defineRule } from '../rule.js';

/**
 * The left-hand sides of `a == b` and `a != b` in an expression, as
 * `/([^\s()&|=!][^()&|=!]*?)\s*(==|!=)\s*([^()&|]*)/g` finds them (the side trimmed, with its offset), in
 * linear time: that regex is quadratic on a long run of spaces (issue 19).
 */
function* comparisons(s: string): Generator<{ index: number; left: string }> {
  const stop = (c: string) => c === '(' || c === ')' || c === '&' || c === '|' || c === '=' || c === '!';
  let i = 0;
  while (i < s.length) {
    if (stop(s[i]) || /\s/.test(s[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && !stop(s[j])) j++;
    if (j + 1 < s.length && (s[j] === '=' || s[j] === '!') && s[j + 1] === '=') {
      yield { index: i, left: s.slice(i, j).trimEnd() };
      let k = j + 2;
      while (k < s.length && !'()&|'.includes(s[k])) k++;
      i = k;
    } else i = j + 1;
  }
}

export default defineRule({
  id: 'form-visibility-references',
  description: 'Form `visibility` expressions refer to element ids that exist in the form',
  rationale:
    'An element whose visibility names a missing id (a typo, a renamed element) is never shown, or always shown: the question silently disappears from the form.',
  severity: 'error',
  fixable: false,
  tags: ['payload', 'form'],
  check({ article, report }) {
    const elements = formElements(article.payload);
    const ids = new Set(elements.flatMap((e) => (e.id ? [e.id.value] : [])));
    for (const el of elements) {
      if (!el.visibility) continue;
      const where = span(article.payload!, el.visibility.node);
      const raw = article.text.slice(where.start + 1, where.end - 1);
      const exact = raw === el.visibility.value;
      for (const m of comparisons(el.visibility.value)) {
        const ref = m.left.trim();
        if (ids.has(ref) || ref === 'null') continue;
        const at = exact ? where.start + 1 + m.index : where.start;
        const guess = didYouMean(ref, ids);
        report({
          message: `Visibility refers to "${ref}", which is not an element id of this form${guess ? `; did you mean "${guess}"?` : ''}`,
          start: at,
          end: exact ? at + ref.length : where.end,
        });
      }
    }
  },
});
