// A worker thread like the simulator's (sealed VM, hardened realm) that then
// puts js and jsffi back into the VM, as a program could with uctypes, and
// runs the Python it is given: test/sandbox.test.ts checks what it reaches.
import { register } from "tsx/esm/api";

register();
await import("./breach.ts");
