// Object.keys(o).length (and values/entries) counts keys: it does not observe their
// order, so on its own it neither makes the program's objects ordered (JSON.parse stays
// json.loads) nor copies the keys (len(o)).
import { diffSuite } from "../helpers/diff.js";

diffSuite("key counts", {
  "parsed objects, nested, after delete and add": `
const v = JSON.parse('{"b": 1, "a": {"y": 2, "x": [1, 2, 3]}, "2": null, "1": "s"}');
console.log(Object.keys(v).length, Object.values(v.a).length, Object.entries(v.a).length, v.a.x.length);
delete v.b;
v.c = 3;
v.d = undefined;
console.log(Object.keys(v).length, Object.keys(JSON.parse("{}")).length);`,
  "object literals, class instances, arrays and strings": `
class P { x = 1; y = 2; constructor(public z: number) {} }
const o: Record<string, number> = { k: 1, j: 2 };
o["i"] = 3;
const arr = [5, 6, 7, 8];
console.log(Object.keys(o).length, Object.values(new P(3)).length, Object.keys(arr).length, Object.entries(arr).length);
let n = 0;
for (let i = 0; i < 3; i++) n += Object.keys({ a: i, b: i }).length;
console.log(n);`,
  "a user function named list, and the count next to key order": `
function list(x: number[]): number[] { return x.concat([0]); }
const parsed = JSON.parse('{"z": 1, "y": 2}');
console.log(list([1]).length, Object.keys(parsed).length, Object.keys(parsed).join(","));`,
  "a count of parsed keys alone; the values still read": `
interface Cfg { wifi: { ssid: string; retries: number }; pins: number[] }
const c = JSON.parse('{"wifi": {"ssid": "x", "retries": 3}, "pins": [1, 2.5, -0]}') as Cfg;
console.log(Object.keys(c.wifi).length, c.wifi.ssid, c.pins.length, c.pins[1], JSON.stringify(c.pins));`,
});
