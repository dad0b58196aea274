// The first mpremote run of a flash: a script for the board that stops nothing
// by itself (mpremote's auto soft-reset stopped the program), removes the
// NAME.mpts-tmp files an interrupted upload left, and reports what mpts needs
// to plan the upload: which of our paths exist and their sizes, the manifest's
// lines, the free space, and which .mpy version the board loads
// (sys.implementation._mpy, for flash --mpy). It runs on MicroPython (and, in
// the tests, on the stand-in's CPython), so it uses only what both have.
import { BoardError, explainFailure, runMpremote, type Mpremote } from "./mpremote.js";
import { manifestFile, manifestPathPython, tmpSuffix } from "./manifest.js";

/** Python string literal (JSON's string syntax is a subset of Python's). */
export const py = (value: unknown) => JSON.stringify(value);

export interface Probe {
  stat: Map<string, { kind: "f" | "d"; size: number }>;
  /** the lines of the board's manifest */
  owned: string[];
  /** NAME.mpts-tmp files the probe removed */
  leftovers: string[];
  /** free filesystem blocks and their size, when the board reports them */
  space?: { blockSize: number; free: number };
  /** sys.implementation._mpy, null when the board has none (it cannot load .mpy files) */
  mpy?: number | null;
}

export function probeScript(paths: string[]): string {
  return `import os, sys
print("mpts:mpy %s" % getattr(sys.implementation, "_mpy", "none"))
def _st(p):
    try:
        s = os.stat(p)
        print("mpts:%s %d %s" % ("d" if s[0] & 0x4000 else "f", s[6], p))
    except OSError:
        pass
for _p in ${py(paths)}:
    _st(_p)
try:
    with open(${py(manifestFile)}) as _f:
        for _l in _f:
            _l = _l.strip()
            if _l:
                print("mpts:owned " + _l)
                _st(${manifestPathPython})
except OSError:
    pass
# an upload that never finished leaves NAME.mpts-tmp files, in any folder
def _tmp(d):
    try:
        names = os.listdir(d) if d else os.listdir()
    except OSError:
        return
    for n in names:
        p = d + "/" + n if d else n
        try:
            if os.stat(p)[0] & 0x4000:
                _tmp(p)
            elif n.endswith(${py(tmpSuffix)}):
                os.remove(p)
                print("mpts:tmp " + p)
        except OSError:
            pass
_tmp("")
try:
    _s = os.statvfs(os.getcwd())
    print("mpts:space %d %d" % (_s[0], _s[3]))
except (OSError, AttributeError):
    pass
`;
}

export function parseProbe(stdout: string): Probe {
  const probe: Probe = { stat: new Map(), owned: [], leftovers: [] };
  for (const line of stdout.split(/\r?\n/)) {
    let m = /^mpts:([fd]) (\d+) (.*)$/.exec(line);
    if (m) probe.stat.set(m[3], { kind: m[1] as "f" | "d", size: Number(m[2]) });
    else if ((m = /^mpts:owned (.*)$/.exec(line))) probe.owned.push(m[1]);
    else if ((m = /^mpts:tmp (.*)$/.exec(line))) probe.leftovers.push(m[1]);
    else if ((m = /^mpts:space (\d+) (\d+)$/.exec(line))) probe.space = { blockSize: Number(m[1]), free: Number(m[2]) };
    else if ((m = /^mpts:mpy (\d+|none)$/.exec(line))) probe.mpy = m[1] === "none" ? null : Number(m[1]);
  }
  return probe;
}

export async function probeBoard(m: Mpremote, port: string, paths: string[], log: (s: string) => void): Promise<Probe> {
  const script = probeScript(paths);
  for (let attempt = 1; ; attempt++) {
    const r = await runMpremote(m, ["connect", port, "exec", script]);
    if (r.exitCode === 0) return parseProbe(r.stdout);
    const err = explainFailure(port, r.stdout + r.stderr);
    // mpremote interrupts the running program with Ctrl-C; a loop that swallows
    // one KeyboardInterrupt may not swallow the next
    if (err.kind !== "not-answering" || attempt === 3) throw err;
    log(`the board is not answering; interrupting its program again (${attempt + 1} of 3)`);
  }
}
