/** The static bundle: XSS attempts are neutralised, builds are deterministic and atomic, errors refuse to publish. */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { buildSite, digest, pagePath, slug } from '../src/site/site.js';
import { renderChunk } from '../src/site/worker.js';
import type { Diagnostic } from '../src/diagnostic.js';
import {
  BUCKETS,
  bucketOf,
  CHUNK,
  groupFiles,
  groupScripts,
  WHOLE,
  weights,
  type SearchDoc,
} from '../src/site/search.js';
import { cli, markdownFiles, root, tempDir } from './fixtures.js';

const xss = path.join(root, 'test', 'fixtures', 'xss');

/** Everything in the HTML, parsed as a browser would, that could run script: the list of offences. */
function dangers(html: string): string[] {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  const out: string[] = [];
  const visit = (node: {
    type: string;
    tagName?: string;
    properties?: Record<string, unknown>;
    children?: unknown[];
  }) => {
    if (node.type === 'element') {
      if (/^(script|iframe|object|embed|style|svg|math|base|meta|link|frame|frameset|applet)$/i.test(node.tagName!))
        out.push(`<${node.tagName}>`);
      for (const [k, v] of Object.entries(node.properties ?? {})) {
        if (/^on/i.test(k)) out.push(`${node.tagName} ${k}`);
        if (/^(href|src|action|formAction|xLinkHref)$/i.test(k) && /^\s*(javascript|data|vbscript):/i.test(String(v)))
          out.push(`${node.tagName} ${k}=${String(v)}`);
      }
    }
    for (const c of node.children ?? []) visit(c as typeof node);
  };
  visit(tree as never);
  return out;
}

