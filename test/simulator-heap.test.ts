// The simulator's heap is the board's: fixed (110 KB by default, --heap), and
// collected while the program runs (vm/README.md, compiler/board/sim/gc-vm.ts),
// with room for the simulator's own modules (SIM_MODULES_HEAP), what they leave held back.
// Live data beyond it raises MemoryError; garbage far beyond it does not.
import { afterEach, describe, expect, test } from "vitest";
import { simulate, type SimulateOptions, type Simulation } from "../compiler/board/sim/simulate.js";
import { SIM_MODULES_HEAP } from "../compiler/board/sim/board-heap.js";
import { boardImports } from "../compiler/board/sim/board-imports.js";

const running: Simulation[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.kill()));
});

async function py(text: string, options: SimulateOptions = {}) {
  let out = "";
  const sim = simulate([{ path: "prog.py", text }], "prog", { ...options, onOutput: (t) => (out += t) });
  running.push(sim);
  const done = await sim.done;
  return { ...done, out };
}

// ~200 KB live: 2000 strings of 100 bytes, each in its own list
const keep200k = `keep = []
for i in range(2000):
    keep.append(["x" * 90 + str(i)])
print("kept", len(keep), len(keep[1999][0]))
`;

describe("live data beyond the board's heap", () => {
  test("~200 KB kept alive raises MemoryError under the default heap (110 KB)", async () => {
    const r = await py(keep200k);
    expect(r.code).toBe(1);
    expect(r.error).toMatch(/MemoryError: memory allocation failed/);
    expect(r.error).toMatch(/line 3/);
    expect(r.out).toBe("");
  });

  test("the same program runs with a 4 MB heap (--heap 4M)", async () => {
    const r = await py(keep200k, { boardHeap: 4 * 1024 * 1024 });
    expect(r).toEqual({ code: 0, error: undefined, out: "kept 2000 94\n" });
  });

  test("a caught MemoryError leaves the program running once the data is dropped", async () => {
    const r = await py(`keep = []
try:
    while True:
        keep.append(bytearray(1000))
except MemoryError:
    n = len(keep)
    keep = None
print("filled", 95 < n < 110)
again = [bytearray(1000) for i in range(50)]
print("again", len(again))
`);
    expect(r).toEqual({ code: 0, error: undefined, out: "filled True\nagain 50\n" });
  });
});

test("the simulator's modules, all imported, fit in SIM_MODULES_HEAP, and it is not much more (what is left is held back)", async () => {
  const r = await py(`import socket, asyncio, machine, network, time
from umqtt.simple import MQTTClient
import requests
import sys
print(len(sys.modules["_mpts_held_heap"]))
`);
  expect(r.code).toBe(0);
  const held = Number(r.out.trim());
  console.log(`with every simulator module imported, ${held} bytes of SIM_MODULES_HEAP are left over`);
  expect(held).toBeGreaterThan(0);
  expect(held).toBeLessThan(SIM_MODULES_HEAP);
});

describe("garbage is collected as the program runs", () => {
  test("10 MB allocated in total, little of it live, runs under the default heap", async () => {
    const r = await py(`import gc
total = 0
for i in range(100000):
    b = bytearray(100)
    total += len(b)
print(total, gc.mem_free() + gc.mem_alloc() <= 110 * 1024 + ${SIM_MODULES_HEAP})
`);
    expect(r).toEqual({ code: 0, error: undefined, out: "10000000 True\n" });
  });

  test("gc.mem_free() + gc.mem_alloc() is the heap and SIM_MODULES_HEAP, less the collector's tables (under 3%)", async () => {
    const program = `import gc
gc.collect()
total = gc.mem_free() + gc.mem_alloc()
print(total)
`;
    for (const heap of [110 * 1024, 4 * 1024 * 1024]) {
      const r = await py(program, { boardHeap: heap });
      expect(r.code).toBe(0);
      const total = Number(r.out.trim());
      expect(total).toBeLessThanOrEqual(heap + SIM_MODULES_HEAP);
      expect(total).toBeGreaterThan((heap + SIM_MODULES_HEAP) * 0.97);
    }
  });

  test("gc.collect() mid-run frees what the program dropped", async () => {
    const r = await py(`import gc
gc.collect()
before = gc.mem_free()
x = [bytearray(1000) for i in range(20)]
held = gc.mem_free()
x = None
gc.collect()
after = gc.mem_free()
# a conservative collector may keep an object a stale stack word points at
print("held", before - held >= 20000, "freed", after - held >= 15000)
`);
    expect(r).toEqual({ code: 0, error: undefined, out: "held True freed True\n" });
  });

  test("collections deep in calls keep every live object: values held only by C and Python frames survive", async () => {
    // each level holds a fresh list and string while garbage forces collections below it
    const r = await py(`def level(n):
    mine = [n] * 10
    name = "level-%d" % n
    if n == 0:
        junk = 0
        for i in range(3000):
            junk += len(bytearray(200))
        return junk
    got = level(n - 1)
    assert mine == [n] * 10, "list of level %d changed" % n
    assert name == "level-%d" % n, "string of level %d changed" % n
    return got + sum(mine)

d = {}
for k in range(30):
    d["k%d" % k] = level(25)
ok = all(v == 600000 + 10 * 325 for v in d.values())
print(len(d), ok)
`);
    expect(r).toEqual({ code: 0, error: undefined, out: "30 True\n" });
  });
  test("collections at the deepest recursion the VM allows unwind and rewind every frame", async () => {
    const r = await py(`def f(n):
    mine = bytearray(100)
    mine[0] = n % 256
    try:
        got = f(n + 1)
    except RuntimeError:
        for i in range(5000):
            junk = bytearray(100)
        got = n
    assert mine[0] == n % 256
    return got
print(f(0) > 50)
`);
    expect(r).toEqual({ code: 0, error: undefined, out: "True\n" });
  });
});

test("boardImports: the modules a program imports that are not its own files", () => {
  const files = [
    { path: "main.py", text: "import socket, machine as m\nfrom umqtt.simple import MQTTClient\nimport lib.util\nfrom mpts_rt import js_num\ndef f():\n    import ntptime\n" },
    { path: "lib/util.py", text: "from . import other\nimport time\n" },
    { path: "main.py.map", text: "import requests" },
  ];
  expect(boardImports(files)).toEqual(["machine", "ntptime", "socket", "time", "umqtt.simple"]);
});
