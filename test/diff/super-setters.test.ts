import { diffSuite } from "../helpers/diff.js";

// `super.x = v` in a subclass runs the base class's setter (MicroPython's super() runs no
// property, so it calls the setter's function); and a function's local variable that a method
// of a class declared inside it uses, where the class also has a member of the same name.
diffSuite("super setters", {
  "super.x = v, super.x += v and super.x = v in an arrow function": `
let log = "";
class Base {
  private v = 0;
  get val() { return this.v; }
  set val(x: number) { log += "B" + x + ";"; this.v = x; }
  set only(s: string) { log += "[" + s + "]"; }
}
class Derived extends Base {
  override get val() { return super.val * 10; }
  override set val(x: number) { super.val = x + 1; log += "D;"; }
  override set only(s: string) { super.only = s.toUpperCase(); }
  bump() { super.val += 5; const later = () => { super.val = 100; }; later(); return super.val; }
}
const d = new Derived();
d.val = 1;
d.only = "hi";
console.log(d.val, d.bump(), d.val, log);`,

  "a captured local named like a member of a class declared in the same function": `
function run() {
  let result = "unset";
  let count = 0;
  class Recorder {
    set result(value: string) { result = "got " + value; count++; }
    count() { return count; }
  }
  const r = new Recorder();
  r.result = "a";
  r.result = "b";
  return result + " " + r.count();
}
console.log(run());`,
});
