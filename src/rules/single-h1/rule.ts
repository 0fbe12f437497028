import { defineRule } from '../rule.js';

export default defineRule({
  id: 'single-h1',
  description: 'The article has exactly one H1 heading',
  rationale:
    'Every template starts the body with one H1; the portal uses it as the article\'s heading in search and in the bundle. A second H1 is usually a section written at the wrong level.',
  severity: 'error',
  fixable: false,
  tags: ['structure'],
  check({ article, meta, nodes, report }) {
    if (meta.overlay?.structure.h1 === false) return;
    const h1s = nodes('heading').filter((h) => h.depth === 1);
    if (h1s.length === 0) {
      const after = article.properties ? article.properties.end : 0;
      const next = article.text.slice(after).search(/\S/);
      const at = next === -1 ? after : after + next;
      report({ message: 'No H1 heading: start the body with `# Title`', start: at, end: at });
      return;
    }
    const first = h1s[0].position!.start.line;
    for (const h of h1s.slice(1)) {
      report({ message: `A second H1 heading (the first is on line ${first}); use \`##\` or \`###\` for sections`, node: h });
    }
  },
});
