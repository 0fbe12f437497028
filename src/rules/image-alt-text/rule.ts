import { blankComments } from '../links.js';
import { defineRule } from '../rule.js';

const IMG = /<img\b[^>]*>/gi;

export default defineRule({
  id: 'image-alt-text',
  description: 'Images have alt text: `![What it shows](screenshot.png)`',
  rationale:
    'Screen readers read the alt text instead of the image, and it is shown when the image cannot load (many screenshots in articles are on hosts that go away). '
    + 'It is a `warning`: the page works, but some readers get nothing. An HTML `<img alt="">` marks an image as decorative on purpose and is not reported.',
  severity: 'warning',
  fixable: false,
  tags: ['links'],
  check(ctx) {
    for (const type of ['image', 'imageReference'] as const) {
      for (const node of ctx.nodes(type)) {
        if (!(node.alt ?? '').trim()) ctx.report({ message: 'Describe what this image shows in its alt text: `![...](...)`', node });
      }
    }
    for (const node of ctx.nodes('html')) {
      const s = node.position?.start.offset;
      if (s === undefined || !/<img\b/i.test(node.value)) continue;
      for (const m of blankComments(node.value).matchAll(IMG)) {
        if (/\salt\s*=/i.test(m[0])) continue;
        const start = s + (m.index ?? 0);
        ctx.report({ message: 'Give this `<img>` an `alt` attribute describing what it shows', start, end: start + m[0].length });
      }
    }
  },
});
