/**
 * Adversarial articles: one repetitive pattern grown to a given size, behind a valid properties block.
 * Shared by test/adversarial.test.ts and test/slow/linear.test.ts (our rules stay linear), test/safety.test.ts (the
 * time budget), the fuzz tests and scripts/bench-adversarial.ts.
 */

const head = (title = 'Adversarial input') =>
  `<properties\n    pageTitle="${title}"\n    service="microsoft.storage"\n    selfHelpType="generic"\n    supportTopicIds="32629777"\n    cloudEnvironments="public"\n    articleId="dcb1cb39-ac8b-4542-9575-9f52ff11cecf"\n/>\n`;

/** `unit` repeated until the text is about `bytes` long. */
const fill = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

const form = (visibility: string) =>
  `<properties\n    pageTitle="Form"\n    selfHelpType="problemScopingQuestions"\n    supportTopicIds="1"\n    productPesIds="1"\n    schemaVersion="1"\n    cloudEnvironments="public"\n    articleId="99999999-0000-4000-8000-000000000999"\n/>\n# Form\n---\n` +
  `{ "formElements": [ { "id": "a", "order": 1, "controlType": "textbox", "displayLabel": "A" }, { "id": "b", "order": 2, "controlType": "textbox", "displayLabel": "B", "visibility": ${JSON.stringify(visibility)} } ] }\n---\n`;

/** name -> (bytes) -> the article text */
export const ADVERSARIAL: Record<string, (bytes: number) => string> = {
  'mismatched emphasis and brackets': (n) => `${head()}# T\n\n${fill('*a _b [c **d __e ](f `g ', n)}\n`,
  'lines of unclosed <!--': (n) => `${head()}# T\n\n${fill('<!-- x\n', n)}`,
  'one line of unclosed <!--': (n) => `${head()}# T\n\nx ${fill('<!-- a ', n)}\n`,
  '[ runs': (n) => `${head()}# T\n\n${fill('[', n)}\n`,
  '( runs': (n) => `${head()}# T\n\n[a]${fill('(', n)}\n`,
  '[a]( runs': (n) => `${head()}# T\n\n${fill('[a](', n)}\n`,
  'unclosed replacement tokens': (n) => `${head()}# T\n\n${fill('<!--$Name--> x ', n)}\n`,
  'unclosed closing tokens': (n) => `${head()}# T\n\n${fill('<!--/$Name--> ', n)}\n`,
  'spaces in visibility': (n) => form(`a${' '.repeat(n)}b == 1`),
  'visibility of ors': (n) => form(fill('a == 1 || ', n)),
  'URL of commas': (n) => `${head()}# T\n\nSee https://example.com/${fill(',', n)}x\n`,
  'URL of dots': (n) => `${head()}# T\n\nSee https://example.com/${fill('.', n)}x\n`,
  'URL of slashes': (n) =>
    `${head()}# T\n\nSee [x](https://example.com/${fill('/', n)}x) and https://example.com/${fill('/#?', n)}x\n`,
  'tags without >': (n) => `${head()}# T\n\n<div>\n${fill('<a ', n)}\n`,
  'URL of )': (n) => `${head()}# T\n\nSee https://example.com/${fill(')', n)}x\n`,
  'title of spaces': (n) => `${head(`T${' '.repeat(n)}x`)}# T${' '.repeat(n)}y\n`,
  'title of dots': (n) => `${head(`T${'.'.repeat(n)}x`)}# T${'. '.repeat(n / 2)}y\n`,
  'heading of emphasis marks': (n) => `${head('T')}# ${fill('*_`', n)}x\n`,
  'long attribute value': (n) => `${head(fill('a', n))}# T\n`,
  'many attributes': (n) => `<properties\n${fill('    a="b"\n', n)}/>\n# T\n`,
  'bold recommended steps': (n) => `${head()}# T\n\n${fill('## **Recommended Steps**\n', n)}`,
  'data-blade links': (n) => `${head()}# T\n\n${fill('[x](data-blade:Microsoft_Azure_X.Y/ ', n)}\n`,
  'issue description markers': (n) => `${head()}# T\n\n${fill('<!--issueDescription--> ', n)}\n`,
  'nested lists': (n) =>
    `${head()}# T\n\n${Array.from({ length: Math.ceil(n / 40) }, (_, i) => `${'  '.repeat(Math.min(i, 18))}- x`).join('\n')}\n`,
  'backtick runs': (n) => `${head()}# T\n\n${fill('`` ` ``` ', n)}\n`,
  'html attribute runs': (n) => `${head()}# T\n\n<div ${fill('a="b" ', n)}\n`,
};

/** Patterns the shared markdown parser (micromark) is itself slow on: only the budget helps there. */
export const PARSER_BOUND = new Set([
  'mismatched emphasis and brackets',
  'one line of unclosed <!--',
  '[ runs',
  '[a]( runs',
  'heading of emphasis marks',
  'nested lists',
]);
