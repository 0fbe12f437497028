import { formElements, span } from '../payload.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'form-unique-ids',
  description: 'In a problem-scoping form, every element `id` is unique',
  rationale:
    'Answers are stored by element id and `visibility` expressions refer to ids: two elements with one id ' +
    "overwrite each other's answers. (Ids with spaces are `form-id-without-spaces`, a warning.)\n\nSeverity " +
    '`error`: the form loses answers. On `../shared/corpus` it fires 0 times (23 before, all of them ids with ' +
    'spaces, now reported by `form-id-without-spaces`).',
  severity: 'error',
  fixable: false,
  tags: ['payload', 'form'],
  check({ article, report }) {
    const seen = new Map<string, number>();
    for (const el of formElements(article.payload)) {
      if (!el.id) continue;
      const where = span(article.payload!, el.id.node);
      const line = seen.get(el.id.value);
      if (line !== undefined)
        report({ message: `Element id "${el.id.value}" is already used on line ${line}`, ...where });
      else seen.set(el.id.value, article.lines.point(where.start).line);
    }
  },
});
