import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  CLOUDS,
  metaOf,
  pagePath,
  renderChunk,
  renderRecord,
  worker_default
} from "./chunk-5TJSBKZ2.js";
import "./chunk-OZCVJU2T.js";
import "./chunk-OVPZC4PQ.js";
import "./chunk-ZG64T5R5.js";
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
