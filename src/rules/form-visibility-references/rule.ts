import { didYouMean } from '../../parse/positions.js';
import { formElements, span } from '../payload.js';
import { defineRule } from '../rule.js';

const COMPARISON = /([^\s()&|=!][^()&|=!]*?)\s*(==|!=)\s*([^()&|]*)/g;

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
      for (const m of el.visibility.value.matchAll(COMPARISON)) {
        const ref = m[1].trim();
        if (ids.has(ref) || ref === 'null') continue;
        const at = exact ? where.start + 1 + m.index! + m[0].indexOf(ref) : where.start;
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
