import { defineRule } from '../rule.js';

export default defineRule({
  id: 'attribute-name-casing',
  description: 'Attribute names use their canonical camelCase spelling (`articleId`, not `articleid`)',
  rationale:
    'The portal matches names ignoring case, so this is style, not a defect: one spelling keeps articles greppable and diffs quiet. The fix rewrites the name in place.',
  severity: 'info',
  fixable: true,
  tags: ['metadata', 'style'],
  check({ meta, report }) {
    for (const v of meta.values.values()) {
      const a = v.attribute;
      if (a.name !== v.canonical) {
        report({
          message: `Write \`${v.canonical}\`, not \`${a.name}\``,
          start: a.nameStart,
          end: a.nameEnd,
          fix: { range: [a.nameStart, a.nameEnd], text: v.canonical },
        });
      }
    }
  },
});
