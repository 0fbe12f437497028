import { isPlaceholder, linkTargets } from '../links.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'no-empty-link-targets',
  description: 'Links have a target: not empty, not `#`, not a bare `https://` placeholder',
  rationale:
    'An empty or placeholder target is a link the author meant to fill in; readers get a dead link. It is ' +
    'an `error`: the link goes nowhere. A target that is a replacement token ' +
    '(`<!--$Link-->...<!--/$Link-->`) is filled by the portal and is not reported, nor is a definition ' +
    'nothing refers to (`[comment]: # (...)`, the markdown comment idiom). On `../shared/corpus` (5,512 ' +
    'articles): 8 reports in 5 articles (11 before: 5 of them token targets; the 2 `https://aka.ms/` ' +
    'placeholders now counted here were short-link reports before).',
  severity: 'error',
  fixable: false,
  tags: ['links'],
  check(ctx) {
    for (const t of linkTargets(ctx)) {
      if (t.kind === 'bare' || t.token) continue;
      const url = t.url.trim();
      if (isPlaceholder(url)) {
        const source = ctx.article.text.slice(t.node.position!.start.offset!, t.node.position!.end.offset!);
        ctx.report({
          message: `This link has no target${url ? ` (\`${url}\` is a placeholder)` : ''}: \`${source.length > 60 ? `${source.slice(0, 57)}...` : source}\``,
          node: t.node,
        });
      }
    }
  },
});
