// mpts flash --watch against the mpremote stand-in: each save that compiles is
// uploaded (only what changed) and the program restarted with its output
// followed; a save with errors uploads nothing; Ctrl-C ends with 130.
import { expect, test } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { execa } from "execa";
import { Bench, project } from "./helpers/standin.js";

test("every good save uploads what changed and restarts the program; errors upload nothing", { timeout: 240_000 }, async () => {
  const bench = new Bench();
  const dir = project({
    "src/main.ts": `import { greeting } from "./words";\nconsole.log(greeting + " one");\n`,
    "src/words.ts": `export const greeting = "hello";\n`,
  });
  const child = execa("node", [path.resolve("bin/mpts.js"), "flash", "--watch", dir, "--port", "/dev/ttyUSB0"], {
    reject: false,
    env: { ...bench.env(), NO_COLOR: "1" },
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const until = async (check: () => boolean, what: string) => {
    for (let i = 0; i < 1200 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
    if (!check()) throw new Error(`no ${what}; output:\n${out}`);
  };
  const count = (text: string) => out.split(text).length - 1;

  await until(() => out.includes("hello one") && count("finished") === 1, "first flash and run");
  expect(out).toMatch(/sent +main\.py/);
  expect(out).toMatch(/sent +words\.py/);

  fs.writeFileSync(path.join(dir, "src/main.ts"), `import { greeting } from "./words";\nconsole.log(greeting + " two");\n`);
  await until(() => out.includes("hello two") && count("finished") === 2, "second flash and run");
  // only the changed module went up again
  expect(out).toMatch(/unchanged words\.py/);

  fs.writeFileSync(path.join(dir, "src/main.ts"), `const n: number = "three";\nconsole.log(n);\n`);
  await until(() => out.includes("not flashed; the board keeps running the last program that compiled"), "refusal on errors");
  expect(out).toMatch(/main\.ts\(1,7\): error TS2322/);
  expect(bench.files()["main.py"]).toContain('" two"');

  child.kill("SIGINT");
  expect((await child).exitCode).toBe(130);
});
