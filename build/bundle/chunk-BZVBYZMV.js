import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  progressBar
} from "./chunk-M7J5KB5G.js";
import {
  Engine
} from "./chunk-4X23XU2J.js";
import "./chunk-3NN3ZIQC.js";
import {
  mark
} from "./chunk-PEF5I3VR.js";
import "./chunk-MH55NRSS.js";
import "./chunk-RXNWJEWY.js";
import "./chunk-D2B5XFJA.js";
import "./chunk-UL6VRVRT.js";
import "./chunk-R33AW5XD.js";
import "./chunk-VRXC4IAK.js";
import "./chunk-ATJKFEQU.js";
import "./chunk-QA7Q626X.js";
import "./chunk-QO3SQUOH.js";
import "./chunk-PA5VV2XA.js";
import "./chunk-CELZMKDY.js";

// build/src/cli/commands/build.js
import path from "node:path";
async function buildCommand(paths, flags) {
  const progress = progressBar("selfhelp build: lint");
  const engine = Engine.open({
    cwd: process.cwd(),
    configFile: flags.config,
    cache: flags.cache ? flags.cacheLocation : false,
    onProgress: progress
  });
  mark("config");
  let ended = false;
  const log = (text) => {
    if (!ended)
      progress.end();
    ended = true;
    process.stderr.write(text);
  };
  try {
    const outcome = await engine.build({ patterns: paths, out: flags.out, force: flags.force, log });
    if (!flags.verify || outcome.code !== 0)
      return outcome.code;
    const scratch = path.resolve(flags.out, "..", `.selfhelp-verify-${process.pid}`);
    const differences = await engine.verifyBuild({ patterns: paths, out: flags.out, force: flags.force }, scratch);
    if (!differences.length) {
      process.stderr.write("Verified: a build from nothing gives the same files, byte for byte.\n");
      return 0;
    }
    process.stderr.write(`Verify: the rebuilt output differs from a build from nothing:
${differences.map((d) => `  ${d}
`).join("")}`);
    return 2;
  } finally {
    progress.end();
    engine.save();
    mark("cache saved");
  }
}
export {
  buildCommand
};
