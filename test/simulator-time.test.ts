// time.time() in the host simulator is what an ESP32 returns: whole seconds (an int) since
// 2000-01-01, MicroPython's default epoch, with gmtime/localtime/mktime/time_ns on the same
// epoch; the compiled Date.now() still gives JavaScript's milliseconds since 1970.
import { afterEach, expect, test } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compile } from "../compiler/program.js";
import { simulate, type Simulation } from "../compiler/board/sim/simulate.js";

let sim: Simulation | undefined;
afterEach(async () => {
  await sim?.kill();
  sim = undefined;
});

async function run(files: { path: string; text: string }[], entry: string): Promise<string> {
  let out = "";
  sim = simulate(files, entry, { onOutput: (t) => (out += t) });
  const r = await sim.done;
  return out + (r.error ?? "");
}

test("time.time() is an int counted from 2000; gmtime, localtime, mktime and time_ns agree with it", async () => {
  const unixNow = Math.floor(Date.now() / 1000);
  const out = await run(
    [
      {
        path: "prog.py",
        text: `import time
t = time.time()
print(type(t).__name__, time.gmtime(0)[:6], time.mktime(time.localtime(t)) == t)
print(t - time.time_ns() // 1000000000 in (-1, 0), time.gmtime(t)[0] >= 2026)
print(t + 946684800)
`,
      },
    ],
    "prog",
  );
  const lines = out.split("\n");
  expect(lines.slice(0, 2)).toEqual(["int (2000, 1, 1, 0, 0, 0) True", "True True"]);
  expect(Math.abs(Number(lines[2]) - unixNow)).toBeLessThan(30);
});

test("compiled Date.now() is still milliseconds since 1970 on the 2000 epoch", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-time-"));
  fs.writeFileSync(path.join(dir, "main.ts"), "console.log(Date.now());\nconsole.log(new Date(0).toISOString());\n");
  const r = compile(path.join(dir, "main.ts"));
  expect(r.diagnostics).toEqual([]);
  const before = Date.now();
  const out = await run(
    r.files.filter((f) => f.path.endsWith(".py")),
    "main",
  );
  const [ms, iso] = out.split("\n");
  expect(Math.abs(Number(ms) - before)).toBeLessThan(30000);
  expect(iso).toBe("1970-01-01T00:00:00.000Z");
});
