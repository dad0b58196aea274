// Which serial ports hold a board: `mpremote connect list` (alias `devs`)
// prints one port a line, "device serial vid:pid manufacturer product".
// Like mpremote's own `connect auto`, only USB ports (a VID:PID) count as boards.
import { BoardError, explainFailure, runMpremote, type Mpremote } from "./mpremote.js";

export interface SerialPort {
  device: string;
  serial: string;
  vidPid: string;
  description: string;
}

export function parsePortList(text: string): SerialPort[] {
  const ports: SerialPort[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\S+)\s+(\S+)\s+([0-9a-fA-F]{4}:[0-9a-fA-F]{4})\s*(.*)$/.exec(line.trim());
    if (m) ports.push({ device: m[1], serial: m[2], vidPid: m[3].toLowerCase(), description: m[4].replace(/\bNone\b/g, "").trim() });
  }
  return ports;
}

export function isBoard(p: SerialPort): boolean {
  return p.vidPid !== "0000:0000";
}

export async function listBoards(m: Mpremote): Promise<SerialPort[]> {
  const r = await runMpremote(m, ["connect", "list"]);
  if (r.exitCode !== 0) throw explainFailure("auto", r.stdout + r.stderr);
  return parsePortList(r.stdout).filter(isBoard);
}

/**
 * The ports to use: given ones as they are; `auto` the only connected board;
 * `all` every connected board (a classroom flashing all its boards).
 */
export async function resolvePorts(m: Mpremote, requested: string[]): Promise<string[]> {
  const wanted = [...new Set(requested.length ? requested : ["auto"])];
  const special = wanted.filter((p) => p === "auto" || p === "all");
  if (special.length === 0) return wanted;
  if (wanted.length > 1) throw new BoardError("several", `--port ${special[0]} cannot be combined with other ports`);
  const boards = await listBoards(m);
  const names = boards.map((b) => b.device + (b.description ? ` (${b.description})` : ""));
  if (boards.length === 0)
    throw new BoardError(
      "no-port",
      "no board found: plug one in by USB (with a data cable; some cables only charge) or name its port with --port",
    );
  if (wanted[0] === "auto" && boards.length > 1)
    throw new BoardError(
      "several",
      `${boards.length} boards are connected (${names.join(", ")}): choose one with --port, or use them all with --port all`,
    );
  return boards.map((b) => b.device);
}
