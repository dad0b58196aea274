// Reading a 5 KB JSON configuration sent by a phone app, parsed again on every update.
// The program also lists an object's keys (Object.keys), so key order matters to it.
interface Device {
  id: string;
  pin: number;
  kind: string;
  enabled: boolean;
  threshold: number | null;
  offset: number;
  tags: string[];
  schedule: { on: string; off: string };
}

interface Config {
  name: string;
  version: number;
  wifi: { ssid: string; retries: number; timeout_ms: number; static: boolean };
  mqtt: { host: string; port: number; topic: string; qos: number };
  devices: Device[];
  notes: string;
}

const text =
  "{\n \"name\": \"greenhouse controller\",\n \"version\": 3,\n \"wifi\": {\n  \"ssid\": \"garden-net\",\n  \"retries\": 5,\n  \"timeout_ms\": 8000,\n  \"static\": false\n },\n \"mqtt\": {\n  \"host\": \"192.168.1.20\",\n  \"port\": 1883,\n  \"topic\": \"greenhouse/state\",\n  \"qos\": 1\n },\n \"devices\": [\n  {\n   \"id\": \"dev-0\",\n   \"pin\": 0,\n   \"kind\": \"relay\",\n   \"enabled\": false,\n   \"threshold\": null,\n   \"offset\": 0,\n   \"tags\": [\n    \"room0\",\n    \"south\"\n   ],\n   \"schedule\": {\n    \"on\": \"06:30\",\n    \"off\": \"18:00\"\n   }\n  },\n  {\n   \"id\": \"dev-1\",\n   \"pin\": 3,\n   \"kind\": \"led\",\n   \"enabled\": true,\n   \"threshold\": 13.75,\n   \"offset\": -1,\n   \"tags\": [\n    \"room1\",\n    \"north\"\n   ],\n   \"schedule\": {\n    \"on\": \"07:30\",\n    \"off\": \"19:00\"\n   }\n  },\n  {\n   \"id\": \"dev-2\",\n   \"pin\": 6,\n   \"kind\": \"dht22\",\n   \"enabled\": true,\n   \"threshold\": 15,\n   \"offset\": -2,\n   \"tags\": [\n    \"room2\",\n    \"south\"\n   ],\n   \"schedule\": {\n    \"on\": \"08:30\",\n    \"off\": \"20:00\"\n   }\n  },\n  {\n   \"id\": \"dev-3\",\n   \"pin\": 9,\n   \"kind\": \"button\",\n   \"enabled\": true,\n   \"threshold\": 16.25,\n   \"offset\": -3,\n   \"tags\": [\n    \"room3\",\n    \"north\"\n   ],\n   \"schedule\": {\n    \"on\": \"09:30\",\n    \"off\": \"21:00\"\n   }\n  },\n  {\n   \"id\": \"dev-4\",\n   \"pin\": 12,\n   \"kind\": \"servo\",\n   \"enabled\": false,\n   \"threshold\": 17.5,\n   \"offset\": -4,\n   \"tags\": [\n    \"room4\",\n    \"south\"\n   ],\n   \"schedule\": {\n    \"on\": \"06:30\",\n    \"off\": \"22:00\"\n   }\n  },\n  {\n   \"id\": \"dev-5\",\n   \"pin\": 15,\n   \"kind\": \"adc\",\n   \"enabled\": true,\n   \"threshold\": null,\n   \"offset\": -5,\n   \"tags\": [\n    \"room0\",\n    \"north\"\n   ],\n   \"schedule\": {\n    \"on\": \"07:30\",\n    \"off\": \"18:00\"\n   }\n  },\n  {\n   \"id\": \"dev-6\",\n   \"pin\": 18,\n   \"kind\": \"relay\",\n   \"enabled\": true,\n   \"threshold\": 20,\n   \"offset\": -6,\n   \"tags\": [\n    \"room1\",\n    \"south\"\n   ],\n   \"schedule\": {\n    \"on\": \"08:30\",\n    \"off\": \"19:00\"\n   }\n  },\n  {\n   \"id\": \"dev-7\",\n   \"pin\": 21,\n   \"kind\": \"led\",\n   \"enabled\": true,\n   \"threshold\": 21.25,\n   \"offset\": -7,\n   \"tags\": [\n    \"room2\",\n    \"north\"\n   ],\n   \"schedule\": {\n    \"on\": \"09:30\",\n    \"off\": \"20:00\"\n   }\n  },\n  {\n   \"id\": \"dev-8\",\n   \"pin\": 24,\n   \"kind\": \"dht22\",\n   \"enabled\": false,\n   \"threshold\": 22.5,\n   \"offset\": -8,\n   \"tags\": [\n    \"room3\",\n    \"south\"\n   ],\n   \"schedule\": {\n    \"on\": \"06:30\",\n    \"off\": \"21:00\"\n   }\n  },\n  {\n   \"id\": \"dev-9\",\n   \"pin\": 27,\n   \"kind\": \"button\",\n   \"enabled\": true,\n   \"threshold\": 23.75,\n   \"offset\": -9,\n   \"tags\": [\n    \"room4\",\n    \"north\"\n   ],\n   \"schedule\": {\n    \"on\": \"07:30\",\n    \"off\": \"22:00\"\n   }\n  },\n  {\n   \"id\": \"dev-10\",\n   \"pin\": 30,\n   \"kind\": \"servo\",\n   \"enabled\": true,\n   \"threshold\": null,\n   \"offset\": -10,\n   \"tags\": [\n    \"room0\",\n    \"south\"\n   ],\n   \"schedule\": {\n    \"on\": \"08:30\",\n    \"off\": \"18:00\"\n   }\n  },\n  {\n   \"id\": \"dev-11\",\n   \"pin\": 33,\n   \"kind\": \"adc\",\n   \"enabled\": true,\n   \"threshold\": 26.25,\n   \"offset\": -11,\n   \"tags\": [\n    \"room1\",\n    \"north\"\n   ],\n   \"schedule\": {\n    \"on\": \"09:30\",\n    \"off\": \"19:00\"\n   }\n  },\n  {\n   \"id\": \"dev-12\",\n   \"pin\": 36,\n   \"kind\": \"relay\",\n   \"enabled\": false,\n   \"threshold\": 27.5,\n   \"offset\": -12,\n   \"tags\": [\n    \"room2\",\n    \"south\"\n   ],\n   \"schedule\": {\n    \"on\": \"06:30\",\n    \"off\": \"20:00\"\n   }\n  },\n  {\n   \"id\": \"dev-13\",\n   \"pin\": 39,\n   \"kind\": \"led\",\n   \"enabled\": true,\n   \"threshold\": 28.75,\n   \"offset\": -13,\n   \"tags\": [\n    \"room3\",\n    \"north\"\n   ],\n   \"schedule\": {\n    \"on\": \"07:30\",\n    \"off\": \"21:00\"\n   }\n  },\n  {\n   \"id\": \"dev-14\",\n   \"pin\": 2,\n   \"kind\": \"dht22\",\n   \"enabled\": true,\n   \"threshold\": 30,\n   \"offset\": -14,\n   \"tags\": [\n    \"room4\",\n    \"south\"\n   ],\n   \"schedule\": {\n    \"on\": \"08:30\",\n    \"off\": \"22:00\"\n   }\n  },\n  {\n   \"id\": \"dev-15\",\n   \"pin\": 5,\n   \"kind\": \"button\",\n   \"enabled\": true,\n   \"threshold\": null,\n   \"offset\": -15,\n   \"tags\": [\n    \"room0\",\n    \"north\"\n   ],\n   \"schedule\": {\n    \"on\": \"09:30\",\n    \"off\": \"18:00\"\n   }\n  },\n  {\n   \"id\": \"dev-16\",\n   \"pin\": 8,\n   \"kind\": \"servo\",\n   \"enabled\": false,\n   \"threshold\": 32.5,\n   \"offset\": -16,\n   \"tags\": [\n    \"room1\",\n    \"south\"\n   ],\n   \"schedule\": {\n    \"on\": \"06:30\",\n    \"off\": \"19:00\"\n   }\n  },\n  {\n   \"id\": \"dev-17\",\n   \"pin\": 11,\n   \"kind\": \"adc\",\n   \"enabled\": true,\n   \"threshold\": 33.75,\n   \"offset\": -17,\n   \"tags\": [\n    \"room2\",\n    \"north\"\n   ],\n   \"schedule\": {\n    \"on\": \"07:30\",\n    \"off\": \"20:00\"\n   }\n  },\n  {\n   \"id\": \"dev-18\",\n   \"pin\": 14,\n   \"kind\": \"relay\",\n   \"enabled\": true,\n   \"threshold\": 35,\n   \"offset\": -18,\n   \"tags\": [\n    \"room3\",\n    \"south\"\n   ],\n   \"schedule\": {\n    \"on\": \"08:30\",\n    \"off\": \"21:00\"\n   }\n  },\n  {\n   \"id\": \"dev-19\",\n   \"pin\": 17,\n   \"kind\": \"led\",\n   \"enabled\": true,\n   \"threshold\": 36.25,\n   \"offset\": -19,\n   \"tags\": [\n    \"room4\",\n    \"north\"\n   ],\n   \"schedule\": {\n    \"on\": \"09:30\",\n    \"off\": \"22:00\"\n   }\n  },\n  {\n   \"id\": \"dev-20\",\n   \"pin\": 20,\n   \"kind\": \"dht22\",\n   \"enabled\": false,\n   \"threshold\": null,\n   \"offset\": -20,\n   \"tags\": [\n    \"room0\",\n    \"south\"\n   ],\n   \"schedule\": {\n    \"on\": \"06:30\",\n    \"off\": \"18:00\"\n   }\n  }\n ],\n \"notes\": \"Edit with care: \\\"pins\\\" are GPIO numbers été \\\\ path\"\n}";

let enabled = 0;
let thresholds = 0;
let pins = 0;
let fields = 0;
for (let n = 0; n < 20; n++) {
  const config = JSON.parse(text) as Config;
  for (const d of config.devices) {
    if (d.enabled) enabled++;
    if (d.threshold !== null) thresholds += d.threshold;
    pins += d.pin;
  }
  fields += Object.keys(config.wifi).length;
}
console.log(`${text.length} chars, enabled ${enabled}, thresholds ${thresholds.toFixed(2)}, pins ${pins}, wifi fields ${fields}`);
