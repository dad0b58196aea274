// Ranking Wi-Fi scan results, as a board that roams between access points does: every scan
// lists networks with their signal, the program keeps the strongest access point per SSID,
// ranks them by signal then name, and counts how often each channel is busy.

interface AccessPoint {
  ssid: string;
  bssid: string;
  channel: number;
  rssi: number;
  secure: boolean;
}

const NAMES = ['home', 'home-5g', 'guest', 'office', 'cafe', 'printer', 'iot', 'lab'];

let seed = 7;
function random(n: number): number {
  seed = (seed * 75 + 74) % 65537;
  return seed % n;
}

function scan(count: number): AccessPoint[] {
  const found: AccessPoint[] = [];
  for (let i = 0; i < count; i++) {
    const name = NAMES[random(NAMES.length)];
    found.push({
      ssid: name,
      bssid: `ac:12:${(10 + random(80)).toString(16)}:${(16 + random(200)).toString(16)}`,
      channel: 1 + random(13),
      rssi: -30 - random(60),
      secure: name !== 'guest' && name !== 'cafe',
    });
  }
  return found;
}

const best = new Map<string, AccessPoint>();
const channelUse: number[] = new Array(14).fill(0);
let seen = 0;

for (let round = 0; round < 40; round++) {
  const results = scan(30);
  seen += results.length;
  results.sort((a, b) => b.rssi - a.rssi || a.ssid.localeCompare(b.ssid));
  for (const ap of results) {
    channelUse[ap.channel]++;
    const known = best.get(ap.ssid);
    if (!known || ap.rssi > known.rssi) best.set(ap.ssid, ap);
  }
}

const ranked = [...best.values()].sort((a, b) => b.rssi - a.rssi || a.ssid.localeCompare(b.ssid));
for (const ap of ranked) {
  console.log(`${ap.ssid.padEnd(8)} ${ap.bssid} ch ${ap.channel} ${ap.rssi} dBm${ap.secure ? '' : ' (open)'}`);
}
const busiest = channelUse
  .map((n, ch) => ({ ch, n }))
  .filter((c) => c.ch > 0)
  .sort((a, b) => b.n - a.n || a.ch - b.ch)
  .slice(0, 3);
console.log(`seen ${seen}, busiest channels: ${busiest.map((c) => `${c.ch} (${c.n})`).join(', ')}`);
const open = ranked.filter((ap) => !ap.secure).map((ap) => ap.ssid);
console.log(`open networks: ${open.length ? open.join(', ') : 'none'}`);
