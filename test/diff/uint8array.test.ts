// Uint8Array as a bytearray (compiler/builtins/typed-arrays.ts): each snippet prints
// the same in Node and in MicroPython, and its Python has the expected shape. Stores
// convert as JavaScript's ToUint8 does; subarray is a memoryview (shared memory).
import { beforeAll, describe, expect, test } from "vitest";
import { shapeSuite } from "../helpers/shape-suite.js";
import { compileSnippets, type CompiledSnippets } from "../helpers/diff.js";
import { Codes } from "../../compiler/diagnostics.js";

shapeSuite("Uint8Array: iterators", {
  "entries, keys and values in for-of": {
    source: `
const frame = Uint8Array.of(0x7e, 3, 200, 0x7e);
let sum = 0;
const at: number[] = [];
for (const [i, b] of frame.entries()) if (b === 0x7e) at.push(i);
for (const i of frame.keys()) sum += i;
for (const b of frame.values()) sum += b;
console.log(at.join(","), sum, [...frame.entries()].map(([i, b]) => i + ":" + b).join(" "));`,
    has: ["for i, b in enumerate(frame):", "for i1 in range(len(frame)):", "for b1 in frame:"],
  },
});

shapeSuite("Uint8Array: construction and ToUint8", {
  "new Uint8Array(n), from a literal, from numbers, a copy, from and of": {
    source: `
const zeros = new Uint8Array(4);
const lit = new Uint8Array([1, 2, 300, -5, 1.5, 255.9, -0.5]);
const xs = [10, 20, 400, -1];
const fromList = new Uint8Array(xs);
const copy = new Uint8Array(lit);
copy[0] = 42;
const mapped = Uint8Array.from(lit, (v, i) => v * 2 + i);
const ofs = Uint8Array.of(7, 8, 256, -1);
const empty = new Uint8Array();
console.log(zeros.join(), lit.join(), fromList.join(), copy.join(), lit[0], mapped.join(), ofs.join(), empty.length);`,
    has: [
      "zeros = bytearray(4)",
      'lit = bytearray(b"\\x01\\x02,\\xfb\\x01\\xff\\x00")',
      "fromList = bytearray(_x & 255 for _x in xs)",
      "copy = bytearray(lit)",
      "mapped = bytearray(lit[i] * 2 + i & 255 for i in range(len(lit)))",
      'ofs = bytearray(b"\\x07\\x08\\x00\\xff")',
    ],
    lacks: ["js_u8", "js_num", "list(lit)"],
  },
  "fractions, negatives, NaN and Infinity stored through the helper": {
    source: `
const raw = [2.7, -2.7, -300.5, NaN, Infinity, -Infinity, 1e10 + 0.5, 0.999];
const u = new Uint8Array(raw.length);
for (let i = 0; i < raw.length; i++) u[i] = raw[i];
const v = Uint8Array.from(raw);
const w = new Uint8Array(3);
w[0] = 3.99;
w[1] = -1;
w[2] = 511;
console.log(u.join(" "), v.join(" "), w.join(" "), Uint8Array.from(raw, (x) => x * 2).join(" "));`,
    has: ["    u[i] = js_u8(raw[i])", "v = bytearray(map(js_u8, raw))", "w[0] = 3", "w[1] = 255", "w[2] = 255"],
  },
});

