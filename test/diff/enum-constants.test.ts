// Enum members read as E.M compile to their literal values; the enum object itself still
// exists for reverse lookups and for code that uses it as a value.
import { diffSuite } from "../helpers/diff.js";

diffSuite("enum constants", {
  "numeric members in expressions": `
enum Level { Low = -2, Mid, High = 10, Max = High * 2 + 1, Shifted = 1 << 4 }
console.log(Level.Low, Level.Mid, Level.High, Level.Max, Level.Shifted);
console.log(Level.Low ** 2, -Level.Low, Level.Low - 1, 2 - Level.Low, Level.Mid * 3, Level.Low.toString(), \`\${Level.Low}\`);
console.log(Level.Max % 7, Level.Low < Level.Mid, Level[Level.Low], Level[Level.Max]);`,

  "string members": `
enum Color { Red = "red", Green = "gr\\"een", Empty = "" }
const c: Color = Color.Green;
console.log(Color.Red, c, Color.Red + Color.Green, Color.Empty.length, c === Color.Green, Color.Empty || "none");`,

  "the enum object as a value": `
enum Dir { Up, Down, Left = 7 }
const e = Dir;
console.log(e.Left, Dir[0], Dir[7], Dir.Down === e.Down);
let calls = 0;
function dirs(): typeof Dir { calls++; return Dir; }
console.log(dirs().Left, dirs().Up, calls);
function name(d: Dir): string { return Dir[d]; }
console.log(name(Dir.Up), name(Dir.Left));`,

  "members in a state machine": `
enum State { Idle, Running, Done }
class Job {
  state = State.Idle;
  step(): void {
    switch (this.state) {
      case State.Idle: this.state = State.Running; break;
      case State.Running: this.state = State.Done; break;
      case State.Done: break;
    }
  }
}
const j = new Job();
for (let i = 0; i < 4; i++) { j.step(); console.log(j.state, State[j.state]); }`,

  "merged enum declarations": `
enum Flag { A = 1, B = 2 }
enum Flag { C = 4 }
console.log(Flag.A | Flag.B | Flag.C, Flag[4], Flag.C);`,

  // the initializers run in the enum's class body: an update there must reach the variable, not bind a class attribute
  "computed members that update a variable, at the top level and in a function": `
let next = 0;
enum Slot { A = next++, B = next++, C = A + 10 }
console.log(Slot.A, Slot.B, Slot.C, Slot[1], next);
function numbered(): string {
  let n = 5;
  enum Pin { Led = n++, Button = (n += 2), Same = Led }
  return [Pin.Led, Pin.Button, Pin.Same, n].join();
}
console.log(numbered(), numbered());`,
});
