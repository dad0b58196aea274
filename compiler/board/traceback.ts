// Shows MicroPython tracebacks at TypeScript lines. Each frame line
// `  File "lib/util.py", line 6, in check` becomes the TypeScript file, line and
// column from the build's .py.map, with the TypeScript source line under it:
//
//   lib/util.ts:3:5, in check (lib/util.py line 6)
//       throw new Error("too big: " + n);
import * as fs from "node:fs";
import * as path from "node:path";
import { SourceMapConsumer, type RawSourceMap } from "source-map";

interface Origin {
  /** absolute path of the TypeScript file */
  source: string;
  line: number;
  /** 0-based, as in source maps */
  column: number;
}

export interface MapFile {
  /** output path of the .py file, relative to the output folder (lib/util.py) */
  path: string;
  /** the text of its .py.map */
  map: string;
}

const frame = /^(\s*)File "([^"]+)", line (\d+)(?:, in (.+?))?\s*$/;

/** The function an entry's top-level loop runs in, and the line that calls it (program.ts withMainFunction). */
interface MainFunction {
  function: string;
  line: number;
}

export class TracebackMapper {
  private sourceLines = new Map<string, string[] | null>();

  private constructor(
    /** output path -> generated line -> where it came from */
    private index: Map<string, Map<number, Origin>>,
    /** output path -> the function its top-level code runs in */
    private mains: Map<string, MainFunction>,
    /** a board path as a traceback names it -> output path */
    private toLocal: (board: string) => string,
    private cwd: string,
  ) {}

  /** Index the source maps of a build whose output folder is outDir. */
  static async create(
    maps: MapFile[],
    outDir: string,
    toLocal: (board: string) => string = (p) => p,
    cwd = process.cwd(),
  ): Promise<TracebackMapper> {
    const index = new Map<string, Map<number, Origin>>();
    const mains = new Map<string, MainFunction>();
    for (const f of maps) {
      let raw: RawSourceMap & { x_mpts_main?: MainFunction };
      try {
        raw = JSON.parse(f.map) as RawSourceMap;
      } catch {
        continue; // a damaged map only costs its file's mapping
      }
      const main = raw.x_mpts_main;
      if (main && typeof main.function === "string" && typeof main.line === "number") mains.set(f.path, main);
      const dir = path.dirname(path.join(outDir, f.path));
      const leftmost = new Map<number, { column: number; origin: Origin }>();
      await SourceMapConsumer.with(raw, null, (consumer) => {
        consumer.eachMapping((m) => {
          if (!m.source || m.originalLine == null) return;
          // the leftmost mapping of a Python line is where its statement starts
          const seen = leftmost.get(m.generatedLine);
          if (seen && seen.column <= m.generatedColumn) return;
          leftmost.set(m.generatedLine, {
            column: m.generatedColumn,
            origin: { source: path.resolve(dir, m.source), line: m.originalLine, column: m.originalColumn },
          });
        });
      });
      const lines = new Map<number, Origin>([...leftmost].map(([line, v]) => [line, v.origin]));
      index.set(f.path, lines);
    }
    return new TracebackMapper(index, mains, toLocal, cwd);
  }

  /** Read every .py.map of a build from disk (what the last build left). */
  static async fromOutDir(outDir: string, toLocal?: (board: string) => string, cwd?: string): Promise<TracebackMapper> {
    return TracebackMapper.create(readMaps(outDir), outDir, toLocal, cwd);
  }

  /** Where a line of a board file came from, or undefined (no map, such as mpts_rt.py). */
  lookup(boardFile: string, line: number): Origin | undefined {
    const local = this.toLocal(normalizeBoardPath(boardFile));
    const lines = this.index.get(local);
    if (!lines) return undefined;
    // a Python line without a mapping of its own (a continuation) belongs to the statement above it
    for (let l = line; l > 0 && l > line - 20; l--) {
      const o = lines.get(l);
      if (o) return o;
    }
    return undefined;
  }

