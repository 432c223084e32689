/**
 * Parcel transformer (see .parcelrc, pattern "dict1.{mjs,js}": the same pipeline for the .js type the asset becomes, so Parcel does not run it twice): compacts pinyin-pro's character
 * dictionary before the usual JavaScript pipeline runs (./compact-char-lists.cjs). Any other file
 * named dict1.mjs passes through as it is.
 */
"use strict";
const { Transformer } = require("@parcel/plugin");
const { compactCharLists } = require("./compact-char-lists.cjs");

const PINYIN_DICT = /pinyin-pro[\\/]dist[\\/]esm[\\/]data[\\/]dict1\.mjs$/;

Object.defineProperty(exports, "__esModule", { value: true });
exports.default = new Transformer({
  async transform({ asset }) {
    if (PINYIN_DICT.test(asset.filePath)) asset.setCode(compactCharLists(await asset.getCode()));
    return [asset];
  },
});
