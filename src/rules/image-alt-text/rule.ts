import { blankComments } from '../links.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'image-alt-text',
  description: 'Images have alt text: `![What it shows](screenshot.png)`',
  rationale:
    'Screen readers read the alt text instead of the image, and it is shown when the image cannot load ' +
    '(many screenshots in articles are on hosts that go away). It is a `warning`: the page works, but ' +
    'some readers get nothing. An HTML `<img alt="">` marks an image as decorative on purpose and is not ' +
    'reported. On `../shared/corpus` (5,512 articles): 5 reports in 4 articles, all ' +
    '`![](Screenshots\\...)`.',
  severity: 'warning',
  fixable: false,
  tags: ['links'],
  check(ctx) {
    for (const type of ['image', 'imageReference'] as const) {
      for (const node of ctx.nodes(type)) {
        if ((node.alt ?? '').trim()) continue;
        ctx.report({ message: 'Describe what this image shows in its alt text: `![...](...)`', node });
      }
    }
    for (const node of ctx.nodes('html')) {
      const s = node.position?.start.offset;
      if (s === undefined || !/<img\b/i.test(node.value)) continue;
      for (const tag of imgTags(blankComments(node.value))) {
        if (/\salt\s*=/i.test(tag.text)) continue;
        const start = s + tag.index;
        const message = 'Give this `<img>` an `alt` attribute describing what it shows';
        ctx.report({ message, start, end: start + tag.text.length });
      }
    }
  },
});

/** Every `<img ...>` tag, found with indexOf (a `<img[^>]*>` regex is quadratic on many unclosed tags). */
function imgTags(html: string): Array<{ index: number; text: string }> {
  const out: Array<{ index: number; text: string }> = [];
  const lower = html.toLowerCase();
  for (let at = lower.indexOf('<img'); at !== -1; at = lower.indexOf('<img', at + 4)) {
    if (/[\w-]/.test(lower[at + 4] ?? '')) continue;
    const close = lower.indexOf('>', at);
    if (close === -1) break;
    out.push({ index: at, text: html.slice(at, close + 1) });
  }
  return out;
}
