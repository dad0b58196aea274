// substring as Python slices (compiler/builtins/string.ts) where the numeric
// analysis proves the bounds integers: indexOf-style results are >= -1, so
// `q + 1` is >= 0; a const compared with a literal (`if (q >= 0)`, `q !== -1 ?`,
// `if (q < 0) return;`) is non-negative where the guard holds
// (compiler/transform/numeric-guards.ts). Node and MicroPython must print the
// same, also where a rule must not apply (-1 reaching substring, a reassigned
// let, a guard on another variable, reversed or fractional bounds).
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython, pythonLines } from "../helpers/diff.js";

const cases = {
  "guarded indexOf results in every guard shape": `
function parts(s: string): string {
  const q = s.indexOf("?");
  const out: string[] = [];
  if (q >= 0) out.push(s.substring(0, q), s.substring(q));
  if (q < 0) out.push("none"); else out.push(s.substring(1, q));
  out.push(q !== -1 ? s.substring(0, q) : "-", q > -1 && s.substring(0, q) !== "" ? "y" : "n");
  if (!(q < 0)) out.push(s.substring(0, q));
  const show = () => (q >= 0 ? s.substring(0, q) : "closure");
  out.push(show());
  return out.join("|");
}
function tail(s: string): string {
  const eq = s.lastIndexOf("=");
  if (eq === -1) return "no value";
  return s.substring(0, eq) + "/" + s.substring(eq + 1);
}
for (const s of ["a?b", "?x", "none", "", "k=v=w", "path?q=1"]) console.log(parts(s), tail(s));`,

  "-1 reaches substring where no guard holds": `
function cut(s: string): string {
  const q = s.indexOf("#");
  const out = [s.substring(0, q), s.substring(q), s.substring(q, 2), s.substring(2, q)];
  if (q > -2) out.push(s.substring(0, q)); // -1 > -2: not a guard
  if (q >= 0) { /* then */ } else out.push(s.substring(0, q), "else");
  return out.join("|");
}
function relet(s: string): string {
  let q = s.indexOf("x");
  if (q >= 0) {
    q = q - 5;
    return s.substring(0, q) + ":" + s.substring(q);
  }
  return "-";
}
function other(s: string, t: string): string {
  const a = s.indexOf("a");
  const b = t.indexOf("b");
  if (a >= 0) return t.substring(0, b) + ":" + t.substring(b);
  return "-";
}
function hoisted(s: string): string {
  const q = s.indexOf("#");
  const early = head();
  if (q < 0) return early;
  function head(): string { return s.substring(0, q) + "." + s.substring(q); }
  return early + "/" + head();
}
function param(s: string, i: number): string {
  if (i < 0) return "neg " + s.substring(i, 2);
  return s.substring(0, i) + "." + s.substring(i);
}
function paramWritten(s: string, i: number): string {
  if (i >= 0) {
    i -= 4;
    return s.substring(0, i) + "." + s.substring(i);
  }
  return "-";
}
function letOnce(s: string): string {
  let i = s.lastIndexOf("c");
  return i > 0 ? s.substring(0, i) : "none" + s.substring(0, i);
}
for (const s of ["ab#cd", "abcd", "#", "xyzzy", "ax"]) console.log(cut(s), relet(s), other(s, s.split("").reverse().join("")), hoisted(s));
for (const i of [-3, -1, 0, 2, 9]) console.log(param("abcdef", i), paramWritten("abcdef", i), letOnce(i > 0 ? "abcabc" : "xc"));`,

  "+1 of indexOf, lastIndexOf, search, findIndex and a decremented counter": `
const words = ["alpha", "beta", "gamma"];
for (const s of ["k=v", "kv", "=v", "a.b.c", "abc"]) {
  const i = s.indexOf("="), j = s.lastIndexOf("."), k = s.search(/b/), w = words.findIndex((x) => x[0] === s[0]);
  console.log(s.substring(i + 1), s.substring(j + 1), s.substring(k + 1), s.substring(w + 1), String(w + 1));
}
const t = "abcdef";
for (let n = 0; n < 4; n++) console.log(t.substring(n - 1 + 1), t.substring(n - 1), t.substring(n - 2 + 1));`,

  "reversed, negative and fractional bounds": `
const s = "microcontroller";
let lo = 9, hi = 3;
const out = [s.substring(lo, hi), s.substring(hi, lo), s.substring(lo, lo + 2), s.substring(-3, 4), s.substring(4, -3)];
for (let i = -2; i < 3; i++) out.push(s.substring(i, i * 3), s.substring(i), s.substring(0, i));
out.push(s.substring(2.5, 6.9), s.substring(NaN, 3), s.substring(3, Infinity), s.substring(lo / 2));
out.push(s.substring(hi + 1, hi + 3), s.substring(hi - 4, hi), s.substring(lo + 2, lo + 1), s.substring(2 + hi, hi + 4), s.substring(hi - 5, hi - 4));
lo = 20; hi = 0;
out.push(s.substring(lo, hi), s.substring(lo), s.substring(hi, lo));
console.log(out.join("|"));`,

  "a guard that holds only for integers (q > -1 of -0.5)": `
function fl(q: number): string {
  if (q > -1) return \`\${Math.floor(q) % 3} \${Math.ceil(q - 1) % 4}\`;
  return "-";
}
const n = "ab".indexOf("z");
console.log(fl(-0.5), fl(3), fl(2.5), fl(-3), n > -1 ? Math.floor(n) % 3 : "none");`,
};

