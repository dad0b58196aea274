// The board's heap in the simulator: the VM's whole heap, fixed, collected while
// the program runs (gc-vm.ts).

/** An ESP32 without PSRAM: about 110 KB free after boot (MicroPython's esp32 port). */
export const DEFAULT_BOARD_HEAP = 110 * 1024;

/**
 * Added to the VM's heap for the simulator's own Python modules. On a board,
 * socket, machine, network and time are C and asyncio, umqtt and requests are
 * frozen into flash: they take next to no heap. Here they are compiled into the
 * heap: the worker imports the ones the program imports before the program
 * starts, collects, and holds back what is left above the board's heap
 * (board-imports.ts), so the program starts with the board's free memory.
 * Every module together takes about 50 KB (test/simulator-heap.test.ts keeps
 * this above that).
 */
export const SIM_MODULES_HEAP = 64 * 1024;
