import { didYouMean } from '../../parse/positions.js';
import { comparisons, formElements, span } from '../payload.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'form-visibility-references',
  description: 'Form `visibility` expressions refer to element ids that exist in the form',
  rationale:
    'An element whose visibility names a missing id (a typo, a renamed element) is never shown, or always shown: ' +
    'the question silently disappears from the form. Expressions are read in one pass, however long or ' +
    'spaced.\n\nSeverity `error`: the form does not work as written. A reference that is an id in another case ' +
    '(`whichenv` for `Whichenv`) is a `warning`: whether the portal compares ids ignoring case is not written ' +
    'down, so the form may work. On `../shared/corpus` it fires 8 times (8 before), 1 of them such a case.',
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
      for (const c of comparisons(el.visibility.value)) {
        if (ids.has(c.ref) || c.ref === 'null') continue;
        const at = exact ? where.start + 1 + c.refStart : where.start;
        // the id in another case: the portal's comparison may ignore case, so the form may work; a warning
        const other = [...ids].find((id) => id.toLowerCase() === c.ref.toLowerCase());
        if (other) {
          report({
            message: `Visibility refers to "${c.ref}", and the element's id is "${other}": write it as the id is written`,
            severity: 'warning',
            start: at,
            end: exact ? at + c.ref.length : where.end,
          });
          continue;
        }
        const guess = didYouMean(c.ref, ids);
        report({
          message:
            `Visibility refers to "${c.ref}", which is not an element id of this form` +
            (guess ? `; did you mean "${guess}"?` : ''),
          start: at,
          end: exact ? at + c.ref.length : where.end,
        });
      }
    }
  },
});
