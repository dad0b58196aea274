// Values: template literals, string conversion of numbers, booleans, null and
// undefined, number printing, and string literals that must survive the trip
// through the Python printer (quotes, backslashes, control characters, Unicode).
import { diffSuite } from "../helpers/diff.js";

diffSuite("values", {
  "multi-line text with quotes and backslashes round-trips through a triple-quoted string": `
const page = \`<html>
  <p class="a">"quoted" and ""double"" \\\\ backslash\ttab</p>
  <p>ends with a quote"</p>
</html>\`;
const tail = \`one
two
three"\`;
console.log(page);
console.log(tail, page.length, tail.length, JSON.stringify(tail));`,
  "template literal with numbers": `
const i = 3, f = 2.5, big = 1e21, neg = -4;
console.log(\`i=\${i} f=\${f} big=\${big} neg=\${neg} sum=\${i + f} half=\${i / 2} whole=\${8 / 4}\`);`,

  "template literal with booleans null and undefined": `
const t = true, n = null, u = undefined;
const maybe: string | undefined = Math.random() > 2 ? "x" : undefined;
const nul: number | null = Math.random() > 2 ? 1 : null;
console.log(\`\${t} \${!t} \${n} \${u} \${maybe} \${nul} \${1 > 2}\`);`,

  "template literal alone and nested": `
const x = 4.5, k = 7, s = "in";
const only = \`\${x}\`;
const onlyInt = \`\${k}\`;
const nested = \`a\${\`b\${k}c\${\`d\${s}\`}\`}e\`;
console.log(only, onlyInt, nested, \`\${k}\${k}\`, \`\${x / 3}\`);`,

  "template literal with braces and special text": `
const v = 1;
console.log(\`{\${v}}\`, \`{{}}\`, \`}{\`, \`{0} {}\`, \`\${v}{\${v}}\${v}\`, \`100%\`, \`tab\\there\`, \`line1
line2\`);`,

  "template literal with expressions": `
const arr = [1, 2, 3];
const o = { name: "box", size: 2 };
let i = 0;
console.log(\`\${arr.length} items, first \${arr[0]}, name \${o.name}, twice \${o.size * 2}, \${arr[i++]}/\${arr[i++]}/\${i}\`);
console.log(\`\${arr.length > 2 ? "many" : "few"} \${o.size === 2 && "two"} \${arr.join("-")}\`);`,

  "template literal with arrays and objects": `
const arr = [1, "a", null, 2.5];
console.log(\`\${arr}\`, \`[\${[]}]\`, \`\${[[1, 2], [3]]}\`);`,

  "string plus number": `
const n = 42, f = 2.5, z = 0, neg = -7;
console.log("n" + n, n + "n", "f" + f, "z" + z, "neg" + neg, "" + n + n, n + n + "");
console.log("x" + 0.1 * 3, "x" + (0.1 + 0.2), "x" + 1 / 3, "x" + 100 / 8, "x" + 1e21, "x" + 1e-7, "x" + 123e-20);`,

  "string plus special numbers": `
const inf = Infinity, nan = NaN, negz = -0, big = 2 ** 53;
console.log("a" + inf, "b" + -inf, "c" + nan, "d" + negz, "e" + big, "f" + Number.MAX_SAFE_INTEGER, "g" + Number.EPSILON);
console.log("h" + 1e20, "i" + 1.5e20, "j" + 1e-6, "k" + 1.5e-5, "l" + 0.000123, "m" + 123456789.125, "n" + -1e-7);`,

  "string plus boolean null undefined": `
const t = true, f = false;
const n: null = null;
const u: undefined = undefined;
console.log("t" + t, f + "f", "n" + n, u + "u", "both" + t + f);
const maybeNum: number | null = Math.random() > 2 ? 1.5 : null;
const maybeStr: string | undefined = Math.random() > 2 ? "s" : undefined;
console.log("mn " + maybeNum, "ms " + maybeStr);`,

  "String() conversion": `
console.log(String(12), String(1.25), String(true), String(null), String(undefined), String(-0), String(1e21), String([1, 2]));
const x = 10 / 4;
console.log(String(x).length, String(8 / 2).length, (5).toString(), (2.5).toString());`,

  "console.log of numbers": `
console.log(1, -1, 0, 1.5, -2.25, 1 / 3, 2 / 3, 10 / 2, 1e21, 1e-7, 5e-7, 0.000001, 1e300, 2 ** 31, 2 ** 40, 0.1 + 0.7);
console.log(Infinity, -Infinity, NaN, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, 1e16, 123e18);`,

  "integer literals in other bases": `
console.log(0xff, 0o17, 0b1011, 1_000_000, 0xFFFF_FFFF, 1e3, 2.5e2, .5, 5., 0.0);`,

  "float results that are integral": `
const a = 0.5 + 0.5, b = 2.5 * 2, c = 10 / 5, d = 7.0;
console.log(a, b, c, d, "" + a, \`\${b}\`, String(c), a === 1, c === 2);
const arr = [a, b, c];
console.log(arr, arr.join(","));`,

  "unary plus conversions": `
const strs = ["42", "-3.5", "", " 12 ", "1e3", "0x10", "abc", "12px", "Infinity", "-Infinity", "0.5e-3"];
for (const s of strs) console.log(JSON.stringify(s), +s, Number(s));
console.log(+true, +false, +"  ", +"\\n5\\n");`,

  "void and undefined values": `
let count = 0;
function bump(): void { count++; }
const r = bump();
console.log(r, void 0, void count, count, r === undefined);`,

  "typeof as a value": `
function f(): number { return 1; }
const xs: unknown[] = [0, -1.5, "", "text", false, undefined, [], {}, f, () => 2];
console.log(xs.map((x) => typeof x).join(" "));
const k: number | string = Math.random() > 2 ? 1 : "s";
const kind = typeof k;
console.log(kind, kind === "string");`,

  "string with quotes": `
const s1 = "it's";
const s2 = 'say "hi"';
const s3 = \`both ' and "\`;
console.log(s1, s2, s3, s1.length, s2.length, s3.length);`,

  "string with backslashes": `
const s = "back\\\\slash \\\\n not a newline \\\\";
const path = "C:\\\\dir\\\\file.txt";
console.log(s, s.length, path, path.split("\\\\").length);`,

  "string with newlines and tabs": `
const s = "a\\nb\\tc\\r\\nd";
console.log(s.length, JSON.stringify(s));
console.log(s);
const multi = \`first
	second (tab)
third\`;
console.log(multi.length, JSON.stringify(multi));`,

  "string with control characters": `
const s = "\\0\\x01\\x07\\b\\f\\v\\x1b[0m\\x1f\\x7f";
const codes: number[] = [];
for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
console.log(s.length, codes.join(","));`,

  "string with accented letters": `
const s = "café naïve Ünïcödé ñ ß";
console.log(s, s.length, s.charCodeAt(3), s.indexOf("ß"), s.slice(5, 10));`,

  "string with CJK": `
const s = "日本語のテキスト 中文 한국어";
console.log(s, s.length, s.indexOf("中文"), s.charCodeAt(0));`,

  "string with emoji": `
const s = "hi 🎉 there";
const parts = s.split(" ");
console.log(s, parts[1], parts.length, s.startsWith("hi"), s.endsWith("there"));`,

  "string with unusual whitespace and separators": `
const s = "a\\u00a0b\\u2028c\\u2029d\\ufeffe\\u0085f";
const codes: number[] = [];
for (let i = 0; i < s.length; i++) codes.push(s.charCodeAt(i));
console.log(codes.join(","));`,

  "string with braces and percent signs": `
const s = "{} {0} {name} %s %d 100%";
console.log("text:", s, s.length, s + "{" + 1 + "}");`,

  "strings compared and concatenated": `
let s = "";
s += "a";
s += "b" + "c";
s = s + s;
console.log(s, s === "abcabc", s.length, s < "b", "é" > "e", "Z" < "a");`,
});
