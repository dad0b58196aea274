// String methods: each snippet runs in Node and in MicroPython and must print the same.
import { diffSuite } from "../helpers/diff.js";

diffSuite("strings", {
  "length, including accented and CJK text": `
const words = ["", "abc", "café", "naïve", "日本語", "Grüße, Jürgen"];
for (const w of words) console.log(JSON.stringify(w), w.length);`,

  "slice with negative and out-of-range bounds": `
const s = "hello world";
console.log(s.slice(0, 5), s.slice(6), s.slice(-5), s.slice(-5, -2), s.slice(3, 1) === "", s.slice(20) === "", s.slice(-20, 2));
let n = 2;
console.log(s.slice(n, n + 3), s.slice(-n), s.slice(0, s.length / 2));`,

  "substring swaps, clamps and handles indexOf results": `
const s = "hello world";
console.log(s.substring(0, 5), s.substring(5, 0), s.substring(-3, 2), s.substring(6, 100), s.substring(4));
const at = s.indexOf("z");
console.log("[" + s.substring(0, at) + "]", "[" + s.substring(at) + "]");
const sp = s.indexOf(" ");
console.log(s.substring(0, sp), s.substring(sp + 1));
const half = s.length / 2;
console.log(s.substring(half), s.substring(1.7, 4.2));`,

  "indexOf and lastIndexOf with fromIndex": `
const s = "abcabcabc";
console.log(s.indexOf("b"), s.indexOf("b", 2), s.indexOf("b", -5), s.indexOf("x"), s.indexOf("abc", 7), s.indexOf(""));
console.log(s.lastIndexOf("b"), s.lastIndexOf("b", 6), s.lastIndexOf("b", 4), s.lastIndexOf("b", 0), s.lastIndexOf("a", -3), s.lastIndexOf("zz"));
let from = 3;
console.log(s.indexOf("c", from), s.lastIndexOf("c", from), s.lastIndexOf("abc", 5));`,

  "includes, startsWith and endsWith with positions": `
const s = "temperature=21.5C";
console.log(s.includes("="), s.includes("x"), s.includes("t", 5), s.includes("t", 7), s.includes("temp", -4));
console.log(s.startsWith("temp"), s.startsWith("rature", 5), s.startsWith("x"), s.startsWith("temp", -2));
console.log(s.endsWith("C"), s.endsWith("21.5", 16), s.endsWith("temp", 4), s.endsWith("t", -1), s.endsWith(""));`,

  "split by a separator": `
console.log("a,b,c".split(","), "a, b, c".split(", "), "abc".split(";"), ",a,,b,".split(","), "".split(","));
console.log("key=value=more".split("="), "one  two".split(" "), "line1\\nline2\\n".split("\\n"));`,

  "split into characters, with a limit, and by a variable separator": `
console.log("abc".split(""), "".split(""), "a-b-c-d".split("-", 2), "a-b".split("-", 0), "a-b".split("-", 10), "a-b-c".split("-", -1));
let sep = ",";
console.log("1,2,3".split(sep));
sep = "";
console.log("xyz".split(sep));
console.log("no separator".split("|"), "x".split("x"));`,

  "split then map to numbers": `
const line = "12,7,30";
const nums = line.split(",").map((p) => parseInt(p));
let total = 0;
for (const n of nums) total += n;
console.log(nums, total);`,

  "trim, trimStart, trimEnd": `
const s = "  \\t padded \\n ";
console.log("[" + s.trim() + "]", "[" + s.trimStart() + "]", "[" + s.trimEnd() + "]", "[" + "".trim() + "]", "[" + "x".trim() + "]");`,

  "toUpperCase and toLowerCase": `
const s = "Hello, World 42!";
console.log(s.toUpperCase(), s.toLowerCase(), "".toUpperCase() === "", "MiXeD".toLowerCase() === "mixed");`,

  "replace changes the first match only, replaceAll every one": `
const s = "a-b-c-d";
console.log(s.replace("-", "+"), s.replaceAll("-", "+"), s.replace("x", "y"), s.replaceAll("x", "y"));
console.log("aaa".replace("a", "b"), "aaa".replaceAll("a", "bb"), "aaa".replaceAll("aa", "c"), "abc".replace("", "_"));
const name = "world";
console.log("hello {name}, {name}!".replace("{name}", name), "hello {name}, {name}!".replaceAll("{name}", name));`,

  "replace with $ patterns in a literal replacement": `
console.log("price: 5".replace("5", "$$5"), "cat".replace("cat", "[$&]"), "a.b".replaceAll(".", "$$"), "x".replace("x", "$1"));`,

  "padStart and padEnd": `
console.log("5".padStart(3, "0"), "5".padStart(3), "abc".padStart(2, "*"), "abc".padStart(3, "*"), "7".padStart(6, "ab"), "x".padStart(4, ""));
console.log("[" + "5".padEnd(3) + "]", "5".padEnd(4, "-="), "long enough".padEnd(4, "!"), "ab".padEnd(5, "xyz"));
const h = 7, m = 5, sec = 30;
console.log(String(h).padStart(2, "0") + ":" + String(m).padStart(2, "0") + ":" + String(sec).padStart(2, "0"));
const width = 10 / 2;
console.log("[" + "ab".padStart(width) + "]", "[" + "ab".padEnd(width, ".") + "]");`,

  repeat: `
console.log("ab".repeat(3), "[" + "x".repeat(0) + "]", "-".repeat(10), "=".repeat(6 / 2));
let n = 4;
console.log("*".repeat(n));`,

  "charAt, including out of range": `
const s = "hello";
console.log(s.charAt(0), s.charAt(4), "[" + s.charAt(5) + "]", "[" + s.charAt(-1) + "]", "[" + s.charAt(-2) + "]", s.charAt(1.9));
let i = 1;
console.log(s.charAt(i), s.charAt(i + 2), s.charAt(s.length - 1));`,

  "charCodeAt and String.fromCharCode": `
const s = "AZaz09 ~";
const codes: number[] = [];
for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
console.log(codes, s.charCodeAt(0), "é".charCodeAt(0));
console.log(String.fromCharCode(72), String.fromCharCode(72, 105, 33), String.fromCharCode(...codes), String.fromCharCode());
console.log(String.fromCharCode(s.charCodeAt(0) + 1), isNaN(s.charCodeAt(-1)));`,

  "a Caesar cipher with charCodeAt and fromCharCode": `
function shift(text: string, by: number): string {
  let out = "";
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= 97 && c <= 122) out += String.fromCharCode(((c - 97 + by) % 26) + 97);
    else out += ch;
  }
  return out;
}
console.log(shift("hello, world", 3), shift(shift("abcxyz", 5), 21));`,

  "at with negative indices": `
const s = "sensor";
console.log(s.at(0), s.at(-1), s.at(-2), s.at(2));
const parts = "a/b/c".split("/");
console.log(parts.at(-1));`,

  concat: `
const s = "temp";
console.log(s.concat("=", "21"), s.concat(), "".concat("a", "b", "c"), s.concat(":", String(5), " ", String(true)));
const more = ["x", "y"];
console.log(s.concat(...more));`,

  "string comparison with < and >": `
const words = ["pear", "apple", "Banana", "apple pie", ""];
for (let i = 0; i + 1 < words.length; i++) console.log(words[i], "<", words[i + 1], words[i] < words[i + 1], words[i] > words[i + 1]);
console.log("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "10" < "9", "" < "a", "é" > "z");`,

  "iterating over a string": `
let out: string[] = [];
for (const ch of "héllo") out.push(ch);
console.log(out, out.length);
const s = "abc";
for (let i = 0; i < s.length; i++) console.log(i, s[i]);
let vowels = 0;
for (const c of "programming language") if ("aeiou".includes(c)) vowels++;
console.log("vowels:", vowels);`,

  "non-ASCII text through the string methods": `
const s = "Grüße aus Köln — 東京";
console.log(s.length, s.indexOf("Köln"), s.slice(-2), s.split(" "), s.charAt(2), s.includes("東"), s.replace("ß", "ss"));
console.log("naïve café".toUpperCase().length, "ÀÉÎ".charCodeAt(1), String.fromCharCode(233, 26481));`,

  "localeCompare for sorting words": `
const names = ["mike", "alice", "bob", "carol"];
names.sort((a, b) => a.localeCompare(b));
console.log(names, "a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"));`,

  "string conversion in concatenation and templates": `
const n = 5, f = 2.5, whole = 10 / 2, ok = true;
console.log("n=" + n + " f=" + f + " whole=" + whole + " ok=" + ok, \`\${n}|\${f}|\${whole}|\${ok}|\${null}|\${undefined}\`);
console.log("" + 1e21 + " " + 1e-7 + " " + 0.000001 + " " + 123456789012345680000 + " " + -0);`,

  "a small parser built from string methods": `
function parse(line: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of line.trim().split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    out[part.substring(0, eq).trim().toLowerCase()] = part.substring(eq + 1).trim();
  }
  return out;
}
const cfg = parse("  SSID = home ; Pass=secret;  bad ; Port= 8080 ");
console.log(cfg.ssid, cfg.pass, cfg.port, Object.keys(cfg).length);`,

  "substr with negative start": `
const s = "abcdef";
console.log(s.substr(1, 3), s.substr(-3, 2), s.substr(2), s.substr(-2));`,
});
