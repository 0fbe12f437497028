import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  CLOUDS,
  metaOf,
  pagePath,
  renderChunk,
  renderRecord,
  worker_default
} from "./chunk-NR7E3RMK.js";
import "./chunk-SEGVI7QQ.js";
import "./chunk-HXGAMG7S.js";
import "./chunk-R33AW5XD.js";
import "./chunk-QHH42R5J.js";
import "./chunk-DQGHTDQ3.js";
import "./chunk-LFY4CKH3.js";
import "./chunk-CELZMKDY.js";
export {
  CLOUDS,
  worker_default as default,
  metaOf,
  pagePath,
  renderChunk,
  renderRecord
};