describe('security', () => {
  it('no XSS attempt survives rendering', () => {
    const files = markdownFiles(xss);
    assert.ok(files.length >= 20, `${files.length} attempts`);
    for (const record of renderChunk({ files, cwd: xss })) {
      assert.ok(record.ok, record.file);
      assert.deepEqual(dangers(record.html), [], `${record.file}: ${record.html}`);
    }
  });
  it('text around the attempts is kept, escaped', () => {
    const [r] = renderChunk({ files: ['inline-script.md'], cwd: xss });
    assert.match(r.html, /Hello\s+world\./);
    const [form] = renderChunk({ files: ['form-payload.md'], cwd: xss });
    assert.match(form.html, /<legend>&#x3C;img src=x onerror=alert\(1\)><\/legend>/, 'shown as text');
    assert.deepEqual(
      dangers('<p><img src=x onerror=alert(1)><a href="javascript:x">y</a><script>z</script></p>'),
      ['img onError', 'a href=javascript:x', '<script>'],
      'the checker itself catches them',
    );
  });
  it('page paths never leave the site, whatever the article path', () => {
    for (const file of [
      '../../etc/passwd.md',
      'a/../../b.md',
      '/abs/x.md',
      'articles/ok folder/x y.md',
      '..\\..\\win.md',
    ]) {
      const p = pagePath(file);
      assert.ok(
        p.startsWith('articles/') && !p.split('/').includes('..') && !p.includes('\\') && !path.isAbsolute(p),
        `${file} -> ${p}`,
      );
    }
  });
});

describe('golden pages', () => {
  const golden = path.join(root, 'test', 'fixtures', 'golden');
  for (const record of renderChunk({ files: markdownFiles(golden), cwd: golden })) {
    it(`${record.file} renders as its .html`, () => {
      assert.equal(`${record.html}\n`, readFileSync(path.join(golden, record.file.replace(/\.md$/, '.html')), 'utf8'));
    });
  }
});

describe('the bundle', () => {
  it('has article pages, listings, manifests, search and per-cloud bundles that hold only their clouds', async () => {
    const files = readdirSync(path.join(root, 'articles'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.md'))
      .map((f) => `articles/${f.split(path.sep).join('/')}`);
    const site = await buildSite(renderChunk({ files, cwd: root }), { baseUrl: 'https://help.example.com/docs' });
    for (const f of [
      'index.html',
      'manifest.json',
      'support-topics.json',
      'sitemap.xml',
      'services.html',
      'types.html',
      'topics.html',
      'reports/coverage.html',
      'assets/site.css',
      'assets/search.js',
    ]) {
      assert.ok(site.has(f), f);
    }
    const ajv = new Ajv2020({ strict: true });
    for (const [file, schema] of [
      ['manifest.json', 'manifest.schema.json'],
      ['fairfax/support-topics.json', 'support-topics.schema.json'],
    ]) {
      const validate = ajv.compile(JSON.parse(readFileSync(path.join(root, 'schemas', schema), 'utf8')));
      assert.ok(validate(JSON.parse(String(site.get(file)))), `${file}: ${JSON.stringify(validate.errors)}`);
    }
    // every manifest (empty ones too) is valid JSON with one line per article
    const manifests = [...site.keys()].filter((f) => f.endsWith('manifest.json'));
    assert.equal(manifests.length, 7);
    for (const f of manifests) {
      const text = String(site.get(f));
      const { articles } = JSON.parse(text) as { articles: unknown[] };
      const lines = text.split('\n').filter((l) => l.startsWith('{"file":'));
      assert.deepEqual(
        lines.map((l) => JSON.parse(l.replace(/,$/, ''))),
        articles,
        f,
      );
    }
    assert.ok(
      manifests.some((f) => (JSON.parse(String(site.get(f))) as { articles: unknown[] }).articles.length === 0),
      'one bundle is empty',
    );
    const manifest = JSON.parse(String(site.get('manifest.json'))) as {
      articles: Array<{ file: string; path: string; cloudEnvironments: string[]; contentHash: string }>;
    };
    assert.equal(manifest.articles.length, files.length);
    for (const a of manifest.articles) assert.ok(site.has(a.path) && /^[0-9a-f]{40}$/.test(a.contentHash), a.file);
    const fairfax = JSON.parse(String(site.get('fairfax/manifest.json'))) as typeof manifest;
    assert.ok(fairfax.articles.length > 0 && fairfax.articles.length < files.length);
    assert.ok(fairfax.articles.every((a) => a.cloudEnvironments.includes('fairfax')));
    for (const a of manifest.articles.filter((x) => !x.cloudEnvironments.includes('fairfax')))
      assert.ok(!site.has(`fairfax/${a.path}`), `${a.file} is not in the fairfax bundle`);
    // search: every bundle's shards hold exactly its own articles
    for (const bundle of ['', 'fairfax/', 'mooncake/']) {
      const names = /data-groups="([^"]*)"/
        .exec(String(site.get(`${bundle}index.html`)))![1]
        .split(' ')
        .filter(Boolean);
      const call = (f: string) =>
        JSON.parse(`[${/^selfhelp\w+\((.*)\);\n$/s.exec(String(site.get(`${bundle}search/${f}`)))![1]}]`) as unknown[];
      const facets = String(site.get(`${bundle}search/facets.js`))
        .split('\n')
        .filter(Boolean);
      assert.equal(facets.length, names.length, 'a line of facets per group');
      const paths = names.flatMap((n, g) => {
        const docs = (JSON.parse(`[${/^selfhelpDocs\((.*)\);$/.exec(facets[g])![1]}]`)[1] as { docs: unknown[] }).docs;
        return docs.map((_, i) => (call(`${n}/d${Math.floor(i / CHUNK)}.js`)[1] as Array<{ p: string }>)[i % CHUNK].p);
      });
      const expected = (bundle ? JSON.parse(String(site.get(`${bundle}manifest.json`))) : manifest).articles.map(
        (a: { path: string }) => a.path,
      );
      assert.deepEqual(paths.sort(), expected.sort(), `${bundle || 'root'} search holds its articles`);
      // a small group has its terms in one file (loaded with the facets), a large one a file per bucket
      const whole = /data-whole="([^"]*)"/.exec(String(site.get(`${bundle}index.html`)))![1].split(' ');
      for (const n of names) {
        const small = whole.includes(n);
        assert.equal(site.has(`${bundle}search/${n}/t.js`), small, `${n}: one term file`);
        assert.equal(site.has(`${bundle}search/${n}/t0.js`), !small, `${n}: a term file per bucket`);
      }
    }
    // the search client is a script a browser can run (the browser suite runs it)
    assert.doesNotThrow(() => new vm.Script(String(site.get('assets/search.js'))));
    // sitemaps: absolute URLs, a cloud's under its bundle's own URL
    assert.match(
      String(site.get('sitemap.xml')),
      /<loc>https:\/\/help\.example\.com\/docs\/articles\/microsoft\.compute\//,
    );
    assert.match(
      String(site.get('fairfax/sitemap.xml')),
      /<loc>https:\/\/help\.example\.com\/docs\/fairfax\/index\.html<\/loc>/,
    );
    assert.doesNotMatch(String(site.get('sitemap.xml')), /<loc>(?!https:)/);
    // a cloud's bundle, deployed alone, links to no folder outside itself
    for (const [f, content] of site) {
      if (!f.startsWith('fairfax/') || !f.endsWith('.html')) continue;
      const depth = f.split('/').length - 2;
      for (const m of String(content).matchAll(/href="((?:\.\.\/)+)/g))
        assert.ok(m[1].length / 3 <= depth, `${f} links out of its bundle`);
    }
    const page = String(site.get('articles/microsoft.compute/vm-high-cpu-insight.html'));
    assert.match(page, /<aside class="issue-description">/);
    assert.match(page, /<span class="token" title="Replaced by the portal: VmName">VmName<\/span>/);
    assert.match(page, /<h2 id="recommended-steps">/);
    assert.match(page, /<nav class="crumbs"/);
    assert.match(
      String(site.get('articles/microsoft.storage/storage-upload-scoping-questions.html')),
      /<form class="form-preview">[\s\S]*<select disabled>/,
    );
    assert.match(String(site.get('articles/microsoft.storage/storage-blob-access-denied.html')), /<span class="blade"/);
  });

  it('selfhelp build refuses to publish on lint errors and leaves dist/ untouched; --force publishes; two builds are byte-identical', async () => {
    const dir = tempDir('build');
    mkdirSync(path.join(dir, 'articles'));
    const good = readFileSync(
      path.join(root, 'articles', 'microsoft.storage', 'storage-blob-access-denied.md'),
      'utf8',
    );
    writeFileSync(path.join(dir, 'articles', 'good.md'), good);
    assert.equal((await cli(dir, 'build')).code, 0);
    const first = snapshot(path.join(dir, 'dist'));
    assert.equal((await cli(dir, 'build')).code, 0);
    assert.deepEqual(snapshot(path.join(dir, 'dist')), first, 'byte-identical');
    writeFileSync(path.join(dir, 'articles', 'bad.md'), good.replace(/articleId="[^"]*"/, 'articleId=""'));
    const refused = await cli(dir, 'build');
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /Not published/);
    assert.deepEqual(snapshot(path.join(dir, 'dist')), first, 'dist/ untouched');
    // --force: the lint summary, and every article left out named with why (here one not in UTF-8)
    writeFileSync(
      path.join(dir, 'articles', 'latin1.md'),
      Buffer.from(good.replace('<properties', '<properties\n    \xe9t\xe9=""'), 'latin1'),
    );
    const forced = await cli(dir, 'build', '--force');
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(forced.stderr, /\d+ problems? .*published anyway/);
    assert.match(forced.stderr, /Left out of the site: 1 article\n {2}articles\/latin1\.md: .*\(parse\//);
    assert.match(forced.stderr, /No sitemap made: set `site\.baseUrl`/);
    rmSync(path.join(dir, 'articles', 'latin1.md'));
    assert.equal((await cli(dir, 'build', '--force')).code, 0);
    assert.ok(existsSync(path.join(dir, 'dist', 'articles', 'bad.html')));
    assert.deepEqual(
      readdirSync(dir)
        .filter((f) => f.startsWith('.dist.'))
        .sort(),
      ['.dist.a', '.dist.b'],
      'no temporary folder left: the tree dist/ links to, and the previous build kept as the spare',
    );
  });

  it('the lint summary counts what selfhelp lint finds (plus the sovereign-bundle links), from the cache as from a cold build', async () => {
    const dir = tempDir('build-summary');
    cpSync(path.join(root, 'articles'), path.join(dir, 'articles'), { recursive: true });
    // one more article, published to a sovereign cloud, that sends readers to the public docs twice and has warnings
    const good = readFileSync(
      path.join(root, 'articles', 'microsoft.storage', 'storage-blob-access-denied.md'),
      'utf8',
    );
    const sovereign = good
      .replace(/cloudEnvironments="[^"]*"/, 'cloudEnvironments="public, fairfax"')
      .replace(/articleId="[^"]*"/, 'articleId="0f6b5a4e-2c1d-4e8f-9a7b-3c2d1e0f9a8b"')
      .replace(/\s+description="[^"]*"/, '')
      .concat(
        '\nSee [the docs](https://docs.microsoft.com/azure/storage/) and [the portal](https://portal.azure.com/#home).\n',
      );
    writeFileSync(path.join(dir, 'articles', 'microsoft.storage', 'sovereign-copy.md'), sovereign);
    const lint = await cli(dir, 'lint', '--format', 'json');
    const found = JSON.parse(lint.stdout) as Array<{ severity: string }>;
    const [errors, warnings] = [
      found.filter((m) => m.severity === 'error').length,
      found.filter((m) => m.severity === 'warning').length,
    ];
    assert.ok(warnings > 0, 'the fixtures have warnings to count');
    const lead = () =>
      /<p class="lead">(\d+) errors and (\d+) warnings\.<\/p>/
        .exec(readFileSync(path.join(dir, 'dist', 'reports', 'index.html'), 'utf8'))!
        .slice(1)
        .map(Number);
    const cold = await cli(dir, 'build', '--force');
    assert.equal(cold.code, 0, cold.stderr);
    const links = Number(
      /(\d+) links? to another cloud's portal or docs in sovereign-cloud bundles/.exec(cold.stderr)![1],
    );
    // fewer than 20: every one is printed
    assert.ok(links >= 2 && links <= 20, `${links} links`);
    assert.equal(
      cold.stderr.split('\n').filter((l) => l.endsWith('build/public-link-in-sovereign-bundle')).length,
      links,
    );
    assert.deepEqual(lead(), [errors, warnings + links]);
    const page = readFileSync(path.join(dir, 'dist', 'reports', 'index.html'), 'utf8');
    // a rebuild (counts read from the cache, the edited article linted again) gives the same page
    writeFileSync(
      path.join(dir, 'articles', 'microsoft.compute', 'vm-high-cpu-insight.md'),
      `${readFileSync(path.join(dir, 'articles', 'microsoft.compute', 'vm-high-cpu-insight.md'), 'utf8')}\nOne more line.\n`,
    );
    assert.equal((await cli(dir, 'build', '--force')).code, 0);
    assert.equal(readFileSync(path.join(dir, 'dist', 'reports', 'index.html'), 'utf8'), page);
    // refused: the summary line is the one selfhelp lint prints
    writeFileSync(path.join(dir, 'articles', 'bad.md'), good.replace(/articleId="[^"]*"/, 'articleId=""'));
    const refused = await cli(dir, 'build');
    assert.equal(refused.code, 1);
    const lintLast = (await cli(dir, 'lint')).stdout.trim().split('\n').at(-1);
    assert.equal(refused.stderr.trim().split('\n').at(-2), lintLast);
  });

  it('services, types and topics whose names slug alike get pages of their own', async () => {
    const [base] = renderChunk({ files: ['articles/microsoft.storage/storage-blob-access-denied.md'], cwd: root });
    const site = await buildSite([
      { ...base, file: 'a.md', page: pagePath('a.md'), service: 'microsoft.network', supportTopicIds: ['1 2'] },
      { ...base, file: 'b.md', page: pagePath('b.md'), service: 'microsoft.network/', supportTopicIds: ['1-2'] },
    ]);
    assert.match(String(site.get('services/microsoft.network.html')), /a\.html/);
    assert.match(String(site.get('services/microsoft.network_2f_.html')), /b\.html/);
    assert.match(String(site.get('articles/b.html')), /services\/microsoft\.network_2f_\.html/);
    const topics = [...site]
      .filter(([f]) => f.startsWith('topics/'))
      .map(([, v]) => String(v))
      .join('');
    assert.ok(topics.includes('id="topic-1_20_2"') && topics.includes('id="topic-1-2"'));
    assert.equal(slug('.hidden Name'), '_2e_hidden_20_name');
  });

  it('the same records give the same site', async () => {
    const files = markdownFiles(xss);
    assert.equal(
      digest(await buildSite(renderChunk({ files, cwd: xss }))),
      digest(await buildSite(renderChunk({ files: [...files].reverse(), cwd: xss }))),
    );
  });
});

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const full = path.join(dir, f);
    if (!f.includes('.') || !existsSync(full) || readdirSync(path.dirname(full)).length === 0) continue;
    try {
      out[f] = readFileSync(full, 'utf8');
    } catch {
      /* a folder */
    }
  }
  return out;
}

describe('fidelity', () => {
  const cwd = path.join(root, 'test', 'fixtures', 'site');
  const files = [
    'articles/microsoft.compute/restart.md',
    'articles/microsoft.web/apollo.md',
    'articles/microsoft.web/links.md',
  ];
  it('links to articles go to their pages, missing ones are text and warnings; media is copied; raw HTML and Apollo components are kept', async () => {
    const problems: Diagnostic[] = [];
    const site = await buildSite(renderChunk({ files, cwd }), { cwd, problems });
    const page = String(site.get('articles/microsoft.web/links.html'));
    assert.match(
      page,
      /<a href="\.\.\/microsoft\.compute\/restart\.html#check-the-boot-log" class="article-link link-0">the VM article<\/a>/,
    );
    assert.match(page, /<a href="apollo\.html" class="article-link link-1">the same folder<\/a>/);
    assert.match(page, /<span class="dead-link" title="Not in this site">a missing one<\/span>/);
    assert.match(page, /<a href="#recommended-steps">a section here<\/a>/);
    assert.match(String(site.get('articles/microsoft.compute/restart.html')), /<h2 id="check-the-boot-log">/);
    assert.match(page, /<img src="media\/diagram\.png" alt="A diagram" class="link-3">/);
    assert.match(page, /<span class="dead-link">\[image: Gone\]<\/span>/);
    for (const bundle of ['', 'fairfax/'])
      assert.ok(
        String(site.get(`${bundle}articles/microsoft.web/media/diagram.png`)).includes('a-fixture-image'),
        `${bundle} has the image`,
      );
    assert.ok(
      !site.has('mooncake/articles/microsoft.web/media/diagram.png'),
      'only in the bundles of the articles that show it',
    );
    assert.deepEqual(
      problems.map((d) => [d.line, d.column, d.ruleId]),
      [
        [13, 1, 'build/link-to-missing-article'],
        [16, 1, 'build/missing-media'],
      ],
    );
    // the raw HTML the portal renders
    assert.match(
      page,
      /<div>Raw <b>bold<\/b>, a line<br>break, <a href="https:\/\/learn\.microsoft\.com\/azure\/app-service\/">a raw link<\/a>,\n<span title="kept">a span<\/span>\.<\/div>/,
    );
    assert.match(page, /<table><tbody><tr><th>Setting<\/th><td>Value<\/td><\/tr><\/tbody><\/table>/);
    // Apollo: readable static content; and the empty service is the folder's, and the page says so
    const apollo = String(site.get('articles/microsoft.web/apollo.html'));
    assert.match(
      apollo,
      /<aside class="insight"><p><strong>Diagnostic check<\/strong> \(<code>WebAppSlowInsight<\/code>\): We are checking the response times of your app<\/p><p>When it finds nothing: No slow responses were found<\/p><\/aside>/,
    );
    assert.match(apollo, /<p class="metric"><strong>Chart: <\/strong>Server errors over a day \(Http5xx, Sum\)<\/p>/);
    assert.match(
      apollo,
      /<p class="video">Video: <a href="https:\/\/www\.example\.com\/watch\?v=1">How to scale up an app<\/a><\/p>/,
    );
    assert.match(apollo, /microsoft\.web<\/a> <small>\(from its folder/);
    // links to another cloud: the public docs and China's portal are findings in the fairfax bundle, its own docs are
    // not
    const fairfax = JSON.parse(String(site.get('fairfax/reports/cloud-links.json'))) as {
      links: Array<{ file: string; url: string; sends: string }>;
    };
    const restart = fairfax.links
      .filter((l) => l.file === 'articles/microsoft.compute/restart.md')
      .map((l) => [l.sends, l.url]);
    assert.deepEqual(restart, [
      ['public', 'https://learn.microsoft.com/azure/virtual-machines/'],
      ['mooncake', 'https://portal.azure.cn/'],
    ]);
    const mooncake = JSON.parse(String(site.get('mooncake/reports/cloud-links.json'))) as typeof fairfax;
    assert.deepEqual(
      mooncake.links.map((l) => l.sends),
      ['public', 'fairfax'],
      'Azure Government docs are another cloud for Azure China',
    );
    assert.match(String(site.get('services/microsoft.web.html')), /Web app slow responses/);
  });
});

describe('search groups', () => {
  const doc = (i: number): SearchDoc => ({
    title: `Article ${i} about disk ${i % 7 ? 'latency' : 'quota'}`,
    description: `word${i} and shared`,
    text: `Body of ${i}: restart the service${i % 3 ? ' then check the logs' : ''}.`,
    path: `articles/a${i}.html`,
    service: 'microsoft.compute',
    type: 'generic',
    clouds: ['public'],
  });
  // each file's table of terms, as the browser gets it
  const tables = (name: string, docs: SearchDoc[]) =>
    groupScripts(name, docs)
      .filter((f) => f.startsWith('selfhelpTerms('))
      .map(
        (f) =>
          JSON.parse(`[${/^selfhelpTerms\((.*)\);\n$/s.exec(f)![1]}]`) as [string, number, Record<string, number[]>],
      );
  const postings = (docs: SearchDoc[]) => {
    const all = new Map<string, number[]>();
    docs.forEach((d, i) => {
      for (const [t, w] of weights(d)) all.set(t, [...(all.get(t) ?? []), i, w]);
    });
    return all;
  };

  it('a group of at most WHOLE articles has one term file with every posting', () => {
    const docs = Array.from({ length: WHOLE }, (_, i) => doc(i));
    assert.deepEqual(groupFiles({ records: docs }).slice(0, 2), ['t.js', 'd0.js']);
    const [only, ...more] = tables('p-0', docs);
    assert.equal(more.length, 0);
    assert.equal(only[1], -1);
    assert.deepEqual(new Map(Object.entries(only[2])), postings(docs));
  });

  it('a larger group has a term file per bucket, each term in its own bucket', () => {
    const docs = Array.from({ length: WHOLE + 1 }, (_, i) => doc(i));
    const files = groupFiles({ records: docs });
    assert.equal(files.length, BUCKETS + Math.ceil(docs.length / CHUNK));
    assert.deepEqual(files.slice(0, 2), ['t0.js', 't1.js']);
    const got = tables('p-1', docs);
    assert.equal(got.length, BUCKETS);
    const seen = new Map<string, number[]>();
    got.forEach(([, b, table], i) => {
      assert.equal(b, i);
      for (const [t, p] of Object.entries(table)) {
        assert.equal(bucketOf(t), b, t);
        seen.set(t, p);
      }
    });
    assert.deepEqual(seen, postings(docs));
  });
});
