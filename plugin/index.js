// "mpts/plugin" for tsconfig.json: tsserver loads a plugin with require() and
// Node10 resolution (package "exports" are not read), which finds this folder.
// It runs the bundle `npm run bundle` makes (dist/plugin.cjs), or, in a checkout
// whose compiler sources are newer than the bundle, the TypeScript sources
// through tsx (as bin/mpts.js does).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const bundle = path.join(__dirname, "../dist/plugin.cjs");
const sources = path.join(__dirname, "../compiler");

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

const fresh = fs.existsSync(bundle) && (!fs.existsSync(sources) || fs.statSync(bundle).mtimeMs >= newestSource(sources));
const loaded = fresh ? require(bundle) : require("tsx/cjs/api").require("../compiler/plugin/index.ts", __filename);
module.exports = loaded.default || loaded;
