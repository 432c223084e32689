/**
 * Parcel compressor for the extension's scripts (see .parcelrc): writes them as UTF-8 with only the
 * characters Chrome refuses escaped (./utf8-escapes.cjs), instead of Plasmo's escape-everything.
 */
"use strict";
const { Transform } = require("stream");
const { StringDecoder } = require("string_decoder");
const { Compressor } = require("@parcel/plugin");
const { escapeChunk } = require("./utf8-escapes.cjs");

class EscapeStream extends Transform {
  decoder = new StringDecoder("utf8");
  state = { backslashes: 0 };
  _transform(chunk, _encoding, done) {
    done(null, escapeChunk(this.decoder.write(chunk), this.state));
  }
  _flush(done) {
    const rest = this.decoder.end();
    done(null, rest ? escapeChunk(rest, this.state) : undefined);
  }
}

Object.defineProperty(exports, "__esModule", { value: true });
exports.default = new Compressor({
  async compress({ stream }) {
    return { stream: stream.pipe(new EscapeStream()) };
  },
});
