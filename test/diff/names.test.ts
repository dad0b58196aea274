// Names: a global the program declares with `declare` is the board's own name
// and is emitted as written; a member named like a Python special method
// (`__init__`, `__eq__`, ...) never changes what Python does with the object.
import { describe, expect, test, beforeAll } from "vitest";
import * as path from "node:path";
import { diffSuite, compileSnippets, type CompiledSnippets } from "../helpers/diff.js";
import { runInNode } from "../helpers/node-run.js";
import { runInVm } from "../../compiler/board/vm.js";
import { runtimeFiles } from "../../compiler/runtime/helpers.js";
import { Codes } from "../../compiler/diagnostics.js";

/**
 * Declared globals exist on the board, not in Node: each case gives them to
 * Node (a JavaScript prelude) and to MicroPython (a Python prelude, or none
 * where MicroPython has the builtin), then both runs must print the same.
 */
const declared: Record<string, { source: string; node: string; python: string; emitted: RegExp[] }> = {
  "declare function hex (a MicroPython builtin)": {
    source: `
declare function hex(n: number): string;
console.log(hex(255), hex(16));`,
    node: `(globalThis as any).hex = (n: number) => "0x" + n.toString(16);`,
    python: "",
    emitted: [/print\(hex\(255\), hex\(16\)\)/],
  },
  "declare const, let, var and class": {
    source: `
declare const LIMIT: number;
declare let level: number;
declare var label: string;
declare class Sensor { constructor(pin: number); read(): number }
function raise(): void { level = level + 1; }
raise();
const s = new Sensor(4);
console.log(LIMIT, level, label, s.read());`,
    node: `Object.assign(globalThis as any, { LIMIT: 7, level: 1, label: "x", Sensor: class { constructor(private pin: number) {} read() { return this.pin * 10; } } });`,
    python: `LIMIT = 7
level = 1
label = "x"
class Sensor:
    def __init__(self, pin):
        self.pin = pin
    def read(self):
        return self.pin * 10
`,
    emitted: [/^def raise_\(\):\n    global level\n    level \+= 1$/m, /^s = Sensor\(4\)$/m],
  },
  "declare global and a program name that escapes next to it": {
    source: `
declare global {
  function oct(n: number): string;
  const BOARD: string;
}
const hex = 2;
function show(): string { const len = 3; return oct(8) + " " + BOARD + " " + len + " " + hex; }
console.log(show());`,
    node: `Object.assign(globalThis as any, { oct: (n: number) => "0o" + n.toString(8), BOARD: "esp32" });`,
    python: `BOARD = "esp32"\n`,
    emitted: [/oct\(8\)/, /\bBOARD\b/, /^hex_ = const\(2\)$/m, /len_ = 3/],
  },
  "a declared name that a program name would be spelled as": {
    source: `
declare const S_count: number;
const $count = 1;
console.log(S_count, $count);`,
    node: `(globalThis as any).S_count = 5;`,
    python: "S_count = 5\n",
    emitted: [/^S_count1 = 1$/m, /print\(js_lognum\(S_count\), S_count1\)/],
  },
};

describe("declared globals", () => {
  let compiled: CompiledSnippets;
  const entries = Object.entries(declared);
  beforeAll(() => {
    compiled = compileSnippets(Object.fromEntries(entries.map(([name, c]) => [name, c.source])));
  });
  entries.forEach(([name, c], i) => {
    test(name, async () => {
      const file = path.join(compiled.dir, `case_${i}.ts`);
      expect(compiled.tsErrors.get(file) ?? []).toEqual([]);
      const out = compiled.outputs.get(file)!;
      expect(out.diagnostics.map((d) => d.message)).toEqual([]);
      for (const re of c.emitted) expect(out.python).toMatch(re);
      const node = await runInNode(c.node + "\n" + c.source);
      expect(node.error).toBeUndefined();
      expect(node.stdout.length).toBeGreaterThan(0);
      const files = [{ path: "main.py", text: c.python + out.python! }];
      if (out.helpers.size) files.push(...runtimeFiles(out.helpers));
      const mp = await runInVm(files, "main", { clock: "fast" });
      expect(mp.error, out.python).toBeUndefined();
      expect(mp.stdout).toBe(node.stdout);
    });
  });
});

describe("a declared global that Python cannot spell", () => {
  test("a keyword or a name with $ is refused where it is used, with what to do instead", () => {
    const compiled = compileSnippets({
      keyword: `declare const pass: number;\ndeclare let $ready: boolean;\nconsole.log(pass + 1);\nif ($ready) console.log(1);`,
    });
    const out = [...compiled.outputs.values()][0];
    expect(out.diagnostics.map((d) => [d.line, d.column, d.code, d.message])).toEqual([
      [
        3,
        13,
        Codes.unsupportedGlobal,
        "The declared global 'pass' (a Python keyword, so no board global has this name) is not supported on MicroPython; declare the name the board's Python code defines",
      ],
      [
        4,
        5,
        Codes.unsupportedGlobal,
        "The declared global '$ready' (not a Python name, so no board global has this name) is not supported on MicroPython; declare the name the board's Python code defines",
      ],
    ]);
  });
});

