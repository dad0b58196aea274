// async/await, promises and timers: the same program in Node and in the
// MicroPython VM (board asyncio) must print the same lines in the same order.
import { describe, expect, test } from "vitest";
import { diffSuite, compileSnippets } from "../helpers/diff.js";
import { Codes } from "../../compiler/diagnostics.js";

const sleep = `function sleep(ms: number): Promise<void> { return new Promise((resolve) => setTimeout(resolve, ms)); }\n`;

diffSuite("async", {
  "async functions awaiting each other": `
async function double(x: number): Promise<number> { return x * 2; }
async function addThenDouble(a: number, b: number): Promise<number> { const d = await double(a + b); return d + 1; }
async function main() { console.log("result", await addThenDouble(3, 4)); }
main();`,

  "return values and void async functions": `
async function nothing(): Promise<void> { console.log("in nothing"); }
async function word(): Promise<string> { return "w"; }
async function main() {
  const v = await nothing();
  console.log(v === undefined, await word(), typeof (await word()));
}
main();`,

  "sequential awaits take turns with timers":
    sleep +
    `
async function step(name: string, ms: number): Promise<string> { console.log("start", name); await sleep(ms); console.log("end", name); return name; }
async function main() {
  const a = await step("a", 10);
  const b = await step("b", 5);
  console.log(a + b);
}
main();`,

  "concurrent Promise.all keeps result order":
    sleep +
    `
async function step(name: string, ms: number): Promise<string> { console.log("start", name); await sleep(ms); console.log("end", name); return name.toUpperCase(); }
async function main() {
  const results = await Promise.all([step("slow", 25), step("fast", 5), step("mid", 15)]);
  console.log(results.join(","));
}
main();`,

  "Promise.all with plain values and an empty list": `
async function one(): Promise<number> { return 1; }
async function main() {
  const r = await Promise.all([one(), Promise.resolve(2), 3]);
  console.log(r[0] + r[1] + r[2], r.length);
  const none = await Promise.all([] as Promise<number>[]);
  console.log(none.length);
}
main();`,

  "Promise.all over a map of async callbacks":
    sleep +
    `
async function main() {
  const ids = [3, 1, 2];
  const doubled = await Promise.all(ids.map(async (id) => { await sleep(id * 5); console.log("done", id); return id * 2; }));
  console.log(doubled.join(" "));
}
main();`,

  // delays far apart: Node runs two expired timers by due time, which a loaded machine can blur when they are close
  "setTimeout order by delay": `
setTimeout(() => console.log("ten"), 100);
setTimeout(() => console.log("zero"), 0);
setTimeout(() => console.log("five"), 50);
console.log("sync first");`,

  "setTimeout with the same delay keeps call order": `
for (let i = 0; i < 5; i++) setTimeout(() => console.log("tick", i), 5);
setTimeout(() => console.log("later"), 8);`,

  "setTimeout passes extra arguments": `
function greet(name: string, times: number) { console.log("hello " + name + " x" + times); }
setTimeout(greet, 5, "ada", 2);
setTimeout((a: number, b: number) => console.log(a + b), 1, 20, 22);`,

  "clearTimeout before it fires": `
const t = setTimeout(() => console.log("never"), 10);
const u = setTimeout(() => console.log("kept"), 15);
clearTimeout(t);
console.log("cleared", u !== undefined);`,

  "clearTimeout from another timer": `
const late = setTimeout(() => console.log("never printed"), 20);
setTimeout(() => { console.log("cancelling"); clearTimeout(late); }, 5);`,

  "setInterval stops after N ticks": `
let n = 0;
const h = setInterval(() => {
  n++;
  console.log("tick", n);
  if (n === 3) { clearInterval(h); console.log("stopped"); }
}, 5);
console.log("started");`,

  "setInterval cleared by a timeout": `
let count = 0;
const h = setInterval(() => { count++; }, 4);
setTimeout(() => { clearInterval(h); console.log("ran", count > 1, count < 10); }, 25);`,

  "new Promise resolved by a timer": `
const p = new Promise<number>((resolve) => { console.log("executor runs at once"); setTimeout(() => resolve(42), 10); });
console.log("after new Promise");
async function main() { console.log("value", await p); console.log("again", await p); }
main();`,

  "reject and try/catch around await": `
function fail(ms: number): Promise<number> {
  return new Promise((_resolve, reject) => setTimeout(() => reject(new Error("nope " + ms)), ms));
}
async function main() {
  try {
    await fail(5);
    console.log("not here");
  } catch (e) {
    console.log("caught", (e as Error).message);
  } finally {
    console.log("finally");
  }
}
main();`,

  "errors thrown in async functions reach the caller": `
async function check(x: number): Promise<number> {
  if (x < 0) throw new Error("negative: " + x);
  return Math.sqrt(x);
}
async function main() {
  console.log(await check(16));
  try { await check(-4); } catch (e) { console.log("caught", (e as Error).message); }
}
main();`,

  "async arrow functions":
    sleep +
    `
const twice = async (x: number) => x * 2;
const slow = async (x: number): Promise<number> => { await sleep(5); return x + 1; };
async function main() { console.log(await twice(21), await slow(1)); }
main();`,

  "async methods in classes":
    sleep +
    `
class Counter {
  count = 0;
  async bump(by: number): Promise<number> { await sleep(2); this.count += by; return this.count; }
  static async make(): Promise<Counter> { const c = new Counter(); await c.bump(10); return c; }
}
async function main() {
  const c = await Counter.make();
  await c.bump(5);
  console.log("count", c.count, await c.bump(1));
}
main();`,

  "fire and forget still runs":
    sleep +
    `
async function background(name: string) { console.log("bg start", name); await sleep(5); console.log("bg end", name); }
background("one");
background("two");
console.log("top level done");`,

  "an async function runs until its first await at once": `
async function work() { console.log("work 1"); await null; console.log("work 3"); }
work();
console.log("main 2");`,

  "top-level code prints before awaited work":
    sleep +
    `
async function main() { await sleep(1); console.log("async part"); }
main();
console.log("top level");
for (let i = 0; i < 3; i++) console.log("loop", i);`,

  "Promise.resolve and await of a non-promise": `
async function main() {
  const a = await Promise.resolve(5);
  const b = await 7;
  const c: number = await (a > 1 ? a + b : 0);
  console.log(a, b, c);
}
main();`,

  "await of a plain value lets other tasks run first": `
async function worker(name: string) { for (let i = 0; i < 3; i++) { console.log(name, i); await undefined; } }
worker("a");
worker("b");
console.log("sync end");`,

  "then, catch and finally": `
const p = Promise.resolve(3);
p.then((v) => { console.log("then", v); return v * 2; }).then((v) => console.log("chained", v));
Promise.reject(new Error("bad")).catch((e: Error) => console.log("catch", e.message)).finally(() => console.log("finally"));
console.log("sync first");`,

  "returning a promise from an async function":
    sleep +
    `
async function inner(): Promise<number> { await sleep(3); return 9; }
async function outer(): Promise<number> { return inner(); }
function plain(): Promise<number> { return inner(); }
async function main() { console.log(await outer(), await plain()); }
main();`,

  "a promise awaited twice and by two tasks":
    sleep +
    `
async function compute(): Promise<number> { await sleep(5); console.log("computing once"); return 5; }
const p = compute();
async function reader(name: string) { console.log(name, await p); }
reader("r1");
reader("r2");`,

  "callbacks typed to return a promise":
    sleep +
    `
async function run(task: () => Promise<void>, label: string) { console.log("before", label); await task(); console.log("after", label); }
run(async () => { await sleep(2); console.log("inside"); }, "x");`,

  "timers started inside async code": `
async function main() {
  setTimeout(() => console.log("timer from async"), 5);
  await new Promise<void>((r) => setTimeout(r, 10));
  console.log("main done");
}
main();`,

  "an async timer callback":
    sleep +
    `
setTimeout(async () => { console.log("cb start"); await sleep(5); console.log("cb end"); }, 1);
setTimeout(() => console.log("other"), 3);`,

  "queueMicrotask runs before timers": `
setTimeout(() => console.log("timer"), 0);
queueMicrotask(() => console.log("microtask"));
console.log("sync");`,

  "async callbacks given to forEach and map still run":
    sleep +
    `
const seen: number[] = [];
[3, 1, 2].forEach(async (n) => { console.log("start", n); await sleep(n * 4); seen.push(n); console.log("done", n); });
const tasks = [5, 6].map(async (n) => { await sleep(1); return n * 10; });
console.log("sync end", seen.length);
async function main() { console.log("mapped", (await Promise.all(tasks)).join(",")); await sleep(20); console.log("order", seen.join("")); }
main();`,

  "an async executor and an async then callback":
    sleep +
    `
const p = new Promise<string>(async (resolve) => { await sleep(3); resolve("from async executor"); });
p.then(async (v) => { await sleep(1); console.log("then got", v); return v.length; }).then((n) => console.log("length", n));`,

  "rejections propagate through awaits": `
async function a(): Promise<number> { throw new Error("deep"); }
async function b(): Promise<number> { return (await a()) + 1; }
async function main() { try { await b(); } catch (e) { console.log("main caught", String(e)); } }
main();`,
});

describe("async diagnostics", () => {
  test("await at the top level of a module", () => {
    const compiled = compileSnippets({ top: `async function f(): Promise<number> { return 1; }\nconst v = await f();\nconsole.log(v);` });
    const [out] = [...compiled.outputs.values()];
    expect(out.diagnostics.map((d) => [d.code, d.line])).toEqual([[Codes.topLevelAwait, 2]]);
  });
});
