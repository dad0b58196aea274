#!/usr/bin/env node
// Runs the bundled compiler (dist/cli.js, made by `npm run bundle` on install)
// unless a compiler source is newer than the bundle (a checkout being edited):
// then the TypeScript sources run through tsx.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const sources = fileURLToPath(new URL("../compiler/", import.meta.url));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = dir + "/" + entry.name;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const fresh = existsSync(bundle) && (!existsSync(sources) || statSync(bundle).mtimeMs >= newestSource(sources));
if (fresh) {
  await import(new URL("../dist/cli.js", import.meta.url).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../compiler/cli/main.ts");
}
