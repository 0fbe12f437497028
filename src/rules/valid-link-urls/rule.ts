import { linkTargets, urlProblem } from '../links.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'valid-link-urls',
  description: 'Web addresses in links are complete: `https://`, not `ttps://`, `http:/`, `https//` or no scheme',
  rationale:
    'A target such as `ttps://learn.microsoft.com/...`, `aka.ms/x` or `www.example.com` is not a web ' +
    'address to a browser but a path relative to the portal page: every click is a dead link. So are ' +
    'doubled parentheses (`[x]((https://...))`) and a space inside an absolute URL. It is an `error` ' +
    'because the link is broken for every reader. `--fix` corrects a scheme typo, drops doubled ' +
    'parentheses and adds `https://` to a Microsoft host (they all serve https); an unknown host is left ' +
    'for the author, who knows whether it serves https. On `../shared/corpus` (5,512 articles): 1 report ' +
    '(`[PeeringDB](www.peeringdb.com/net/694)`).',
  severity: 'error',
  fixable: true,
  tags: ['links'],
  check(ctx) {
    for (const t of linkTargets(ctx)) {
      if (t.kind === 'bare' || t.kind === 'autolink') continue;
      const problem = urlProblem(t.url);
      if (!problem) continue;
      const url = t.url.trim();
      const shown = url.length > 60 ? `${url.slice(0, 57)}...` : url;
      const exact = ctx.article.text.slice(t.start, t.end) === t.url;
      const range: [number, number] = [t.start, t.end];
      const fix = problem.fixed !== undefined && exact ? { range, text: problem.fixed } : undefined;
      const hint = problem.fixed ? `; write \`${problem.fixed.split('/').slice(0, 3).join('/')}/...\`` : '';
      const message = {
        'scheme-typo': `\`${shown}\` is not a web address (the scheme is misspelt)${hint}`,
        'no-scheme': `\`${shown}\` has no \`https://\`, so browsers read it as a path on the portal`,
        parentheses: `\`${shown}\` is wrapped in extra parentheses, which become part of the address`,
        space: `\`${shown}\` has a space in it; remove it or write it as \`%20\``,
      }[problem.kind];
      ctx.report({ message, start: t.start, end: t.end, fix });
    }
  },
});
