// Development entry of the simulator's worker: runs worker.ts through tsx
// (the bundled build uses dist/sim-worker.js instead).
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
