/** Shared by the tests and scripts/expect.ts: run the linter over a fixture folder, render a file's expectations. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Config } from '../src/config/index.js';
import type { Diagnostic } from '../src/diagnostic.js';
import { lintProject } from '../src/engine/run.js';
import { formatLine } from '../src/report/stylish.js';

export const root = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const rulesDir = path.join(root, 'src', 'rules');

export const emptyConfig = (): Config => ({ rules: {}, ignore: [], overrides: [], base: '' });

export function ruleFolders(): string[] {
  return readdirSync(rulesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(rulesDir, d.name, 'rule.ts')))
    .map((d) => d.name)
    .sort();
}

export function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md'))
    .sort();
}

/** Lint every article of a folder together (so cross-file rules see each other), from inside the folder. */
export async function lintFolder(dir: string, config: Config = emptyConfig(), fix = false): Promise<Diagnostic[]> {
  const files = markdownFiles(dir);
  if (!files.length) return [];
  const result = await lintProject({ cwd: dir, patterns: files, config, fix, threads: 1 });
  return result.diagnostics;
}

/** The `.expected` text of one file: its diagnostics of the given rule ids, as stylish lines without the path. */
export function expectedText(diagnostics: Diagnostic[], file: string, ruleFilter: (id: string) => boolean): string {
  const lines = diagnostics.filter((d) => d.file === file && ruleFilter(d.ruleId)).map((d) => formatLine(d, false));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

const temps: string[] = [];
let cleanupRegistered = false;

/** A temporary folder, removed when the test file ends. */
export function tempDir(prefix: string): string {
  if (!cleanupRegistered) {
    after(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
    cleanupRegistered = true;
  }
  const dir = mkdtempSync(path.join(tmpdir(), `selfhelp-${prefix}-`));
  temps.push(dir);
  return dir;
}

/** Run the real binary in a folder (CI set, so no progress bar; no colour). */
export function runCli(cwd: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'selfhelp.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A small complete generic article whose Recommended Steps are `steps` (for tests that write their own). */
export const articleText = (id: string, title: string, steps: string) =>
  [
    '<properties',
    `    pageTitle="${title}"`,
    '    description="d"',
    '    ms.author="a"',
    '    selfHelpType="generic"',
    '    supportTopicIds="1"',
    '    productPesIds="1"',
    '    cloudEnvironments="public"',
    `    articleId="${id}"`,
    '    ownershipId="E_W"',
    '/>',
    `# ${title}`,
    '',
    '## **Recommended Steps**',
    '',
    '',
  ].join('\n') + steps;
