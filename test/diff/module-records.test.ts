// A state object of the entry module (compiler/python/module-records.ts): `const state = {...}`
// read and written only by key, in any function of the module, is one module variable per key.
// Node's output is the judge; the objects that stay dictionaries are those something sees
// whole, a name bound again elsewhere, and keys that are not identifiers.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const cases = {
  "a state object read and written by functions, a method, a closure and a callback": `
const state = { ledOn: false, presses: 0, log: [] as string[], temperature: 21.5 };
function press(): void {
  state.presses++;
  state.ledOn = !state.ledOn;
  state.log.push(\`press \${state.presses}\`);
}
class Sensor {
  read(delta: number): number {
    state.temperature += delta;
    return state.temperature;
  }
}
const sensor = new Sensor();
const later = () => state.presses * 10;
for (let i = 0; i < 5; i++) {
  press();
  sensor.read(i / 4);
}
[1, 2].forEach((n) => (state.presses += n));
const hot = [20, 22, 24].filter((t) => t < state.temperature).length;
console.log(state.ledOn, state.presses, state.log.join(","), state.temperature, later(), hot);`,

  "objects that stay dictionaries": `
const seen = { a: 1, b: 2 };
seen.b++;
console.log(seen.a, seen);
const passed = { count: 0 };
function bump(o: { count: number }): void {
  o.count++;
}
bump(passed);
console.log(passed.count);
const odd = { "led-on": 1, plain: 2 };
odd["led-on"]++;
console.log(odd["led-on"], odd.plain);`,

  "a local or a parameter of the same name is another variable": `
const state = { level: 3 };
function other(): number {
  const state = { level: 9 };
  state.level *= 2;
  return state.level;
}
function twice(state: { level: number }): number {
  state.level += 1;
  return state.level * 2;
}
state.level++;
console.log(other(), state.level, other(), twice({ level: 20 }), state.level);`,
};

diffSuite("state objects of the entry module", cases);

describe("state objects of the entry module: emitted Python", () => {
  const py = emittedPython(cases);
  test("the entries are module variables, declared global where stored", () => {
    const p = py["a state object read and written by functions, a method, a closure and a callback"];
    expect(p).toContain("    global state_presses, state_ledOn\n");
    expect(p).toContain("    state_presses += 1\n");
    expect(p).toContain("state_log.append(");
    expect(p).not.toContain("state[");
  });
  test("seen whole, passed on, keyed by a non-identifier, or shadowed: a dictionary", () => {
    const p = py["objects that stay dictionaries"];
    for (const d of ['seen["a"]', 'passed["count"]', 'odd["plain"]']) expect(p).toContain(d);
    expect(p).not.toMatch(/\b(seen|passed|odd)_/);
    expect(py["a local or a parameter of the same name is another variable"]).toContain('state["level"] *= 2');
    expect(py["a local or a parameter of the same name is another variable"]).not.toContain("state_level");
  });
});
