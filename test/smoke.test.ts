import { diffSuite } from "./helpers/diff.js";

diffSuite("smoke", {
  "numbers and strings": `
const xs = [3, 1, 2];
let total = 0;
for (let i = 0; i < xs.length; i++) total += xs[i];
console.log(\`total \${total}\`, xs.length > 2, 7 / 2, 4 / 2);`,
  classes: `
class Greeter {
  constructor(private name: string) {}
  greet(): string { return "hi " + this.name; }
}
console.log(new Greeter("bob").greet());`,
  "map order": `
const m = new Map<string, number>();
m.set("z", 1).set("a", 2);
for (const [k, v] of m) console.log(k, v);`,
  async: `
async function later(x: number): Promise<number> { await new Promise<void>((r) => setTimeout(r, 5)); return x * 2; }
async function main() { const v = await later(21); console.log("got", v); }
main();
setTimeout(() => console.log("timer"), 20);`,
});
