// Blink status messages on an LED in Morse code: encode each message with a lookup table, expand it to an
// on/off schedule of durations in milliseconds (dot = 1 unit, dash = 3, gaps 1/3/7), at several speeds.

const MORSE: Record<string, string> = {
  A: '.-', B: '-...', C: '-.-.', D: '-..', E: '.', F: '..-.', G: '--.', H: '....', I: '..', J: '.---',
  K: '-.-', L: '.-..', M: '--', N: '-.', O: '---', P: '.--.', Q: '--.-', R: '.-.', S: '...', T: '-',
  U: '..-', V: '...-', W: '.--', X: '-..-', Y: '-.--', Z: '--..',
  '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-',
  '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.',
  '.': '.-.-.-', '-': '-....-', '/': '-..-.',
};

interface Schedule {
  durations: number[]; // alternating on, off, on, off... starting with on
  onMs: number;
  totalMs: number;
}

function encode(message: string): string {
  return message
    .toUpperCase()
    .split(' ')
    .map((word) =>
      word
        .split('')
        .map((ch) => MORSE[ch] ?? '')
        .filter((code) => code.length > 0)
        .join(' '),
    )
    .join(' / ');
}

function schedule(code: string, unitMs: number): Schedule {
  const durations: number[] = [];
  let onMs = 0;
  let totalMs = 0;
  const words = code.split(' / ');
  words.forEach((word, w) => {
    const letters = word.split(' ');
    letters.forEach((letter, l) => {
      for (let s = 0; s < letter.length; s++) {
        const on = letter[s] === '.' ? unitMs : 3 * unitMs;
        durations.push(on);
        onMs += on;
        totalMs += on;
        const last = s === letter.length - 1;
        const gap = !last ? unitMs : l < letters.length - 1 ? 3 * unitMs : w < words.length - 1 ? 7 * unitMs : 0;
        if (gap > 0) {
          durations.push(gap);
          totalMs += gap;
        }
      }
    });
  });
  return { durations, onMs, totalMs };
}

const messages = [
  'SOS',
  'Hello world',
  'ESP32 ready',
  'Temp 23.5 C',
  'WiFi lost - retry 3',
  'Battery 87',
  'OTA v1.4.2 ok',
  'door open / alarm',
];

const lines: string[] = [];
let longest = { message: '', ms: 0 };
let grandTotal = 0;
let pulses = 0;
for (let wpm = 5; wpm <= 30; wpm++) {
  const unitMs = Math.round(1200 / wpm);
  let speedTotal = 0;
  let speedOn = 0;
  for (const message of messages) {
    const s = schedule(encode(message), unitMs);
    speedTotal += s.totalMs;
    speedOn += s.onMs;
    pulses += Math.ceil(s.durations.length / 2);
    if (s.totalMs > longest.ms) longest = { message, ms: s.totalMs };
  }
  grandTotal += speedTotal;
  if (wpm % 5 === 0) {
    const duty = ((speedOn / speedTotal) * 100).toFixed(1);
    lines.push(`${wpm} wpm (unit ${unitMs} ms): ${(speedTotal / 1000).toFixed(2)} s, duty ${duty}%`);
  }
}

for (const message of messages.slice(0, 3)) {
  console.log(`${message} -> ${encode(message)}`);
}
const sos = schedule(encode('SOS'), 100);
console.log(`SOS at 100 ms: [${sos.durations.join(', ')}] = ${sos.totalMs} ms`);
console.log(lines.join('\n'));
console.log(`longest: "${longest.message}" ${(longest.ms / 1000).toFixed(1)} s; all: ${(grandTotal / 60000).toFixed(2)} min, ${pulses} pulses`);
