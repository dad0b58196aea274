// Regular expressions on MicroPython's re: each snippet runs in Node and in the
// MicroPython VM and must print the same (see docs/semantics/stdlib-strings.md).
import { beforeAll, describe, expect, test } from "vitest";
import * as path from "node:path";
import { diffSuite, compileSnippets, emittedPython, type CompiledSnippets } from "../helpers/diff.js";
import { Codes } from "../../compiler/diagnostics.js";

diffSuite("regex syntax", {
  "literal characters and escaped syntax": `
console.log(/a\\.b/.test("a.b"), /a\\.b/.test("axb"), /\\(x\\)/.test("f(x)"), /1\\+1/.test("1+1"), /\\$\\^/.test("$^"));
console.log(/a\\/b/.test("a/b"), /\\\\/.test("a\\\\b"), /\\[\\]/.test("[]"), /a\\|b/.test("a|b"), /\\*\\?/.test("*?"));`,

  "braces that are not a quantifier are characters": `
console.log(/a{/.test("a{"), /a{x}/.test("a{x}"), /}/.test("}"), /a{,2}/.test("a{,2}"), /{/.exec("x{y")?.index);`,

  "control escapes and hex escapes": `
console.log(/a\\tb/.test("a\\tb"), /a\\nb/.test("a\\nb"), /\\r\\n/.test("x\\r\\n"), /\\x41\\u0042/.test("AB"), /\\cJ/.test("\\n"));
console.log(/[\\t ]+/.exec("a \\t b")![0].length, /\\v\\f/.test("\\v\\f"), /\\x2e/.test("x"), /\\x2e/.test("."));`,

  "dot does not match line breaks": `
console.log(/a.c/.test("abc"), /a.c/.test("a\\nc"), /a.c/.test("a\\rc"), /^.*$/.test("one\\ntwo"), /.+/.exec("one\\ntwo")![0]);`,

  "the s flag lets dot match line breaks": `
console.log(/a.c/s.test("a\\nc"), /^.*$/s.test("one\\ntwo"), /.+/s.exec("x\\ny")![0].length);`,

  "character classes and ranges": `
const hex = /^[0-9a-fA-F]+$/;
console.log(hex.test("00ff"), hex.test("0xff"), /[aeiou]/.exec("rhythm and blues")!.index, /[a-c][x-z]/.exec("abzcy")![0]);`,

  "negated classes": `
console.log(/[^0-9]+/.exec("123abc456")![0], /[^a-z]/.test("abc"), /[^\\s,]+/.exec(" ,x,")![0]);
console.log("a1,b22;c".match(/[^,;]+/g));`,

  "special characters inside classes": `
console.log(/[\\]]/.test("]"), /[\\\\]/.test("\\\\"), /[\\^]/.test("^"), /[a^]/.test("^"), /[\\-]/.test("-"), /[a-]/.test("-"), /[-a]/.test("-"));
console.log(/[.]/.test("x"), /[.]/.test("."), /[$]/.test("$"), /[(){}|*+?]+/.exec("a(){}|*+?b")![0]);`,

  "ranges ending at special characters": `
console.log("Z[\\\\]^_a".match(/[Z-^]+/)![0], /[!--]+/.exec("a!#+-b")![0], /[\\x20-\\x2f]+/.exec("ab !/#c")![0]);`,

  "digit, word and space classes": `
const s = "id_42 = x7 + 3.5;";
console.log(s.match(/\\d+/g), s.match(/\\w+/g), s.match(/\\s/g)!.length);
console.log(s.match(/\\D+/)![0], s.match(/\\W+/g), s.match(/\\S+/g));`,

  "class escapes inside classes": `
console.log("a1 b2_c".match(/[\\d_]+/g), "x, y;z".split(/[\\s,;]+/), "ab-12".match(/[\\w-]+/)![0], "a1!".match(/[\\W\\d]/g));`,

  "the any-character class [^]": `
console.log(/a[^]c/.test("a\\nc"), /^[^]*$/.test("x\\ny\\n"));`,

  anchors: `
console.log(/^abc/.test("abcdef"), /^abc/.test("xabc"), /def$/.test("abcdef"), /def$/.test("def\\n"), /^$/.test(""), /^a|b$/.test("xb"));`,

  "greedy and lazy quantifiers": `
const html = "<b>bold</b><i>it</i>";
console.log(html.match(/<.+>/)![0], html.match(/<.+?>/)![0], "aaa".match(/a*?/)![0] === "", "aaa".match(/a+?/)![0], /ab??/.exec("ab")![0], /ab?/.exec("ab")![0]);`,

  "counted repetition": `
console.log(/^\\d{3}$/.test("123"), /^\\d{3}$/.test("1234"), /^a{2,}$/.test("a"), /^a{2,}$/.test("aaaa"), "aaaaa".match(/a{2,3}/)![0], "aaaaa".match(/a{2,3}?/)![0]);
console.log("2024-01-31T12:05".match(/(\\d{4})-(\\d{2})-(\\d{2})/)!.slice(1), /^(?:ab){2}$/.test("abab"), /^x{0,2}$/.test("xxx"), /^[0-9a-f]{8}$/.test("deadbeef"));`,

  "an IPv4 address": `
const ip = /^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$/;
for (const s of ["192.168.4.1", "10.0.0", "1.2.3.4444", "255.255.255.0"]) {
  const m = ip.exec(s);
  console.log(s, m ? m.slice(1).map(Number).every((n) => n < 256) : "no");
}`,

  "groups: capturing, non-capturing, nested, unmatched": `
const m = /((a)|(b))(?:c)(d)?/.exec("bc")!;
console.log(m.length, m[0], m[1], m[2] ?? "unmatched", m[3], m[4] === undefined, JSON.stringify(m));
const n = /(\\w+)@((\\w+)\\.(com|org))/.exec("mail bob@example.org now")!;
console.log(n.slice(1), n.index);`,

  "alternation picks the first alternative that matches": `
console.log(/cat|category/.exec("category")![0], /(a|ab)(c|bcd)/.exec("abcd")![0], "one two three".match(/two|three|one/g));`,

  "the i flag on letters, classes and ranges": `
console.log(/hello/i.test("HeLLo"), /[a-c]+/i.exec("xAbCd")![0], /[^a-z]/i.test("Q"), /^[A-F0-9]+$/i.test("beef01"), "ÉCOLE école".match(/école/gi));`,

  "non-ASCII text": `
const s = "café crème, naïve";
console.log(s.match(/c.f/)![0], s.match(/[^ ,]+/g), s.replace(/é/g, "e"), s.search(/è/), s.split(/,\\s*/), /^.{4}$/.test("café"));
console.log("日本語テキスト".match(/本.+キ/)![0], "ab€cd".match(/\\W/)![0], "x😀y".match(/x.+y/)![0], /[éè]/.exec("crème")!.index);`,

  "the u flag with code point escapes": `
console.log(/\\u{1F600}/u.test("😀"), /^.$/u.test("é"), /\\u{e9}/u.exec("café")!.index);`,

  "the y flag matches only at lastIndex": `
const re = /\\d+/y;
console.log(re.test("12ab34"), re.lastIndex, re.test("12ab34"), re.lastIndex);
re.lastIndex = 4;
console.log(re.exec("12ab34")![0], re.lastIndex);
const tok = /\\s*(\\w+|[=;])/y;
const src = "let x = 42;";
const out: string[] = [];
let t: RegExpExecArray | null;
while ((t = tok.exec(src))) out.push(t[1]);
console.log(out);`,

  "new RegExp with constant strings": `
const word = "\\\\w+";
const re = new RegExp(word, "g");
const d = RegExp("(\\\\d)(\\\\d)");
console.log("ab cd".match(re), d.exec("x12")!.slice(1), re.source, re.flags, new RegExp("a/b").source, new RegExp("").source);`,

  "source, flags and the flag properties": `
const re = /a\\/b[/]/gi;
console.log(re.source, re.flags, re.global, re.ignoreCase, re.multiline, re.sticky, re.unicode, re.dotAll, /x/.global);`,

  "a regex converted to a string": `
const re = /a+b/g;
console.log(re.toString(), String(re), \`\${re}\`, "" + /x/i);`,
});

