import { defineRule } from '../rule.js';

export default defineRule({
  id: 'file-name-format',
  description: 'Article file names are under 80 characters, with no spaces',
  rationale:
    'The TPS Authoring Guide: "File names must be under 80 characters" and name the problem "with no spaces" ' +
    '(`classiccompute-myvmisslow.md`); long names and spaces break the tools and URLs that carry them. The ' +
    "guide's third rule, that a name begins with the service name, is not checked: 76% of `../shared/corpus` " +
    '(4,206 of 5,512 files, in folders such as `common-solutions` and `problemscopingques.*` that are not service ' +
    "names) does otherwise, so it is not the team's practice.\n\nSeverity `warn`. On `../shared/corpus` it fires " +
    '130 times (all for length: no file name has a space).',
  severity: 'warning',
  fixable: false,
  tags: ['files'],
  options: {
    type: 'object',
    properties: {
      maxLength: { type: 'integer', minimum: 1, description: 'file names (with `.md`) must be shorter than this' },
    },
    additionalProperties: false,
  },
  defaultOptions: { maxLength: 80 },
  check({ article, options, report }) {
    const name = article.file.slice(article.file.lastIndexOf('/') + 1);
    const max = options.maxLength as number;
    if (name.length >= max) {
      report({
        message: `The file name "${name}" has ${name.length} characters; keep it under ${max}`,
        start: 0,
        end: 0,
      });
    }
    if (/\s/.test(name)) {
      report({ message: `The file name "${name}" contains a space; use \`-\` between words`, start: 0, end: 0 });
    }
  },
});
