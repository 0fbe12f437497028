import { createRequire as __selfhelpRequire } from 'node:module';
const require = __selfhelpRequire(import.meta.url);
import {
  LineIndex,
  blank,
  didYouMean,
  editDistance
} from "./chunk-DPGIXPRS.js";
import "./chunk-CELZMKDY.js";
export {
  LineIndex,
  blank,
  didYouMean,
  editDistance
};
