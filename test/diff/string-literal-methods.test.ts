// Case and trim methods on a name typed as a few string literals are worked out
// per literal at compile time (compiler/builtins/string.ts perLiteral): the same
// text as Node, and no new string per call.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

diffSuite("string methods on literal types", {
  "two literals, in a loop": `
let out = "";
for (let i = 0; i < 5; i++) {
  const state = i % 2 === 0 ? "ON" : "OFF";
  out += state.toLowerCase() + "/" + state.toUpperCase() + ",";
}
console.log(out);`,

  "three literals, one a union type annotation, trims": `
type Mode = " Auto" | "manual " | "OFF";
function show(m: Mode): string { return "[" + m.trim() + "|" + m.trimStart() + "|" + m.trimEnd() + "|" + m.toLowerCase() + "]"; }
console.log(show(" Auto"), show("manual "), show("OFF"));`,

  "one literal, and literals whose results agree": `
const kind = "Relay";
type Same = "a" | "A";
const s: Same = Math.random() < 2 ? "A" : "a";
console.log(kind.toUpperCase(), s.toLowerCase());`,

  "four literals and plain strings keep the method": `
type Dir = "N" | "E" | "S" | "W";
const dirs: Dir[] = ["N", "E", "S", "W"];
let text = "";
for (const d of dirs) text += d.toLowerCase();
const name: string = "Ab";
console.log(text, name.toLowerCase(), "Mixed Case".toUpperCase());`,

  "non-ASCII literals": `
const word = Math.random() < 2 ? "Été" : "ÆGIR";
console.log(word.toLowerCase(), word.toUpperCase());`,
});

const emitted = {
  twoLiterals: `
for (let i = 0; i < 3; i++) {
  const state = i === 1 ? "ON" : "OFF";
  console.log(state.toLowerCase());
}`,
  plain: `
const name: string = Math.random() > 2 ? "X" : "y";
console.log(name.toLowerCase());`,
};

describe("string methods on literal types: emitted Python", () => {
  const py = emittedPython(emitted);

  test("a comparison, not a method call", () => {
    expect(py.twoLiterals).toContain(`"on" if state == "ON" else "off"`);
    expect(py.twoLiterals).not.toContain(".lower()");
  });

  test("a string-typed name keeps lower()", () => {
    expect(py.plain).toContain(".lower()");
  });
});