diffSuite("regex methods", {
  test: `
const isNumber = /^-?\\d+(?:\\.\\d+)?$/;
for (const s of ["12", "-3.5", "1.", "abc", ""]) console.log(JSON.stringify(s), isNumber.test(s));`,

  "exec with groups and index": `
const m = /(\\w+)=(\\d+)/.exec("set speed=42 now");
if (m) console.log(m[0], m[1], m[2], m.index, m.input, m.length);
console.log(/z/.exec("abc"), /(x)?y/.exec("y")![1] === undefined);`,

  "exec in a loop with a global regex": `
const re = /(\\w+)=(\\w+)/g;
const q = "a=1&bb=22&ccc=333";
let m: RegExpExecArray | null;
while ((m = re.exec(q)) !== null) console.log(m[1], m[2], m.index, re.lastIndex);
console.log(re.lastIndex);`,

  "lastIndex can be read and set": `
const re = /o/g;
const s = "foo boo";
re.lastIndex = 3;
console.log(re.exec(s)!.index, re.lastIndex);
re.lastIndex = 100;
console.log(re.exec(s), re.lastIndex);
console.log(re.test(s), re.test(s), re.test(s), re.test(s), re.test(s));`,

  "lastIndex on non-ASCII text": `
const re = /\\w+/g;
const s = "été au café";
let m: RegExpExecArray | null;
const found: string[] = [];
while ((m = re.exec(s))) found.push(m[0] + "@" + m.index + "-" + re.lastIndex);
console.log(found);
re.lastIndex = 7;
console.log(re.exec(s)![0]);`,

  "a global regex in a function is a new object on each call": `
function count(s: string): number {
  const re = /x/g;
  let n = 0;
  while (re.exec(s)) {
    n++;
    if (n === 2) break;
  }
  return n;
}
console.log(count("xxx"), count("xxx"), count("x"));`,

  "test and exec with a non-string argument": `
console.log(/^\\d+$/.test(String(42)), /1/.exec(\`\${1 + 0}\`)![0]);`,

  "match without g is exec": `
const m = "key: value".match(/(\\w+):\\s*(\\w+)/);
console.log(m![1], m![2], m!.index, "none".match(/\\d/));`,

  "match with g lists every match": `
console.log("a1b22c333".match(/\\d+/g), "abc".match(/\\d/g), "aaa".match(/a*?/g), "abc".match(/x*/g));`,

  "match with a string argument": `
console.log("a.b".match(".")![0], "x+y".match("\\\\+")!.index, "abc".search("c"));`,

  "matchAll in for-of": `
for (const m of "x=1, y=22".matchAll(/(\\w)=(\\d+)/g)) console.log(m[0], m[1], m[2], m.index);`,

  "matchAll into an array": `
const all = Array.from("a1b2c3".matchAll(/[a-z](\\d)/g));
console.log(all.length, all.map((m) => m[1]), [..."aXbX".matchAll(/X/g)].map((m) => m.index));`,

  "matchAll starts at lastIndex and leaves the regex alone": `
const re = /\\d/g;
re.lastIndex = 2;
console.log([..."1234".matchAll(re)].map((m) => m[0]), re.lastIndex);`,

  "replace the first match": `
console.log("a-b-c".replace(/-/, "+"), "aaa".replace(/a/, "b"), "abc".replace(/x/, "y"), "".replace(/^/, "start"));`,

  "replace every match": `
console.log("a-b-c".replace(/-/g, "+"), "  lots   of   space ".replace(/\\s+/g, " "), "abc".replace(/x*/g, "-"), "aaa".replace(/a*?/g, "."));`,

  "replacement patterns $1, $&, $$, $\` and $'": `
const s = "John Smith";
console.log(s.replace(/(\\w+)\\s(\\w+)/, "$2, $1"), s.replace(/o/g, "[$&]"), "5".replace(/\\d/, "$$$&"), "abc".replace(/b/, "[$\`|$']"));
console.log("ab".replace(/(a)(x)?/, "[$2]"), "ab".replace(/a/, "$1$0$"), "ab".replace(/(a)/, "$01$11"), "x".replace(/x/, "$<n>"));`,

  "two-digit group references": `
const re = /(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/;
console.log("abcdefghijk".replace(re, "$11$10$1"), "abcdefghijk".replace(re, "$12"));`,

  "replace with a function": `
console.log("a1b22".replace(/\\d+/g, (d) => String(Number(d) * 2)));
console.log("x-1 y-2".replace(/(\\w)-(\\d)/g, (all, k, v, at) => \`\${v}\${k}@\${at}\`));
console.log("aXbX".replace(/X/g, (m: string, offset: number, whole: string) => offset + "/" + whole.length));`,

  "replace with a function that returns a number": `
console.log("1 2 3".replace(/\\d/g, (d) => (Number(d) * 10) as unknown as string), "ab".replace(/b/, () => "B"));`,

  "replace with a named function": `
function shout(word: string): string {
  return word.toUpperCase() + "!";
}
console.log("hi there".replace(/\\w+/g, shout));`,

  "replaceAll with a regex": `
console.log("a.b.c".replaceAll(/\\./g, "/"), "x1y2".replaceAll(/\\d/g, (d) => "<" + d + ">"));`,

  "replaceAll needs the g flag (a TypeError)": `
const once = /a/;
const every = /a/g;
for (const re of [once, every]) {
  try {
    console.log("aa".replaceAll(re, "b"), "aa".replaceAll(re, (m) => m + "!"));
  } catch (e) {
    console.log(e instanceof TypeError, (e as Error).message);
  }
}`,

  // a literal without g or y, written where test() or replace() uses it, is only its compiled pattern
  "test and replace of literals written where they are used": `
const lines = ["  x=1  ", "y==", "ünï=é", "", "==", "a=b=c"];
for (const l of lines) console.log(JSON.stringify(l.replace(/=+$/, "")), /^\\s/.test(l), l.replace(/é|ï/, "e"), /\\d/.test(l), l.replace((/=/), ":"));
function trim(s: string): string {
  return s.replace(/^\\s+/, "").replace(/\\s+$/, "");
}
let n = 0;
for (let i = 0; i < 3; i++) if (/x/i.test(lines[i])) n++;
console.log(lines.map(trim).join("|"), n, "a.b".replace(/\\./, "$"), "a.b".replace(/\\./, "[$&]"), /^$/.test(""));`,

  "replace on non-ASCII text": `
console.log("naïve café".replace(/[aeiouïé]/g, "_"), "€100".replace(/\\d+/, (n) => String(Number(n) + 1)), "ééé".replace(/é/g, "e"));`,

  "split with a regex": `
console.log("a, b ,c".split(/\\s*,\\s*/), "one  two\\tthree".split(/\\s+/), "abc".split(/x/), "".split(/,/), "".split(/x*/));`,

  "split with captures and a limit": `
console.log("a1b2c".split(/(\\d)/), "a1b2c".split(/\\d/, 2), "a1b2c".split(/(\\d)/, 2), "a,b".split(/(,)|(;)/));`,

  "split with empty matches": `
console.log("abc".split(/(?:)/), "abc".split(/x*/), "a,b,".split(/,/), ",a".split(/,/), "ab".split(/a*?/));`,

  "split on non-ASCII text": `
console.log("día·mes·año".split(/·/), "ça va".split(/(?:)/));`,

  search: `
console.log("hello world".search(/o/), "hello".search(/z/), "abc".search(/$/), "x1".search(/\\d/g));`,

  "a regex used many times in a loop": `
const words = ["apple", "Banana", "cherry", "Date", "elder"];
const cap = /^[A-Z]/;
console.log(words.filter((w) => cap.test(w)), words.map((w) => w.replace(/[aeiou]/g, "")));`,

  "a regex in a loop body": `
const lines = ["GET /index.html HTTP/1.1", "POST /api HTTP/1.0", "bad line"];
for (const line of lines) {
  const m = /^(GET|POST) (\\S+) HTTP\\/(\\d\\.\\d)$/.exec(line);
  console.log(m ? m[1] + " " + m[2] + " " + m[3] : "no match");
}`,

  "parsing a query string": `
const q = "name=Ann%20B&age=42&empty=&flag";
const pairs: Record<string, string> = {};
for (const m of q.matchAll(/([^&=]+)=?([^&]*)/g)) pairs[m[1]] = m[2];
console.log(JSON.stringify(pairs));`,

  "a regex in a class field and method": `
class Lexer {
  private readonly number = /\\d+/g;
  count(s: string): number {
    return (s.match(this.number) ?? []).length;
  }
}
const lx = new Lexer();
console.log(lx.count("1 22 333"), lx.count("none"));`,

  "destructuring a match": `
const [, key, value] = /(\\w+):(\\w+)/.exec("k:v")!;
console.log(key, value);
const [whole] = "abc".match(/b/)!;
console.log(whole);`,

  "a long string": `
const long = "ab".repeat(2000) + "END";
console.log(/END$/.test(long), long.match(/(?:ab)+/)![0].length, long.replace(/b/g, "").length, long.split(/a/).length, /E.D/.exec(long)!.index);`,

  "a long non-ASCII string": `
const long = "é".repeat(3000) + "x";
console.log(long.match(/.+/)![0].length, /x/.exec(long)!.index, long.replace(/é/g, "e").length, long.match(/[^x]+/)![0].length);`,
});

