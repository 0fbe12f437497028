import { formElements, span } from '../payload.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'form-unique-dropdown-values',
  description: 'The options of one dropdown have distinct `value`s',
  rationale:
    'Visibility expressions and answers compare option values: two options with one value cannot be told apart.',
  severity: 'warning',
  fixable: false,
  tags: ['payload', 'form'],
  check({ article, report }) {
    for (const el of formElements(article.payload)) {
      const seen = new Map<string, number>();
      for (const o of el.options) {
        const key = String(o.value);
        const where = span(article.payload!, o.node);
        const line = seen.get(key);
        if (line !== undefined)
          report({ message: `Option value "${key}" is already used in this dropdown (line ${line})`, ...where });
        else seen.set(key, article.lines.point(where.start).line);
      }
    }
  },
});
