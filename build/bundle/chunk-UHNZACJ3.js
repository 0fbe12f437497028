import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  maskProperties,
  scanProperties
} from "./chunk-JBGIVCUS.js";
import "./chunk-PA5VV2XA.js";
import "./chunk-CELZMKDY.js";
export {
  maskProperties,
  scanProperties
};
