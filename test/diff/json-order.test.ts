// JSON.parse in a program that observes key order (Object.keys makes its objects
// ordered): json.loads parses, the objects are rebuilt with their keys in text order
// (mpts_rt's js_json_parse). Each case prints key orders and a round trip through
// JSON.stringify, which writes keys in order.
import { diffSuite } from "../helpers/diff.js";

diffSuite("JSON.parse key order", {
  "nested objects and arrays of objects keep their key order": `
const text = '{"zeta": 1, "alpha": {"m": [1, {"y": 2, "b": 3}], "c": {}}, "list": [{"q": 1, "p": 2}, [], [{"k": null}]], "mid": "x"}';
const v = JSON.parse(text);
console.log(Object.keys(v).join(","), Object.keys(v.alpha).join(","), Object.keys(v.alpha.m[1]).join(","));
console.log(JSON.stringify(v));`,
  "a repeated key keeps its first place and its last value": `
const v = JSON.parse('{"a": 1, "b": {"x": 1, "y": 2}, "a": {"n": 2, "m": 1}, "c": 3, "b": [{"z": 0, "w": 1}]}');
console.log(Object.keys(v).join(","));
console.log(JSON.stringify(v));
const w = JSON.parse('[{"k": 1, "j": 2, "k": 3}, {"j": 4, "k": 5}]');
console.log(JSON.stringify(w), Object.keys(w[0]).join(","));`,
  "keys with escapes, quotes and colons in strings": `
const text = '{"caf\\\\u00e9": 1, "say \\\\"hi\\\\"": 2, "back\\\\\\\\slash": 3, "v": "k\\\\": 1, {x}", "plain": {"t": "}{][", "u": "\\\\"q\\\\":"}}';
const v = JSON.parse(text);
console.log(Object.keys(v).join("|"), Object.keys(v.plain).join("|"));
console.log(JSON.stringify(v));`,
  "whitespace around colons, braces in strings, numbers": `
const v = JSON.parse('{ "b" : 1, "a"\\n:\\t2.5, "c" : { "y" : -1e3, "x" : "{" }, "n": [1E2, -0.125, 12345678901] }');
console.log(Object.keys(v).join(","), Object.keys(v.c).join(","));
console.log(JSON.stringify(v));`,
  "a parsed object grows in order; arrays and scalars at the top": `
const o = JSON.parse('{"second": 2, "first": 1}');
o.third = 3;
delete o.second;
o.second = 22;
console.log(Object.keys(o).join(","), JSON.stringify(o));
const a = JSON.parse('[{"b": 1, "a": 2}, 3, "s", [{"d": 1, "c": 2}]]');
console.log(JSON.stringify(a));
console.log(JSON.parse('"text {with} \\\\"quotes\\\\": "'), JSON.parse("42"), JSON.parse("[]").length, Object.keys(JSON.parse("{}")).length);`,
  "a 5 KB document round-trips with its key order": `
interface Dev { id: string; pin: number; on: boolean; level: number; tags: string[]; cfg: { mode: string; when: string } }
const devices: Dev[] = [];
for (let i = 0; i < 40; i++)
  devices.push({ id: "dev-" + i, pin: (i * 3) % 40, on: i % 3 === 0, level: i / 4, tags: ["r" + (i % 5), i % 2 ? "n" : "s"], cfg: { mode: i % 2 ? "auto" : "manual", when: "0" + (i % 10) + ":30" } });
const text = JSON.stringify({ zname: "greenhouse", version: 3, devices, note: 'say "hi": {ok}' });
const back = JSON.parse(text);
console.log(text.length > 5000, JSON.stringify(back) === text, Object.keys(back).join(","), Object.keys(back.devices[7]).join(","), Object.keys(back.devices[7].cfg).join(","));`,
  "non-ASCII text before and inside keys": `
const v = JSON.parse('{"été": {"ñ": 1, "a": 2}, "日本": [{"z": "ü", "ö": 0}], "end": "—"}');
console.log(Object.keys(v).join(","), Object.keys(v["été"]).join(","), JSON.stringify(v));`,
});
