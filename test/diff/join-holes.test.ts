// join() of an array of numbers: a hole (undefined) joins as "", so the emitted join tests
// each element for None, unless the numeric analysis sees every write to the array and
// none leaves a hole (numeric.ts arrayClass complete). Holes come from `length =` (other
// than 0), `delete xs[i]`, and `new Array(n)`; JSON.parse and `any`
// write where the analysis cannot see.
import { describe, expect, test } from "vitest";
import { diffSuite, emittedPython } from "../helpers/diff.js";

const programs = {
  complete: `
const squares = [1, 2, 3].map((v) => v * v);
const pushed: number[] = [];
for (let i = 0; i < 4; i++) pushed.push(i / 2);
const emptied = [5, 6];
emptied.length = 0;
emptied.push(8);
console.log(squares.join("-"), pushed.join(" "), emptied.join(), [7, 0.5].join("/"));`,

  holes: `
const grown = [1, 2];
grown.length = 4;
const deleted = [1, 2, 3];
delete deleted[1];
const made = new Array<number>(3);
made[1] = 4;
const parsed: number[] = JSON.parse("[1, null, 2]");
const viaAny: number[] = [1];
const anyRef: any = viaAny;
anyRef[0] = undefined;
const bumped = [9];
bumped.length += 1;
console.log(grown.join("-"), deleted.join("-"), made.join("-"), parsed.join("-"), viaAny.join("-"), bumped.join("-"));`,
};

diffSuite("join of arrays of numbers", {
  "arrays the analysis sees every write to": programs.complete,
  "arrays with holes": programs.holes,
});

describe("join of arrays of numbers: emitted Python", () => {
  const py = emittedPython(programs);

  test("an array with no hole joins without a None test", () => {
    expect(py.complete).not.toContain("is None");
    expect(py.complete).toContain('"-".join([str(_x) for _x in squares])');
  });

  test("every array that may have a hole keeps the None test", () => {
    expect(py.holes.match(/is None else/g)?.length).toBe(6);
  });
});
