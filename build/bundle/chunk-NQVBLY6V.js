import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  CLOUDS,
  metaOf,
  pagePath,
  renderChunk,
  renderRecord,
  worker_default
} from "./chunk-XQUOVQFJ.js";
import "./chunk-OZCVJU2T.js";
import "./chunk-OVPZC4PQ.js";
import "./chunk-M66TOV5K.js";
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
