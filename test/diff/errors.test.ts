import { describe, expect, test } from "vitest";
import { diffSuite, compileSnippets } from "../helpers/diff.js";

diffSuite("errors", {
  "try catch with Error message": `
try {
  throw new Error("boom");
} catch (e) {
  if (e instanceof Error) console.log("caught", e.message);
}
console.log("after");`,

  "finally runs on normal exit, throw and return": `
function f(mode: number): string {
  const log: string[] = [];
  try {
    try {
      log.push("try");
      if (mode === 1) throw new Error("x");
      if (mode === 2) return log.join(",") + " returned";
    } finally {
      log.push("finally");
    }
  } catch (e) {
    log.push("caught");
  }
  return log.join(",");
}
console.log(f(0));
console.log(f(1));
console.log(f(2));`,

  "finally runs when returning from a function and sees the state": `
let cleaned = 0;
function work(): number {
  try {
    return 42;
  } finally {
    cleaned++;
  }
}
console.log(work(), cleaned);`,

  rethrow: `
function inner() {
  try {
    throw new Error("deep");
  } catch (e) {
    console.log("inner saw it");
    throw e;
  }
}
try {
  inner();
} catch (e) {
  console.log("outer", (e as Error).message);
}`,

  "nested try blocks": `
const log: string[] = [];
try {
  try {
    throw new RangeError("r1");
  } catch (e) {
    log.push("inner " + (e as Error).message);
    throw new TypeError("t1");
  } finally {
    log.push("inner finally");
  }
} catch (e) {
  log.push("outer " + (e instanceof TypeError) + " " + (e as Error).message);
} finally {
  log.push("outer finally");
}
console.log(log.join(" | "));`,

  "custom Error subclass with extra fields and name": `
class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
    this.name = "HttpError";
  }
}
class NotFound extends HttpError {
  constructor(public path: string) { super(404, "not found: " + path); this.name = "NotFound"; }
}
function get(p: string): string {
  if (p !== "/") throw new NotFound(p);
  return "ok";
}
console.log(get("/"));
try {
  get("/x");
} catch (e) {
  if (e instanceof NotFound) console.log(e.status, e.path, e.message, e.name);
  if (e instanceof HttpError) console.log("http", e.status);
  if (e instanceof Error) console.log("error", e.name, e.message);
  console.log(String(e));
  console.log(\`\${e}\`);
}`,

  "custom Error subclass without a name keeps Error": `
class AppError extends Error {
  code = 7;
}
try {
  throw new AppError("bad thing");
} catch (e) {
  const err = e as AppError;
  console.log(err.name, err.message, err.code, err instanceof AppError, err instanceof Error);
  console.log(String(err));
}`,

  "String and template of an Error": `
const e = new Error("m");
console.log(String(e));
console.log(\`\${e}\`);
console.log("err: " + e);
console.log(e.toString());
console.log(String(new Error()));
console.log(String(new TypeError("t")), String(new RangeError("r")));`,

  "Error name and message properties": `
const e = new Error("hello");
console.log(e.name, e.message);
const t = new TypeError("bad type");
console.log(t.name, t.message, t instanceof Error, t instanceof TypeError, t instanceof RangeError);
const r = new RangeError("too big");
console.log(r.name, r.message, r instanceof Error, r instanceof RangeError);
const s = new SyntaxError("syn");
console.log(s.name, s instanceof SyntaxError, s instanceof Error);`,

  "catch without binding": `
function parse(s: string): number {
  try {
    if (s === "") throw new Error("empty");
    return s.length;
  } catch {
    return -1;
  }
}
console.log(parse("abc"), parse(""));`,

  "errors thrown from nested function calls": `
function level3(n: number): number {
  if (n > 2) throw new RangeError("n too large: " + n);
  return n * 10;
}
function level2(n: number): number { return level3(n) + 1; }
function level1(n: number): number { return level2(n) + 1; }
for (const n of [1, 5]) {
  try {
    console.log("result", level1(n));
  } catch (e) {
    if (e instanceof RangeError) console.log("range:", e.message);
    else console.log("other");
  }
}`,

  "Error() called without new": `
const e = Error("no new");
console.log(e.message, e instanceof Error);`,

  "throw from a method and catch in the caller": `
class Account {
  constructor(private balance: number) {}
  withdraw(n: number): number {
    if (n > this.balance) throw new Error("insufficient funds");
    this.balance -= n;
    return this.balance;
  }
}
const a = new Account(10);
console.log(a.withdraw(3));
try { a.withdraw(100); } catch (e) { console.log((e as Error).message); }
console.log(a.withdraw(7));`,

  "error in a loop with continue and break": `
const results: string[] = [];
for (const x of [1, 2, 3, 4, 5]) {
  try {
    if (x === 2) continue;
    if (x === 4) throw new Error("four");
    if (x === 5) break;
    results.push("ok" + x);
  } catch (e) {
    results.push("err" + x);
  } finally {
    results.push("f" + x);
  }
}
console.log(results.join(","));`,

  "throw an Error instance stored in a variable": `
const err = new TypeError("stored");
function fail(): never { throw err; }
try { fail(); } catch (e) { console.log(e === err, (e as TypeError).message); }`,

  "catch variable message with fallback": `
function risky(n: number): string {
  if (n % 2 === 1) throw new Error("odd " + n);
  return "even " + n;
}
for (let i = 0; i < 3; i++) {
  try {
    console.log(risky(i));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    console.log("failed:", msg);
  }
}`,

  "error subclass with an extra method": `
class ValidationError extends Error {
  constructor(public field: string, message: string) { super(message); this.name = "ValidationError"; }
  describe(): string { return this.field + ": " + this.message; }
}
function validate(age: number): void {
  if (age < 0) throw new ValidationError("age", "must be positive");
}
try { validate(-1); } catch (e) {
  if (e instanceof ValidationError) console.log(e.describe(), "|", String(e));
}`,

  "console.log of an Error message list": `
const errors: Error[] = [new Error("a"), new TypeError("b")];
console.log(errors.map((e) => e.name + "=" + e.message).join(";"));`,

  "catch with an any-typed binding": `
try {
  throw new RangeError("out of range");
} catch (e: any) {
  console.log(e.message, e.name, e instanceof RangeError);
}`,

  "return in finally overrides": `
function f(): string {
  try {
    return "try";
  } finally {
    console.log("cleanup");
  }
}
function g(): number {
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) return i;
    } finally {
      console.log("finally", i);
    }
  }
  return -1;
}
console.log(f(), g());`,

  "errors thrown from callbacks propagate": `
function check(xs: number[]): string {
  try {
    xs.forEach((x) => { if (x < 0) throw new RangeError("negative: " + x); });
    return "all ok";
  } catch (e) {
    return e instanceof RangeError ? e.message : "other";
  }
}
console.log(check([1, 2]), check([1, -3, 2]));
const fail = (): never => { throw new TypeError("arrow threw"); };
try { fail(); } catch (e) { console.log((e as TypeError).name, (e as TypeError).message); }`,

  "error class hierarchy checked in order": `
class AppError extends Error { constructor(m: string) { super(m); this.name = "AppError"; } }
class NetError extends AppError { constructor(public code: number) { super("net " + code); this.name = "NetError"; } }
class DiskError extends AppError {}
function classify(e: unknown): string {
  if (e instanceof NetError) return "net:" + e.code;
  if (e instanceof DiskError) return "disk:" + e.message;
  if (e instanceof AppError) return "app:" + e.message;
  if (e instanceof Error) return "error:" + e.message;
  return "unknown";
}
const errs: unknown[] = [new NetError(5), new DiskError("full"), new AppError("x"), new Error("plain")];
for (const e of errs) console.log(classify(e), String(e));`,

  "wrapping an error in another": `
function load(): string { throw new Error("disk read failed"); }
function init(): string {
  try { return load(); } catch (e) { throw new Error("init failed: " + (e as Error).message); }
}
try { init(); } catch (e) { console.log((e as Error).message); }`,

  "errors thrown by constructors and getters": `
class Port {
  constructor(public n: number) { if (n < 0 || n > 65535) throw new RangeError("bad port " + n); }
  get privileged(): boolean { if (this.n === 0) throw new Error("port 0"); return this.n < 1024; }
}
for (const n of [80, 70000, 0]) {
  try {
    const p = new Port(n);
    console.log(n, p.privileged);
  } catch (e) {
    console.log("error", (e as Error).name, (e as Error).message);
  }
}`,

  "Object.setPrototypeOf idiom in an Error subclass": `
class LegacyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LegacyError";
    Object.setPrototypeOf(this, LegacyError.prototype);
  }
}
const e = new LegacyError("old style");
console.log(e instanceof LegacyError, e instanceof Error, e.name, e.message, String(e));`,

  "rethrowing a caught Error keeps it": `
function parse(s: string): number {
  const n = Number(s);
  if (Number.isNaN(n)) throw new TypeError("not a number: " + s);
  return n;
}
function wrapped(s: string): number {
  try {
    return parse(s);
  } catch (e) {
    console.log("log:", (e as Error).message);
    throw e;
  }
}
try {
  wrapped("x");
} catch (e) {
  console.log(e instanceof TypeError, (e as Error).name);
}`,

  "the standard error classes": `
const made = [new Error("e"), new TypeError("t"), new RangeError("r"), new SyntaxError("s"), new ReferenceError("f"), new EvalError("v"), new URIError("u")];
for (const e of made) console.log(e.name, e.message, String(e), e instanceof Error);
console.log(made[4] instanceof ReferenceError, made[4] instanceof RangeError, URIError("no new").name);`,

  "an error class hierarchy caught by its base": `
class AppError extends Error {}
class DbError extends AppError {
  constructor(readonly table: string) { super("db failure in " + table); }
}
class NetError extends AppError {}
const thrown = [new DbError("users"), new NetError("timeout"), new Error("plain")];
for (const t of thrown) {
  try {
    throw t;
  } catch (e) {
    if (e instanceof DbError) console.log("db", e.table, e.message);
    else if (e instanceof AppError) console.log("app", e.message);
    else console.log("other", (e as Error).message);
  }
}`,

  "finally returning after an Error overrides it": `
function f(): string {
  try {
    throw new Error("lost");
  } finally {
    return "finally";
  }
}
console.log(f());`,

  "an Error through nested finally blocks": `
const trail: string[] = [];
function a() { try { throw new RangeError("deep"); } finally { trail.push("a"); } }
function b() { try { a(); } finally { trail.push("b"); } }
try { b(); } catch (e) { trail.push((e as Error).message); }
console.log(trail.join(">"));`,

  "catch binding destructured from an Error": `
try {
  throw new Error("shaped");
} catch ({ message }: any) {
  console.log("message was", message);
}`,

  "a closure made in catch keeps the caught Error": `
const handlers: (() => string)[] = [];
for (const word of ["one", "two"]) {
  try {
    throw new Error(word);
  } catch (e) {
    handlers.push(() => "handled " + (e as Error).message);
  }
}
console.log(handlers.map((h) => h()).join("; "));`,
});

// A program that throws only Errors keeps Python's own raise and except.
describe("errors: emitted Python", () => {
  test("only Errors thrown: plain raise, no unwrapping", () => {
    const source = `
function check(n: number) {
  if (n < 0) throw new RangeError("negative");
  return n;
}
try {
  check(-1);
} catch (e) {
  console.log("failed");
  throw e;
}`;
    const compiled = compileSnippets({ only: source });
    const py = [...compiled.outputs.values()][0].python!;
    expect(py).toContain('raise RangeError("negative")');
    expect(py).toContain('except Exception as e:\n    print("failed")\n    raise e\n');
    expect(py).not.toContain("js_caught");
    expect(py).not.toContain("JsThrow");
  });

  test("a string thrown: raised inside JsThrow, unwrapped by catch", () => {
    const source = `
try {
  throw "text";
} catch (e) {
  console.log(e);
}`;
    const compiled = compileSnippets({ only: source });
    const py = [...compiled.outputs.values()][0].python!;
    expect(py).toContain('raise JsThrow("text")');
    expect(py).toContain("except Exception as e:\n    e = js_caught(e)\n");
  });
});
