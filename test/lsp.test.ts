/**
 * `selfhelp lsp` driven as an editor drives it: the real binary as a child process, a JSON-RPC client
 * (vscode-jsonrpc) over its standard input and output. Initialize, open an article, change it, receive
 * diagnostics, ask for completion, hover and code actions, apply a fix and see the diagnostics change; a change
 * on disk and a broken config file.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { compatibleFixes, disableEdits } from '../src/lsp/actions.js';
import { completionAt, completionItems } from '../src/lsp/complete.js';
import { root, tempDir } from './fixtures.js';

const article = (id: string, extra: { service?: string; body?: string; type?: string; attrs?: string } = {}) =>
  `<properties
    pageTitle="Widgets fail to start"
    description="What to do when widgets fail to start"
    service="${extra.service ?? 'microsoft.example'}"
    resource="widgets"
    ms.author="author1"
    selfHelpType="${extra.type ?? 'generic'}"
    supportTopicIds="32600001"
    productPesIds="15000"
    cloudEnvironments="public"
    articleId="${id}"
    ownershipId="Example_Widgets"${extra.attrs ?? ''}
/>
# Widgets fail to start
${
  extra.body ??
  `
## **Recommended Steps**

* Restart the widget service.
* Check the widget log for errors.

## **Recommended Documents**

* [Widgets](https://learn.microsoft.com/azure/example/widgets)
`
}`;

const ID_A = '2b1f6a0e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const ID_B = '7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f';
const ID_C = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const LOCALE = '* [Gadgets](https://learn.microsoft.com/en-us/azure/example/gadgets)\n';

interface Published {
  uri: string;
  version?: number;
  diagnostics: Array<{
    code: string;
    message: string;
    range: { start: { line: number; character: number } };
    codeDescription?: { href: string };
    data?: unknown;
    source: string;
  }>;
}

describe('selfhelp lsp', () => {
  const dir = tempDir('lsp');
  let child: ChildProcess;
  let rpc: MessageConnection;
  const published: Published[] = [];
  let waiters: Array<() => void> = [];
  let readyParams: { files: number; ms: number } | undefined;
  let stderr = '';
  const uriOf = (rel: string) => pathToFileURL(path.join(dir, rel)).href;

  /** The first publication for `uri` (from now on, or the latest already received) that satisfies `ok`. */
  const diagnosticsFor = async (uri: string, ok: (p: Published) => boolean, what: string): Promise<Published> => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const latest = published.filter((p) => p.uri === uri).at(-1);
      if (latest && ok(latest)) return latest;
      if (Date.now() > deadline)
        assert.fail(`no diagnostics ${what} for ${uri}; last: ${JSON.stringify(latest)}\n${stderr}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 1000).unref();
      });
    }
  };
  const codes = (p: Published) => p.diagnostics.map((d) => d.code);

  before(async () => {
    mkdirSync(path.join(dir, 'articles', 'x'), { recursive: true });
    writeFileSync(path.join(dir, 'articles', 'x', 'a.md'), article(ID_A));
    writeFileSync(path.join(dir, 'articles', 'x', 'b.md'), article(ID_B));
    writeFileSync(
      path.join(dir, 'articles', 'x', 'other.md'),
      article('0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a', { service: 'microsoft.other' }),
    );
    writeFileSync(path.join(dir, 'articles', 'x', 'c.md'), article(ID_C));
    child = spawn(process.execPath, [path.join(root, 'bin', 'selfhelp.js'), 'lsp', '--stdio'], {
      cwd: dir,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stderr!.on('data', (b) => (stderr += b));
    rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    rpc.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      published.push(p);
      const w = waiters;
      waiters = [];
      w.forEach((f) => f());
    });
    const ready = new Promise<void>((resolve) =>
      rpc.onNotification('selfhelp/ready', (p: { files: number; ms: number }) => {
        readyParams = p;
        resolve();
      }),
    );
    rpc.onRequest('client/registerCapability', () => null);
    rpc.onNotification('window/logMessage', () => {});
    rpc.onNotification('window/showMessage', () => {});
    rpc.listen();
    const result = (await rpc.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
      initializationOptions: { debounce: 20 },
    })) as { capabilities: Record<string, unknown> };
    assert.ok(result.capabilities.completionProvider);
    assert.ok(result.capabilities.hoverProvider);
    assert.ok(result.capabilities.codeActionProvider);
    await rpc.sendNotification('initialized', {});
    await ready;
  });

  after(async () => {
    // unref'd: a timer left pending would keep this file's process alive for its whole length after the tests
    const timeout = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());
    await Promise.race([rpc.sendRequest('shutdown').catch(() => {}), timeout(5000)]);
    await rpc.sendNotification('exit').catch(() => {});
    const exited = child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve));
    await Promise.race([exited, timeout(5000)]);
    if (child.exitCode === null) child.kill();
    rpc.dispose();
  });

  const doc = { uri: '', version: 1, text: '' };
  let document: TextDocument;
  const change = async (text: string) => {
    doc.version++;
    doc.text = text;
    document = TextDocument.create(doc.uri, 'markdown', doc.version, text);
    await rpc.sendNotification('textDocument/didChange', {
      textDocument: { uri: doc.uri, version: doc.version },
      contentChanges: [{ text }],
    });
  };
  const applyEdit = async (edit: { changes: Record<string, Array<{ range: any; newText: string }>> }) => {
    await change(TextDocument.applyEdits(document, edit.changes[doc.uri]));
  };

  it('reads the workspace once and says when it is ready', () => {
    assert.equal(readyParams?.files, 4);
  });

  it('publishes diagnostics on open, with the rule as code and a link to its README', async () => {
    doc.uri = uriOf('articles/x/c.md');
    doc.text = article(ID_C).replace('* [Widgets]', `${LOCALE}* [Widgets]`);
    document = TextDocument.create(doc.uri, 'markdown', doc.version, doc.text);
    await rpc.sendNotification('textDocument/didOpen', {
      textDocument: { uri: doc.uri, languageId: 'markdown', version: doc.version, text: doc.text },
    });
    const p = await diagnosticsFor(
      doc.uri,
      (p) => codes(p).includes('no-locale-in-docs-links'),
      'with the locale link',
    );
    const d = p.diagnostics.find((d) => d.code === 'no-locale-in-docs-links')!;
    assert.equal(d.source, 'selfhelp');
    assert.equal(d.range.start.line, 22);
    assert.match(d.codeDescription!.href, /^file:.*\/src\/rules\/no-locale-in-docs-links\/README\.md$/);
  });

  it('checks a change against the whole workspace: a duplicate articleId (cross-file)', async () => {
    await change(doc.text.replace(ID_C, ID_A));
    const p = await diagnosticsFor(doc.uri, (p) => codes(p).includes('unique-article-id'), 'with unique-article-id');
    assert.match(p.diagnostics.find((d) => d.code === 'unique-article-id')!.message, /articles\/x\/a\.md/);
    await change(doc.text.replace(ID_A, ID_C));
    await diagnosticsFor(
      doc.uri,
      (p) => !codes(p).includes('unique-article-id') && p.version === doc.version,
      'without unique-article-id',
    );
  });

  it('completes attribute names, vocabularies and workspace values (most used first)', async () => {
    const at = (needle: string, shift = 0) => document.positionAt(doc.text.indexOf(needle) + shift);
    // a new line in the block, before `/>`
    await change(doc.text.replace('\n/>', '\n    \n/>'));
    const names = (await rpc.sendRequest('textDocument/completion', {
      textDocument: { uri: doc.uri },
      position: at('\n    \n/>', 5),
    })) as Array<{ label: string; documentation?: { value: string } }>;
    const labels = names.map((i) => i.label);
    assert.ok(labels.includes('disableClouds'));
    assert.ok(!labels.includes('pageTitle'), 'an attribute already there is not offered');
    assert.match(names.find((i) => i.label === 'displayOrder')!.documentation!.value, /Position of the article/);
    const types = (await rpc.sendRequest('textDocument/completion', {
      textDocument: { uri: doc.uri },
      position: at('selfHelpType="', 14),
    })) as Array<{ label: string }>;
    assert.ok(types.map((i) => i.label).includes('problemscopingquestions'));
    const services = (await rpc.sendRequest('textDocument/completion', {
      textDocument: { uri: doc.uri },
      position: at('service="', 9),
    })) as Array<{ label: string; sortText: string }>;
    services.sort((a, b) => (a.sortText < b.sortText ? -1 : 1));
    assert.deepEqual(
      services.map((i) => i.label),
      ['microsoft.example', 'microsoft.other'],
    );
    const clouds = (await rpc.sendRequest('textDocument/completion', {
      textDocument: { uri: doc.uri },
      position: at('cloudEnvironments="public', 25),
    })) as Array<{ label: string }>;
    assert.ok(clouds.length > 0);
    await change(doc.text.replace('\n    \n/>', '\n/>'));
  });

  it('hovers: an attribute shows its description, a diagnostic its rule docs', async () => {
    const p = await diagnosticsFor(doc.uri, (p) => p.version === doc.version, 'for the current version');
    const d = p.diagnostics.find((d) => d.code === 'no-locale-in-docs-links')!;
    const attr = (await rpc.sendRequest('textDocument/hover', {
      textDocument: { uri: doc.uri },
      position: document.positionAt(doc.text.indexOf('pageTitle') + 2),
    })) as { contents: { value: string } };
    assert.match(attr.contents.value, /The article's title/);
    const rule = (await rpc.sendRequest('textDocument/hover', {
      textDocument: { uri: doc.uri },
      position: d.range.start,
    })) as { contents: { value: string } };
    assert.match(rule.contents.value, /\*\*no-locale-in-docs-links\*\*/);
    assert.match(rule.contents.value, /## Why/);
  });

  it('offers a quick fix, fix-all and disable; applying the fix changes the diagnostics', async () => {
    const p = await diagnosticsFor(doc.uri, (p) => p.version === doc.version, 'for the current version');
    const d = p.diagnostics.find((d) => d.code === 'no-locale-in-docs-links')!;
    const actions = (await rpc.sendRequest('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range: { start: d.range.start, end: d.range.start },
      context: { diagnostics: [d] },
    })) as Array<{ title: string; kind: string; edit: any }>;
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Fix this no-locale-in-docs-links problem'), titles.join(', '));
    assert.ok(titles.includes('Fix all selfhelp problems in this file'));
    assert.ok(titles.includes('Disable no-locale-in-docs-links for this line'));
    const fixAll = (await rpc.sendRequest('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as Array<{ kind: string }>;
    assert.deepEqual(
      fixAll.map((a) => a.kind),
      ['source.fixAll.selfhelp'],
    );

    await applyEdit(actions.find((a) => a.title.startsWith('Fix this'))!.edit);
    assert.ok(doc.text.includes('https://learn.microsoft.com/azure/example/gadgets'));
    await diagnosticsFor(
      doc.uri,
      (p) => p.version === doc.version && !codes(p).includes('no-locale-in-docs-links'),
      'after the fix',
    );

    // disable for this line: the inline comment silences the rule
    await change(doc.text.replace('* [Widgets]', `${LOCALE}* [Widgets]`));
    const again = await diagnosticsFor(
      doc.uri,
      (p) => p.version === doc.version && codes(p).includes('no-locale-in-docs-links'),
      'with the link back',
    );
    const d2 = again.diagnostics.find((d) => d.code === 'no-locale-in-docs-links')!;
    const actions2 = (await rpc.sendRequest('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range: { start: d2.range.start, end: d2.range.start },
      context: { diagnostics: [d2] },
    })) as Array<{ title: string; edit: any }>;
    await applyEdit(actions2.find((a) => a.title.startsWith('Disable'))!.edit);
    assert.ok(doc.text.includes('<!-- selfhelp-disable-next-line no-locale-in-docs-links -->\n* [Gadgets]'));
    await diagnosticsFor(
      doc.uri,
      (p) => p.version === doc.version && !codes(p).includes('no-locale-in-docs-links'),
      'after disabling',
    );
  });

  it('re-checks open articles when another article changes on disk', async () => {
    writeFileSync(path.join(dir, 'articles', 'x', 'a.md'), article(ID_C));
    await rpc.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf('articles/x/a.md'), type: 2 }],
    });
    const p = await diagnosticsFor(
      doc.uri,
      (p) => codes(p).includes('unique-article-id'),
      'with the id now taken by a.md',
    );
    assert.match(p.diagnostics.find((d) => d.code === 'unique-article-id')!.message, /a\.md/);
    writeFileSync(path.join(dir, 'articles', 'x', 'a.md'), article(ID_A));
    await rpc.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf('articles/x/a.md'), type: 2 }],
    });
    await diagnosticsFor(doc.uri, (p) => !codes(p).includes('unique-article-id'), 'once a.md has its own id again');
  });

  it('applies the config file, and shows a broken one on the config file', async () => {
    const config = path.join(dir, 'selfhelp.config.json');
    writeFileSync(config, '{\n  "rules": { "no-such-rule": "off" }\n}\n');
    await rpc.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf('selfhelp.config.json'), type: 1 }],
    });
    const p = await diagnosticsFor(uriOf('selfhelp.config.json'), (p) => p.diagnostics.length > 0, 'on the config');
    assert.equal(p.diagnostics[0].code, 'config/unknown-rule');
    assert.deepEqual(p.diagnostics[0].range.start, { line: 1, character: 13 });

    await change(doc.text.replace('<!-- selfhelp-disable-next-line no-locale-in-docs-links -->\n', ''));
    writeFileSync(config, '{\n  "rules": { "no-locale-in-docs-links": "off" }\n}\n');
    await rpc.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf('selfhelp.config.json'), type: 2 }],
    });
    await diagnosticsFor(uriOf('selfhelp.config.json'), (p) => p.diagnostics.length === 0, 'cleared on the config');
    // the link is back, but the rule is off in the config
    await change(doc.text.replace('* [Widgets]', `${LOCALE}* [Widgets]`));
    const checked = await diagnosticsFor(doc.uri, (p) => p.version === doc.version, 'with the new config');
    assert.ok(!codes(checked).includes('no-locale-in-docs-links'), codes(checked).join(', '));
  });
});

describe('lsp helpers', () => {
  const form = `${article(ID_A, {
    type: 'problemScopingQuestions',
    attrs: '\n    schemaVersion="1"',
    body: `---
{
  "$schema": "SelfHelpContent",
  "formElements": [
    { "id": "uses_proxy", "order": 1, "controlType": "dropdown" },
    { "id": "proxy_name", "order": 2, "controlType": "text", "visibility": "uses_proxy == yes && pro" }
  ]
}
---
`,
  })}`;

  it('completes controlType values and element ids in visibility inside a payload', () => {
    const control = completionAt(form, form.indexOf('"text"') + 5)!;
    assert.equal(control.kind, 'control-type');
    const items = completionItems(control, new Map()).map((i) => i.label);
    assert.ok(items.includes('textbox') && items.includes('radioButtonGroup'));
    const ids = completionAt(form, form.indexOf('&& pro') + 6)!;
    assert.equal(ids.kind, 'element-id');
    assert.deepEqual(
      completionItems(ids, new Map()).map((i) => i.label),
      ['uses_proxy', 'proxy_name'],
    );
    assert.equal(completionAt(form, form.indexOf('== yes') + 5), undefined, 'a value is not an element id');
    assert.equal(
      completionAt(form, form.indexOf('Widgets fail to start\n') + 3),
      undefined,
      'nothing in the body text',
    );
  });

  it('lists a cloud once: those already in the list are not offered', () => {
    const text = article(ID_A).replace('cloudEnvironments="public"', 'cloudEnvironments="public, fa"');
    const c = completionAt(text, text.indexOf(', fa"') + 4)!;
    assert.equal(c.kind, 'attribute-value');
    const labels = completionItems(c, new Map()).map((i) => i.label);
    assert.ok(labels.includes('fairfax') && !labels.includes('public'));
  });

  it('disables a rule around the properties block or payload, where a comment cannot go inside', () => {
    const inBlock = disableEdits(form, 'valid-attribute-values', 5);
    assert.equal(inBlock.scope, 'block');
    assert.equal(inBlock.edits[0].start, 0);
    assert.equal(inBlock.edits[0].text, '<!-- selfhelp-disable valid-attribute-values -->\n');
    const inPayload = disableEdits(form, 'payload-schema', form.slice(0, form.indexOf('"text"')).split('\n').length);
    assert.equal(inPayload.scope, 'payload');
    assert.equal(inPayload.edits[1].text, '<!-- selfhelp-enable payload-schema -->\n');
    const crlf = disableEdits('a\r\nb\r\n', 'no-tables', 2);
    assert.deepEqual(crlf.edits, [{ start: 3, end: 3, text: '<!-- selfhelp-disable-next-line no-tables -->\r\n' }]);
  });

  it('applies overlapping fixes one at a time', () => {
    const fixes = compatibleFixes([
      { range: [10, 20], text: 'b' },
      { range: [0, 5], text: 'a' },
      { range: [15, 25], text: 'c' },
    ]);
    assert.deepEqual(
      fixes.map((f) => f.text),
      ['a', 'b'],
    );
  });
});

describe('Engine.checkBuffers (the editor check)', () => {
  it('finds what a changed-files lint of the buffer finds, cross-file rules included', async () => {
    const { Engine } = await import('../src/engine/index.js');
    const dir = tempDir('editor-check');
    mkdirSync(path.join(dir, 'articles'), { recursive: true });
    const steps = (n: number) =>
      Array.from(
        { length: 6 },
        (_, i) =>
          `* Step ${i + n}: open the widget console, select the failing widget, ` +
          'and restart its service before you check the log again.',
      ).join('\n');
    const body = (n: number) =>
      `\n## **Recommended Steps**\n\n${steps(n)}\n\n## **Recommended Documents**\n\n` +
      '* [Widgets](https://learn.microsoft.com/azure/example/widgets)\n';
    writeFileSync(path.join(dir, 'articles', 'a.md'), article(ID_A, { body: body(1) }));
    writeFileSync(path.join(dir, 'articles', 'b.md'), article(ID_B, { body: body(1) }));
    writeFileSync(path.join(dir, 'articles', 'c.md'), article(ID_C, { body: body(7) }));
    const engine = Engine.open({ cwd: dir, cache: false });
    await engine.openWorkspace(['articles']);
    for (const [file, text] of [
      ['articles/c.md', article(ID_A, { body: body(1) })],
      ['articles/c.md', article(ID_C, { body: body(7) })],
      ['articles/new.md', article(ID_B, { body: `${body(1)}\nOne more line.\n` })],
    ]) {
      const contents = new Map([[file, new TextEncoder().encode(text)]]);
      const editor = await engine.checkBuffers(contents);
      const lint = (
        await engine.check({ patterns: ['articles'], changes: { changed: new Set([file]), deleted: [], contents } })
      ).diagnostics;
      assert.deepEqual(
        editor,
        lint.filter((d) => d.file === file),
      );
    }
    const copy = await engine.checkBuffers(
      new Map([['articles/c.md', new TextEncoder().encode(article(ID_A, { body: body(1) }))]]),
    );
    assert.ok(
      copy.some((d) => d.ruleId === 'duplicate-guidance'),
      'the copied guidance is found',
    );
    assert.ok(
      copy.some((d) => d.ruleId === 'unique-article-id'),
      'the taken id is found',
    );
    const baseline = {
      version: 1,
      pairs: [
        ['articles/a.md', 'articles/c.md'],
        ['articles/b.md', 'articles/c.md'],
      ],
    };
    writeFileSync(path.join(dir, 'selfhelp-dupes-baseline.json'), JSON.stringify(baseline));
    const accepted = await engine.checkBuffers(
      new Map([['articles/c.md', new TextEncoder().encode(article(ID_C, { body: body(1) }))]]),
    );
    assert.ok(!accepted.some((d) => d.ruleId === 'duplicate-guidance'), 'pairs in the baseline are not reported');
  });
});