diffSuite("substring slices from the numeric analysis", cases);

const emitted = {
  router: `
function route(target: string): string {
  const q = target.indexOf("?");
  if (q < 0) return target;
  let out = target.substring(0, q);
  for (const pair of target.substring(q + 1).split("&")) {
    const eq = pair.indexOf("=");
    if (eq >= 0) out += ";" + pair.substring(0, eq) + "=" + pair.substring(eq + 1);
    else out += ";" + pair;
  }
  return out;
}
console.log(route("/led?pin=2&on"), route("/"));`,
  unguarded: `
function cut(s: string, a: number, b: number): string {
  return s.substring(0, s.indexOf("#")) + s.substring(a, b) + s.substring(a) + s.substring(a, a + 2);
}
console.log(cut("ab#c", 1, 3), cut("abc", 3, 1), cut("abcdef", -1, 2), cut("x", 0.5, 1));`,
  param: `
function head(s: string, n: number): string {
  if (n < 0) return "";
  return s.substring(0, n);
}
console.log(head("abc", 2), head("abc", -1));`,
  ints: `
function mid(s: string, a: number, b: number): string {
  return s.substring(a, b) + "," + s.substring(a) + "," + s.substring(a, a + 2) + "," + s.substring(-1, 3);
}
function pair(s: string, i: number): string {
  return s.substring(i + 1, i + 3) + s.substring(i - 1, 1 + i);
}
console.log(pair("abcdef", 0), pair("abcdef", 3), pair("abcdef", -4));
console.log(mid("abcdef", 1, 4), mid("abcdef", 4, 1), mid("abcdef", -2, 3), mid("abcdef", 3, -3));`,
};

describe("substring slices: emitted Python", () => {
  const py = emittedPython(emitted);
  const lines = pythonLines;

  test("guarded and +1 bounds of indexOf results: plain slices", () => {
    expect(lines(py.router)).toContain("out = [target[:q]]");
    expect(lines(py.router)).toContain('for pair in target[q + 1:].split("&"):');
    expect(py.router).toContain('_out_append(";%s=%s" % (pair[:eq], pair[eq + 1:]))');
    expect(py.router).not.toContain("js_substring");
  });

  test("bounds that may be negative, reversed or fractional", () => {
    // a is called with a fraction: js_substring; the unguarded -1 is clamped inline
    expect(py.unguarded).toContain('s[:max(0, s.find("#"))]');
    expect(py.unguarded).toContain("js_substring(s, a, b)");
    // a parameter never written, after an early return: plain
    expect(py.param).toContain("return s[:n]");
    // integers that may be negative or reversed: clamped and swapped inline
    expect(lines(py.ints)).toContain("_t = max(0, a)");
    expect(lines(py.ints)).toContain("_t1 = max(0, b)");
    expect(py.ints).toContain('return "%s,%s,%s,%s" % (s[_t:_t1] if _t <= _t1 else s[_t1:_t], s[max(0, a):], s[max(0, a):max(0, a + 2)], s[:3])');
    expect(py.ints).not.toContain("js_substring");
    // the same name plus offsets in order: no swap
    expect(py.ints).toContain("return s[max(0, i + 1):max(0, i + 3)] + s[max(0, i - 1):max(0, 1 + i)]");
  });
});
