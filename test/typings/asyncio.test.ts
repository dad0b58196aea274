// asyncio/uasyncio: every member used once, the emitted Python exact, realistic
// mistakes rejected by the type checker, and a compiled program run on the
// simulator's asyncio in the MicroPython VM. Streams need sockets, which the VM
// lacks: here the exact Python is the check; test/simulator-streams.test.ts runs them.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { checkSnippets, type CheckedSnippet } from "../helpers/typings.js";
import { compile } from "../../compiler/program.js";
import { runInVm } from "../../compiler/board/vm.js";

const everyMember = `
import * as asyncio from "asyncio";
import { sleep_ms as pause, Event, type StreamReader, type StreamWriter, type Task } from "uasyncio";

async function blink(times: number): Promise<number> {
  for (let i = 0; i < times; i++) await asyncio.sleep_ms(5);
  return times;
}

async function serve(reader: StreamReader, writer: StreamWriter) {
  const [host, port] = writer.get_extra_info("peername");
  const line: bytes = await reader.readline();
  const head: bytes = await reader.readexactly(2);
  const some: bytes = await reader.read(64);
  const all: bytes = await reader.read();
  const buf = bytearray(16);
  const n: number = await reader.readinto(buf);
  writer.write(line);
  await writer.drain();
  writer.close();
  await writer.wait_closed();
  await writer.awrite(b\`ok\`);
  await writer.awrite(line, 1, 2);
  await writer.aclose();
  print(host, port, head, some, all, n);
}

async function main(): Promise<string> {
  const task: Task<number> = asyncio.create_task(blink(3));
  const [a, b2] = await asyncio.gather(blink(1), task);
  await asyncio.sleep(0.01);
  await pause(1);
  const r: number = await asyncio.wait_for(blink(1), 1.5);
  const r2: number = await asyncio.wait_for_ms(blink(1), 100);
  const unlimited: number = await asyncio.wait_for(blink(2), null);
  const me = asyncio.current_task();
  print(a, b2, r, r2, unlimited, task.done(), me.done());
  const t2 = asyncio.create_task(blink(100));
  const cancelled: boolean = t2.cancel();
  const ready = Event();
  const ready2 = new asyncio.Event();
  ready.set();
  const ok: true = await ready.wait();
  ready.clear();
  print(ready.is_set(), ready2.is_set(), ok, cancelled);
  const flag = asyncio.ThreadSafeFlag();
  const flag2 = new asyncio.ThreadSafeFlag();
  flag.set();
  await flag.wait();
  flag.clear();
  const lock = new asyncio.Lock();
  const got: true = await lock.acquire();
  print(lock.locked(), got, flag2);
  lock.release();
  try {
    await asyncio.wait_for_ms(blink(100), 1);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("timeout");
    if (e instanceof asyncio.CancelledError) print("cancelled");
  }
  const server = await asyncio.start_server(serve, "0.0.0.0", 80);
  const server2 = await asyncio.start_server(async (r, w) => { w.write(await r.readline()); }, "0.0.0.0", 8080, 2);
  const [reader, writer] = await asyncio.open_connection("example.org", 80);
  const [tlsReader] = await asyncio.open_connection("example.org", 443, true);
  writer.write(b\`GET / HTTP/1.0\\r\\n\\r\\n\`);
  print(reader, tlsReader);
  server.close();
  await server.wait_closed();
  server2.close();
  return "done";
}

const loop = asyncio.get_event_loop();
loop.set_exception_handler((lp, context) => {
  print(context.message, context.exception, context.future.done());
  lp.default_exception_handler(context);
});
const handler = loop.get_exception_handler();
print(handler !== null);
const result: string = loop.run_until_complete(main());
loop.create_task(blink(1));
loop.run_forever();
loop.stop();
loop.close();
loop.call_exception_handler({ message: "m", exception: new asyncio.CancelledError(), future: asyncio.create_task(blink(0)) });
const fresh = asyncio.new_event_loop();
print(result, asyncio.run(main()), fresh);
throw new asyncio.TimeoutError("late");
`;

