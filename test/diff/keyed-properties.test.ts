// A Map stored in an interface's property and read back only by key stays a plain dict
// (compiler/transform/keyed-properties.ts), even in a program that iterates another
// Map. Each case below also reads a stored Map's order in one way the analysis must
// see (a non-keyed read of the property, a copy, a cast, destructuring, a generic,
// an array, a callback, console.log): twelve keys inserted out of order make a plain
// dict's hash order show if the Map lost its order there.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const prelude = `
const names = ["kappa", "beta", "zeta", "alpha", "theta", "mu", "eta", "iota", "delta", "lambda", "gamma", "epsilon"];
interface Request { method: string; query: Map<string, string>; }
function parse(line: string): Request | null {
  const parts = line.split(" ");
  if (parts.length !== 2) return null;
  const [method, rest] = parts;
  const query = new Map<string, string>();
  for (const pair of rest.split("&")) { const eq = pair.indexOf("="); query.set(pair.slice(0, eq), pair.slice(eq + 1)); }
  return { method, query };
}
const line = "GET " + names.map((n, i) => n + "=" + i).join("&");
const listed = new Map<string, number>();
for (const n of names) listed.set(n, n.length);
console.log([...listed.keys()].join(","));`;

const keyedOnly = `${prelude}
function handle(req: Request): string {
  if (req.method !== "GET" || !req.query.has("mu")) return "no";
  return (req.query.get("beta") ?? "?") + (req.query.get("nope") ?? "-") + req.query.size;
}
const req = parse(line);
const other = parse("BAD");
console.log(req ? handle(req) : "none", other === null, req !== other);`;

diffSuite("Maps stored in interface properties", {
  "read only by key": keyedOnly,

  "a non-keyed read of the property": `${prelude}
const req = parse(line)!;
console.log(req.query.get("mu"), [...req.query.keys()].join(","));`,

  "the property destructured": `${prelude}
const req = parse(line);
if (req) { const { query } = req; console.log([...query.values()].join(",")); }`,

  "the object in an array, a callback, a spread copy": `${prelude}
const reqs = [parse(line)!];
reqs.forEach((r) => console.log(r.query.size));
console.log([...reqs[0].query.keys()].join(","));
const copy = { ...parse(line)! };
console.log([...copy.query.keys()].join(","));`,

  "the object as another type, a generic, console.log": `${prelude}
const req = parse(line)!;
const loose: { query: Map<string, string> } = req;
console.log([...loose.query.keys()].join(","));
function firstKey<T extends { query: Map<string, string> }>(x: T): string { return [...x.query.keys()][0]; }
console.log(firstKey(parse(line)!));
console.log(parse(line));`,
});

describe("Maps stored in interface properties: emitted Python", () => {
  const py = emittedPython({
    keyedOnly,
    iterated: `${prelude}
const req = parse(line)!;
for (const [k, v] of req.query) console.log(k, v);`,
  });

  test("read only by key: the stored Map is a dict beside an ordered one", () => {
    expect(py.keyedOnly).toContain("query = {}");
    expect(py.keyedOnly).toContain("listed = OrderedDict()");
  });

  test("iterated through the property: the stored Map keeps its order", () => {
    expect(py.iterated).toContain("query = OrderedDict()");
  });
});
