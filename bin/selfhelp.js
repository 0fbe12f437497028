#!/usr/bin/env node
// Runs the committed bundle (build/bundle, made by `npm run compile`: see the README's Install section).
let main;
try {
  ({ main } = await import('../build/bundle/main.js'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('build/bundle/main.js')) throw error;
  process.stderr.write('selfhelp: this copy has no build/bundle/main.js\n');
  process.stderr.write('  In a checkout of selfhelp, run `npm run compile`; otherwise install it again.\n');
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
