/**
 * The layering of src/, checked by `npm test` (dependency-cruiser). Each folder is a stage; a stage imports only
 * from the stages below it, never from above, and no two modules import each other in a circle.
 *
 *   cli ─────────────── the command line: flags -> a front-end -> exit code
 *   serve, lsp ──────── front-ends that stay up (the preview, the editor server)
 *   engine ──────────── the one engine: discovery, cache, workers, cross-file rules, render, site
 *   lint, site ──────── one file checked; rendered records -> dist/
 *   rules ───────────── the rules and their registry (dupes: the duplicate detection they use)
 *   cache, config, discover
 *   validate ────────── metadata against the schemas
 *   parse, git, report
 *   files, diagnostic, html, timing, paths ── shared helpers at the bottom (they import nothing of ours)
 *
 * Front-ends (cli, serve, lsp) ask the engine: they never read a cache format or a rule's own files.
 */
const layers = [
  ['files', 'diagnostic', 'html', 'timing', 'paths'],
  ['parse', 'git', 'report'],
  ['validate'],
  ['cache', 'config', 'discover', 'suppressions'],
  ['dupes'],
  ['rules'],
  ['lint', 'site'],
  ['engine'],
  ['serve', 'lsp'],
  ['cli'],
];
const folder = (names) => `^src/(${names.join('|')})([/.]|$)`;

const upward = layers.slice(0, -1).map((names, i) => ({
  name: `layer-${names.join('-')}`,
  comment: `${names.join(', ')} must not import from the stages above them (${layers
    .slice(i + 1)
    .flat()
    .join(', ')})`,
  severity: 'error',
  from: { path: folder(names) },
  to: { path: folder(layers.slice(i + 1).flat()) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'modules that import each other in a circle (at run time: a type-only import is no import)',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    ...upward,
    {
      name: 'front-ends-ask-the-engine',
      comment:
        'cli, serve and lsp never read a cache format or a rule folder: they ask the engine (the registry, rules/index.ts, is allowed)',
      severity: 'error',
      from: { path: '^src/(cli|serve|lsp)/' },
      to: { path: ['^src/cache/', '^src/rules/[^/]+/'] },
    },
    {
      name: 'not-to-tests-or-scripts',
      comment: 'the product does not import the tests or the scripts',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^build/|/fixtures/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
