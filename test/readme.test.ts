// The README is documentation users rely on: every diagnostic code is listed.
import { expect, test } from "vitest";
import * as fs from "node:fs";
import { Codes } from "../compiler/diagnostics.js";

test("every diagnostic code is listed in the README", () => {
  const readme = fs.readFileSync("README.md", "utf8");
  const missing = Object.values(Codes).filter((code) => !readme.includes(`| MPTS${code} |`));
  expect(missing).toEqual([]);
});

test("the README lists no code that does not exist", () => {
  const readme = fs.readFileSync("README.md", "utf8");
  const listed = [...readme.matchAll(/\| MPTS(\d+) \|/g)].map((m) => Number(m[1]));
  const known = new Set<number>(Object.values(Codes));
  expect(listed.filter((c) => !known.has(c))).toEqual([]);
});