  /** The lines that replace one line of board output. */
  mapLine(line: string): string[] {
    const m = frame.exec(line.replace(/\r$/, ""));
    if (!m) return [line];
    const [, indent, file, lineText] = m;
    let fn = m[4];
    if (file === "<stdin>") return []; // the frame of mpremote's `exec "import main"`, not the program's
    const main = this.mains.get(this.toLocal(normalizeBoardPath(file)));
    if (main && fn === "<module>" && Number(lineText) === main.line) return []; // the call of the top level's function
    if (main && fn === main.function) fn = "<module>";
    const origin = this.lookup(file, Number(lineText));
    if (!origin) return [line];
    const rel = path.relative(this.cwd, origin.source).split(path.sep).join("/") || origin.source;
    const out = [`${indent}${rel}:${origin.line}:${origin.column + 1}${fn ? `, in ${fn}` : ""} (${file} line ${lineText})`];
    const text = this.sourceLine(origin.source, origin.line);
    if (text !== undefined) out.push(`${indent}    ${text.trim()}`);
    return out;
  }

  /** Rewrite every traceback frame in a block of text. */
  mapText(text: string): string {
    return text
      .split("\n")
      .flatMap((l) => this.mapLine(l))
      .join("\n");
  }

  private sourceLine(file: string, line: number): string | undefined {
    if (!this.sourceLines.has(file)) {
      try {
        this.sourceLines.set(file, fs.readFileSync(file, "utf8").split(/\r?\n/));
      } catch {
        this.sourceLines.set(file, null);
      }
    }
    return this.sourceLines.get(file)?.[line - 1];
  }
}

/** A path as MicroPython names it on the board (/main.py, /remote/lib/x.py, ./x.py) -> relative. */
export function normalizeBoardPath(p: string): string {
  return p
    .replace(/\\/g, "/")
    .replace(/^\/(remote|flash)\//, "")
    .replace(/^\.?\//, "");
}

function readMaps(outDir: string): MapFile[] {
  if (!fs.existsSync(outDir)) return [];
  const maps: MapFile[] = [];
  for (const rel of fs.readdirSync(outDir, { recursive: true, encoding: "utf8" })) {
    const p = rel.split(path.sep).join("/");
    if (!p.endsWith(".py.map") || p.split("/").includes("node_modules")) continue;
    maps.push({ path: p.slice(0, -".map".length), map: fs.readFileSync(path.join(outDir, rel), "utf8") });
  }
  return maps;
}

/**
 * Line-by-line rewriting of streamed output. Complete lines go through the
 * mapper; a partial line (a prompt) is written as it is after a short pause.
 */
export class LineRewriter {
  private pending = "";
  private timer: NodeJS.Timeout | undefined;
  /** false after a partial line went out: the rest of it gets no prefix */
  private atLineStart = true;

  constructor(
    private mapper: TracebackMapper | undefined,
    private write: (text: string) => void,
    private prefix = "",
    private newline = "\n",
    /** false drops a line (such as mpremote's own notices) */
    private keep: (line: string) => boolean = () => true,
  ) {}

  push(chunk: string): void {
    this.pending += chunk.replace(/\x04/g, ""); // raw-REPL end markers, which mpremote strips too
    const lines = this.pending.split("\n");
    this.pending = lines.pop() ?? "";
    for (const line of lines) {
      const text = line.replace(/\r$/, "");
      if (this.atLineStart && !this.keep(text)) continue;
      const mapped = this.mapper && this.atLineStart ? this.mapper.mapLine(text) : [text];
      for (const l of mapped) this.write((this.atLineStart ? this.prefix : "") + l + this.newline);
      this.atLineStart = true;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending) this.timer = setTimeout(() => this.flushPartial(), 150);
  }

  private flushPartial(): void {
    this.timer = undefined;
    // a frame line is never left without its newline for long; anything else is a prompt
    if (this.pending && !/^\s*File "/.test(this.pending)) {
      this.write((this.atLineStart ? this.prefix : "") + this.pending);
      this.pending = "";
      this.atLineStart = false;
    }
  }

  end(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.pending) this.push("\n");
  }
}
