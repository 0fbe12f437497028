import { markers, type Marker } from '../markers.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'issue-description-markers',
  description:
    '`<!--issueDescription-->` and `<!--/issueDescription-->` come in balanced, un-nested pairs, at most one block per article',
  rationale:
    'Diagnostics insights show the text between the markers as the issue description: an opening marker written as a closing one, or a block never closed, shows the wrong text or none.',
  severity: 'error',
  fixable: false,
  tags: ['structure', 'diagnostics'],
  check(ctx) {
    const { report } = ctx;
    let open: Marker | null = null;
    let blocks = 0;
    for (const m of markers(ctx)) {
      if (m.kind !== 'issue') continue;
      if (m.name !== 'issueDescription') {
        report({
          message: `Write the marker as \`<!--${m.closing ? '/' : ''}issueDescription-->\``,
          start: m.start,
          end: m.end,
        });
      }
      if (!m.closing) {
        if (open)
          report({
            message: 'An issueDescription block opens inside another; close the first one before',
            start: m.start,
            end: m.end,
          });
        else {
          open = m;
          blocks++;
          if (blocks === 2)
            report({ message: 'A second issueDescription block; an article has one', start: m.start, end: m.end });
        }
      } else if (!open) {
        report({
          message: 'This closing marker has no opening `<!--issueDescription-->` before it',
          start: m.start,
          end: m.end,
        });
      } else open = null;
    }
    if (open)
      report({
        message: 'This issueDescription block is never closed with `<!--/issueDescription-->`',
        start: open.start,
        end: open.end,
      });
  },
});
