// The board's heap in the simulator: the VM's whole heap, fixed, collected while
// the program runs (gc-vm.ts).

/** An ESP32 without PSRAM: about 110 KB free after boot (MicroPython's esp32 port). */
export const DEFAULT_BOARD_HEAP = 110 * 1024;

/**
 * Added to the VM's heap for the simulator's own Python modules. On a board,
 * socket, machine, network and time are C and asyncio, umqtt and requests are
 * frozen into flash: they take next to no heap. Here they are compiled into the
 * heap when the program imports them: socket 5.4 KB, asyncio 10.1 KB,
 * umqtt.simple 3.9 KB, requests 3.4 KB, machine + network + time 23.5 KB
 * (test/simulator-heap.test.ts measures them). A program that imports them all
 * has the board's heap left; one that imports fewer has up to this much more.
 */
export const SIM_MODULES_HEAP = 48 * 1024;
