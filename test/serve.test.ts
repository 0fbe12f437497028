/** The preview server over HTTP: pages with their problems, bad requests answered, saves rebuilt, a busy port. */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { UserError } from '../src/diagnostic.js';
import { serve, type Preview } from '../src/serve/index.js';
import { articleText, emptyConfig, root, tempDir } from './fixtures.js';

/** A raw GET (fetch would normalise the path and set its own Host). */
function get(url: string, pathname: string, host?: string): Promise<{ status: number; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path: pathname, headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('selfhelp serve', () => {
  // made here, not in before(): the temp folder's clean-up belongs to the suite
  const dir = tempDir('serve');
  let preview: Preview;
  const article = () => path.join(dir, 'articles', 'microsoft.compute', 'vm-rdp-connection-fails.md');
  const page = 'articles/microsoft.compute/vm-rdp-connection-fails.html';

  before(async () => {
    cpSync(path.join(root, 'articles'), path.join(dir, 'articles'), { recursive: true });
    preview = await serve({
      cwd: dir,
      patterns: ['articles'],
      config: emptyConfig(),
      port: 0,
      host: '127.0.0.1',
      watch: true,
    });
  });
  after(() => preview.close());

  it('serves the site, each article with its lint panel, from a preview folder (not dist/)', async () => {
    const home = await get(preview.url, '/');
    assert.equal(home.status, 200);
    assert.match(home.body, /EventSource/);
    const art = await get(preview.url, `/${page}`);
    assert.equal(art.status, 200);
    assert.match(art.body, /class="lint-panel"/);
    assert.match(readFileSync(path.join(dir, '.selfhelp-cache', 'preview', page), 'utf8'), /<main>/);
    assert.equal((await get(preview.url, '/articles/nope.html')).status, 404);
  });

  it('answers bad escapes with 400 and other host names with 403, and keeps serving', async () => {
    for (const bad of ['/%', '/%ff', '/%C0%80']) assert.equal((await get(preview.url, bad)).status, 400, bad);
    assert.equal((await get(preview.url, '/', 'attacker.example')).status, 403);
    assert.equal((await get(preview.url, '/', `localhost:${new URL(preview.url).port}`)).status, 200);
    assert.equal((await get(preview.url, '/..%2f..%2fetc%2fpasswd')).status, 400);
    assert.equal(
      (await get(preview.url, '/../../etc/passwd')).status,
      404,
      'the URL parser resolves it inside the site',
    );
  });

  it('rebuilds a saved article and shows the change', async () => {
    const rebuilt = preview.rebuilt();
    writeFileSync(
      article(),
      readFileSync(article(), 'utf8').replace('Check that the VM is running', 'Check first that the VM is running'),
    );
    await rebuilt;
    assert.match((await get(preview.url, `/${page}`)).body, /Check first that the VM is running/);
  });

  it('keeps serving when an article breaks, is deleted or its folder renamed', async () => {
    let rebuilt = preview.rebuilt();
    writeFileSync(article(), '<properties pageTitle="unclosed\n# Broken\n');
    await rebuilt;
    assert.equal((await get(preview.url, '/')).status, 200);
    rebuilt = preview.rebuilt();
    rmSync(article());
    await rebuilt;
    assert.equal((await get(preview.url, `/${page}`)).status, 404);
    rebuilt = preview.rebuilt();
    mkdirSync(path.join(dir, 'articles', 'renamed'));
    cpSync(path.join(dir, 'articles', 'microsoft.aad'), path.join(dir, 'articles', 'renamed', 'aad'), {
      recursive: true,
    });
    rmSync(path.join(dir, 'articles', 'microsoft.aad'), { recursive: true });
    await rebuilt;
    assert.equal((await get(preview.url, '/')).status, 200);
  });

  it('says clearly that a port is in use', async () => {
    const port = Number(new URL(preview.url).port);
    await assert.rejects(
      serve({ cwd: dir, patterns: ['articles'], config: emptyConfig(), port, host: '127.0.0.1', watch: false }),
      (e: unknown) =>
        e instanceof UserError && /Port \d+ on 127\.0\.0\.1 is already in use/.test(e.message) && !!e.hint,
    );
  });
});

describe('selfhelp serve and its config', () => {
  // made in before(): the first suite's clean-up removes the folders made before it ends
  let dir: string;
  let config: string;
  let preview: Preview;
  const lines: string[] = [];
  const page = '/articles/a.html';

  before(async () => {
    dir = tempDir('serve-config');
    config = path.join(dir, 'selfhelp.config.json');
    mkdirSync(path.join(dir, 'articles'));
    const text = articleText('3f1c2a9e-5b7d-4e21-9c3a-1d2e3f4a5b6c', 'Widget fails', 'Restart the widget.\n');
    // an H1 other than the pageTitle: one title-matches-h1 problem
    writeFileSync(path.join(dir, 'articles', 'a.md'), text.replace('# Widget fails', '# The widget fails to start'));
    writeFileSync(config, '{}\n');
    preview = await serve({
      cwd: dir,
      patterns: ['articles'],
      port: 0,
      host: '127.0.0.1',
      watch: true,
      log: (l) => lines.push(l),
    });
  });
  after(() => preview.close());

  it('reads a saved config again, and keeps the previous one while the saved one is broken', async () => {
    assert.match((await get(preview.url, page)).body, /title-matches-h1/);
    let rebuilt = preview.rebuilt();
    writeFileSync(config, '{ "rules": { "title-matches-h1": "off" } }\n');
    await rebuilt;
    assert.doesNotMatch((await get(preview.url, page)).body, /title-matches-h1/);
    rebuilt = preview.rebuilt();
    writeFileSync(config, '{ "rules": { "no-such-rule": "error" } }\n');
    await rebuilt;
    assert.ok(
      lines.some((l) => /still using the previous config/.test(l) && /no-such-rule/.test(l)),
      lines.join('\n'),
    );
    assert.equal((await get(preview.url, page)).status, 200);
    assert.doesNotMatch((await get(preview.url, page)).body, /title-matches-h1/);
  });
});
