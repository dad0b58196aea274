// An interface that only extends Array is another name for the array type: its
// values are lists (indexing, optional chains, methods). Each snippet runs in
// Node and in MicroPython and must print the same.
import { diffSuite } from "../helpers/diff.js";

diffSuite("array-interfaces", {
  "indexing and optional chains through an array interface": `
interface Samples extends Array<number> {}
interface Named<T> extends Array<T> {}
const box: { data?: Samples } = { data: [4, 7, 9] };
const none: { data?: Samples } = {};
const names: Named<string> = ["a", "b"];
const s: Samples | undefined = box.data;
console.log(box.data?.[1], none.data?.[0], s?.[2], names[1], names.length);
let total = 0;
for (const v of box.data!) total += v;
console.log(total, box.data!.map((v) => v * 2), names.join("+"), JSON.stringify(s));`,
});
