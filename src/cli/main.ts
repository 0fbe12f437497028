/** argv -> command -> exit code. The only module that touches process.* and stdout. */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { UserError } from '../diagnostic.js';
import { lintCommand } from './commands/lint.js';

export const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export async function main(argv: string[]): Promise<number> {
  const program = new Command('selfhelp')
    .description('Lint and publish Azure-style self-help articles')
    .version(version)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  let exitCode = 0;

  program
    .command('lint')
    .description('check articles: properties block, metadata schemas, structure, links, JSON payloads, unique ids')
    .argument('[paths...]', 'files, folders or globs', ['articles'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'sarif', 'github']).default('stylish'))
    .option('--fix', 'apply safe fixes in place (atomically; line endings and BOM kept)', false)
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('-c, --config <file>', 'config file (default: ./selfhelp.config.json when present)')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('-q, --quiet', 'report errors only', false)
    .option('--threads <n>', 'worker threads (default: one per core when there are many files)', parseCount)
    .action(async (paths: string[], options) => {
      exitCode = await lintCommand(paths, options);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UserError) {
      process.stderr.write(`selfhelp: ${error.message}\n${error.hint ? `  ${error.hint}\n` : ''}`);
      return 2;
    }
    process.stderr.write(`selfhelp: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.DEBUG?.includes('selfhelp') && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    else process.stderr.write('  Run again with DEBUG=selfhelp for details.\n');
    return 2;
  }
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UserError(`Expected a whole number, got \`${value}\``);
  return Number(value);
}
