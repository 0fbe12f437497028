import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  SITE_MARKER,
  checkOutputFolder,
  writeAtomically,
  writeBuild
} from "./chunk-RYYOC7J6.js";
import "./chunk-MBYRZZPM.js";
import "./chunk-STNX5WYG.js";
import "./chunk-E5TTG7W6.js";
import "./chunk-U47OQMZQ.js";
import "./chunk-STA3SQIP.js";
import "./chunk-NR7E3RMK.js";
import "./chunk-SEGVI7QQ.js";
import "./chunk-HXGAMG7S.js";
import "./chunk-R33AW5XD.js";
import "./chunk-QHH42R5J.js";
import "./chunk-DQGHTDQ3.js";
import "./chunk-LFY4CKH3.js";
import "./chunk-CELZMKDY.js";
export {
  SITE_MARKER,
  checkOutputFolder,
  writeAtomically,
  writeBuild
};
