/**
 * Writes the `.expected` file of every invalid rule fixture and parse fixture, and the `.fixed.md` of
 * fixable rules, from the current linter. Run it after adding a fixture, then READ the diff: an
 * expectation is a reviewed statement of what the rule must report, not a snapshot to accept blindly.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderChunk } from '../src/site/worker.js';
import { rules } from '../src/rules/index.js';
import { expectedText, lintFolder, markdownFiles, root, ruleFolders, rulesDir } from '../test/fixtures.js';

for (const id of ruleFolders()) {
  const dir = path.join(rulesDir, id, 'fixtures', 'invalid');
  const diagnostics = await lintFolder(dir);
  for (const file of markdownFiles(dir)) {
    writeFileSync(
      path.join(dir, file.replace(/\.md$/, '.expected')),
      expectedText(diagnostics, file, (r) => r === id),
    );
  }
  const rule = rules.find((r) => r.id === id);
  if (rule?.fixable) {
    const temp = mkdtempSync(path.join(tmpdir(), 'selfhelp-fix-'));
    for (const file of markdownFiles(dir)) copyFileSync(path.join(dir, file), path.join(temp, file));
    await lintFolder(
      temp,
      {
        rules: Object.fromEntries(rules.filter((r) => r.id !== id).map((r) => [r.id, 'off'])),
        ignore: [],
        overrides: [],
        base: '',
      },
      true,
    );
    for (const file of markdownFiles(dir)) {
      const fixed = readFileSync(path.join(temp, file), 'utf8');
      const original = readFileSync(path.join(dir, file), 'utf8');
      if (fixed !== original) writeFileSync(path.join(dir, file.replace(/\.md$/, '.fixed.md')), fixed);
    }
    rmSync(temp, { recursive: true, force: true });
  }
}

const parseDir = path.join(root, 'test', 'fixtures', 'parse');
const diagnostics = await lintFolder(parseDir);
for (const file of markdownFiles(parseDir)) {
  writeFileSync(
    path.join(parseDir, file.replace(/\.md$/, '.expected')),
    expectedText(diagnostics, file, (r) => r.startsWith('parse/') || r === 'payload-json' || r.startsWith('internal/')),
  );
}
// golden pages: the rendered article body of each fixture
const golden = path.join(root, 'test', 'fixtures', 'golden');
for (const record of renderChunk({ files: markdownFiles(golden), cwd: golden })) {
  writeFileSync(path.join(golden, record.file.replace(/\.md$/, '.html')), `${record.html}\n`);
}
console.log('expectations written; review them with git diff');
