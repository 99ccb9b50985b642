#!/usr/bin/env node
"use strict";
// Compiled by `npm run build:cli` (run on install by `prepare`).
require("../lib/cli/main.js").main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
