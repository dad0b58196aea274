// Every board typing, for a project's tsconfig: "types": ["mpts/runtime-typings"].
// Add a line here for each new .d.ts (test/typings/editor.test.ts checks).
/// <reference path="./asyncio.d.ts" />
/// <reference path="./binascii.d.ts" />
/// <reference path="./dht.d.ts" />
/// <reference path="./ds18x20.d.ts" />
/// <reference path="./errno.d.ts" />
/// <reference path="./esp.d.ts" />
/// <reference path="./esp32.d.ts" />
/// <reference path="./gc.d.ts" />
/// <reference path="./js-globals.d.ts" />
/// <reference path="./machine.d.ts" />
/// <reference path="./micropython.d.ts" />
/// <reference path="./mpython.d.ts" />
/// <reference path="./neopixel.d.ts" />
/// <reference path="./network.d.ts" />
/// <reference path="./ntptime.d.ts" />
/// <reference path="./onewire.d.ts" />
/// <reference path="./os.d.ts" />
/// <reference path="./python.d.ts" />
/// <reference path="./select.d.ts" />
/// <reference path="./socket.d.ts" />
/// <reference path="./ssl.d.ts" />
/// <reference path="./struct.d.ts" />
/// <reference path="./sys.d.ts" />
/// <reference path="./test-globals.d.ts" />
/// <reference path="./time.d.ts" />
