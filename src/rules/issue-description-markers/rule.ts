import { issueMarkersInCode, markers, type Marker } from '../markers.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'issue-description-markers',
  description:
    '`<!--issueDescription-->` and `<!--/issueDescription-->` come in balanced, un-nested pairs, at most one block per article',
  rationale:
    'Diagnostics insights show the text between the markers as the issue description: an opening marker written as a closing one, or a block never closed, shows the wrong text or none. ' +
    'Each broken block is reported once, where it goes wrong: an opening written as a closing marker at that marker (not also at the closing one after it), an opening indented into code at the opening. ' +
    'A closing marker written as an opening one (a second opening that nothing closes after it) is reported at that marker, once, not as a block never closed. ' +
    'On `../shared/corpus` (5,512 articles): 22 reports in 22 articles, 17 openings written as closing markers, 3 closings written as openings, 1 indented opening and 1 block never closed (25 before: the 3 closings written as openings were reported twice, with advice to close the first block before them; 42 before that: the closing marker after an opening written as a closing was reported too, and the indented opening as a closing with no opening).',
  severity: 'error',
  fixable: false,
  tags: ['structure', 'diagnostics'],
  check(ctx) {
    const { report } = ctx;
    const issues = markers(ctx).filter((m) => m.kind === 'issue');
    const inCode = issueMarkersInCode(ctx);
    let open: Marker | null = null;
    let blocks = 0;
    // the end of the last marker seen: an opening in code between it and a stray closing is the one meant
    let after = 0;
    issues.forEach((m, i) => {
      if (m.name !== 'issueDescription') {
        report({
          message: `Write the marker as \`<!--${m.closing ? '/' : ''}issueDescription-->\``,
          start: m.start,
          end: m.end,
        });
      }
      const opens = (at: Marker) => {
        open = at;
        blocks++;
        if (blocks === 2)
          report({ message: 'A second issueDescription block; an article has one', start: at.start, end: at.end });
      };
      if (!m.closing) {
        if (open && !issues[i + 1]?.closing) {
          // an opening inside a block that nothing closes after it: the closing marker, written without its `/`
          report({
            message:
              'The block closes here, but the marker is written as an opening one: write `<!--/issueDescription-->`',
            start: m.start,
            end: m.end,
          });
          open = null;
        } else if (open)
          report({
            message: 'An issueDescription block opens inside another; close the first one before',
            start: m.start,
            end: m.end,
          });
        else opens(m);
      } else if (!open) {
        const coded = inCode.find((c) => !c.closing && c.start >= after && c.start < m.start);
        const next = issues[i + 1];
        if (coded) {
          // the opening is there, but markdown reads it as code (an indented line): that is what to fix
          report({
            message:
              'This `<!--issueDescription-->` is indented 4 spaces or more (or inside a code block), so markdown shows it as code and the block has no opening; remove the indentation',
            start: coded.start,
            end: coded.end,
          });
          blocks++;
        } else if (next?.closing) {
          // two closings in a row: the first is where the block opens, written as a closing marker
          report({
            message:
              'The block opens here, but the marker is written as a closing one: write `<!--issueDescription-->`',
            start: m.start,
            end: m.end,
          });
          opens(m);
        } else
          report({
            message: 'This closing marker has no opening `<!--issueDescription-->` before it',
            start: m.start,
            end: m.end,
          });
      } else open = null;
      after = m.end;
    });
    const left = open as Marker | null;
    if (left && !left.closing)
      report({
        message: 'This issueDescription block is never closed with `<!--/issueDescription-->`',
        start: left.start,
        end: left.end,
      });
  },
});
