// A function the program uses as a value takes the arguments of every call through a function
// value of the program (compiler/transform/numeric-function-values.ts), so a scheduler's
// callbacks know the clock is an integer; anything that could call it from where the analysis
// cannot see (a library, a value of type any, an export, call/apply/bind, a template tag) gives
// its parameters up, as before.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

const cases: Record<string, ShapeCase> = {
  "a scheduler's callbacks take the clock's integers": {
    source: `type TaskFn = (now: number) => void;
class Task { constructor(readonly every: number, readonly fn: TaskFn) {} }
let beats = 0;
const blink: TaskFn = (now) => { if (now % 300 === 0) beats++; };
function report(now: number): void { if (now % 1000 === 0) console.log(\`t=\${now}\`); }
const tasks = [new Task(100, blink), new Task(500, report)];
for (let now = 0; now <= 2000; now += 100) for (const t of tasks) if (now % t.every === 0) t.fn(now);
console.log(beats);`,
    has: ["    if now % 300 == 0:", '        print("t=%d" % now)'],
    lacks: ["js_mod", "js_num"],
  },
  "a call through a value with a negative or a fraction reaches the function": {
    source: `function half(x: number): number { return x % 2; }
const show = (x: number) => \`[\${x}]\`;
const ops: ((x: number) => number)[] = [half];
const shows = new Map<string, (x: number) => string>([["s", show]]);
console.log(half(4), ops[0](-3), shows.get("s")!(2.5));`,
    has: ["    return js_mod(x, 2)"],
  },
  "call, apply and bind give the parameters up": {
    source: `function half(x: number): number { return x % 2; }
const h = (x: number): string => \`\${x}\`;
console.log(half(4), half.call(null, -3), half.apply(null, [-5]), h.call(null, 2.5), h.bind(null)(0.5));`,
    has: ["    return js_mod(x, 2)"],
  },
  "a function value given to a library gives every function value up": {
    source: `type Fn = (n: number) => void;
const show: Fn = (n) => console.log(n % 4);
const holder: { fn: Fn } = { fn: show };
holder.fn(6);
setTimeout(holder.fn, 0, -5);`,
    has: ["js_mod(n, 4)"],
  },
  "a function value seen as any gives them up": {
    source: `const show = (n: number) => console.log(n % 4);
const fns = [show];
fns[0](6);
const loose: any = show;
setTimeout(loose, 0, -7);`,
    has: ["js_mod(n, 4)"],
  },
  "a template tag held in a variable gives them up": {
    source: `const tag = (s: readonly string[], n: number) => String(n % 3);
const tags = [tag];
console.log(tags[0](["z"], 5), tags[0]\`x\${4}\`, tags[0]\`y\${-4}\`);`,
    has: ["js_mod(n, 3)"],
  },
};

shapeSuite("function values", cases);
