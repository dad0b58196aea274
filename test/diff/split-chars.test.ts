// A callback method called on `s.split("")` (map, filter, find, some, every, forEach)
// walks the string itself: the same characters, without making a list of them. A
// callback that takes the array as its third argument gets the list.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython, inMain } from "../helpers/diff.js";

const programs = {
  chars: `
const word = "Grüße 42";
const out: string[] = [];
out.push(word.split("").map((c) => c + c).join("|"));
out.push(word.split("").filter((c) => c >= "a" && c <= "z").join(""));
out.push(String(word.split("").some((c) => c === "4")), String(word.split("").every((c) => c !== "x")));
out.push(word.split("").find((c) => c > "r") ?? "none");
word.split("").forEach((c, i) => {
  if (c === " ") out.push("space at " + i);
});
out.push(word.split("").map((c, i, all) => all.length - i).join(","));
const letters = word.split("");
letters.reverse();
console.log(out.join(" / "), letters.join(""));`,
};

diffSuite('callbacks on s.split("")', { "characters, non-ASCII, an index and the array": programs.chars });

describe('callbacks on s.split(""): emitted Python', () => {
  const py = emittedPython(programs);

  test("the string is walked without a list; the array argument keeps one", () => {
    expect(py.chars).toContain("[c + c for c in word]");
    expect(py.chars).toContain(inMain("for i in range(len(word)):\n    c = word[i]\n"));
    expect(py.chars.match(/list\(word\)/g)?.length).toBe(2);
  });
});
