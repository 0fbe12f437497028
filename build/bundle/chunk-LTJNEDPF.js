import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  writeBuild
} from "./chunk-OKHTDKUQ.js";
import "./chunk-5OCK4BYQ.js";
import "./chunk-MBYRZZPM.js";
import {
  SITE_MARKER,
  checkOutputFolder,
  outputTrees,
  removeOutput,
  writeAtomically
} from "./chunk-ZUP4AJ5X.js";
import "./chunk-PEF5I3VR.js";
import "./chunk-KR46CCC3.js";
import "./chunk-Y3KCPCRH.js";
import "./chunk-R33AW5XD.js";
import "./chunk-VRXC4IAK.js";
import "./chunk-ATJKFEQU.js";
import "./chunk-YPQFV2IN.js";
import "./chunk-QA7Q626X.js";
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
