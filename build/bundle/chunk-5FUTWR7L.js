import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  SITE_MARKER,
  checkOutputFolder,
  makeSiteFolder,
  outputTrees,
  removeOutput,
  writeAtomically
} from "./chunk-WV2CFSH7.js";
import "./chunk-STNX5WYG.js";
import "./chunk-E5TTG7W6.js";
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