const mistakes: Record<string, { source: string; error: RegExp }> = {
  "sleep with a string": {
    source: `import * as asyncio from "asyncio";\nasync function f() { await asyncio.sleep("1"); }`,
    error: /TS2345: Argument of type 'string' is not assignable to parameter of type 'number'/,
  },
  "a read used without await": {
    source: `import * as asyncio from "asyncio";\nasync function f(r: asyncio.StreamReader) { const line: bytes = r.readline(); }`,
    error: /TS2740: Type 'Promise<bytes>' is missing the following properties from type 'bytes': decode/,
  },
  "open_connection destructured without await": {
    source: `import * as asyncio from "asyncio";\nasync function f() { const [r, w] = asyncio.open_connection("example.org", 80); }`,
    error: /TS2488: Type 'Promise<\[reader: Stream, writer: Stream\]>' must have a '\[Symbol.iterator\]\(\)' method/,
  },
  "create_task given the function, not its call": {
    source: `import * as asyncio from "asyncio";\nasync function blink() {}\nasyncio.create_task(blink);`,
    error: /TS2345: Argument of type '\(\) => Promise<void>' is not assignable to parameter of type 'Coroutine<unknown>'/,
  },
  "create_task given a task": {
    source: `import * as asyncio from "asyncio";\nasync function blink() {}\nconst t = asyncio.create_task(blink());\nasyncio.create_task(t);`,
    error: /TS2345: Argument of type 'Task<void>' is not assignable to parameter of type 'Coroutine<void>'/,
  },
  "run given the function, not its call": {
    source: `import * as asyncio from "asyncio";\nasync function main() {}\nasyncio.run(main);`,
    error: /TS2345: Argument of type '\(\) => Promise<void>' is not assignable/,
  },
  "wait_for without a timeout": {
    source: `import * as asyncio from "asyncio";\nasync function f(p: Promise<number>) { await asyncio.wait_for(p); }`,
    error: /TS2554: Expected 2 arguments, but got 1/,
  },
  "a timeout given to Event.wait": {
    source: `import * as asyncio from "asyncio";\nasync function f() { await asyncio.Event().wait(1); }`,
    error: /TS2554: Expected 0 arguments, but got 1/,
  },
  "a string written to a stream": {
    source: `import * as asyncio from "asyncio";\nfunction f(w: asyncio.StreamWriter) { w.write("hello"); }`,
    error: /TS2345: Argument of type 'string' is not assignable to parameter of type 'BytesLike'/,
  },
  "an address tuple given to open_connection": {
    source: `import * as asyncio from "asyncio";\nasync function f() { await asyncio.open_connection(["example.org", 80]); }`,
    error: /TS2554: Expected 2-3 arguments, but got 1/,
  },
  "a string given to awrite": {
    source: `import * as asyncio from "asyncio";\nasync function f(w: asyncio.StreamWriter) { await w.awrite("hello"); }`,
    error: /TS2345: Argument of type 'string' is not assignable to parameter of type 'BytesLike'/,
  },
  "start_server without a port": {
    source: `import * as asyncio from "asyncio";\nasync function f() { await asyncio.start_server(async (r, w) => {}, "0.0.0.0"); }`,
    error: /TS2554: Expected 3-5 arguments, but got 2/,
  },
  "cancel on a sleep, which is no task": {
    source: `import * as asyncio from "asyncio";\nasyncio.sleep_ms(10).cancel();`,
    error: /TS2339: Property 'cancel' does not exist on type 'Promise<void>'/,
  },
  "an unknown get_extra_info key": {
    source: `import * as asyncio from "asyncio";\nfunction f(w: asyncio.StreamWriter) { w.get_extra_info("sockname"); }`,
    error: /TS2345: Argument of type '"sockname"' is not assignable to parameter of type '"peername"'/,
  },
  "a Task made with new": {
    source: `import * as asyncio from "asyncio";\nasync function f() {}\nnew asyncio.Task(f());`,
    error: /TS2339: Property 'Task' does not exist|TS2693/,
  },
};

