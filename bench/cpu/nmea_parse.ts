// A GPS module's UART output: build a track of $GPGGA/$GPRMC sentences (a few corrupted by line noise),
// then parse them back: verify checksums, convert ddmm.mmmm to decimal degrees, sum the distance travelled.

interface Fix {
  time: string;
  lat: number;
  lon: number;
  sats: number;
  alt: number;
}

function checksum(body: string): number {
  let cs = 0;
  for (let i = 0; i < body.length; i++) {
    cs ^= body.charCodeAt(i);
  }
  return cs;
}

function sentence(body: string): string {
  const hex = checksum(body).toString(16).toUpperCase().padStart(2, '0');
  return `$${body}*${hex}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

// Coordinates are kept as ten-thousandths of a minute so the track is exact.
function formatCoord(v: number, degDigits: number): string {
  const totalMin = Math.floor(v / 10000);
  const frac = v % 10000;
  const deg = Math.floor(totalMin / 60);
  const min = totalMin % 60;
  return `${pad(deg, degDigits)}${pad(min, 2)}.${pad(frac, 4)}`;
}

function formatTime(secs: number): string {
  const h = Math.floor(secs / 3600) % 24;
  const m = Math.floor(secs / 60) % 60;
  const s = secs % 60;
  return `${pad(h, 2)}${pad(m, 2)}${pad(s, 2)}.00`;
}

function buildTrack(points: number): string[] {
  const lines: string[] = [];
  let lat = (48 * 60 + 7) * 10000 + 380;
  let lon = (11 * 60 + 31) * 10000;
  for (let i = 0; i < points; i++) {
    const time = formatTime(12 * 3600 + 35 * 60 + 19 + i);
    const latStr = formatCoord(lat, 2);
    const lonStr = formatCoord(lon, 3);
    const sats = 4 + ((i * 7) % 9);
    const altDm = 5454 + ((i * 13) % 41) - 20;
    const knots = 10 + ((i * 17) % 23) / 2;
    const course = (84 + i * 0.5) % 360;
    let gga = sentence(
      `GPGGA,${time},${latStr},N,${lonStr},E,1,${pad(sats, 2)},0.9,${(altDm / 10).toFixed(1)},M,46.9,M,,`,
    );
    let rmc = sentence(
      `GPRMC,${time},A,${latStr},N,${lonStr},E,${knots.toFixed(1)},${course.toFixed(1)},230394,003.1,W`,
    );
    if (i % 13 === 5) {
      // one character garbled on the wire
      gga = gga.slice(0, 20) + 'X' + gga.slice(21);
    }
    if (i % 29 === 11) {
      // the line was cut off before the checksum
      rmc = rmc.slice(0, 40);
    }
    lines.push(gga, rmc);
    lat += 37 + (i % 5) * 3;
    lon += 52 - (i % 7) * 11;
  }
  // a few sentences from other hemispheres
  lines.push(sentence('GPGGA,080512.00,3351.5200,S,15112.6400,E,1,07,1.1,39.0,M,22.1,M,,'));
  lines.push(sentence('GPGGA,173004.00,2254.4100,S,04310.2100,W,2,11,0.8,12.5,M,-5.3,M,,'));
  lines.push(sentence('GPRMC,173004.00,V,2254.4100,S,04310.2100,W,0.0,0.0,230394,,'));
  lines.push('GPGGA,no dollar sign*00');
  return lines;
}

function parseCoord(value: string, hemi: string): number {
  const v = parseFloat(value);
  const deg = Math.floor(v / 100);
  const min = v - deg * 100;
  const dec = deg + min / 60;
  return hemi === 'S' || hemi === 'W' ? -dec : dec;
}

function validate(line: string): string | null {
  if (!line.startsWith('$')) return null;
  const star = line.indexOf('*');
  if (star < 0) return null;
  const body = line.slice(1, star);
  const expected = parseInt(line.slice(star + 1), 16);
  return checksum(body) === expected ? body : null;
}

function distanceKm(a: Fix, b: Fix): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const lines = buildTrack(300);
const fixes: Fix[] = [];
let bad = 0;
let rmcCount = 0;
let maxSpeed = 0;
for (const line of lines) {
  const body = validate(line);
  if (body === null) {
    bad++;
    continue;
  }
  const fields = body.split(',');
  if (fields[0] === 'GPGGA') {
    fixes.push({
      time: `${fields[1].slice(0, 2)}:${fields[1].slice(2, 4)}:${fields[1].slice(4, 6)}`,
      lat: parseCoord(fields[2], fields[3]),
      lon: parseCoord(fields[4], fields[5]),
      sats: parseInt(fields[7], 10),
      alt: parseFloat(fields[9]),
    });
  } else if (fields[0] === 'GPRMC' && fields[2] === 'A') {
    rmcCount++;
    const kmh = parseFloat(fields[7]) * 1.852;
    if (kmh > maxSpeed) maxSpeed = kmh;
  }
}

const track = fixes.filter((f) => f.lat > 0);
let dist = 0;
for (let i = 1; i < track.length; i++) {
  dist += distanceKm(track[i - 1], track[i]);
}
const avgSats = fixes.reduce((sum, f) => sum + f.sats, 0) / fixes.length;
const maxAlt = Math.max(...fixes.map((f) => f.alt));

console.log(`sentences: ${lines.length}, bad: ${bad}, GGA fixes: ${fixes.length}, RMC: ${rmcCount}`);
for (let i = 0; i < fixes.length; i += 70) {
  const f = fixes[i];
  console.log(`${f.time} ${f.lat.toFixed(5)}, ${f.lon.toFixed(5)} sats ${f.sats} alt ${f.alt.toFixed(1)}`);
}
const last = fixes[fixes.length - 1];
console.log(`last: ${last.time} ${last.lat.toFixed(5)}, ${last.lon.toFixed(5)}`);
console.log(`avg sats ${avgSats.toFixed(2)}, max alt ${maxAlt.toFixed(1)} m, max speed ${maxSpeed.toFixed(1)} km/h`);
console.log(`distance ${dist.toFixed(3)} km`);
