import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  writeBuild
} from "./chunk-HKW2F7N7.js";
import "./chunk-N2N2OWYE.js";
import "./chunk-MBYRZZPM.js";
import {
  SITE_MARKER,
  checkOutputFolder,
  outputTrees,
  removeOutput,
  writeAtomically
} from "./chunk-MMFPDJG3.js";
import "./chunk-STNX5WYG.js";
import "./chunk-IY7VZ7Y5.js";
import "./chunk-Y3KCPCRH.js";
import "./chunk-R33AW5XD.js";
import "./chunk-VRXC4IAK.js";
import "./chunk-ATJKFEQU.js";
import "./chunk-YPQFV2IN.js";
import "./chunk-STA3SQIP.js";
import "./chunk-JBGIVCUS.js";
import "./chunk-PA5VV2XA.js";
import "./chunk-CELZMKDY.js";
export {
  SITE_MARKER,
  checkOutputFolder,
  outputTrees,
  removeOutput,
  writeAtomically,
  writeBuild
};
