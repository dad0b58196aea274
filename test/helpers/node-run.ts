// Runs a TypeScript snippet in Node (transpiled, in a fresh context) and returns
// what it printed, waiting for its timers and promises to settle.
import * as vm from "node:vm";
import * as util from "node:util";
import { ts } from "ts-morph";

export async function runInNode(source: string): Promise<{ stdout: string; error?: string }> {
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  let stdout = "";
  const write = (...args: unknown[]) => {
    stdout += util.format(...args) + "\n";
  };
  let active = 0;
  const timers = new Set<NodeJS.Timeout>();
  const context = vm.createContext({
    console: { log: write, info: write, warn: write, error: write, debug: write },
    print: (...args: unknown[]) => {
      stdout += args.map(String).join(" ") + "\n";
    },
    setTimeout: (fn: (...a: unknown[]) => void, ms?: number, ...a: unknown[]) => {
      active++;
      const t = setTimeout(() => {
        active--;
        timers.delete(t);
        fn(...a);
      }, ms);
      timers.add(t);
      return t;
    },
    setInterval: (fn: (...a: unknown[]) => void, ms?: number, ...a: unknown[]) => {
      active++;
      const t = setInterval(() => fn(...a), ms);
      timers.add(t);
      return t;
    },
    clearTimeout: (t: NodeJS.Timeout) => {
      if (timers.delete(t)) active--;
      clearTimeout(t);
    },
    clearInterval: (t: NodeJS.Timeout) => {
      if (timers.delete(t)) active--;
      clearInterval(t);
    },
    queueMicrotask,
    exports: {},
    module: { exports: {} },
    require: () => {
      throw new Error("require is not available in snippets");
    },
  });
  let error: string | undefined;
  const onRejection = (reason: unknown) => {
    error = String(reason);
  };
  process.on("unhandledRejection", onRejection);
  try {
    vm.runInContext(js, context, { timeout: 5000 });
    // let timers and promise chains run to the end
    for (let idle = 0; idle < 3;) {
      await new Promise((r) => setTimeout(r, 2));
      idle = active === 0 ? idle + 1 : 0;
    }
  } catch (err) {
    error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  } finally {
    process.off("unhandledRejection", onRejection);
    for (const t of timers) clearTimeout(t);
  }
  return { stdout, error };
}
