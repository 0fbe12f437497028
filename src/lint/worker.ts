/** Worker thread entry: lints a chunk of files with the config it is given. */
import { RuleResolver, type Config } from '../config/index.js';
import { ruleInfos } from '../rules/index.js';
import { lintMarked, type Budget } from './budget.js';
import { lintFile, type FileResult } from './file.js';

export interface Chunk {
  files: string[];
  cwd: string;
  config: Config;
  fix: boolean;
  /** contents to use instead of reading the file (staged content) */
  contents?: Record<string, Uint8Array>;
  /** also render each article for the site (selfhelp build) */
  render?: boolean;
  /** the per-file budgets, and where the worker marks the file it is on and since when (see budget.ts) */
  budget?: Budget;
  progress?: SharedArrayBuffer;
}

let resolver: { key: string; value: RuleResolver } | undefined;

export function lintChunk(chunk: Chunk): FileResult[] {
  const key = JSON.stringify(chunk.config);
  if (!resolver || resolver.key !== key) resolver = { key, value: new RuleResolver(chunk.config, ruleInfos()) };
  const r = resolver.value;
  return lintMarked(chunk, (file, content) => lintFile(file, chunk.cwd, r.forFile(file), chunk.fix && !content, content ?? chunk.contents?.[file], chunk.render, chunk.budget?.maxBytes));
}

export default lintChunk;