shapeSuite("Uint8Array: elements, length, loops", {
  "index reads, writes and compound writes wrap as JavaScript's do": {
    source: `
const u = new Uint8Array(6);
for (let i = 0; i < u.length; i++) u[i] = i * 60;
u[0] += 250;
u[1]++;
u[2]--;
u[3] |= 0x81;
u[4] ^= 0xff;
u[5] -= 1000;
let j = 5;
u[j]++;
const old = u[0]++;
console.log(u.join(","), u.length, old, u[3] & 1, u[1] > 60);`,
    has: ["    u[i] = i * 60 & 255", "u[0] = u[0] + 250 & 255", "u[3] |= 129", "u[4] ^= 255"],
    lacks: ["js_u8"],
  },
  "for-of, spread, Array.from and Array.from with a map function": {
    source: `
const u = Uint8Array.of(1, 2, 254);
let total = 0;
for (const b of u) total += b;
const list = [...u];
list.push(1000);
const copy = Array.from(u);
const hex = Array.from(u, (b) => b.toString(16).padStart(2, "0")).join("");
console.log(total, list.join(), copy.length, u.byteLength, Uint8Array.BYTES_PER_ELEMENT, hex, \`\${u}\`, String(u), u.toString());`,
    has: ["for b in u:", '"".join(["%02x" % b for b in u])'],
    lacks: ["js_num", "js_str", "list(u))"],
  },
  "a Fletcher-16 checksum over a Uint8Array keeps a plain %": {
    source: `
function fletcher16(data: Uint8Array): number {
  let s1 = 0, s2 = 0;
  for (const byte of data) {
    s1 = (s1 + byte) % 255;
    s2 = (s2 + s1) % 255;
  }
  return (s2 << 8) | s1;
}
function adler32(data: Uint8Array): number {
  let a = 1, b = 0;
  for (let i = 0; i < data.length; i++) {
    a = (a + data[i]) % 65521;
    b = (b + a) % 65521;
  }
  return b * 65536 + a;
}
const text = "Wikipedia";
const bytes = new Uint8Array(text.length);
for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
console.log(fletcher16(bytes).toString(16), adler32(bytes).toString(16), \`\${bytes[0]}\`);`,
    has: ["        s1 = (s1 + byte) % 255", "        a = (a + item) % 65521"],
    lacks: ["js_mod", "js_num"],
  },
});

shapeSuite("Uint8Array: methods", {
  "slice is a copy, subarray a view whose writes show in the parent": {
    source: `
const u = Uint8Array.of(1, 2, 3, 4, 5);
const view = u.subarray(1, 4);
const copy = u.slice(1, 4);
view[0] = 99;
copy[1] = 77;
const tail = u.slice(-2);
const fromView = view.slice(1);
fromView[0] = 0;
console.log(u.join(), view.join(), copy.join(), tail.join(), view.length, u.subarray(-2).join(), fromView.join());`,
    has: ["view = memoryview(u)[1:4]", "copy = bytearray(u[1:4])"],
  },
  "fill, with a start and end, and set with its RangeError": {
    source: `
const u = new Uint8Array(6);
u.fill(300);
const a = u.join();
u.fill(7, 1, -2);
const b = u.join();
u.fill(1, 4);
u.set([9, 8], 1);
u.set(Uint8Array.of(5), 0);
let caught = "";
try {
  u.set([1, 2, 3], 4);
} catch (e) {
  caught = (e as Error).name;
}
console.log(a, b, u.join(), caught, u.length);`,
    has: ["js_u8_fill(u, 44)"],
  },
  // long runs are filled by doubling the filled part in place (no copy of the run is allocated)
  "fill of long runs, whole and in parts": {
    source: `
const frame = new Uint8Array(1024);
let sums = "";
for (const [v, a, b] of [[0, 0, 1024], [255, 3, 1000], [7, -700, -1], [1, 17, 34], [9, 100, 117], [2, 500, 501]]) {
  frame.fill(v, a, b);
  let s = 0;
  for (let i = 0; i < frame.length; i++) s = (s * 31 + frame[i] * (i + 1)) % 1000003;
  sums += s + " ";
}
const odd = new Uint8Array(37).fill(5);
console.log(sums, odd.join(""), frame[2], frame[3], frame[999], frame[1000], frame[324], frame[1022], frame[1023]);`,
    has: ["js_u8_fill(frame, v & 255, a, b)"],
  },
  "reduce, forEach, some, every, find, findIndex, indexOf, includes, join, map, filter": {
    source: `
const u = Uint8Array.of(3, 200, 17, 0, 255);
const sum = u.reduce((acc, v) => acc + v, 0);
u.forEach((v, i) => console.log(i, v.toString(16)));
const doubled = u.map((v) => v * 2);
const big = u.filter((v) => v > 16);
console.log(sum, u.some((v) => v > 250), u.every((v) => v < 255), u.find((v) => v > 100), u.findIndex((v) => v === 0),
  u.indexOf(17), u.indexOf(300), u.includes(255), u.includes(1.5), u.join("-"), doubled.join(), big.join(), big.length);`,
    has: ["sum_ = sum(u, 0)", "doubled = bytearray(v * 2 & 255 for v in u)"],
    lacks: ["js_lognum(sum"],
  },
  "a Uint8Array is compared by identity and always truthy": {
    source: `
const a = new Uint8Array(0);
const b = new Uint8Array(0);
const c = a;
console.log(a === b, a === c, a !== b, a ? "truthy" : "falsy", !a);`,
    has: ["a is c"],
  },
});

