// An enum the program only reads as E.M (each replaced by its value) needs no class: the
// board never builds it (compiler/transform/enum-constants.ts onlyReadAsConstants). Any other
// read of the enum (itself as a value, a reverse lookup, a computed key) keeps the class.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "a state machine's enum, in types and read as E.M only": {
    source: `enum State { Idle, Armed = 4, Fired }
type Next = (s: State) => State;
const next: Next = (s) => (s === State.Idle ? State.Armed : s === State.Armed ? State.Fired : State.Idle);
let s: State = State.Idle;
const seen: State[] = [];
for (let i = 0; i < 4; i++) seen.push((s = next(s)));
const first: typeof State.Idle = State.Idle;
console.log(seen.join(","), first, State.Fired - State.Armed);`,
    has: ["s = 0\n"],
    lacks: ["class State", "State."],
  },
  "string members read as constants": {
    source: `enum Topic { Temp = "sensors/temp", Hum = "sensors/hum" }
function publish(t: Topic, v: number): string { return t + "=" + v; }
console.log(publish(Topic.Temp, 21), publish(Topic.Hum, 40), Topic.Temp.length);`,
    has: ['publish("sensors/temp", 21)'],
    lacks: ["class Topic"],
  },
  "a reverse lookup keeps the class": {
    source: `enum Mode { Off, On }
const m = Mode.On;
console.log(m, Mode[m]);`,
    has: ["class Mode:\n"],
  },
  "the enum as a value, or read by a computed key, keeps the class": {
    source: `enum Pin { Led = 2, Button = 0 }
const pins = Pin;
const key = "Led";
console.log(pins.Button, Pin[key], Pin["Button"]);`,
    has: ["class Pin:\n"],
  },
  "a member with a computed value keeps the class": {
    source: `let n = 3;
enum Slot { A = n++, B = 10 }
console.log(Slot.A, Slot.B, n);`,
    has: ["class Slot:\n"],
  },
};

shapeSuite("enums read only as constants", cases);
