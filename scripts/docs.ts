/** npm run docs: regenerate every rule's README.md and the rule table in README.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../src/rules/index.js';
import { root, rulesDir } from '../test/fixtures.js';
import { ruleReadme, withRuleTable } from './docs-text.js';

for (const rule of rules) writeFileSync(path.join(rulesDir, rule.id, 'README.md'), ruleReadme(rule, rulesDir));
const readme = path.join(root, 'README.md');
writeFileSync(readme, withRuleTable(readFileSync(readme, 'utf8')));
console.log(`wrote ${rules.length} rule READMEs and the README rule table`);
