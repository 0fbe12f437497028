import { toString } from 'mdast-util-to-string';
import { defineRule } from '../rule.js';

/** `# Recommended Steps` is reported by bold-recommended-sections, whose fix also fixes the level. */
const SECTION = /^[\s*_]*recommended\s+(steps?|documents?|docs)[\s*_:]*$/i;

export default defineRule({
  id: 'no-second-h1',
  description: 'The article has at most one H1 heading',
  rationale:
    'The portal takes the first H1 as the title; a second H1 is shown as an oversized section heading, usually a ' +
    'section written at the wrong level. A `# Recommended Steps` heading is left to `bold-recommended-sections`, ' +
    'whose fix writes it as the bold H2 it should be: one problem, one report.\n\nSeverity `warn`: the article is ' +
    'published and titled correctly. On `../shared/corpus` it fires 5 times (49 second H1s were reported by ' +
    '`single-h1` at error before; 44 of them are `# Recommended Steps` or `# Recommended Documents`, which ' +
    '`bold-recommended-sections` reports).',
  severity: 'warning',
  fixable: false,
  tags: ['structure'],
  check({ meta, nodes, report }) {
    if (meta.overlay?.structure.h1 === false) return;
    const h1s = nodes('heading').filter((h) => h.depth === 1);
    if (h1s.length < 2) return;
    const first = h1s[0].position!.start.line;
    const sections = !meta.overlay || meta.overlay.structure.sections;
    for (const h of h1s.slice(1)) {
      if (sections && SECTION.test(toString(h))) continue;
      report({
        message: `A second H1 heading (the first is on line ${first}); use \`##\` or \`###\` for sections`,
        node: h,
      });
    }
  },
});
