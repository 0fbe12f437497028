/**
 * The VS Code extension (editors/vscode) packed with vsce, as its release is: no publishing. A few seconds of
 * esbuild and zip, so here with the packaging tests rather than in the fast suite (its TypeScript is compiled,
 * and the server it starts is driven, by npm test: test/lsp.test.ts).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { root, tempDir } from '../fixtures.js';

describe('editors/vscode', () => {
  it('packs with vsce (no publishing)', (t) => {
    const extension = path.join(root, 'editors', 'vscode');
    const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    if (!existsSync(vsce)) return t.skip('@vscode/vsce is not installed (npm install)');
    const out = path.join(tempDir('vsix'), 'selfhelp.vsix');
    const r = spawnSync(
      process.execPath,
      [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', out],
      {
        cwd: extension,
        encoding: 'utf8',
        env: { ...process.env, CI: 'true' },
      },
    );
    if (r.status !== 0 && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo/.test(r.stderr + r.stdout)) {
      return t.skip(`vsce needs the network here: ${(r.stderr || r.stdout).split('\n')[0]}`);
    }
    assert.equal(r.status, 0, r.stderr + r.stdout);
    const vsix = readFileSync(out);
    // a zip keeps its entries' names as they are: the manifest and the bundled client are in
    for (const name of ['extension/package.json', 'extension/dist/extension.js', 'extension.vsixmanifest']) {
      assert.ok(vsix.includes(Buffer.from(name)), `${name} in the package`);
    }
    assert.ok(!vsix.includes(Buffer.from('extension/src/extension.ts')), 'sources are left out');
  });
});
