// A traceback from the simulator as the board would print it: the frames of
// the simulator's own Python modules (socket.py, time.py, machine.py, ...),
// which a board has built in, are left out, so that an OSError raised inside
// the simulated socket module is reported at the program's call. They stay
// when they are the cause: an exception a board's module would never raise
// (AttributeError, KeyError, ...) is a fault of the simulator, to be seen whole.

/** What the board's own modules raise for a program's mistakes or the world's. */
const BOARD_ERRORS =
  /^(OSError|ValueError|TypeError|KeyboardInterrupt|EOFError|MemoryError|NotImplementedError|RuntimeError|StopIteration)\b/;

const frame = /^\s*File "([^"]+)", line \d+/;

/**
 * Drop the frames of files that are the simulator's (`isSimulator`) from the
 * tracebacks in `text`, unless the exception that ends a traceback is not one a
 * board's module raises.
 */
export function hideSimulatorFrames(text: string, isSimulator: (file: string) => boolean): string {
  const lines = text.split("\n");
  const out: string[] = [];
  let block: string[] = [];
  const flush = (ending: string | undefined) => {
    const keep = ending !== undefined && !BOARD_ERRORS.test(ending);
    out.push(...block.filter((l) => keep || !isSimulatorFrame(l, isSimulator)));
    block = [];
  };
  for (const line of lines) {
    if (frame.test(line)) {
      block.push(line);
      continue;
    }
    if (block.length) flush(line);
    out.push(line);
  }
  if (block.length) flush(undefined);
  return out.join("\n");
}

function isSimulatorFrame(line: string, isSimulator: (file: string) => boolean): boolean {
  const m = frame.exec(line);
  return m !== null && isSimulator(m[1].replace(/^\.?\//, ""));
}
