import { defineRule } from '../rule.js';

export default defineRule({
  id: 'max-list-depth',
  description: 'Lists are nested at most two levels deep',
  rationale:
    "The templates allow two levels of bullets; deeper lists are flattened or mis-indented by the portal's renderer and are hard to follow.",
  severity: 'warning',
  fixable: false,
  tags: ['structure'],
  options: { type: 'object', properties: { max: { type: 'integer', minimum: 1 } }, additionalProperties: false },
  defaultOptions: { max: 2 },
  check({ nodes, ancestors, report, options }) {
    const max = options.max as number;
    for (const list of nodes('list')) {
      const depth = ancestors(list).filter((a) => a.type === 'list').length + 1;
      if (depth === max + 1) {
        report({
          message: `This list is nested ${depth} levels deep; at most ${max} levels are allowed`,
          node: list.children[0] ?? list,
          end: list.children[0]?.position?.start.offset,
        });
      }
    }
  },
});
