import { toString } from 'mdast-util-to-string';
import { issueDescriptionRanges } from '../markers.js';
import { defineRule } from '../rule.js';

const SECTION = /^recommended\s+(steps?|documents?|docs)\s*:?$/i;

export default defineRule({
  id: 'bold-h2-reserved',
  description: 'Bold H2 headings are kept for the Recommended Steps and Recommended Documents sections',
  rationale:
    'The templates: "Bolded H2 headers are reserved for Recommended Steps or Recommended Documents. If you wish ' +
    'to use a header to separate sections, use the H3 header." The portal treats a bold H2 as one of its ' +
    "sections. The Diagnostic template's own exception is accepted: a bold H2 title before the " +
    '`issueDescription` block of a diagnostics, rca or service-health article.\n\nSeverity `info`: the article ' +
    "renders; its outline differs from the portal's. On `../shared/corpus` it fires 57 times (headings such as " +
    '`## **Cause**`, `## **Resources**`, `## **Recommended Action**`).',
  severity: 'info',
  fixable: false,
  tags: ['structure'],
  check(ctx) {
    const issue = issueDescriptionRanges(ctx);
    const firstIssue = issue.length ? issue[0][0] : -1;
    for (const node of ctx.nodes('heading')) {
      if (node.depth !== 2 || node.children.length !== 1 || node.children[0].type !== 'strong') continue;
      if (SECTION.test(toString(node).trim())) continue;
      const s = node.position!.start.offset!;
      if (firstIssue !== -1 && s < firstIssue) continue; // the diagnostic's title
      const text = toString(node).trim();
      const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
      ctx.report({
        message: `"${shown}" is a bold H2, which the portal keeps for its two Recommended sections; use \`###\``,
        node,
      });
    }
  },
});
