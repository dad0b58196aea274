// Throwing values that are not Errors (strings, numbers, objects, undefined):
// catch sees the value itself; finally, re-throw and return behave as in JavaScript.
// These snippets form one program that throws such values, so every catch unwraps.
import { diffSuite } from "../helpers/diff.js";

diffSuite("thrown values", {
  "a thrown string is caught as that string": `
try {
  throw "boom";
} catch (e) {
  console.log(e === "boom", typeof e, String(e).length);
}`,

  "a thrown number keeps its type and value": `
function check(n: number): number {
  if (n < 0) throw n * 2;
  return n;
}
for (const n of [3, -4]) {
  try {
    console.log("ok", check(n));
  } catch (e) {
    console.log("caught", typeof e, (e as number) + 1);
  }
}`,

  "a thrown plain object keeps its properties": `
interface Failure { code: number; reason: string }
function fail(code: number): never {
  const f: Failure = { code, reason: "code " + code };
  throw f;
}
try {
  fail(404);
} catch (e) {
  const f = e as Failure;
  console.log(f.code, f.reason, JSON.stringify(f));
}`,

  "throw undefined and throw null": `
function thrower(kind: number) {
  if (kind === 0) throw undefined;
  throw null;
}
for (const k of [0, 1]) {
  try {
    thrower(k);
  } catch (e) {
    console.log(k, e === undefined || e === null, e == null);
  }
}`,

  "throw a boolean and an array": `
const values: unknown[] = [];
try { throw false; } catch (e) { values.push(e); }
try { throw [1, 2, 3]; } catch (e) { values.push((e as number[]).length); }
console.log(JSON.stringify(values));`,

  "typeof distinguishes what was thrown": `
function risky(i: number) {
  if (i === 0) throw "text";
  if (i === 1) throw 7;
  if (i === 2) throw new Error("an error");
  if (i === 3) throw { what: "object" };
  return "fine";
}
for (let i = 0; i < 5; i++) {
  try {
    console.log(i, risky(i));
  } catch (e) {
    const kind = e instanceof Error ? "Error:" + e.message : typeof e;
    console.log(i, "caught", kind);
  }
}`,

  "re-throwing a caught string adds to it": `
function inner() { throw "inner"; }
function middle() {
  try {
    inner();
  } catch (e) {
    throw (e as string) + ">middle";
  }
}
try {
  middle();
} catch (e) {
  console.log("outer got", e);
}`,

  "rethrow of the caught value itself": `
function f(n: number) {
  try {
    if (n > 1) throw "big " + n;
    return "small";
  } catch (e) {
    console.log("logging", e);
    throw e;
  }
}
for (const n of [1, 5]) {
  try { console.log(f(n)); } catch (e) { console.log("again", e); }
}`,

  "a thrown string passes through finally blocks to the outer catch": `
const log: string[] = [];
function level3() {
  try { throw "deep"; } finally { log.push("f3"); }
}
function level2() {
  try { level3(); } finally { log.push("f2"); }
}
try {
  level2();
} catch (e) {
  log.push("caught " + e);
} finally {
  log.push("outer finally");
}
console.log(log.join(", "));`,

  "return in finally overrides a thrown string": `
function swallow(): string {
  try {
    throw "lost";
  } finally {
    return "finally wins";
  }
}
console.log(swallow());`,

  "return from catch runs finally, and finally's return wins": `
let trace = "";
function note(s: string) { trace += s; return s; }
function f(): string {
  try {
    throw "x";
  } catch (e) {
    return note("catch:" + e);
  } finally {
    note("|finally");
  }
}
function g(): string {
  try {
    throw 1;
  } catch (e) {
    return note("catch");
  } finally {
    return "from finally";
  }
}
console.log(f(), trace);
console.log(g(), trace);`,

  "catch without a binding": `
let count = 0;
for (const v of ["a", "b"]) {
  try {
    throw v;
  } catch {
    count++;
  }
}
console.log("count", count);`,

  "catch with destructuring of a thrown object": `
function load(name: string) {
  if (name === "") throw { code: 400, message: "empty name" };
  return name.toUpperCase();
}
for (const n of ["x", ""]) {
  try {
    console.log(load(n));
  } catch ({ code, message }: any) {
    console.log("failed", code, message);
  }
}`,

  "a thrown class instance that is not an Error": `
class HttpFailure {
  constructor(readonly status: number) {}
  describe() { return "status " + this.status; }
}
function get(status: number) {
  if (status >= 400) throw new HttpFailure(status);
  return "ok " + status;
}
for (const s of [200, 503]) {
  try {
    console.log(get(s));
  } catch (e) {
    if (e instanceof HttpFailure) console.log("failure", e.describe());
    else console.log("other");
  }
}`,

  "Error subclasses still work next to thrown values": `
class NotFound extends Error {
  constructor(readonly key: string) {
    super("missing " + key);
  }
}
function lookup(k: string): number {
  if (k === "none") throw new NotFound(k);
  if (k === "bad") throw "bad key";
  return k.length;
}
for (const k of ["abc", "none", "bad"]) {
  try {
    console.log(lookup(k));
  } catch (e) {
    if (e instanceof NotFound) console.log("not found:", e.key, e.message);
    else if (e instanceof Error) console.log("error");
    else console.log("value:", e);
  }
}`,

  "a helper that throws whatever it is given": `
function raise(value: unknown): never {
  throw value;
}
const seen: string[] = [];
for (const v of ["s", 2, true, new RangeError("r")]) {
  try {
    raise(v);
  } catch (e) {
    seen.push(e instanceof Error ? e.name + ":" + e.message : typeof e + ":" + String(e));
  }
}
console.log(seen.join(" "));`,

  "a string thrown from a callback leaves the loop": `
const items = [1, 2, 3, 4];
let visited = 0;
try {
  items.forEach((x) => {
    visited++;
    if (x === 3) throw "stop at " + x;
  });
} catch (e) {
  console.log(e, "visited", visited);
}`,

  "throw inside a nested try in catch": `
function run(): string {
  try {
    throw "first";
  } catch (a) {
    try {
      throw (a as string) + "+second";
    } catch (b) {
      return "inner caught " + b + " after " + a;
    }
  }
}
console.log(run());`,

  "catch variable captured by a closure": `
const handlers: (() => string)[] = [];
for (const word of ["one", "two"]) {
  try {
    throw word;
  } catch (e) {
    const caught = e as string;
    handlers.push(() => "handled " + caught);
  }
}
console.log(handlers.map((h) => h()).join("; "));`,

  "a thrown value through a generator": `
function* numbers() {
  yield 1;
  throw "generator failed";
}
const got: number[] = [];
try {
  for (const n of numbers()) got.push(n);
} catch (e) {
  console.log("got", got.join(","), "then", e);
}`,

  "a string thrown in an async function rejects its promise": `
async function load(ok: boolean): Promise<string> {
  if (!ok) throw "not loaded";
  return "loaded";
}
async function main() {
  for (const ok of [true, false]) {
    try {
      console.log(await load(ok));
    } catch (e) {
      console.log("caught", e, typeof e);
    }
  }
}
main();`,

  "finally runs for each path of a loop that throws values": `
let finals = 0;
const results: string[] = [];
for (let i = 0; i < 4; i++) {
  try {
    if (i % 2 === 1) throw i;
    results.push("ok" + i);
  } catch (e) {
    results.push("err" + e);
  } finally {
    finals++;
  }
}
console.log(results.join(","), finals);`,

  "the catch variable can be reassigned": `
try {
  throw 10;
} catch (e) {
  let v = e as number;
  v = v * 3;
  console.log(v);
}
try {
  throw "x";
} catch (err) {
  err = "replaced";
  console.log(err);
}`,

  "a thrown template string": `
const user = "ada";
try {
  throw \`no access for \${user} (\${user.length})\`;
} catch (e) {
  console.log(\`message: \${e}\`);
}`,

  "an uncaught throw inside a function stops the code after it": `
const order: string[] = [];
function step(n: number) {
  order.push("start " + n);
  if (n === 2) throw "halt";
  order.push("end " + n);
}
try {
  for (let i = 1; i <= 3; i++) step(i);
} catch (e) {
  order.push("caught " + e);
}
console.log(order.join(" | "));`,

  "a union of Error and string": `
function mayFail(kind: number): void {
  const problem: Error | string = kind === 0 ? new Error("as error") : "as text";
  throw problem;
}
for (const k of [0, 1]) {
  try {
    mayFail(k);
  } catch (e) {
    console.log(e instanceof Error ? "Error " + e.message : "text " + e);
  }
}`,

  "error properties of the other standard errors": `
const errors = [new ReferenceError("ref"), new EvalError("ev"), new URIError("uri"), ReferenceError()];
for (const e of errors) {
  console.log(e.name, JSON.stringify(e.message), e.toString(), e instanceof Error);
}
try {
  throw new ReferenceError("x is not defined");
} catch (e) {
  console.log(e instanceof ReferenceError, e instanceof TypeError, (e as Error).message);
}`,

  "a thrown object with a method": `
const problem = {
  code: 7,
  explain(prefix: string) { return prefix + " code " + this.code; },
};
try {
  throw problem;
} catch (e) {
  console.log((e as typeof problem).explain("explained:"));
}`,

  "nested functions each catching their own values": `
function parse(s: string): number {
  const n = Number(s);
  if (Number.isNaN(n)) throw "not a number: " + s;
  return n;
}
function sum(parts: string[]): number {
  let total = 0;
  for (const p of parts) {
    try {
      total += parse(p);
    } catch (e) {
      console.log("skip", e);
    }
  }
  return total;
}
console.log(sum(["1", "x", "2", "y3", "4"]));`,

  "a closure made in catch keeps the caught value": `
const later: (() => string)[] = [];
for (const v of ["p", "q"]) {
  try {
    throw v + "!";
  } catch (e) {
    later.push(() => "saw " + e);
  }
}
console.log(later.map((f) => f()).join(", "));`,

  "a function expression that uses this cannot be a callback, an arrow can": `
const acc = { total: 0, add(xs: number[]) { xs.forEach((x) => { this.total += x; }); return this.total; } };
try {
  if (acc.add([1, 2, 3]) !== 6) throw "wrong total";
  console.log("total", acc.total);
} catch (e) {
  console.log("error", e);
}`,

  "a string thrown in an async function reaches .catch as itself": `
async function fetchIt(ok: boolean): Promise<number> {
  if (!ok) throw "offline";
  return 1;
}
fetchIt(false)
  .then((v) => console.log("value", v))
  .catch((e) => console.log("catch got", e, typeof e));`,

  "a throw in finally replaces the pending one": `
function f() {
  try {
    throw "first";
  } finally {
    throw "second";
  }
}
try { f(); } catch (e) { console.log("got", e); }`,

  "an Error-like plain object is not an Error": `
try {
  throw { name: "Fake", message: "looks like an error" };
} catch (e) {
  const o = e as { name: string; message: string };
  console.log(e instanceof Error, o.name, o.message);
}`,

  "a thrown number used in arithmetic after the catch": `
let code = 0;
try {
  throw 40;
} catch (e) {
  code = (e as number) + 2;
}
console.log("exit code", code);`,

  "throw from a switch default inside a loop": `
function kind(c: string) {
  switch (c) {
    case "a": return "vowel";
    case "b": return "consonant";
    default: throw "unknown " + c;
  }
}
const out: string[] = [];
for (const c of ["a", "z", "b"]) {
  try { out.push(kind(c)); } catch (e) { out.push(String(e)); }
}
console.log(out.join("; "));`,

  "a thrown value through nested arrow callbacks": `
const grid = [[1, 2], [3, -4]];
try {
  grid.forEach((row) => row.forEach((v) => { if (v < 0) throw { at: v }; }));
  console.log("no negatives");
} catch (e) {
  console.log("negative", (e as { at: number }).at);
}`,
});
