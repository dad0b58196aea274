// Reads the test runner's output (compiler/runtime/mpts_test.py) and prints the
// report: `✓ name` or `✗ name: failure (file.ts:line:column)` per test, with the
// failure's place mapped from the Python traceback's frames through the build's
// source maps. Everything else the tests print passes through as it comes.
import * as path from "node:path";
import type { TracebackMapper } from "../board/traceback.js";
import * as colors from "../cli/colors.js";
import { isTestFile } from "./files.js";

const marker = "\x1e";

export class TestReport {
  passed = 0;
  failed = 0;
  /** the runner printed its last line: every test ran */
  finished = false;
  /** true drops a line that is not the tests' (mpremote's notices) */
  skip: (line: string) => boolean = () => false;
  private pending = "";

  constructor(
    private mapper: TracebackMapper,
    /** Python module -> its TypeScript file, to name a test file that failed to load */
    private modules: Map<string, string>,
    private write: (line: string) => void,
    private cwd = process.cwd(),
  ) {}

  push(chunk: string): void {
    const lines = (this.pending + chunk).split("\n");
    this.pending = lines.pop() ?? "";
    for (const line of lines) this.line(line.replace(/\r$/, ""));
  }

  end(): void {
    if (this.pending) this.line(this.pending);
    this.pending = "";
  }

  private line(text: string): void {
    const at = text.indexOf(marker);
    if (at < 0) {
      if (this.skip(text)) return;
      for (const l of this.mapper.mapLine(text)) this.write(l);
      return;
    }
    // a test's own output without a newline ends where the marker starts
    if (at > 0) this.write(text.slice(0, at));
    const kind = text[at + 1];
    const rest = text.slice(at + 3);
    const c = colors.out;
    if (kind === "+") {
      this.passed++;
      this.write(`${c.green("✓")} ${rest}`);
    } else if (kind === "-" || kind === "!") {
      this.failed++;
      const [name, message, frames] = rest.split("\x1f");
      const title = kind === "!" ? this.show(this.modules.get(name) ?? name) : name;
      const where = this.where(frames ?? "");
      this.write(`${c.red("✗")} ${title}: ${message}${where ? ` (${where})` : ""}`);
    } else if (kind === "=") {
      this.finished = true;
    }
  }

  /** The failure's place: the innermost frame in TypeScript, and the test's own line when that frame is in another file. */
  private where(frames: string): string {
    const origins = frames
      .split(";")
      .filter(Boolean)
      .map((f) => {
        const colon = f.lastIndexOf(":");
        return this.mapper.lookup(f.slice(0, colon), Number(f.slice(colon + 1)));
      })
      .filter((o) => o !== undefined)
      .reverse();
    if (origins.length === 0) return "";
    const at = (o: (typeof origins)[number]) => `${this.show(o.source)}:${o.line}:${o.column + 1}`;
    const inTest = origins.find((o) => isTestFile(o.source));
    return inTest && inTest !== origins[0] ? `${at(origins[0])}, via ${at(inTest)}` : at(origins[0]);
  }

  private show(file: string): string {
    const rel = path.relative(this.cwd, file);
    return (rel.startsWith("..") || path.isAbsolute(rel) ? file : rel).split(path.sep).join("/");
  }
}
