import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  simpleGit
} from "./chunk-WWIM5O7Y.js";
import {
  defaultDupeOptions
} from "./chunk-5FXPJAOS.js";
import "./chunk-R33AW5XD.js";
import {
  CONFIG_NAME
} from "./chunk-KAQOGITZ.js";
import "./chunk-ND3OAVYQ.js";
import {
  UserError
} from "./chunk-E5TTG7W6.js";
import {
  writeFileAtomic
} from "./chunk-KIF3DI5L.js";
import "./chunk-PA5VV2XA.js";
import "./chunk-CELZMKDY.js";

// build/src/cli/commands/init.js
import { chmodSync, existsSync } from "node:fs";
import path from "node:path";
var HOOK = `#!/bin/sh
# selfhelp: check the staged articles as they are staged (written by selfhelp init --hook)
exec npx --no-install selfhelp lint --staged
`;
async function initCommand(flags) {
  const cwd = process.cwd();
  const config = path.join(cwd, CONFIG_NAME);
  const written = [];
  if (existsSync(config) && !flags.force) {
    process.stderr.write(`${CONFIG_NAME} exists already; left as it is (--force overwrites it).
`);
  } else {
    const starter = {
      $schema: "./node_modules/selfhelp/schemas/config.schema.json",
      rules: { "title-matches-h1": "info", "max-list-depth": ["warn", { max: 2 }] },
      ignore: ["articles/drafts/**"],
      overrides: [{ files: ["articles/legacy/**"], rules: { "bold-recommended-sections": "off" } }],
      dupes: {
        threshold: defaultDupeOptions.threshold,
        minPassageWords: defaultDupeOptions.minPassageWords,
        ignorePassages: []
      }
    };
    writeFileAtomic(config, `${JSON.stringify(starter, null, 2)}
`);
    written.push(CONFIG_NAME);
  }
  if (flags.hook) {
    let hooks;
    try {
      hooks = (await simpleGit(cwd).raw(["rev-parse", "--git-path", "hooks"])).trim();
    } catch {
      throw new UserError("--hook needs a git repository, and this folder is not in one", "Run `git init` first, or leave out --hook.");
    }
    const hook = path.resolve(cwd, hooks, "pre-commit");
    if (existsSync(hook) && !flags.force)
      throw new UserError(`${path.relative(cwd, hook)} exists already`, "Add `npx selfhelp lint --staged` to it yourself, or overwrite it with --force.");
    writeFileAtomic(hook, HOOK);
    chmodSync(hook, 493);
    written.push(path.relative(cwd, hook));
  }
  if (written.length)
    process.stderr.write(`Wrote ${written.join(" and ")}.
`);
  return 0;
}
export {
  initCommand
};
