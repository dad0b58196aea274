// umqtt and requests are in the ESP32 firmware (frozen modules): a program that imports them
// gets no copy of them from `mpts build` (so `mpts flash` uploads none), and a project file
// or folder named like them cannot hide them: a file beside an import of the same name is refused
// (MPTS1041), a folder is renamed, as for other board modules.
import { describe, expect, test } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile } from "../compiler/program.js";

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-packages-"));
  const compilerOptions = { strict: true, target: "ES2022", module: "ESNext", moduleResolution: "Bundler", lib: ["ES2022"], types: [] };
  files["tsconfig.json"] = JSON.stringify({ compilerOptions, include: ["**/*.ts", path.resolve("runtime-typings")] });
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function diagnostics(dir: string): string[] {
  const r = compile(dir, path.join(dir, "dist"));
  return r.diagnostics.map((d) => `${path.relative(dir, d.file!)}(${d.line},${d.column}) MPTS${d.code}: ${d.message}`).sort();
}

const program = `
import { MQTTClient } from "umqtt.simple";
import * as robust from "umqtt.robust";
import * as requests from "requests";
import { get } from "urequests";
const c = new MQTTClient("id", "broker");
const r = robust.MQTTClient("id", "broker");
print(c, r, requests.get("http://x").status_code, get("http://y").text);
`;

describe("umqtt and requests are board modules", () => {
  test("a program using them builds to its own module only", () => {
    const dir = project({ "main.ts": program });
    const r = compile(dir, path.join(dir, "dist"));
    expect(r.diagnostics).toEqual([]);
    expect(r.files.map((f) => f.path).sort()).toEqual(["main.py", "main.py.map"]);
    expect(r.files[0].text).toContain(
      "from umqtt.simple import MQTTClient\nimport umqtt.robust as robust\nimport requests\nfrom urequests import get\n",
    );
  });

  test("a file named requests beside an import of requests is refused", () => {
    const dir = project({
      "requests.ts": `export const retries = 3;`,
      "main.ts": program + `import { retries } from "./requests";\nprint(retries);\n`,
    });
    expect(diagnostics(dir)).toEqual([
      "requests.ts(1,1) MPTS1041: this file has the name of the board module 'requests' (declared in requests.d.ts), which './main.ts' imports; the program would have two modules called 'requests': rename this file",
    ]);
  });

  test("a folder named umqtt becomes the package umqtt_, so it cannot hide the firmware's", () => {
    const dir = project({
      "umqtt/topics.ts": `export const LIGHT = "sensors/light";`,
      "main.ts": program + `import { LIGHT } from "./umqtt/topics";\nprint(LIGHT);\n`,
    });
    const r = compile(dir, path.join(dir, "dist"));
    expect(r.diagnostics).toEqual([]);
    expect(
      r.files
        .filter((f) => f.path.endsWith(".py"))
        .map((f) => f.path)
        .sort(),
    ).toEqual(["main.py", "umqtt_/topics.py"]);
    expect(r.files.find((f) => f.path === "main.py")!.text).toContain("from umqtt_.topics import LIGHT\n");
  });
});
