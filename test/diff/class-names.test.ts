import { beforeAll, describe, expect, test } from "vitest";
import { diffSuite, compileSnippets, type CompiledSnippets } from "../helpers/diff.js";
import { Codes } from "../../compiler/diagnostics.js";

// `.name` of a class is fixed by the source when the class is declared, is a class
// expression, or is bound to a const: it compiles to the string JavaScript gives.
diffSuite("class names", {
  "a declared class and a class declared in a function": `
class Engine { run() { return 1; } }
function make() { class Local {} return Local.name; }
console.log(Engine.name, make(), Engine.name.length);`,

  "a named class expression keeps its own name": `
const Shape = class Polygon { sides = 3; };
const s = new Shape();
console.log(Shape.name, s.sides);`,

  "an anonymous class expression takes the const's name, through aliases": `
const Widget = class { label = "w"; };
const Alias = Widget;
const Again = (Alias);
console.log(Widget.name, Alias.name, Again.name, new Again().label);`,

  "an anonymous class expression used directly has an empty name": `
console.log(JSON.stringify((class {}).name), (class Named { x = 1; }).name);`,

  "a subclass has its own name, and names work in template strings": `
class Base { kind() { return "base"; } }
class Derived extends Base {}
const Made = class extends Base {};
console.log(\`\${Base.name}/\${Derived.name}/\${Made.name}\`, new Made().kind());`,
});

// A class value whose identity is known only at run time has no fixed name.
describe("class names: diagnostics", () => {
  const cases: Record<string, { source: string; line: number }> = {
    "a class passed as a parameter": {
      source: `class A {}\nfunction show(k: typeof A) {\n  return k.name;\n}\nconsole.log(show(A));`,
      line: 3,
    },
    "a class in a let variable": {
      source: `class A {}\nclass B {}\nlet k = A;\nk = B;\nconsole.log(\n  k.name);`,
      line: 6,
    },
  };
  let compiled: CompiledSnippets;
  beforeAll(() => {
    compiled = compileSnippets(Object.fromEntries(Object.entries(cases).map(([k, v]) => [k, v.source])));
  });
  Object.entries(cases).forEach(([name, { line }], i) => {
    test(name, () => {
      const out = [...compiled.outputs.values()].find((o) => o.sourceFile.endsWith(`case_${i}.ts`))!;
      expect(out.diagnostics.map((d) => [d.code, d.line])).toEqual([[Codes.functionThis, line]]);
    });
  });
});
