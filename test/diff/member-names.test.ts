import { beforeAll, describe, expect, test } from "vitest";
import { diffSuite, compileSnippets, type CompiledSnippets } from "../helpers/diff.js";
import { Codes } from "../../compiler/diagnostics.js";

// Class members named by number literals, and by computed names whose value is known when
// compiling (a literal, a const or an enum member): attributes, read and written by any spelling.
diffSuite("class member names", {
  "number-literal fields, methods and statics, read as c[1], c['1'] and C[3]": `
class Grid {
  0 = "zero";
  1 = 5;
  2() { return "two"; }
  static 3 = 30;
  static 4() { return "four"; }
}
const g = new Grid();
g[1] = g[1] * 2;
g["0"] += "!";
Grid[3]++;
console.log(g[0], g[1], g["1"], g[2](), Grid[3], Grid["3"], Grid[4]());`,

  "computed names from consts and enum members": `
const label = "label";
const run: "run" = "run";
enum Key { Size = "size", Seven = 7 }
class Widget {
  [label] = "w";
  static [label] = "static";
  [Key.Size] = 3;
  [run]() { return this[label] + this[Key.Size]; }
  [Key.Seven]() { return "seven"; }
}
const w = new Widget();
w[Key.Size] += 1;
console.log(w[label], w.label, Widget[label], w[run](), w.run(), w.size, w[7](), w[Key.Seven]());`,

  "a computed name used through an interface and a subclass": `
const greet = "greet";
interface Greeter { greet(): string }
class Base implements Greeter { [greet]() { return "base"; } }
class Sub extends Base { [greet]() { return "sub+" + super.greet(); } }
const all: Greeter[] = [new Base(), new Sub()];
console.log(all.map((x) => x.greet()).join(","), new Sub()[greet]());`,

  "object-literal methods whose names are no Python names, called through a function result": `
function make() {
  return {
    $$$(s: string) { return "dollar " + s; },
    ɥɣ(s: string) { return "unicode " + s; },
    and() { return "keyword"; },
  };
}
console.log(make().$$$("a"), make().ɥɣ("b"), make().and());`,
});

// Names known only at run time, and symbol keys other than Symbol.iterator, stay refused.
describe("class member names: diagnostics", () => {
  const cases: Record<string, { source: string; line: number; text: RegExp }> = {
    "a computed name from a let": {
      source: `let k = "m";\nclass A {\n  [k] = 1;\n}\nconsole.log(new A());`,
      line: 3,
      text: /not known when compiling/,
    },
    "Symbol.hasInstance": {
      source: `class A {\n  static [Symbol.hasInstance](x: unknown) { return x === 1; }\n}\nconsole.log(1 instanceof A);`,
      line: 2,
      text: /Symbol\.hasInstance/,
    },
  };
  let compiled: CompiledSnippets;
  beforeAll(() => {
    compiled = compileSnippets(Object.fromEntries(Object.entries(cases).map(([k, v]) => [k, v.source])));
  });
  Object.entries(cases).forEach(([name, { line, text }], i) => {
    test(name, () => {
      const out = [...compiled.outputs.values()].find((o) => o.sourceFile.endsWith(`case_${i}.ts`))!;
      expect(out.diagnostics.map((d) => [d.code, d.line])).toEqual([[Codes.computedClassMember, line]]);
      expect(out.diagnostics[0].message).toMatch(text);
    });
  });
});
