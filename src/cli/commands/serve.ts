/** selfhelp serve: run the preview server until interrupted. */
import { requireConfig } from '../../config/index.js';
import { ruleInfos } from '../../rules/index.js';
import { serve } from '../../serve/index.js';

export interface ServeFlags {
  port: number;
  host: string;
  watch: boolean;
  config?: string;
}

export async function serveCommand(paths: string[], flags: ServeFlags): Promise<number> {
  const cwd = process.cwd();
  const config = requireConfig(cwd, flags.config, ruleInfos());
  const preview = await serve({ cwd, patterns: paths, config, port: flags.port, host: flags.host, watch: flags.watch, log: (l) => process.stderr.write(`${l}\n`) });
  process.stdout.write(`selfhelp serve: ${preview.url} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await preview.close();
  return 0;
}
