import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  SITE_MARKER,
  checkOutputFolder,
  makeSiteFolder,
  outputTrees,
  removeOutput,
  writeAtomically
} from "./chunk-ZUP4AJ5X.js";
import "./chunk-PEF5I3VR.js";
import "./chunk-ATJKFEQU.js";
import "./chunk-QA7Q626X.js";
import "./chunk-CELZMKDY.js";
export {
  SITE_MARKER,
  checkOutputFolder,
  makeSiteFolder,
  outputTrees,
  removeOutput,
  writeAtomically
};
