import { defineRule } from '../rule.js';

export default defineRule({
  id: 'single-h1',
  description: 'The article has an H1 heading',
  rationale:
    'Every template starts the body with an H1 ("a required part of every article"); the portal uses it as the ' +
    "article's title in its list and in search. (A second H1 is `no-second-h1`, a warning.)\n\nSeverity `error`: " +
    'without it the article has no title. On `../shared/corpus` it fires 19 times (68 before: 49 of those were ' +
    'second H1s, now `no-second-h1` at warn); 11 of the 19 are H1s indented into a code block and 2 are H1s ' +
    'with no space after the `#`, each said so in the message. In a type with a JSON payload (a problem-scoping ' +
    "form, a metadata article) the portal shows the payload's own title: there a missing H1 is a `warning` (2 of " +
    'the 19).',
  severity: 'error',
  fixable: false,
  tags: ['structure'],
  check({ article, meta, nodes, report }) {
    if (meta.overlay?.structure.h1 === false) return;
    const h1s = nodes('heading').filter((h) => h.depth === 1);
    // a type with a JSON payload (a form, a metadata article) is shown by the payload's own title: a warning
    const severity = meta.overlay?.payload ? ('warning' as const) : undefined;
    if (h1s.length === 0) {
      const after = article.properties ? article.properties.end : 0;
      const next = article.text.slice(after).search(/\S/);
      const at = next === -1 ? after : after + next;
      // the first line of the body is `    # Title`: an indented code block, not a heading
      const indented = /^(?:[ \t]*(?:\r\n?|\n))*([ \t]+)#\s/.exec(article.text.slice(after));
      if (indented && (indented[1].includes('\t') || indented[1].length >= 4)) {
        const s = after + indented[0].length - indented[1].length - 2;
        report({
          message: 'The H1 is indented by four spaces or a tab, so markdown shows it as code; remove the indentation',
          start: s,
          end: s + indented[1].length + 1,
          severity,
        });
        return;
      }
      // the first line of the body is `#Title`: text to markdown, which needs a space after the `#`
      if (/^#[^\s#]/.test(article.text.slice(at))) {
        report({
          message: 'The H1 has no space after `#`, so markdown shows `#Title` as text; write `# Title`',
          start: at,
          end: at + 1,
          severity,
        });
        return;
      }
      report({ message: 'No H1 heading: start the body with `# Title`', start: at, end: at, severity });
      return;
    }
  },
});
