// Input pins whose level changes during a run: a schedule given on the command
// line (`--pin 4=0@0,1@2s`) and commands typed on the terminal (`pin 4 1`).
// The board side (machine.py) asks for the edges since it last asked, and
// fires Pin.irq handlers for them; times count from the program's start (its
// import of machine, which a board has built in).

/** One step of a schedule: the pin reads `level` from `at` ms after the start. */
export interface PinStep {
  at: number;
  level: number;
}

/**
 * `LEVEL@TIME[,LEVEL@TIME...]`: LEVEL is a digital level (0 or 1) or an ADC
 * reading (0..4095); TIME is `0`, `<n>ms` or `<n>s` (decimals allowed, such as
 * 1.5s), from the program's start, in increasing order. A step without `@TIME`
 * is at 0. Throws a message saying what is wrong.
 */
export function parseSchedule(text: string): PinStep[] {
  const steps: PinStep[] = [];
  for (const part of text.split(",")) {
    const m = /^(\d+)(?:@(?:(0)|(\d+(?:\.\d+)?)(ms|s)))?$/.exec(part.trim());
    if (!m) throw new Error(`'${part}': expected LEVEL@TIME, such as 1@2s or 0@500ms`);
    const at = m[3] === undefined ? 0 : Number(m[3]) * (m[4] === "s" ? 1000 : 1);
    if (steps.length && at < steps[steps.length - 1].at)
      throw new Error(`'${part}': the times must not go back (${steps[steps.length - 1].at} ms before it)`);
    steps.push({ at: Math.round(at), level: Number(m[1]) });
  }
  return steps;
}

export class PinInputs {
  /** the level each pin reads now (pins never given read their pull's level on the board side) */
  private levels = new Map<string, number>();
  private pending = new Map<string, PinStep[]>();
  /** level changes the board has not seen yet, in order */
  private edges: [string, number][] = [];
  private start = Date.now();

  constructor(
    fixed: Record<string, number> = {},
    schedule: Record<string, PinStep[]> = {},
    /** whether levels can change at a time no schedule says (commands typed on the terminal) */
    readonly typed = false,
  ) {
    for (const [pin, level] of Object.entries(fixed)) this.levels.set(pin, level);
    for (const [pin, steps] of Object.entries(schedule)) {
      const rest = steps.filter((s) => s.at > 0);
      for (const s of steps.filter((s) => s.at <= 0)) this.levels.set(pin, s.level);
      if (rest.length) this.pending.set(pin, rest);
    }
  }

  /** Levels can change during the run (the board side then asks rather than remembering). */
  get live(): boolean {
    return this.typed || this.pending.size > 0;
  }

  /** The program starts now (it imported machine): schedules count from here. */
  begin(): void {
    this.start = Date.now();
  }

  /** The levels at the start, for the board's first look. */
  initial(): Record<string, number> {
    return Object.fromEntries(this.levels);
  }

  set(pin: string, level: number): void {
    if (this.levels.get(pin) === level) return;
    this.levels.set(pin, level);
    this.edges.push([pin, level]);
  }

  /** Steps whose time has come, in time order across pins. */
  private advance(): void {
    const now = Date.now() - this.start;
    const due: (PinStep & { pin: string })[] = [];
    for (const [pin, steps] of this.pending) {
      while (steps.length && steps[0].at <= now) due.push({ pin, ...steps.shift()! });
      if (!steps.length) this.pending.delete(pin);
    }
    for (const s of due.sort((a, b) => a.at - b.at)) this.set(s.pin, s.level);
  }

  /** The edges since the last call, and the ms until the next scheduled step (null: none left). */
  take(): { edges: [string, number][]; next: number | null; levels: Record<string, number> } {
    this.advance();
    const edges = this.edges;
    this.edges = [];
    let next: number | null = null;
    const now = Date.now() - this.start;
    for (const steps of this.pending.values()) next = Math.min(next ?? Infinity, Math.max(0, steps[0].at - now));
    return { edges, next, levels: Object.fromEntries(this.levels) };
  }
}
