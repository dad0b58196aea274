// CPU time of a Node process's main thread and of its other threads (V8's
// workers: TurboFan, concurrent GC), printed to stderr at exit; a CPU profile
// samples the main thread only. Linux (/proc). For example:
//   node -r ./bench/thread-cpu.cjs dist/cli.js build <project>
//   node -r ./bench/thread-cpu.cjs node_modules/typescript/bin/tsc -p <project>
const fs = require("node:fs");

process.on("exit", () => {
  let main = 0;
  let others = 0;
  for (const tid of fs.readdirSync("/proc/self/task")) {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      // after "tid (name) ": utime and stime are fields 14 and 15, in clock ticks (100 a second)
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ms = (Number(fields[11]) + Number(fields[12])) * 10;
      if (Number(tid) === process.pid) main += ms;
      else others += ms;
    } catch {
      // the thread ended meanwhile
    }
  }
  fs.writeSync(2, `thread CPU ms: main ${main}, other threads ${others}, total ${main + others}\n`);
});
