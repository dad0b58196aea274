// A value the initializer's statements build in a temporary (a loop for map or find, a
// sorted copy) is built in the declared variable itself when those statements do not
// mention it (compiler/transform/statements.ts, python/rename.ts): `up = xs[:]; up.sort()`
// rather than `_t = xs[:]; _t.sort(); up = _t`. A closure in the statements that names the
// variable keeps the temporary.
import { shapeSuite, type ShapeCase } from "../helpers/shape-suite.js";

shapeSuite("results built in the declared variable", {
  "a map with statements and a sorted copy": {
    source: `const xs = [3, 1, 2];
const labels = xs.map((v, i) => {
  if (v > 2) return "big" + i;
  return "small" + i;
});
const up = xs.slice().sort((a, b) => a - b);
console.log(labels.join(","), up.join(","), xs.join(","));`,
    has: ["labels = []\n", "        _labels_append(", "    up = xs[:]\n    up.sort()\n"],
    lacks: ["_r", "_t"],
  },
  "a closure in the statements names the variable": {
    source: `const xs = [3, 1, 2];
const up = xs.slice().sort((a, b) => {
  const later = () => up.length;
  return a - b + later.length;
});
console.log(up.join(","));`,
    has: ["up = _t"],
  },
});
