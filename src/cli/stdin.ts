/**
 * --stdin: one article's text from standard input, checked as the file --stdin-filename names (ESLint's and
 * Prettier's convention, for editors and other tools): as a staged file is, against the whole corpus, with
 * only that file reported. The file need not exist; when it does, its text on disk is not read.
 */
import path from 'node:path';
import { toPosix } from '../config/index.js';
import { UserError } from '../diagnostic.js';
import type { ChangeFlags, ChangeSet } from './commands/changes.js';

export interface StdinFlags extends ChangeFlags {
  stdin?: boolean;
  stdinFilename?: string;
  fix?: boolean;
}

export async function stdinChangeSet(cwd: string, flags: StdinFlags): Promise<ChangeSet> {
  const file = flags.stdinFilename;
  if (!file)
    throw new UserError(
      '--stdin needs --stdin-filename <path>: the path of the article the text is',
      'e.g. selfhelp lint --stdin --stdin-filename articles/a.md < a.md',
    );
  if (!/\.md$/i.test(file))
    throw new UserError(`--stdin-filename must name a markdown article (*.md), got \`${file}\``);
  const other = [
    flags.files?.length ? '--files' : '',
    flags.staged ? '--staged' : '',
    flags.since ? '--since' : '',
    flags.fix ? '--fix' : '',
  ].filter(Boolean);
  if (other.length) throw new UserError(`--stdin cannot be combined with ${other.join(' and ')}`);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const name = toPosix(path.relative(cwd, path.resolve(cwd, file)));
  return { changed: new Set([name]), deleted: [], contents: new Map([[name, new Uint8Array(Buffer.concat(chunks))]]) };
}
