/**
 * The site in a real browser (Debian's chromium, driven by playwright-core): search, open a result, switch
 * cloud, live reload after an edit, and a screenshot. Skipped when /usr/bin/chromium is absent; .ci/run
 * installs it.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../../src/serve/index.js';
import { emptyConfig, root, tempDir } from '../fixtures.js';

const CHROMIUM = '/usr/bin/chromium';

describe(
  'in a browser',
  { skip: existsSync(CHROMIUM) ? false : 'no /usr/bin/chromium (apt-get install -y chromium)' },
  () => {
    it('searches, opens a result, switches cloud, reloads after an edit, and takes a screenshot', async () => {
      const dir = tempDir('browser');
      cpSync(path.join(root, 'articles'), path.join(dir, 'articles'), { recursive: true });
      const preview = await serve({
        cwd: dir,
        patterns: ['articles'],
        config: emptyConfig(),
        port: 0,
        host: '127.0.0.1',
        watch: true,
      });
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      try {
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        await page.goto(preview.url);
        await page.fill('#q', 'password');
        const first = page.locator('#results li a').first();
        await first.waitFor({ timeout: 10_000 });
        assert.match((await first.textContent()) ?? '', /password/i);
        await first.click();
        await page.waitForSelector('h2#recommended-steps');
        assert.match((await page.textContent('h2#recommended-steps')) ?? '', /Recommended Steps/);
        assert.ok(await page.locator('.lint-panel').count(), 'lint problems are shown on the page');

        // back to the home page, then switch to the fairfax bundle: only articles published there
        await page.click('header a.brand');
        await page.click('nav.clouds a:text-is("fairfax")');
        await page.waitForURL(/\/fairfax\/index\.html$/);
        assert.match((await page.textContent('h1')) ?? '', /Fairfax/);

        // live reload: edit an article, the open page updates
        const file = path.join(dir, 'articles', 'microsoft.compute', 'vm-rdp-connection-fails.md');
        await page.goto(`${preview.url}articles/microsoft.compute/vm-rdp-connection-fails.html`);
        const rebuilt = preview.rebuilt();
        writeFileSync(
          file,
          readFileSync(file, 'utf8').replace('Check that the VM is running', 'Check first that the VM is running'),
        );
        await rebuilt;
        await page.waitForFunction(
          () => document.body.textContent?.includes('Check first that the VM is running'),
          undefined,
          { timeout: 10_000 },
        );

        const shots = path.join(root, 'build', 'test-artifacts');
        mkdirSync(shots, { recursive: true });
        await page.screenshot({ path: path.join(shots, 'article.png'), fullPage: true });
        assert.ok(readFileSync(path.join(shots, 'article.png')).length > 10_000);
      } finally {
        await browser.close();
        await preview.close();
      }
    });
  },
);