// Run on the simulator's asyncio: tasks, gather, Event, ThreadSafeFlag, Lock, wait_for, cancel, the exception handler.
const vmProgram = `
import * as asyncio from "asyncio";

const ready = asyncio.Event();
const lock = asyncio.Lock();
const flag = asyncio.ThreadSafeFlag();

async function worker(name: string, ms: number): Promise<string> {
  await lock.acquire();
  try {
    print("enter", name, lock.locked());
    await asyncio.sleep_ms(ms);
    print("leave", name);
  } finally {
    lock.release();
  }
  return name;
}

async function waiter(): Promise<number> {
  await ready.wait();
  print("ready seen", ready.is_set());
  await flag.wait();
  print("flag seen");
  return 7;
}

async function slow() {
  try {
    await asyncio.sleep(1);
    print("never");
  } finally {
    print("slow cleanup");
  }
}

async function fails() {
  await asyncio.sleep_ms(1);
  throw new Error("boom");
}

async function main(): Promise<string> {
  const w = asyncio.create_task(waiter());
  await asyncio.sleep_ms(10);
  print("waiter done", w.done());
  ready.set();
  await asyncio.sleep_ms(1);
  flag.set();
  const seven = await w;
  const first = asyncio.create_task(worker("a", 20));
  await asyncio.sleep_ms(1);
  const [a, b2] = await asyncio.gather(first, worker("b", 10));
  print(a, b2, seven, lock.locked(), w.done());
  const quick = await asyncio.wait_for(worker("c", 5), 1);
  try {
    await asyncio.wait_for_ms(slow(), 30);
  } catch (e) {
    print("timed out", e instanceof asyncio.TimeoutError);
  }
  const t = asyncio.create_task(slow());
  await asyncio.sleep_ms(5);
  print("cancel", t.cancel());
  await asyncio.sleep_ms(5);
  print("cancelled", t.done(), t.cancel());
  asyncio.create_task(fails());
  await asyncio.sleep_ms(5);
  print("current", asyncio.current_task() !== null);
  return quick;
}

asyncio.get_event_loop().set_exception_handler((loop, context) => {
  print("handler:", context.message, (context.exception as Error).message, context.future.done());
});
print("result", asyncio.run(main()));
`;

// What the board's asyncio does with vmProgram (MicroPython's asyncio semantics).
const vmExpected = `waiter done False
ready seen True
flag seen
enter a True
leave a
enter b True
leave b
a b 7 False True
enter c True
leave c
slow cleanup
timed out True
cancel True
slow cleanup
cancelled True False
handler: Task exception wasn't retrieved boom True
current True
result c
`;

// Every declared value member (streams aside) looked up on the simulator's asyncio: a missing one raises AttributeError.
const vmMembers = `
import * as asyncio from "asyncio";

const loop = asyncio.get_event_loop();
const ev = asyncio.Event();
const flag = asyncio.ThreadSafeFlag();
const lock = asyncio.Lock();
async function nothing() {}
const task = asyncio.create_task(nothing());
const members = [
  asyncio.run, asyncio.sleep, asyncio.sleep_ms, asyncio.create_task, asyncio.gather, asyncio.wait_for, asyncio.wait_for_ms,
  asyncio.current_task, asyncio.get_event_loop, asyncio.new_event_loop, asyncio.Event, asyncio.ThreadSafeFlag, asyncio.Lock,
  asyncio.CancelledError, asyncio.TimeoutError,
  loop.create_task, loop.run_forever, loop.run_until_complete, loop.stop, loop.close, loop.set_exception_handler,
  loop.get_exception_handler, loop.default_exception_handler, loop.call_exception_handler,
  ev.set, ev.clear, ev.is_set, ev.wait, flag.set, flag.clear, flag.wait, lock.acquire, lock.release, lock.locked,
  task.cancel, task.done,
];
print("members", members.length);
`;

async function compileAndRun(source: string): Promise<{ python: string; stdout: string; error?: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mpts-asyncio-"));
  fs.writeFileSync(path.join(dir, "main.ts"), source);
  const result = compile(path.join(dir, "main.ts"));
  expect(result.diagnostics.map((d) => d.message)).toEqual([]);
  const files = result.files.filter((f) => f.path.endsWith(".py"));
  const run = await runInVm(files, "main", { clock: "fast" });
  return { python: files.find((f) => f.path === "main.py")!.text, ...run };
}

