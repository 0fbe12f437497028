import { formElements, member, span } from '../payload.js';
import { defineRule } from '../rule.js';

const CHOICES = new Set(['dropdown', 'multiselectdropdown', 'radiobuttongroup']);

export default defineRule({
  id: 'form-dropdown-options',
  description: 'Dropdowns and radio button groups of a problem-scoping form have options to choose from',
  rationale:
    'A `dropdown`, `multiselectdropdown` or `radioButtonGroup` without `dropdownOptions` (or ' +
    '`radioButtonOptions`, or `dynamicDropdownOptions` filled at run time) shows an empty list: the question ' +
    'cannot be answered, and if it is `required` the form cannot be sent.\n\nSeverity `warn`: the form loads; one ' +
    'question is unusable. On `../shared/corpus` it fires 0 times.',
  severity: 'warning',
  fixable: false,
  tags: ['payload', 'form'],
  check({ article, report }) {
    for (const el of formElements(article.payload)) {
      if (!el.controlType || !CHOICES.has(el.controlType.value)) continue;
      const dynamic = member(el.node, 'dynamicDropdownOptions')?.value;
      if (dynamic && dynamic.type !== 'Null') continue;
      const list = (member(el.node, 'dropdownOptions') ?? member(el.node, 'radioButtonOptions'))?.value;
      if (list?.type === 'Array' && list.elements.length > 0) continue;
      const where = list ? span(article.payload!, list) : span(article.payload!, el.controlType.node);
      const what = list ? 'an empty option list' : 'no `dropdownOptions`';
      const id = el.id ? `"${el.id.value}"` : 'This element';
      report({
        message: `${id} is a \`${el.controlType.raw}\` with ${what}; add the options to choose from`,
        ...where,
        ...(list ? { end: where.start + 1 } : {}),
      });
    }
  },
});
