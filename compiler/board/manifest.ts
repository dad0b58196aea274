// The board's record of what mpts flash wrote (.mpts-files): one line per file,
// "SHA256 PATH" with the hash of the content mpts put there. `--clean` deletes a
// file only when its content on the board still has that hash, so a name
// planted in the list (boot.py, config.py) or a file edited on the board is
// never lost. Lines without a hash (an older mpts wrote only paths) are kept
// and never deleted.

export const manifestFile = ".mpts-files";
/** the suffix of a file being uploaded, renamed into place once all have arrived */
export const tmpSuffix = ".mpts-tmp";

/** path -> hash mpts recorded for it, undefined when the line has none */
export type Manifest = Map<string, string | undefined>;

const line = /^([0-9a-f]{64}) (.+)$/;

export function parseManifest(lines: string[]): Manifest {
  const manifest: Manifest = new Map();
  for (const l of lines) {
    const m = line.exec(l);
    if (m) manifest.set(m[2], m[1]);
    else if (l && !manifest.has(l)) manifest.set(l, undefined);
  }
  return manifest;
}

export function formatManifest(manifest: Manifest): string {
  return [...manifest.keys()]
    .sort()
    .map((p) => (manifest.get(p) ? `${manifest.get(p)} ${p}\n` : `${p}\n`))
    .join("");
}

/**
 * Python for the board that yields the path a manifest line names (the same
 * rule as parseManifest), given the stripped line in `_l`.
 */
export const manifestPathPython = `(_l[65:] if len(_l) > 65 and _l[64] == " " and all(c in "0123456789abcdef" for c in _l[:64]) else _l)`;

export interface Kept {
  path: string;
  reason: string;
}

/**
 * Which of the files the board lists, that the project no longer produces,
 * --clean may delete: those whose hash on the board (`sums`) is the one mpts
 * recorded. `onBoard` is the listed files that exist as files.
 */
export function planClean(
  owned: Manifest,
  produced: Set<string>,
  onBoard: string[],
  sums: Map<string, string>,
): { remove: string[]; kept: Kept[] } {
  const remove: string[] = [];
  const kept: Kept[] = [];
  for (const p of onBoard.filter((p) => !produced.has(p)).sort()) {
    const recorded = owned.get(p);
    if (!recorded) kept.push({ path: p, reason: "not known to be written by mpts (no hash recorded)" });
    else if (sums.get(p) !== recorded) kept.push({ path: p, reason: "changed on the board since mpts wrote it" });
    else remove.push(p);
  }
  return { remove, kept };
}

/** The listed files --clean would hash on the board: only those with a recorded hash can be deleted. */
export function cleanCandidates(owned: Manifest, produced: Set<string>, onBoard: string[]): string[] {
  return onBoard.filter((p) => !produced.has(p) && owned.get(p) !== undefined).sort();
}