describe("asyncio typings", () => {
  let checked: Map<string, CheckedSnippet>;
  beforeAll(() => {
    checked = checkSnippets({ everyMember, ...Object.fromEntries(Object.entries(mistakes).map(([k, v]) => [k, v.source])) });
  });

  test("a program using every asyncio member type-checks and compiles to plain Python", () => {
    const r = checked.get("everyMember")!;
    expect(r.errors).toEqual([]);
    expect(r.mptsErrors).toEqual([]);
    const py = r.python!;
    // the namespace keeps the name asyncio (the module mpts itself uses), imported once
    expect(py).toMatch(/^import asyncio\nfrom uasyncio import sleep_ms as pause, Event\n/);
    expect(py).not.toContain("asyncio_");
    expect(py).toContain("    task = asyncio.create_task(blink(3))\n    a, b2 = await asyncio.gather(blink(1), task)\n");
    expect(py).toContain("    await asyncio.sleep(0.01)\n    await pause(1)\n");
    expect(py).toContain(
      "    r = await asyncio.wait_for(blink(1), 1.5)\n    r2 = await asyncio.wait_for_ms(blink(1), 100)\n    unlimited = await asyncio.wait_for(blink(2), None)\n",
    );
    expect(py).toContain("    ready = Event()\n    ready2 = asyncio.Event()\n");
    expect(py).toContain("    flag = asyncio.ThreadSafeFlag()\n    flag2 = asyncio.ThreadSafeFlag()\n");
    expect(py).toContain("    lock = asyncio.Lock()\n    got = await lock.acquire()\n");
    expect(py).toContain("        if isinstance(e, asyncio.TimeoutError):\n");
    // streams: a named callback and an async arrow both stay coroutine functions (start_server makes the task)
    expect(py).toContain('    server = await asyncio.start_server(serve, "0.0.0.0", 80)\n');
    expect(py).toContain('    server2 = await asyncio.start_server(_f, "0.0.0.0", 8080, 2)\n');
    expect(py).not.toContain("js_async");
    expect(py).toContain('    reader, writer = await asyncio.open_connection("example.org", 80)\n');
    expect(py).toContain('await asyncio.open_connection("example.org", 443, True)');
    expect(py).toContain(
      '    host, port = writer.get_extra_info("peername")\n    line = await reader.readline()\n    head = await reader.readexactly(2)\n',
    );
    expect(py).toContain(
      "    n = await reader.readinto(buf)\n    writer.write(line)\n    await writer.drain()\n    writer.close()\n    await writer.wait_closed()\n",
    );
    expect(py).toContain('    writer.write(b"GET / HTTP/1.0\\r\\n\\r\\n")\n');
    expect(py).toContain('    await writer.awrite(b"ok")\n    await writer.awrite(line, 1, 2)\n    await writer.aclose()\n');
    // the exception context is a dict
    expect(py).toContain('print(context["message"], context["exception"], context["future"].done())');
    // async calls handed to asyncio stay coroutines
    expect(py).toContain("result = loop.run_until_complete(main())\nloop.create_task(blink(1))\nloop.run_forever()\n");
    expect(py).toContain("print(result, asyncio.run(main()), fresh)\n");
    expect(py).not.toContain("js_start");
  });

  for (const [name, { error }] of Object.entries(mistakes)) {
    test(`mistake: ${name}`, () => {
      const r = checked.get(name)!;
      expect(r.errors.join("\n")).toMatch(error);
    });
  }

  test("a compiled program runs on the board's asyncio in the VM", async () => {
    const r = await compileAndRun(vmProgram);
    expect(r.python).toContain('print("result", asyncio.run(main()))');
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(vmExpected);
  });

  test("every declared asyncio name and method exists in the VM", async () => {
    const r = await compileAndRun(vmMembers);
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("members 36\n");
  });
});
