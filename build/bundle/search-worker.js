import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  BUCKETS,
  CHUNK,
  STOP_WORDS,
  bucketOf,
  facetsScript,
  fnv1a,
  groupFiles,
  groupScripts,
  indexShards,
  planShards,
  weights,
  words
} from "./chunk-U47OQMZQ.js";
import "./chunk-CELZMKDY.js";
export {
  BUCKETS,
  CHUNK,
  STOP_WORDS,
  bucketOf,
  indexShards as default,
  facetsScript,
  fnv1a,
  groupFiles,
  groupScripts,
  planShards,
  weights,
  words
};
