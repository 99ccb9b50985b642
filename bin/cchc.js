#!/usr/bin/env node
"use strict";
// Compiled by `npm run build:cli` (run on install by `prepare`).
const { main, defaultIo } = require("../lib/cli/main.js");

// Ctrl-C stops the running command (a merge stops between files and writes nothing). After the
// first, Node's own handling is back: a second Ctrl-C ends the process at once.
const stop = new AbortController();
process.once("SIGINT", () => stop.abort());

main(process.argv.slice(2), { ...defaultIo, signal: stop.signal }).then((code) => {
  process.exitCode = code;
  // Work a stopped command left behind must not go on.
  if (stop.signal.aborted) process.exit(code);
});