// Refusals: a compile-time error at the construct, with what to write instead.
describe("Uint8Array: refusals", () => {
  const cases: Record<string, { source: string; code: number; line: number; text: RegExp }> = {
    "console.log of a Uint8Array": {
      source: `const u = new Uint8Array(3);\nconsole.log(u);`,
      code: Codes.unsupportedSyntax,
      line: 2,
      text: /console\.log of a Uint8Array.*Array\.from\(u\)/,
    },
    "console.log of an object holding one": {
      source: `const u = new Uint8Array(3);\nconsole.log("x", { buf: u });`,
      code: Codes.unsupportedSyntax,
      line: 2,
      text: /console\.log of a Uint8Array/,
    },
    "JSON.stringify of a Uint8Array": {
      source: `const u = new Uint8Array(3);\nconst s = JSON.stringify(u);`,
      code: Codes.unsupportedSyntax,
      line: 2,
      text: /JSON\.stringify of a Uint8Array.*Array\.from\(u\)/,
    },
    "another typed array": {
      source: `const w = new Int16Array(3);`,
      code: Codes.unsupportedGlobal,
      line: 1,
      text: /Int16Array.*Uint8Array.*array module/,
    },
    Float32Array: {
      source: `const w = Float32Array.of(1.5);`,
      code: Codes.unsupportedGlobal,
      line: 1,
      text: /Float32Array.*Uint8Array/,
    },
    "an unsupported method": {
      source: `const u = new Uint8Array(3);\nu.sort();`,
      code: Codes.unsupportedMember,
      line: 2,
      text: /Uint8Array\.prototype\.sort/,
    },
    "map with a callback that takes the array": {
      source: `const u = new Uint8Array(3);\nconst m = u.map((v, i, all) => v + all.length);`,
      code: Codes.unsupportedMember,
      line: 2,
      text: /Uint8Array\.prototype\.map.*inline callback/,
    },
    "the value of a store that may not be a byte": {
      source: `const u = new Uint8Array(3);\nlet v = 0;\nv = u[0] = 300 + v;`,
      code: Codes.unsupportedSyntax,
      line: 3,
      text: /assign in a statement of its own/,
    },
    "a Uint8Array over an ArrayBuffer": {
      source: `const u = new Uint8Array(new Uint8Array(4).buffer);`,
      code: Codes.unsupportedSyntax,
      line: 1,
      text: /ArrayBuffer/,
    },
  };
  let compiled: CompiledSnippets;
  beforeAll(() => {
    compiled = compileSnippets(Object.fromEntries(Object.entries(cases).map(([k, v]) => [k, v.source])));
  });
  Object.entries(cases).forEach(([name, { code, line, text }], i) => {
    test(name, () => {
      const out = [...compiled.outputs.values()].find((o) => o.sourceFile.endsWith(`case_${i}.ts`))!;
      expect(out.diagnostics.map((d) => [d.code, d.line])).toEqual([[code, line]]);
      expect(out.diagnostics[0].message).toMatch(text);
      expect(out.diagnostics[0].column).toBeGreaterThan(0);
    });
  });
});

// A Uint8Array goes where the board typings take a byte buffer (BytesLike, a buffer to fill).
describe("Uint8Array: board APIs that take bytes", () => {
  test("an I2C write, a read into one, and a UART write of a subarray type-check and compile", () => {
    const source = `import { I2C, Pin, UART } from "machine";
const i2c = new I2C(0, { scl: new Pin(22), sda: new Pin(21) });
const frame = new Uint8Array([0x7e, 1, 2]);
i2c.writeto(0x3c, frame);
const reply = new Uint8Array(4);
i2c.readfrom_into(0x3c, reply);
new UART(1, 9600).write(frame.subarray(1));
console.log(reply.length);`;
    const compiled = compileSnippets({ board: source });
    const file = [...compiled.outputs.keys()][0];
    expect(compiled.tsErrors.get(file) ?? []).toEqual([]);
    const out = compiled.outputs.get(file)!;
    expect(out.diagnostics).toEqual([]);
    expect(out.python).toContain('frame = bytearray(b"~\\x01\\x02")');
    expect(out.python).toContain("i2c.readfrom_into(60, reply)");
    expect(out.python).toContain("UART(1, 9600).write(memoryview(frame)[1:])");
  });
});
