import { diffSuite } from "../helpers/diff.js";

// `obj.constructor.name` of an instance of the program's own classes.
diffSuite("constructor names", {
  "a class nobody extends, a class expression, and this in a method": `
class Plain { describe() { return "I am " + this.constructor.name; } }
const Made = class Shaped {};
const p = new Plain();
const m = new Made();
console.log(p.constructor.name, m.constructor.name, p.describe());`,

  "through a base-class type, the runtime class's name": `
class Animal { kind() { return this.constructor.name; } }
class Dog extends Animal {}
class Puppy extends Dog {}
const zoo: Animal[] = [new Animal(), new Dog(), new Puppy()];
console.log(zoo.map((a) => a.constructor.name).join(","), zoo.map((a) => a.kind()).join(","));
function first(): Animal { return zoo[2]; }
console.log(first().constructor.name);`,

  "an Error subclass": `
class NotFound extends Error {}
try { throw new NotFound("gone"); } catch (e) { if (e instanceof NotFound) console.log(e.constructor.name, e.message); }`,
});
