// The simulated board's console input: `input()` reads a line typed on this
// computer's terminal (or lines a test gives), and end of input is EOFError.
import * as readline from "node:readline";
import type { RpcReply } from "./rpc.js";

export class ConsoleInput {
  private lines: string[] = [];
  private ended = false;
  private waiting?: () => void;
  private rl?: readline.Interface;

  constructor(
    source: NodeJS.ReadableStream | string[] | undefined,
    private readonly write: (text: string) => void,
    /** a typed line the simulator takes for itself (`pin 4 1`): true when it did, and input() never sees it */
    private readonly command?: (line: string) => boolean,
  ) {
    if (Array.isArray(source)) {
      this.lines = [...source];
      this.ended = true;
    } else if (source) this.source = source;
    else this.ended = true;
  }

  /** The terminal is read only once the program asks for input (a simulator prepared ahead never takes its lines). */
  private source?: NodeJS.ReadableStream;

  /** Read the terminal from now on (typed commands are taken even while the program never calls input()). */
  listen(): void {
    this.attach();
  }

  private attach(): void {
    if (!this.source || this.rl) return;
    this.rl = readline.createInterface({ input: this.source, terminal: false });
    this.rl.on("line", (l) => {
      if (!this.command?.(l)) this.push(l);
    });
    this.rl.on("close", () => {
      this.ended = true;
      this.waiting?.();
    });
  }

  private push(line: string): void {
    this.lines.push(line);
    this.waiting?.();
  }

  /** `input(prompt)`: the next line, or null at the end of input. */
  async read(prompt: string): Promise<RpcReply> {
    if (prompt) this.write(prompt);
    this.attach();
    while (!this.lines.length && !this.ended) await new Promise<void>((r) => (this.waiting = r));
    this.waiting = undefined;
    return { ok: this.lines.length ? this.lines.shift()! : null };
  }

  close(): void {
    this.rl?.close();
  }
}
