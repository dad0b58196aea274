import { beforeAll, describe, expect, test } from "vitest";
import { diffSuite, compileSnippets, type CompiledSnippets } from "../helpers/diff.js";
import { Codes } from "../../compiler/diagnostics.js";

// A namespace is an object holding its exported members (see docs/semantics/modules.md).
diffSuite("namespaces", {
  "exported constants, functions and a counter written from outside": `
namespace Counter {
  export const label = "hits";
  export let count = 0;
  export function hit(by: number) { count += by; return count; }
  const secret = 7;
  export function peek() { return secret + count; }
}
Counter.hit(2);
Counter.count = 40;
console.log(Counter.label, Counter.hit(1), Counter.count, Counter.peek());`,

  "functions are hoisted inside the namespace": `
let early = "";
namespace Setup {
  early = make("a");
  export function make(s: string) { return s + s; }
}
console.log(early, Setup.make("b"));`,

  "nested namespaces, a dotted name, and import aliases": `
namespace Geo.Shapes {
  export const sides = 4;
}
namespace Outer {
  export namespace Inner {
    export function area(w: number, h: number) { return w * h; }
  }
  namespace Hidden { export const v = "hidden"; }
  export function reveal() { return Hidden.v; }
}
import area = Outer.Inner.area;
import Shapes = Geo.Shapes;
console.log(Geo.Shapes.sides, Shapes.sides, area(3, 4), Outer.Inner.area(2, 2), Outer.reveal());`,

  "blocks of one namespace merge; a class in one extends a class in another": `
namespace Zoo {
  export class Animal { constructor(public name: string) {} speak() { return this.name + "?"; } }
}
namespace Zoo {
  export class Dog extends Animal { speak() { return this.name + " barks"; } }
  export const first = new Dog("rex");
}
console.log(new Zoo.Animal("cat").speak(), Zoo.first.speak(), Zoo.first instanceof Zoo.Animal);`,

  "a namespace merged with a class adds statics; one merged with an interface holds values": `
class Temp {
  constructor(public c: number) {}
  static fromF(f: number) { return new Temp(Math.round((f - 32) * 5 / 9)); }
}
namespace Temp { export const freezing = new Temp(0); export const unit = "C"; }
interface Config { name: string }
namespace Config { export function make(name: string): Config { return { name }; } }
console.log(Temp.fromF(212).c, Temp.freezing.c, Temp.unit, Config.make("x").name);`,

  "an enum inside a namespace, and names Python reserves": `
namespace Colors {
  export enum Shade { Light, Dark = 5 }
  export const and = "reserved";
  export const list = [Shade.Light, Shade.Dark];
}
const and = "outer";
namespace Names { export const copy = and; }
console.log(Colors.Shade.Dark, Colors.Shade[5], Colors.and, Colors.list.length, Names.copy);`,

  "a namespace name shadows an outer binding inside its parent": `
const Inner = 10;
namespace Outer2 {
  export function read() { return Inner.v; }
  namespace Inner { export const v = "inner"; }
}
console.log(Outer2.read(), Inner);`,

  "a namespace with only types emits nothing, and a module-level function reads a namespace declared later": `
function later() { return Late.value; }
namespace Types { export interface P { x: number } }
namespace Late { export let value = "late"; }
const p: Types.P = { x: 1 };
console.log(later(), p.x);`,

  "an exported function that uses this gets the namespace as its receiver": `
namespace Shop {
  export const label = "shop";
  export let visits = 0;
  export function title(this: typeof Shop, suffix: string) { visits++; return this.label + suffix; }
}
console.log(Shop.title("?"), Shop.title("!"), Shop.visits);`,
});

describe("namespaces: diagnostics", () => {
  const cases: Record<string, { source: string; line: number; code: number }> = {
    "a namespace merged with a function": {
      source: `function greet() { return "hi"; }\nnamespace greet {\n  export const polite = "hello";\n}\nconsole.log(greet(), greet.polite);`,
      line: 2,
      code: Codes.namespace,
    },
  };
  let compiled: CompiledSnippets;
  beforeAll(() => {
    compiled = compileSnippets(Object.fromEntries(Object.entries(cases).map(([k, v]) => [k, v.source])));
  });
  Object.entries(cases).forEach(([name, { line, code }], i) => {
    test(name, () => {
      const out = [...compiled.outputs.values()].find((o) => o.sourceFile.endsWith(`case_${i}.ts`))!;
      expect(out.diagnostics.map((d) => [d.code, d.line])).toEqual([[code, line]]);
    });
  });
});
