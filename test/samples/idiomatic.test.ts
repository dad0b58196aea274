// The samples are what users copy: idiomatic TypeScript against the typings,
// with no `any` and no casts (`as`, `<T>x`, `x!`) anywhere in their sources.
import { expect, test } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { castsAndAny } from "../helpers/typings.js";

const samples = fs.readdirSync("samples").filter((d) => fs.existsSync(path.join("samples", d, "src")));

test("there are samples to check", () => {
  expect(samples.length).toBeGreaterThanOrEqual(17);
});

for (const sample of samples) {
  test(`${sample} has no any and no casts`, () => {
    const dir = path.join("samples", sample, "src");
    const sources = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    expect(sources.length).toBeGreaterThan(0);
    for (const f of sources) expect(castsAndAny(fs.readFileSync(path.join(dir, f), "utf8")), f).toEqual([]);
  });
}