diffSuite("members named like Python special methods", {
  "__init__ is an ordinary method, the constructor still runs": `
class Counter {
  count = 0;
  constructor(public start: number) { this.count = start; }
  __init__(n: number): number { this.count += n; return this.count; }
}
const c = new Counter(5);
console.log(c.count, c.__init__(2), c.count, new Counter(1).count);`,

  "__eq__ and __hash__ do not change equality, identity or Set membership": `
class P {
  constructor(public x: number) {}
  __eq__(o: P): boolean { return this.x === o.x; }
  __hash__(): number { return 1; }
}
const a = new P(1), b = new P(1);
const xs = [a];
const s = new Set([a]);
const m = new Map([[a, "a"]]);
console.log(a === b, a.__eq__(b), xs.indexOf(b), xs.includes(b), xs.lastIndexOf(b), xs.indexOf(a), xs.includes(a));
console.log(s.has(b), s.has(a), m.get(b), m.get(a), a.__hash__());`,

  "__str__, __repr__ and __len__ do not change printing or length": `
class Box {
  items: number[] = [1, 2, 3];
  __str__(): string { return "not this"; }
  __repr__(): string { return "nor this"; }
  __len__(): number { return 99; }
  toString(): string { return "Box(" + this.items.length + ")"; }
}
const bx = new Box();
console.log(\`\${bx}\`, String(bx), bx.__str__(), bx.__repr__(), bx.__len__());`,

  "__iter__, __next__ and __call__ as ordinary methods": `
class Seq {
  i = 0;
  __iter__(): string { return "iter"; }
  __next__(): number { return ++this.i; }
  __call__(x: number): number { return x * 2; }
  *[Symbol.iterator](): Generator<number> { yield 10; yield 20; }
}
const q = new Seq();
const got: number[] = [];
for (const v of q) got.push(v);
console.log(q.__iter__(), q.__next__(), q.__next__(), q.__call__(4), got.join(","));`,

  "dunder fields and properties, read, written and serialised": `
class Rec {
  __name__ = "rec";
  __dict__: number;
  constructor(public __getattr__: string) { this.__dict__ = 3; }
  get __len__(): number { return this.__dict__ * 2; }
}
const r = new Rec("g");
r.__name__ = r.__name__ + "!";
console.log(r.__name__, r.__dict__, r.__getattr__, r.__len__, JSON.stringify(r), Object.keys(r).length);`,

  "subclasses and super calls of dunder methods": `
class A { __init__(): string { return "A"; } __eq__(o: A): boolean { return true; } }
class B extends A {
  __init__(): string { return "B" + super.__init__(); }
}
const x = new B(), y = new B();
console.log(x.__init__(), x === y, [x].includes(y), x.__eq__(y));`,

  "module-level names and parameters named like dunders": `
const __name__ = "mine";
function __main__(__x__: number): number { return __x__ + 1; }
console.log(__name__, __main__(1));`,

  "object literals with dunder keys stay plain keys": `
const o = { __init__: 1, __eq__: (a: number) => a + 1, __len__: "x" };
console.log(o.__init__, o.__eq__(1), o.__len__, Object.keys(o).join(","));`,
});

diffSuite("indexOf and includes compare objects as JavaScript does", {
  "sets, arrays and objects by identity": `
const sets = [new Set([1])];
const lists = [[1, 2]];
const objs = [{ a: 1 }];
console.log(sets.indexOf(new Set([1])), sets.includes(new Set([1])), sets.includes(sets[0]), sets.lastIndexOf(new Set([1])));
console.log(lists.indexOf([1, 2]), lists.includes(lists[0]), objs.includes({ a: 1 }), objs.lastIndexOf(objs[0]));`,

  "Error subclasses by identity": `
class E extends Error {}
const e1 = new E("a"), e2 = new E("a");
console.log([e1].indexOf(e2), [e1].includes(e1), [e1, e2].lastIndexOf(e1));`,

  "a boolean never equals a number": `
const mixed: (number | boolean | string)[] = [1, true, "1", 0, false];
console.log(mixed.indexOf(true), mixed.indexOf("1"), mixed.lastIndexOf(1), mixed.includes(false), mixed.indexOf(0), mixed.lastIndexOf(false));
const any: unknown[] = [1, true, [1], { a: 1 }];
console.log(any.indexOf(true), any.indexOf(1), any.indexOf([1]), any.lastIndexOf(true), any.includes(1));`,
});
