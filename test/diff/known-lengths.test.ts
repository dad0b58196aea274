// Array destructuring after a test that proves the array's exact length is one tuple unpacking
// (compiler/transform/known-length.ts); without such a proof each name reads its own index, since
// Python's unpacking raises where JavaScript takes the first items of a longer array.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "an early return on any other length": {
    source: `function parse(line: string): string {
  const parts = line.split(",");
  if (parts.length !== 3) return "bad " + parts.length;
  const [id, kind, value] = parts;
  return kind + ":" + id + "=" + value;
}
console.log(parse("a,temp,3"), parse("a,temp"), parse("a,b,c,d"), parse(""));`,
    has: ["    id_, kind, value = parts\n"],
  },
  "inside the branch that tested it, with names left out": {
    source: `function request(line: string): string {
  const parts = line.split(" ");
  if (parts.length === 3 && line.length < 80) {
    const [method, , version] = parts;
    return method + " " + version;
  }
  return "?";
}
function route(line: string): string {
  const words = line.split(" ");
  if (3 != words.length) return "no";
  const [method, path] = words;
  return method + path;
}
console.log(request("GET / HTTP/1.1"), request("GET /"), route("POST /x HTTP/1.0"), route("POST"));`,
    has: ["        method, _t, version = parts\n", "    method, path, _t = words\n"],
  },
  "a continue in a loop, an || of tests, and an assignment pattern": {
    source: `const lines = ["t1,5", "bad", "t2,7,9", "t3,8"];
let total = 0;
let name = "", count = "";
for (const line of lines) {
  const f = line.split(",");
  if (line === "" || f.length !== 2) continue;
  [name, count] = f;
  total += Number(count);
  console.log(name);
}
console.log(total, name, count);`,
    has: ["        name, count = f\n"],
  },
  "no proof: each name reads its index": {
    source: `function grown(line: string): string {
  const parts = line.split(",");
  if (parts.length !== 2) return "?";
  parts.push("extra");
  const [a, b] = parts;
  return a + b + parts.length;
}
function atLeast(line: string): string {
  const parts = line.split(",");
  if (parts.length < 2) return "?";
  const [a, b] = parts;
  return a + b;
}
function notExiting(line: string): string {
  const parts = line.split(",");
  if (parts.length !== 2) console.log("odd");
  const [a, b] = parts;
  return a + b;
}
function param(parts: string[]): string {
  if (parts.length !== 2) return "?";
  const [a, b] = parts;
  return a + b;
}
function reassigned(line: string): string {
  let parts = line.split(",");
  if (parts.length !== 2) return "?";
  parts = [line, line, line];
  const [a, b] = parts;
  return a + b;
}
const shared = ["x", "y"];
function later(): string {
  if (shared.length !== 2) return "?";
  const [a, b] = shared;
  return a + b;
}
shared.push("z");
console.log(grown("1,2"), atLeast("1,2,3"), notExiting("1,2,3"), param(["p", "q", "r"]), reassigned("k,l"), later());`,
    has: ["    a = parts[0]\n    b = parts[1]\n", "    a = shared[0]\n"],
    lacks: ["a, b = parts", "a, b = shared", "a, b, _t"],
  },
};

shapeSuite("destructuring an array of known length", cases);
