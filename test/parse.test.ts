/** The parser on every oddity real articles have; positions of attributes; masking keeps positions native. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseArticle, parseText } from '../src/parse/index.js';
import { maskProperties } from '../src/parse/properties.js';
import { expectedText, lintFolder, markdownFiles, root } from './fixtures.js';

const dir = path.join(root, 'test', 'fixtures', 'parse');
const isParse = (r: string) => r.startsWith('parse/') || r === 'payload-json' || r.startsWith('internal/');

describe('parse fixtures', () => {
  it('each fixture raises exactly the parse problems its .expected lists', async () => {
    const diagnostics = await lintFolder(dir);
    assert.ok(markdownFiles(dir).length >= 20);
    for (const file of markdownFiles(dir)) {
      const expected = readFileSync(path.join(dir, file.replace(/\.md$/, '.expected')), 'utf8');
      assert.equal(expectedText(diagnostics, file, isParse), expected, file);
    }
  });

  it('--fix repairs the fixable block defects, leaving a block with no parse problem', async () => {
    const { mkdtempSync, copyFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const temp = mkdtempSync(path.join(tmpdir(), 'selfhelp-parse-fix-'));
    try {
      const names = [
        'double-bom',
        'zero-width-space',
        'nbsp-indent',
        'trailing-comma',
        'doubled-quote',
        'no-space-between',
      ];
      for (const n of names) copyFileSync(path.join(dir, `${n}.md`), path.join(temp, `${n}.md`));
      await lintFolder(temp, undefined, true);
      const after = await lintFolder(temp);
      assert.deepEqual(
        after.filter((d) => isParse(d.ruleId)).map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`),
        [],
      );
      for (const n of names) {
        const r = parseArticle(n, readFileSync(path.join(temp, `${n}.md`)));
        assert.ok(r.ok && r.article.properties!.attributes.length === 9, `${n}: 9 attributes after the fix`);
      }
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('reads every attribute of every well-formed variant, at its exact offsets', () => {
    const wellFormed = [
      'bom',
      'crlf',
      'mixed-line-endings',
      'leading-blank-lines',
      'leading-tab-indent',
      'attributes-on-first-line',
      'close-on-last-attribute-line',
      'tabs-between-attributes',
      'spaces-around-equals',
      'comment-before-block',
    ];
    for (const name of wellFormed) {
      const result = parseArticle(`${name}.md`, readFileSync(path.join(dir, `${name}.md`)));
      assert.ok(result.ok, name);
      const { article } = result;
      assert.deepEqual(article.problems, [], name);
      const attrs = article.properties!.attributes;
      assert.equal(attrs.length, 9, `${name}: 9 attributes`);
      for (const a of attrs) {
        assert.equal(article.text.slice(a.nameStart, a.nameEnd), a.name, `${name}: name offsets of ${a.name}`);
        assert.equal(article.text.slice(a.valueStart, a.valueEnd), a.raw, `${name}: value offsets of ${a.name}`);
      }
      assert.equal(attrs.find((a) => a.name === 'pageTitle')!.value, 'Widgets fail to start');
      const h1 = article.tree.children.find((c) => c.type === 'heading') as unknown as
        { position: { start: { offset: number }; end: { offset: number } } } | undefined;
      assert.ok(h1, `${name}: the H1 is parsed`);
      assert.equal(
        article.text.slice(h1.position!.start.offset, h1.position!.end.offset),
        '# Widgets fail to start',
        `${name}: H1 position`,
      );
    }
  });

  it('decodes entities with fast-xml-parser and keeps single-quoted values', () => {
    const r = parseArticle('x.md', readFileSync(path.join(dir, 'entities-and-single-quotes.md')));
    assert.ok(r.ok);
    const d = r.article.properties!.attributes.find((a) => a.name === 'description')!;
    assert.equal(d.value, 'Widgets & gadgets "stop"');
    assert.equal(d.raw, 'Widgets &amp; gadgets &quot;stop&quot;');
  });

  it('keeps the BOM flag and removes it from the text', () => {
    const r = parseArticle('x.md', readFileSync(path.join(dir, 'bom.md')));
    assert.ok(r.ok);
    assert.equal(r.article.bom, true);
    assert.ok(r.article.text.startsWith('<properties'));
  });

  it('gives remark a properties frontmatter node where the block starts the file', () => {
    const article = parseText('x.md', '<properties pageTitle="A"\n  articleId="b" />\n# A\n');
    assert.equal(article.tree.children[0].type, 'properties');
    assert.deepEqual(article.tree.children[0].position!.start, { line: 1, column: 1, offset: 0 });
    assert.equal(article.tree.children[1].type, 'heading');
  });

  it('masking keeps every line break and the length of the text', () => {
    const text = '<properties a="1"\r\n\tb="2" />\r\n# T\r\n';
    const article = parseText('x.md', text);
    const masked = maskProperties(text, article.properties!);
    assert.equal(masked.length, text.length);
    assert.deepEqual(
      [...masked.matchAll(/\r?\n/g)].map((m) => m.index),
      [...text.matchAll(/\r?\n/g)].map((m) => m.index),
    );
  });

  it('recovers after an unclosed quote and still reads the attributes after it', () => {
    const r = parseArticle('x.md', readFileSync(path.join(dir, 'unclosed-quote.md')));
    assert.ok(r.ok);
    const names = r.article.properties!.attributes.map((a) => a.name);
    assert.ok(names.includes('selfHelpType') && names.includes('articleId'), names.join(','));
  });

  it('finds the JSON payload and gives its nodes positions inside the article', () => {
    const article = parseText(
      'x.md',
      '<properties\n  a="1"\n/>\n# T\n---\n{\n  "$schema": "SelfHelpContent"\n}\n---\n',
    );
    assert.ok(article.payload?.document);
    assert.deepEqual(article.payload.value, { $schema: 'SelfHelpContent' });
    const member = (article.payload.document.body as { members: Array<{ loc: { start: { offset: number } } }> })
      .members[0];
    assert.equal(article.text.slice(article.payload.jsonStart + member.loc.start.offset).slice(0, 9), '"$schema"');
    // the payload is hidden from remark: no setext heading made of JSON
    assert.deepEqual(
      article.tree.children.map((c) => c.type),
      ['properties', 'heading'],
    );
  });
});
