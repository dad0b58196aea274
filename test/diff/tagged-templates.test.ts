// Tagged templates with a tag function of the program: the strings (with .raw),
// the values, evaluation order, and String.raw.
import { diffSuite } from "../helpers/diff.js";

diffSuite("tagged templates", {
  "a tag receives the strings and the values": `
function show(strings: TemplateStringsArray, ...values: unknown[]) {
  return JSON.stringify({ strings: [...strings], values });
}
const n = 3;
console.log(show\`a\${n}b\${n * 2}c\`);`,

  "strings around leading and trailing substitutions are empty": `
function parts(strings: TemplateStringsArray, ...values: number[]) {
  return strings.length + ":" + strings.map((s) => "[" + s + "]").join("") + ":" + values.length;
}
console.log(parts\`\${1}\`, parts\`\${1}\${2}\`, parts\`x\`, parts\`\`);`,

  "raw strings keep escapes as written": `
function rawOf(strings: TemplateStringsArray) {
  return JSON.stringify({ cooked: strings[0], raw: strings.raw[0] });
}
console.log(rawOf\`tab\\there\\nnewline\`);
console.log(rawOf\`plain\`);`,

  "an html-escaping tag": `
function html(strings: TemplateStringsArray, ...values: string[]) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) {
    out += values[i].replace(/&/g, "&amp;").replace(/</g, "&lt;") + strings[i + 1];
  }
  return out;
}
const user = "<b>Tom & Jerry</b>";
console.log(html\`<p>\${user}</p>\`);`,

  "a tag that builds a different type": `
function nums(strings: TemplateStringsArray, ...values: number[]): number {
  return values.reduce((a, b) => a + b, 0) + strings.length;
}
const total: number = nums\`\${1} and \${2} and \${3}\`;
console.log(total);`,

  "the tag is evaluated before the substitutions": `
const order: string[] = [];
function getTag() {
  order.push("tag");
  return (s: TemplateStringsArray, ...v: string[]) => s.join("_") + v.join("+");
}
function val(x: string) { order.push(x); return x; }
console.log(getTag()\`<\${val("a")}|\${val("b")}>\`, order.join(","));`,

  "substitutions are evaluated left to right": `
let i = 0;
function tag(_: TemplateStringsArray, ...values: number[]) { return values.join(","); }
console.log(tag\`\${i++} \${i++} \${i}\`, i);`,

  "a tag returned from a function call": `
function factory(prefix: string) {
  return (strings: TemplateStringsArray, ...values: unknown[]) => prefix + strings.raw.join("") + values.length;
}
console.log(factory("pre:")\`one\${1}two\`);`,

  "a tag that is an object method": `
const fmt = {
  sep: " / ",
  join(strings: TemplateStringsArray, ...values: string[]) {
    return strings.join(this.sep) + " = " + values.join(this.sep);
  },
};
console.log(fmt.join\`a\${"x"}b\${"y"}c\`);`,

  "a tag that is a class method": `
class Logger {
  constructor(private level: string) {}
  log(strings: TemplateStringsArray, ...values: unknown[]) {
    return "[" + this.level + "] " + strings.reduce((acc, s, i) => acc + String(values[i - 1]) + s);
  }
}
const logger = new Logger("info");
console.log(logger.log\`user \${"ann"} logged in \${3} times\`);`,

  "a tag indexed by a string key": `
const tags: Record<string, (s: TemplateStringsArray, ...v: number[]) => string> = {
  sum: (s, ...v) => s.length + ":" + v.reduce((a, b) => a + b, 0),
  list: (s, ...v) => v.join("|"),
};
console.log(tags["sum"]\`\${1}\${2}\${3}\`, tags.list\`\${4}-\${5}\`);`,

  "the strings array works with array methods": `
function inspect(strings: TemplateStringsArray, ..._: number[]) {
  return [strings.length, strings.indexOf("b"), strings.includes("c"), strings.slice(1).join("+"), [...strings.raw].reverse().join("")].join(" ");
}
console.log(inspect\`a\${0}b\${0}c\`);`,

  "a tag called in a loop": `
function key(strings: TemplateStringsArray, ...values: number[]) {
  return strings[0] + values[0] * 2 + strings[1];
}
const out: string[] = [];
for (let n = 1; n <= 3; n++) out.push(key\`k\${n}!\`);
console.log(out.join(" "));`,

  "a generic tag": `
function first<T>(_: TemplateStringsArray, ...values: T[]): T | undefined {
  return values[0];
}
const f = first\`\${"str"} then \${"more"}\`;
const g = first\`\${42}\`;
console.log(f, g);`,

  "a tag with a default for missing values": `
function fill(strings: TemplateStringsArray, ...values: (string | undefined)[]) {
  return strings.reduce((acc, s, i) => acc + (values[i - 1] ?? "?") + s);
}
const missing: string | undefined = undefined;
console.log(fill\`a\${"b"}c\${missing}d\`);`,

  "template strings with unicode and quotes": `
function echo(strings: TemplateStringsArray, ...values: string[]) {
  return strings.join("#") + values.join("");
}
console.log(echo\`caf\u00e9 "q" 'q' \${"é"}\`);`,

  "String.raw with substitutions": `
const dir = "bin";
const n = 2;
console.log(String.raw\`C:\\Users\\\${dir}\\n\${n + 1}\`);
console.log(String.raw\`no substitutions\\t\`);`,

  "String.raw with numbers and booleans": `
const ok = true;
console.log(String.raw\`\${1.5}\\\${ok}\\\${null}\`);`,

  "nested tagged templates": `
function upper(strings: TemplateStringsArray, ...values: string[]) {
  return strings.reduce((acc, s, i) => acc + String(values[i - 1]).toUpperCase() + s);
}
function wrap(strings: TemplateStringsArray, ...values: string[]) {
  return "(" + strings.reduce((acc, s, i) => acc + values[i - 1] + s) + ")";
}
const name = "x";
console.log(wrap\`a\${upper\`b\${name}c\`}d\`);`,

  "a tag whose result is used in arithmetic and conditions": `
function len(strings: TemplateStringsArray, ...values: string[]) {
  return strings.join("").length + values.join("").length;
}
const word = "hello";
const size = len\`<\${word}>\`;
console.log(size > 5 ? "long " + size : "short", size * 2);`,

  "a tag used to build a query with placeholders": `
function sql(strings: TemplateStringsArray, ...values: (string | number)[]) {
  let text = "";
  strings.forEach((s, i) => {
    text += s + (i < values.length ? "$" + (i + 1) : "");
  });
  return { text, values };
}
const q = sql\`SELECT * FROM t WHERE id = \${7} AND name = \${"bo"}\`;
console.log(q.text, JSON.stringify(q.values));`,

  "a multi-line tagged template": `
function lines(strings: TemplateStringsArray, ...values: number[]) {
  return strings.join("<v>").split("\\n").length + " lines, " + values.length + " values";
}
console.log(lines\`first \${1}
second \${2}
third\`);`,

  "the strings spread into a larger array": `
function around(strings: TemplateStringsArray, ...values: number[]) {
  const all = ["start", ...strings, "end"];
  const raws = [...strings.raw, "!"];
  return all.join("|") + " " + raws.length + " " + values.length;
}
console.log(around\`a\${1}b\`);`,

  "a tag that ignores the strings": `
const values = (_: TemplateStringsArray, ...v: unknown[]) => v;
console.log(JSON.stringify(values\`\${1}\${"two"}\${[3]}\${{ four: 4 }}\`));`,

  "a tag that counts how often it is called": `
let calls = 0;
function counted(strings: TemplateStringsArray, ...v: number[]) { calls++; return strings.length + v.length; }
let sum = 0;
for (let i = 0; i < 4; i++) sum += counted\`x\${i}y\`;
console.log(sum, calls);`,

  "a tag whose values are function calls with side effects": `
const log: number[] = [];
function note(n: number) { log.push(n); return n; }
function tag(strings: TemplateStringsArray, ...v: number[]) { return v.reduce((a, b) => a * 10 + b, 0); }
console.log(tag\`\${note(1)}\${note(2)}\${note(3)}\`, log.join(""));`,
});
