// The modules a program imports that are not its own: the board's (machine,
// socket, umqtt.simple, ...). A board has them in flash; the simulator compiles
// them into the VM's heap, so the worker imports them before the program and
// then holds back what is left above the board's heap (worker.ts), and the
// program starts with the board's free memory.

const importLine = /^[ \t]*(?:import[ \t]+([\w.]+(?:[ \t]*,[ \t]*[\w.]+)*)|from[ \t]+([\w.]+)[ \t]+import\b)/gm;

export function boardImports(files: { path: string; text: string }[]): string[] {
  const own = new Set(files.filter((f) => f.path.endsWith(".py")).map((f) => f.path.slice(0, -3).split("/").join(".")));
  const found = new Set<string>();
  for (const f of files) {
    if (!f.path.endsWith(".py")) continue;
    for (const m of f.text.matchAll(importLine)) {
      for (const name of (m[1] ?? m[2]).split(",").map((s) => s.trim())) {
        if (!own.has(name) && name !== "mpts_rt" && !name.startsWith(".")) found.add(name);
      }
    }
  }
  return [...found].sort();
}
