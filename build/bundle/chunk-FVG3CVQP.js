import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  SITE_MARKER,
  checkOutputFolder,
  makeSiteFolder,
  outputTrees,
  removeOutput,
  writeAtomically
} from "./chunk-MMFPDJG3.js";
import "./chunk-STNX5WYG.js";
import "./chunk-ATJKFEQU.js";
import "./chunk-STA3SQIP.js";
import "./chunk-CELZMKDY.js";
export {
  SITE_MARKER,
  checkOutputFolder,
  makeSiteFolder,
  outputTrees,
  removeOutput,
  writeAtomically
};
