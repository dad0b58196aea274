// for...in over an enum walks the object TypeScript builds for it: numeric values
// as keys (ascending, mapped back to names), then the names. Each snippet runs in
// Node and in MicroPython and must print the same.
import { diffSuite } from "../helpers/diff.js";

diffSuite("enum-objects", {
  "numeric enums with constant, inferred and expression values": `
const base = 6;
enum Level { Low = 3, Mid, High = base * 2 }
enum Pin { Led = 2, Button = 0 }
const parts: string[] = [];
for (const k in Level) parts.push(k + "=" + (Level as any)[k]);
console.log(parts.join(","));
const seen: any = {};
for (const key in Pin) seen[key] = (Pin as any)[key];
console.log(JSON.stringify(seen), Level.High, Pin[Pin.Led]);`,

  "string enums list their names only": `
enum Mode { Off = "off", Blink = "blink" }
const names: string[] = [];
for (const k in Mode) names.push(k + ":" + (Mode as any)[k]);
console.log(names.join(" "), Mode.Blink);`,

  "an enum never walked stays a plain class": `
enum Dir { Up, Down }
let d = Dir.Down;
console.log(d, Dir.Up === 0);`,
});
