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

  "static setters: plain, compound and increment writes, with the written value as result": `
class Counter {
  static _n = 1;
  static log: string[] = [];
  static get n() { return this._n; }
  static set n(v: number) { this.log.push("set " + v); this._n = v; }
}
Counter.n = 5;
Counter.n += 2;
Counter.n++;
const r = (Counter.n = 20);
console.log(Counter.n, r, Counter.log.join(","));`,

  "an inherited static setter writes on the subclass it was called on": `
class Store {
  static value = "none";
  static set v(x: string) { this.value = x.toUpperCase(); }
}
class Shop extends Store {}
Shop.v = "apple";
console.log(Store.value, Shop.value);`,

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

// Calls exist only where the checker sees the class, so other value uses are refused.
describe("static accessors: diagnostics", () => {
  const cases: Record<string, { source: string; line: number }> = {
    "a class with a static setter passed as an interface": {
      source: `class K {\n  static v = 0;\n  static set value(x: number) { K.v = x; }\n}\nconst o: { value: number } =\n  K;\no.value = 3;\nconsole.log(K.v);`,
      line: 6,
    },
    "a static getter in an unnamed class": {
      source: `const list = [class {\n  static get v() { return 1; }\n}];\nconsole.log(list.length);`,
      line: 2,
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
