// A number[] that only ever holds bytes, used only where a bytearray behaves as
// the list, is a bytearray (compiler/transform/byte-arrays.ts): the same output as
// Node, the bytearray where the rule holds, and the list wherever it must not.
import { shapeSuite } from "../helpers/shape-suite.js";

shapeSuite("byte arrays: bytearray where every value is a byte and every use a list's", {
  "a push loop over a string's char codes, passed to a function that loops over it": {
    source: `
function crc8(data: number[]): number {
  let crc = 0;
  for (const byte of data) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}
function toBytes(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff);
  return out;
}
console.log(crc8(toBytes("id=7;temp=21")), crc8(toBytes("")), toBytes("héllo").length);`,
    has: ["    out = bytearray()", "        _out_append(code & 255)"],
  },
  "values reduced by % 256 of a non-negative integer": {
    source: `
const sums: number[] = [];
let total = 0;
for (let i = 0; i < 40; i++) {
  total += i * 37;
  sums.push(total % 256);
}
let check = 0;
for (const v of sums) check = (check * 31 + v) % 65521;
console.log(check, sums.length, sums[39]);`,
    has: ["sums = bytearray()"],
  },
  "a bytearray pushed to once per pass of a counted loop is made that long at once": {
    source: `
const block: number[] = [];
for (let i = 0; i < 300; i++) block.push((i * 31 + 7) % 256);
function fill(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < 5; i++) out.push((n + i) & 0xff);
  return out;
}
const none: number[] = [];
for (let i = 0; i < 0; i++) none.push(i & 1);
let sum = 0;
for (const b of block) sum = (sum * 7 + b) % 65521;
const tail = fill(254);
console.log(sum, block.length, block[299], tail[0], tail[1], tail[4], fill(3)[4], none.length);`,
    has: [
      "block = bytearray(300)",
      "    block[i] = (i * 31 + 7) % 256",
      "    out = bytearray(5)",
      "        out[i] = n + i & 255",
      "none = bytearray(0)",
    ],
  },
  "new Array(n).fill(0) written by index and summed by index": {
    source: `
const buf: number[] = new Array(16).fill(0);
for (let i = 0; i < buf.length; i++) buf[i] = (i * 37) & 0xff;
let sum = 0;
for (let i = 0; i < buf.length; i++) sum = (sum + buf[i]) & 0xffff;
console.log(sum, buf.length, buf[3]);`,
    has: ["buf = bytearray(16)"],
  },
  "new Array(n).fill(c) with another constant byte": {
    source: `
function erased(n: number): number[] { return new Array(n).fill(0xff); }
const page = erased(6);
page[2] = 0x10;
let s = 0;
for (const b of page) s += b;
console.log(s, page.length);`,
    has: ['    return bytearray(b"\\xff" * n)'],
  },
  "a constant literal, pushed to, sliced and passed on": {
    source: `
function checksum(bytes: number[]): number {
  let c = 0;
  for (const b of bytes) c = (c + b) & 0xff;
  return c;
}
const frame: number[] = [0x7e, 0x01, 0x02, 0x0a];
frame.push(checksum(frame));
const body = frame.slice(1, 4);
console.log(checksum(body), frame.length, body.length, frame[4], frame.at(-1));`,
    has: ['frame = bytearray(b"~\\x01\\x02\\n")'],
  },
  "a literal of computed bytes and an empty one through a variable, a conditional and an arrow's return": {
    source: `
const split = (v: number): number[] => [(v >> 8) & 0xff, v & 0xff];
const hi = split(0x1234);
const lo: number[] = [];
lo.push(9);
let pick = hi;
pick = hi.length > 1 ? hi : lo;
let total = 0;
for (const b of pick) total = total * 256 + b;
console.log(total, pick === hi, lo[0]);`,
    // computed bytes stay a list (bytearray([...]) would make the list as well), mixed with bytearrays
    has: ["split = lambda v: [v >> 8 & 255, v & 255]", "lo = bytearray()"],
  },
  "an argument to a class's method and constructor (no parameter property)": {
    source: `
class Uart {
  sent = 0;
  constructor(preamble: number[]) { this.write(preamble); }
  write(frame: number[]): void {
    for (let i = 0; i < frame.length; i++) this.sent += frame[i];
  }
}
const pre: number[] = [0xaa, 0x55];
const u = new Uart(pre);
const data: number[] = new Array(4).fill(0);
data[0] = 0x42;
u.write(data);
console.log(u.sent);`,
    has: ['pre = bytearray(b"\\xaaU")', "data = bytearray(4)"],
  },
  "push of several values (extend), slices with negative and past-the-end bounds": {
    source: `
function sum(bytes: number[]): number {
  let s = 0;
  for (let i = 0; i < bytes.length; i++) s += bytes[i] * (i + 1);
  return s;
}
const buf: number[] = [];
buf.push(1, 2, 3);
buf.push(0x40 | 1);
console.log(sum(buf.slice(-2)), sum(buf.slice(1, -1)), sum(buf.slice(2, 99)), sum(buf.slice(5)), buf.slice().length);`,
    has: ["buf = bytearray()", "buf.extend([1, 2, 3])"],
  },
  "reads past the end where the program looks for undefined give undefined, as with the list": {
    source: `
const xs: number[] = [];
xs.push(1);
xs.push(2);
console.log(xs[5] === undefined, xs[1] ?? -1, xs[7] ?? -1);`,
    has: ["xs = bytearray()"],
  },
});

