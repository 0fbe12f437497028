import { issueDescriptionRanges } from '../markers.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'no-headings-in-issue-description',
  description: "No headings inside `<!--issueDescription-->`; a diagnostic's H2 title goes before the block",
  rationale:
    "The Diagnostic template puts the insight's title, a bold H2, outside and before the `issueDescription` " +
    "block, and says the block holds plain paragraphs: the portal shows the block's text as the description, so " +
    'a heading inside it appears as raw `##` or is lost.\n\nSeverity `warn`: the insight is shown, with a garbled ' +
    'description. One report per block, at its first heading. Only the types whose template has the block ' +
    '(diagnostics, rca, service health) are checked: troubleshooter cards (`TSG_Content`) use the markers around ' +
    'their whole body. On `../shared/corpus` it fires 3 times (95 before it was limited to insight types and to ' +
    'one report per block).',
  severity: 'warning',
  fixable: false,
  tags: ['structure', 'diagnostics'],
  check(ctx) {
    // Troubleshooter cards (TSG_Content) wrap whole bodies in the markers; the template's rule is for insights.
    if (!ctx.meta.overlay?.structure.issueDescription) return;
    const ranges = issueDescriptionRanges(ctx);
    if (!ranges.length) return;
    // One report per block, at its first heading: a block holding headings usually wraps the whole body.
    for (const [a, b] of ranges) {
      const inside = ctx.nodes('heading').filter((h) => {
        const s = h.position!.start.offset!;
        return s >= a && s < b;
      });
      if (!inside.length) continue;
      const first = inside[0];
      const more = inside.length > 1 ? ` (and ${inside.length - 1} more)` : '';
      const where =
        first.depth === 2 && inside.length === 1
          ? 'an H2 title goes before `<!--issueDescription-->`'
          : 'the description is plain paragraphs; does `<!--/issueDescription-->` close too late?';
      ctx.report({ message: `A heading inside the issue description${more}; ${where}`, node: first });
    }
  },
});