// Refused parts: `/*!*/` marks where the diagnostic must point (the regex itself).
const refused: { name: string; source: string; text: RegExp; code?: number }[] = [
  {
    name: "lookahead",
    source: `console.log(/*!*//a(?=b)/.test("ab"));`,
    text: /The lookahead \(\?=\.\.\.\) in \/a\(\?=b\)\/ .*; match the following text/,
  },
  { name: "negative lookahead", source: `console.log(/*!*//a(?!b)/.test("ab"));`, text: /The lookahead \(\?!\.\.\.\)/ },
  { name: "lookbehind", source: `console.log(/*!*//(?<=\\$)\\d+/.test("$5"));`, text: /The lookbehind \(\?<=\.\.\.\).*endsWith/ },
  { name: "negative lookbehind", source: `console.log(/*!*//(?<!x)y/.test("y"));`, text: /The lookbehind \(\?<!\.\.\.\)/ },
  { name: "named group", source: `const m = /*!*//(?<year>\\d+)/.exec("2024");\nconsole.log(m);`, text: /named group .*m\[1\]/ },
  { name: "backreference", source: `console.log(/*!*//(a)\\1/.test("aa"));`, text: /The backreference \\1/ },
  { name: "word boundary", source: `console.log("a cat".replace(/*!*//\\bcat\\b/g, "dog"));`, text: /The word boundary \\b .*\\s/ },
  { name: "non-word boundary", source: `console.log(/*!*//a\\B/.test("ab"));`, text: /The word boundary \\B/ },
  { name: "m flag with anchors", source: `console.log("a\\nb".match(/*!*//^b/m));`, text: /The m flag with \^ .*split\("\\n"\)/ },
  { name: "d flag", source: `console.log(/*!*//a/d.test("a"));`, text: /The d flag/ },
  { name: "unicode property escape", source: `console.log(/*!*//\\p{L}/u.test("a"));`, text: /Unicode property escape/ },
  { name: "NUL character", source: `console.log(/*!*//a\\0/.test("a"));`, text: /NUL character/ },
  { name: "repeated empty match", source: `console.log(/*!*//(a*)*b/.test("b"));`, text: /can match the empty string/ },
  {
    name: "counted repetition of a capturing group",
    source: `console.log(/*!*//(ab){2}/.test("abab"));`,
    text: /repetition \{2\} of a capturing group .*\(\?:\.\.\.\)/,
  },
  { name: "counted repetition too large", source: `console.log(/*!*//a{1000}/.test("a"));`, text: /repetition \{1000\} \(more than 100\)/ },
  { name: "negated class with non-ASCII", source: `console.log(/*!*//[^é]/.test("e"));`, text: /negated class/ },
  { name: "wide non-ASCII range", source: `console.log(/*!*//[一-龥]/.test("字"));`, text: /wide range of non-ASCII/ },
  {
    name: "new RegExp of a run-time string",
    source: `function f(p: string) {\n  return new RegExp(/*!*/p).test("x");\n}\nconsole.log(f("x"));`,
    text: /known only at run time is not supported on MicroPython; write the pattern as a regex literal/,
  },
  {
    name: "new RegExp with run-time flags",
    source: `function f(fl: string) {\n  return new RegExp("x", /*!*/fl);\n}\nconsole.log(f("g"));`,
    text: /flags known only at run time/,
  },
  { name: "copying a RegExp", source: `const r = /x/;\nconsole.log(new RegExp(/*!*/r).test("x"));`, text: /Copying a RegExp/ },
  {
    name: "match with a run-time string",
    source: `function f(p: string) {\n  return "abc".match(/*!*/p);\n}\nconsole.log(f("b"));`,
    text: /match\(\) with a string known only at run time/,
  },
  {
    name: "a string-or-RegExp argument",
    source: `function f(p: string | RegExp) {\n  return "abc".split(/*!*/p);\n}\nconsole.log(f("b"));`,
    text: /string-or-RegExp/,
  },
  {
    name: "a RegExp member mpts does not provide",
    source: `const r = /x/;\nconsole.log(r./*!*/compile);`,
    text: /RegExp.prototype.compile/,
    code: Codes.unsupportedMember,
  },
];

