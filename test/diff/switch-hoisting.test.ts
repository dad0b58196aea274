import { diffSuite } from "../helpers/diff.js";

// function declarations inside case clauses exist from the start of the switch
diffSuite("switch-hoisting", {
  "a function declared in a later case is called from an earlier one": `
function pick(x: number): string {
  let result = "";
  switch (x) {
    case 1:
      result = later();
      break;
    case 2:
      function later() { return "hoisted"; }
      result = "two";
      break;
  }
  return result;
}
console.log(pick(1), pick(2), pick(3) === "");`,
  "a hoisted function used in a case expression": `
function which(x: number): string {
  switch (x) {
    case one():
      return "one";
    case 2:
      function one() { return 1; }
      return "two";
  }
  return "none";
}
console.log(which(1), which(2), which(5));`,
  "a hoisted function after fall-through clauses": `
function run(x: number): string {
  let r = "";
  switch (x) {
    case 1:
      r = helper();
      break;
    case 2:
      r = "2";
    default:
      r += "d";
    case 3:
      function helper() { return "h"; }
      r += "3";
  }
  return r;
}
console.log(run(1), run(2), run(3), run(9));`,
  "a hoisted function in a solo default clause": `
function only(x: number): string {
  let r = "";
  switch (x) {
    default:
      r = f();
      function f() { return "default:" + x; }
  }
  return r;
}
console.log(only(4));`,
  "hoisted functions that call each other": `
function chain(x: number): number {
  switch (x) {
    case 0:
      return a(5);
    case 1:
      function a(n: number): number { return n <= 0 ? 0 : n + b(n - 1); }
      function b(n: number): number { return n <= 0 ? 0 : a(n - 1) * 2; }
      return b(3);
  }
  return -1;
}
console.log(chain(0), chain(1), chain(2));`,
  "a hoisted function that reads a variable of the enclosing function": `
function greet(kind: string, name: string): string {
  switch (kind) {
    case "hi":
      return salute();
    case "bye":
      function salute() { return kind + ", " + name; }
      return "bye " + name;
  }
  return "?";
}
console.log(greet("hi", "Ann"), greet("bye", "Bo"));`,
  "a switch in a loop with a hoisted function": `
const out: string[] = [];
for (const n of [1, 2, 1]) {
  switch (n) {
    case 1:
      out.push(tag(n));
      break;
    case 2:
      function tag(v: number) { return "<" + v + ">"; }
      out.push("two");
      break;
  }
}
console.log(out.join(""));`,
  "a switch without functions is unchanged": `
function plain(x: string): number {
  switch (x) {
    case "a": return 1;
    case "b": return 2;
    default: return 0;
  }
}
console.log(plain("a"), plain("b"), plain("z"));`,
});