shapeSuite("byte arrays: the list stays", {
  "% 257, or % 256 of a value that may be negative": {
    source: `
const wide: number[] = [];
const signed: number[] = [];
for (let i = 0; i < 600; i += 7) {
  wide.push(i % 257);
  signed.push((i - 300) % 256);
}
let a = 0;
for (const v of wide) a += v;
let b = 0;
for (const v of signed) b += v;
console.log(a, b, wide[36], signed[0]);`,
    has: ["wide = []", "signed = []"],
  },
  "a value 256 is stored": {
    source: `
const xs: number[] = [1, 2];
xs.push(256);
let s = 0;
for (const x of xs) s += x;
console.log(s);`,
    has: ["xs = [1, 2]"],
    lacks: ["bytearray"],
  },
  "a negative value is stored": {
    source: `
const xs: number[] = [];
xs.push(-1);
console.log(xs[0]);`,
    has: ["xs = []"],
    lacks: ["bytearray"],
  },
  "a fraction is stored": {
    source: `
const xs: number[] = new Array(3).fill(0);
xs[1] = 3 / 2;
console.log(xs[1] * 2);`,
    has: ["xs = [0] * 3"],
    lacks: ["bytearray"],
  },
  "a loop counter the analysis cannot bound is stored": {
    source: `
const xs: number[] = [];
for (let i = 0; i < 300; i++) xs.push(i);
console.log(xs[299], xs.length);`,
    has: [],
    lacks: ["bytearray"],
  },
  "the array is printed": {
    source: `
const xs: number[] = [];
xs.push(7);
console.log(xs);`,
    has: ["xs = []"],
    lacks: ["bytearray"],
  },
  "the array is joined": {
    source: `
const xs: number[] = [1, 2, 3];
console.log(xs.join("-"));`,
    has: ["xs = [1, 2, 3]"],
  },
  "the array is turned into JSON": {
    source: `
const xs: number[] = [4, 5];
console.log(JSON.stringify(xs));`,
    has: ["xs = [4, 5]"],
  },
  "a function that takes it also takes an array of non-bytes": {
    source: `
function sum(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
const bytes: number[] = [1, 2, 3];
console.log(sum(bytes), sum([300, 4]));`,
    has: ["bytes_ = [1, 2, 3]"],
    lacks: ["bytearray"],
  },
  "the array is seen as any": {
    source: `
const xs: number[] = [1, 2];
const a: any = xs;
console.log(a.length);`,
    has: [],
    lacks: ["bytearray"],
  },
  "the array is a field of an object that is turned into JSON": {
    source: `
const data: number[] = [1, 2];
const msg = { data };
console.log(JSON.stringify(msg));`,
    has: [],
    lacks: ["bytearray"],
  },
  "the array is an element of another array that is printed": {
    source: `
const frames: number[][] = [];
const f: number[] = [];
f.push(3);
frames.push(f);
console.log(frames);`,
    has: [],
    lacks: ["bytearray"],
  },
  "the array is spread into a call": {
    source: `
const xs: number[] = [3, 9, 4];
console.log(Math.max(...xs));`,
    has: [],
    lacks: ["bytearray"],
  },
  "the array is sorted, searched and tested": {
    source: `
const xs: number[] = [3, 9, 4];
xs.sort((a, b) => a - b);
const ys: number[] = [1, 2];
console.log(xs[0], ys.indexOf(2), ys.includes(5));`,
    has: [],
    lacks: ["bytearray"],
  },
  "a function that makes it is used as a callback": {
    source: `
function codes(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff);
  return out;
}
console.log(["ab", "c"].map(codes));`,
    has: [],
    lacks: ["bytearray"],
  },
  "a conditional gives it or a string, which is printed": {
    source: `
const xs: number[] = [1, 2];
const v = xs.length > 5 ? "long" : xs;
console.log(v);`,
    has: [],
    lacks: ["bytearray"],
  },
  "its length is written, or it is in a template, or tested with Array.isArray": {
    source: `
const xs: number[] = [1, 2, 3];
xs.length = 1;
const ys: number[] = [4];
const zs: number[] = [5];
console.log(xs.length, \`\${ys}\`, Array.isArray(zs));`,
    has: [],
    lacks: ["bytearray"],
  },
  "a function that makes it is bound, so its caller is unknown": {
    source: `
function pair(): number[] { return [1, 2]; }
const f = pair.bind(null);
console.log(f());`,
    has: [],
    lacks: ["bytearray"],
  },
  "a parameter property keeps it as a field of a printed object": {
    source: `
class Frame { constructor(public bytes: number[]) {} }
const b: number[] = [1];
console.log(JSON.stringify(new Frame(b)));`,
    has: [],
    lacks: ["bytearray"],
  },
  "a function that makes it is exported": {
    source: `
export function header(): number[] {
  return [0x7e, 0x01];
}
console.log(header().length);`,
    has: [],
    lacks: ["bytearray"],
  },
});
