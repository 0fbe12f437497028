import { defineRule } from '../rule.js';

export default defineRule({
  id: 'payload-json',
  description: 'Types that carry a JSON payload have one, between `---` lines after the H1, and it is strict JSON',
  rationale:
    'Problem-scoping forms, advisor metadata and support topic descriptions are read by the portal as JSON: a trailing comma, an unquoted key or a raw line break inside a string drops the whole form. Syntax errors point at the exact character.',
  severity: 'error',
  fixable: false,
  tags: ['payload'],
  check({ article, meta, catalog, nodes, report }) {
    // syntax errors are found by the parser and reported under this id; here: the payload is there at all
    const wanted = meta.overlay?.payload;
    if (!wanted?.required || article.payload) return;
    const typeName = catalog.typeSpelling.get(meta.type!) ?? meta.type;
    const h1 = nodes('heading').find((h) => h.depth === 1);
    const at = article.properties ? article.properties.end : 0;
    report({
      message: `A ${typeName} article needs a JSON payload: \`---\`, then the JSON object, then \`---\`, after the H1`,
      ...(h1 ? { node: h1 } : { start: at, end: at }),
    });
  },
});