function markerPosition(source: string): { line: number; column: number } {
  const lines = source.slice(0, source.indexOf("/*!*/")).split("\n");
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

describe("regex literals written where test() or replace() uses them: emitted Python", () => {
  const py = emittedPython({
    plain: `
const line = "key==";
console.log(/^\\w+=*$/.test(line), line.replace(/==?$/, ""));`,
  });
  test("are compiled patterns, with no RegExp object in the runtime", () => {
    // anchored at the start, only tested: the pattern itself (regex-anchored.test.ts)
    expect(py.plain).toContain('_RE = re.compile("^\\\\w+=*$")');
    expect(py.plain).toContain("_RE.match(line) is not None");
    expect(py.plain).toContain('js_re_sub(line, _RE1, "")');
    expect(py.plain).not.toContain("JsRegExp");
  });
});

describe("regex parts MicroPython cannot run are MPTS1006 at the regex", () => {
  let compiled: CompiledSnippets;
  beforeAll(() => {
    compiled = compileSnippets(Object.fromEntries(refused.map((c) => [c.name, c.source.replace("/*!*/", "")])));
  });
  refused.forEach((c, i) => {
    test(c.name, () => {
      const file = path.join(compiled.dir, `case_${i}.ts`);
      expect(compiled.tsErrors.get(file) ?? [], "the program must type-check").toEqual([]);
      const out = compiled.outputs.get(file)!;
      expect(out.python).toBeUndefined();
      const d = out.diagnostics[0];
      expect({ code: d.code, line: d.line, column: d.column }).toEqual({ code: c.code ?? Codes.regex, ...markerPosition(c.source) });
      expect(d.message).toMatch(/ is not supported on MicroPython; .+/);
      expect(d.message).toMatch(c.text);
    });
  });
});
