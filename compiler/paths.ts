// Where mpts's own files live, whether it runs from its TypeScript sources or
// from the bundle in dist/: the folder holding mpts's package.json.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, "utf8")).name === "mpts") return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error("mpts: cannot find its own package folder");
    dir = up;
  }
}

export const packageRoot = findPackageRoot();
export const runtimeDir = path.join(packageRoot, "compiler/runtime");
export const simulatorDir = path.join(packageRoot, "compiler/board/simulator");
export const typingsDir = path.join(packageRoot, "runtime-typings");
