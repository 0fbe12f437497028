/** What the editor shows of a rule: its README (link and text) and, for the parser's ids, their description. */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { packageFile } from '../paths.js';
import { parseRules, rules } from '../rules/index.js';

/** The rule's README as a file URL (rule folders ship their README), or the README section about its kind. */
export function ruleDocsUrl(ruleId: string): string | undefined {
  const readme = packageFile(`src/rules/${ruleId}/README.md`);
  if (!ruleId.includes('/') && existsSync(readme)) return pathToFileURL(readme).href;
  const main = pathToFileURL(packageFile('README.md')).href;
  if (ruleId.startsWith('parse/')) return `${main}#how-an-article-is-read`;
  if (ruleId.startsWith('config/')) return `${main}#configuration`;
  return undefined;
}

const texts = new Map<string, string>();

/** Markdown for a hover: the README without its examples, else the registry's description and rationale. */
export function ruleDocs(ruleId: string): string {
  let text = texts.get(ruleId);
  if (text !== undefined) return text;
  const readme = packageFile(`src/rules/${ruleId}/README.md`);
  const url = ruleDocsUrl(ruleId);
  const link = url ? `\n\n[Documentation](${url})` : '';
  if (!ruleId.includes('/') && existsSync(readme)) {
    const body = readFileSync(readme, 'utf8')
      .split(/\r?\n## Examples\b/)[0]
      .replace(/^# (.*)$/m, '**$1**')
      .trim();
    text = body + link;
  } else {
    const rule = rules.find((r) => r.id === ruleId);
    const parse = parseRules.find((r) => r.id === ruleId);
    const description = rule ? `${rule.description}\n\n${rule.rationale}` : (parse?.description ?? '');
    text = `**${ruleId}**${description ? `\n\n${description}` : ''}${link}`;
  }
  texts.set(ruleId, text);
  return text;
}

/** Cross-file rules: their problems are found among articles, so an inline directive does not silence them. */
export function isCorpusRule(ruleId: string): boolean {
  return rules.some((r) => r.id === ruleId && !!r.checkCorpus);
}
