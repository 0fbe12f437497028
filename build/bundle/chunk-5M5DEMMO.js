import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  CLOUDS,
  metaOf,
  pagePath,
  renderChunk,
  renderRecord,
  worker_default
} from "./chunk-5OCK4BYQ.js";
import "./chunk-KR46CCC3.js";
import "./chunk-Y3KCPCRH.js";
import "./chunk-R33AW5XD.js";
import "./chunk-VRXC4IAK.js";
import "./chunk-JBGIVCUS.js";
import "./chunk-PA5VV2XA.js";
import "./chunk-CELZMKDY.js";
export {
  CLOUDS,
  worker_default as default,
  metaOf,
  pagePath,
  renderChunk,
  renderRecord
};