describe('selfhelp lsp with a client that watches no files', () => {
  it('watches the articles itself (chokidar) and re-checks the open ones', async () => {
    const dir = tempDir('lsp-watch');
    mkdirSync(path.join(dir, 'articles'), { recursive: true });
    writeFileSync(path.join(dir, 'articles', 'a.md'), article(ID_A));
    writeFileSync(path.join(dir, 'articles', 'c.md'), article(ID_C));
    const child = spawn(process.execPath, [path.join(root, 'bin', 'selfhelp.js'), 'lsp'], {
      cwd: dir,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const rpc = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const uri = pathToFileURL(path.join(dir, 'articles', 'c.md')).href;
    let latest: Published | undefined;
    let wake = () => {};
    rpc.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      if (p.uri === uri) latest = p;
      wake();
    });
    rpc.onNotification('window/logMessage', () => {});
    const ready = new Promise((resolve) => rpc.onNotification('selfhelp/ready', resolve));
    rpc.listen();
    /** whether a publication satisfying `ok` comes within `ms` */
    const within = async (ms: number, ok: (p: Published) => boolean) => {
      const deadline = Date.now() + ms;
      while (!latest || !ok(latest)) {
        if (Date.now() > deadline) return false;
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 200).unref();
        });
      }
      return true;
    };
    const taken = (p: Published) => p.diagnostics.some((d) => d.code === 'unique-article-id');
    try {
      await rpc.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(dir).href,
        capabilities: {},
      });
      await rpc.sendNotification('initialized', {});
      await ready;
      await rpc.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: article(ID_C) },
      });
      assert.ok(await within(60_000, () => true), 'diagnostics on open');
      assert.ok(!taken(latest!));
      // the watcher may still be starting: write until the change is seen
      let seen = false;
      for (let i = 0; i < 20 && !seen; i++) {
        writeFileSync(path.join(dir, 'articles', 'a.md'), `${article(ID_C)}\n<!-- ${i} -->\n`);
        seen = await within(3000, taken);
      }
      assert.ok(seen, 'a.md now has the same id');
    } finally {
      const timeout = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());
      await Promise.race([rpc.sendRequest('shutdown').catch(() => {}), timeout(5000)]);
      await rpc.sendNotification('exit').catch(() => {});
      await Promise.race([
        new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r))),
        timeout(5000),
      ]);
      if (child.exitCode === null) child.kill();
      rpc.dispose();
    }
  });
});
