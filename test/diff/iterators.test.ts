import { diffSuite } from "../helpers/diff.js";

// JavaScript's iteration protocol on objects and classes, and iterators kept and stepped with next()
diffSuite("iterators", {
  "for...of over an object whose [Symbol.iterator] returns a closure iterator": `
function range(n: number): Iterable<number> {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return { next: () => (i < n ? { value: i++, done: false } : { value: undefined, done: true }) };
    },
  };
}
for (const x of range(3)) console.log("x", x);`,
  "spread of a custom iterable into an array": `
function letters(s: string): Iterable<string> {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return { next: () => (i < s.length ? { value: s[i++].toUpperCase(), done: false } : { value: "", done: true }) };
    },
  };
}
console.log([...letters("abc")].join("-"), [0, ...letters("xy"), 9].length);`,
  "spread of a custom iterable into a call": `
const three: Iterable<number> = {
  [Symbol.iterator]() {
    let n = 0;
    return { next: () => (n < 3 ? { value: ++n * 2, done: false } : { value: 0, done: true }) };
  },
};
console.log(Math.max(...three), ((...xs: number[]) => xs.length)(...three));`,
  "Array.from a custom iterable": `
const it: Iterable<string> = {
  [Symbol.iterator]() {
    const items = ["p", "q"];
    let k = 0;
    return { next: () => (k < items.length ? { value: items[k++], done: false } : { value: "", done: true }) };
  },
};
console.log(Array.from(it).join("+"));`,
  "an object that is its own iterator, using this": `
const counter = {
  n: 0,
  [Symbol.iterator]() { return this; },
  next() {
    this.n++;
    return { value: this.n * this.n, done: this.n > 4 };
  },
};
console.log([...counter].join(" "));`,
  "a class whose [Symbol.iterator] returns an iterator object": `
class Countdown implements Iterable<number> {
  constructor(private from: number) {}
  [Symbol.iterator](): Iterator<number> {
    let n = this.from;
    return { next: () => (n > 0 ? { value: n--, done: false } : { value: 0, done: true }) };
  }
}
for (const v of new Countdown(3)) console.log("T-" + v);
console.log([...new Countdown(2)].join(","));`,
  "a class that is its own iterator": `
class Steps implements IterableIterator<string> {
  private i = 0;
  constructor(private last: number) {}
  next(): IteratorResult<string> {
    this.i++;
    return this.i <= this.last ? { value: "step" + this.i, done: false } : { value: undefined, done: true };
  }
  [Symbol.iterator]() { return this; }
}
for (const s of new Steps(3)) console.log(s);`,
  "a class iterator stepped by hand": `
class Ticker implements Iterator<number> {
  private t = 0;
  next(): IteratorResult<number> {
    this.t += 5;
    return { value: this.t, done: this.t > 10 };
  }
}
const tk = new Ticker();
const a = tk.next();
const c = tk.next();
const d = tk.next();
console.log(a.value, a.done, c.value, c.done, d.done);`,
  "a generator method as [Symbol.iterator]": `
class Pair {
  constructor(private a: string, private c: string) {}
  *[Symbol.iterator]() { yield this.a; yield this.c; }
}
const p = new Pair("left", "right");
for (const s of p) console.log(s);
console.log([...p].length);`,
  "destructuring items of a custom iterable": `
function pairs(): Iterable<[string, number]> {
  const data: [string, number][] = [["a", 1], ["b", 2]];
  return {
    [Symbol.iterator]() {
      let i = 0;
      return { next: () => (i < data.length ? { value: data[i++], done: false } : { value: ["", 0] as [string, number], done: true }) };
    },
  };
}
for (const [k, v] of pairs()) console.log(k, v);`,
  "break out of a custom iterable": `
const naturals: Iterable<number> = {
  [Symbol.iterator]() {
    let n = 0;
    return { next: () => ({ value: n++, done: false }) };
  },
};
let sum = 0;
for (const n of naturals) {
  if (n > 5) break;
  sum += n;
}
console.log(sum);`,
  "a function taking any Iterable accepts arrays too": `
function total(xs: Iterable<number>): number {
  let t = 0;
  for (const x of xs) t += x;
  return t;
}
const ones: Iterable<number> = {
  [Symbol.iterator]() {
    let k = 0;
    return { next: () => (k++ < 3 ? { value: 1, done: false } : { value: 0, done: true }) };
  },
};
console.log(total([1, 2, 3]), total(ones));`,
  "a generator passed as an Iterable": `
function* gen() { yield 4; yield 5; }
function collect(xs: Iterable<number>): number[] { return [...xs]; }
console.log(collect(gen()).join(","));`,
  "next() on a Map's keys iterator": `
const m = new Map<string, number>([["a", 1], ["b", 2]]);
const keys = m.keys();
const r1 = keys.next();
const r2 = keys.next();
const r3 = keys.next();
console.log(r1.value, r1.done, r2.value, r2.done, r3.done);`,
  "next() on a Map's values and entries iterators": `
const m = new Map<number, string>([[1, "one"], [2, "two"]]);
const vals = m.values();
console.log(vals.next().value, vals.next().value, vals.next().done);
const ents = m.entries();
console.log(JSON.stringify(ents.next().value), ents.next().done);`,
  "an exhausted Map iterator stays done": `
const m = new Map([[1, 1]]);
const it = m.keys();
console.log(it.next().done, it.next().done, it.next().done);`,
  "a Map iterator sees keys added after it was made": `
const m = new Map<string, number>([["a", 1]]);
const it = m.keys();
m.set("b", 2);
console.log(it.next().value, it.next().value, it.next().done);`,
  "a Map iterator skips keys deleted before their turn": `
const m = new Map<number, string>([[1, "a"], [2, "b"], [3, "c"]]);
const it = m.keys();
m.delete(1);
console.log(it.next().value, it.next().value, it.next().done);`,
  "next() on a Set's values iterator": `
const s = new Set(["x", "y"]);
const it = s.values();
console.log(it.next().value, it.next().value, it.next().done);`,
  "next() on a Set's entries iterator": `
const s = new Set([7, 8]);
const it = s.entries();
console.log(JSON.stringify(it.next().value), JSON.stringify(it.next().value), it.next().done);`,
  "a Set iterator after a delete": `
const s = new Set<string | number>();
s.add(42);
s.add("answer");
const it = s.keys();
s.delete(42);
console.log(it.next().value, it.next().done);`,
  "while loop over next() results": `
const m = new Map([["k1", 10], ["k2", 20], ["k3", 30]]);
const it = m.values();
let r = it.next();
let total = 0;
while (!r.done) { total += r.value; r = it.next(); }
console.log(total);`,
  "a generator's next() results": `
function* g() { yield 1; yield 2; return 3; }
const it = g();
const a = it.next();
const c = it.next();
const d = it.next();
console.log(a.value, a.done, c.value, d.value, d.done);`,
  "an iterator result printed whole": `
const m = new Map([["only", true]]);
const it = m.keys();
console.log(JSON.stringify(it.next()), JSON.stringify(it.next()));`,
  "an array's keys iterator in for...of": `
const xs = ["a", "b", "c"];
for (const i of xs.keys()) console.log(i);
for (const [i, v] of xs.entries()) console.log(i, v);`,
  "spread of Map keys and values": `
const m = new Map([["p", 1], ["q", 2]]);
console.log([...m.keys()].join(","), [...m.values()].join(","), JSON.stringify([...m.entries()]));`,
  "a custom iterable in a for...of with index counting": `
function repeat(s: string, n: number): Iterable<string> {
  return {
    [Symbol.iterator]() {
      let k = 0;
      return { next: () => (k < n ? { value: s + k++, done: false } : { value: "", done: true }) };
    },
  };
}
let i = 0;
for (const s of repeat("r", 3)) console.log(i++, s);`,
  "a linked list made iterable by a class": `
class Node2 { constructor(public value: number, public next: Node2 | null) {} }
class List implements Iterable<number> {
  head: Node2 | null = null;
  push(v: number): void { this.head = new Node2(v, this.head); }
  [Symbol.iterator](): Iterator<number> {
    let cur = this.head;
    return {
      next: () => {
        if (!cur) return { value: 0, done: true };
        const v = cur.value;
        cur = cur.next;
        return { value: v, done: false };
      },
    };
  }
}
const l = new List();
l.push(1); l.push(2); l.push(3);
console.log([...l].join("<-"));`,

  "calling [Symbol.iterator]() by hand": `
const xs = [4, 5];
const it = xs[Symbol.iterator]();
console.log(it.next().value, it.next().value, it.next().done);`,
  "calling a custom object's [Symbol.iterator]() by hand": `
const src = {
  [Symbol.iterator]() {
    let n = 0;
    return { next: () => (n < 2 ? { value: "v" + n++, done: false } : { value: "", done: true }) };
  },
};
const it = src[Symbol.iterator]();
console.log(it.next().value, it.next().value, it.next().done);`,
  "an iterable subclass inherits its iterator": `
class Base implements Iterable<number> {
  protected items = [1, 2];
  [Symbol.iterator](): Iterator<number> {
    let i = 0;
    return { next: () => (i < this.items.length ? { value: this.items[i++], done: false } : { value: 0, done: true }) };
  }
}
class More extends Base {
  constructor() { super(); this.items.push(3); }
}
console.log([...new More()].join("+"));`,
  "new Set and new Map from custom iterables": `
function pairs(): Iterable<[string, number]> {
  const data: [string, number][] = [["a", 1], ["b", 2], ["a", 3]];
  return { [Symbol.iterator]() { let i = 0; return { next: () => (i < data.length ? { value: data[i++], done: false } : { value: ["", 0] as [string, number], done: true }) }; } };
}
const m = new Map(pairs());
const s = new Set([...pairs()].map(([k]) => k));
console.log(m.get("a"), m.size, s.size);`,
  "an iterator that returns done with no value": `
const once: Iterable<string> = {
  [Symbol.iterator]() {
    let used = false;
    return { next: (): IteratorResult<string> => (used ? { done: true, value: undefined } : ((used = true), { done: false, value: "only" })) };
  },
};
for (const s of once) console.log(s);
console.log([...once].length);`,
  "nested for...of over two custom iterables": `
function upTo(n: number): Iterable<number> {
  return { [Symbol.iterator]() { let i = 0; return { next: () => (i < n ? { value: i++, done: false } : { value: 0, done: true }) }; } };
}
const cells: string[] = [];
for (const r of upTo(2)) for (const c of upTo(3)) cells.push(r + "" + c);
console.log(cells.join(" "));`,
});
