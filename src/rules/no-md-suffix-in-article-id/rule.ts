import { defineRule } from '../rule.js';

export default defineRule({
  id: 'no-md-suffix-in-article-id',
  description: '`articleId` does not end in `.md`',
  rationale:
    'An id is a key, not a file name: a `.md` suffix is usually the file name pasted in. But an articleId is ' +
    'permanent once published (support topics, telemetry and links refer to it), so changing it is riskier than ' +
    'the blemish: write new ids without the suffix and leave published ones alone.\n\nSeverity `info` for that ' +
    'reason. On `../shared/corpus` it fires 133 times (133 before, as part of `article-id-format`).',
  severity: 'info',
  fixable: false,
  tags: ['metadata'],
  check({ meta, report }) {
    const id = meta.values.get('articleId');
    if (!id || !/\.md$/i.test(id.value)) return;
    report({
      message:
        `articleId "${id.value}" ends in \`.md\`; ` + 'an id is not a file name (keep it if the article is published)',
      start: id.attribute.valueStart,
      end: id.attribute.valueEnd,
    });
  },
});
