import { beforeAll, describe, expect, test } from "vitest";
import { diffSuite, compileSnippets, type CompiledSnippets } from "../helpers/diff.js";
import { Codes } from "../../compiler/diagnostics.js";

// A static getter is a classmethod; `C.x` reads call it, through subclasses too.
diffSuite("static getters", {
  "a static getter reads a static field through this": `
class Config {
  static base = 10;
  static get doubled() { return this.base * 2; }
}
console.log(Config.doubled);
Config.base = 4;
console.log(Config.doubled, Config.doubled + 1);`,

  "an inherited static getter sees the subclass as this": `
class Animal {
  static sound = "...";
  static get greeting() { return "I say " + this.sound; }
}
class Dog extends Animal { static sound = "woof"; }
console.log(Animal.greeting, Dog.greeting);`,

  "a subclass overrides a static getter": `
class Shape { static get sides(): number { return 0; } static describe() { return "sides=" + this.sides; } }
class Square extends Shape { static get sides() { return 4; } }
console.log(Shape.sides, Square.sides, Shape.describe(), Square.describe());`,

  "a static getter next to instance accessors of the same class": `
class Temp {
  static count = 0;
  static get made() { return Temp.count; }
  private c = 0;
  constructor(c: number) { this.c = c; Temp.count++; }
  get f() { return this.c * 9 / 5 + 32; }
}
const t = new Temp(100);
new Temp(0);
console.log(t.f, Temp.made);`,
});

// A static setter is still refused: every write form would have to become a call.
describe("static accessors: diagnostics", () => {
  const cases: Record<string, { source: string; line: number }> = {
    "a static setter": {
      source: `class K {\n  static v = 0;\n  static set value(x: number) { K.v = x; }\n}\nK.value = 3;\nconsole.log(K.v);`,
      line: 3,
    },
  };
  let compiled: CompiledSnippets;
  beforeAll(() => {
    compiled = compileSnippets(Object.fromEntries(Object.entries(cases).map(([k, v]) => [k, v.source])));
  });
  Object.entries(cases).forEach(([name, { line }], i) => {
    test(name, () => {
      const out = [...compiled.outputs.values()].find((o) => o.sourceFile.endsWith(`case_${i}.ts`))!;
      expect(out.diagnostics.map((d) => [d.code, d.line])).toEqual([[Codes.unsupportedMember, line]]);
    });
  });
});
