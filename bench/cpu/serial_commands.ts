// A command console on a board's serial port, as a debugging shell or a host program drives
// it: each line is a command with arguments ("SET led 1", "GET temp", "PWM 5 512", "ADD counter 3",
// "DUMP"), checked and answered with an "OK ..." or "ERR ..." line, while the board keeps its
// named registers and pin duty cycles.

const registers = new Map<string, number>([
  ['led', 0],
  ['temp', 215],
  ['counter', 0],
  ['interval', 1000],
]);
const duty: number[] = new Array(8).fill(0);
const history: string[] = [];

function execute(line: string): string {
  const words = line.trim().split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return 'ERR empty';
  const command = words[0].toUpperCase();
  switch (command) {
    case 'GET': {
      if (words.length !== 2) return 'ERR usage: GET name';
      const value = registers.get(words[1]);
      return value === undefined ? `ERR no register ${words[1]}` : `OK ${words[1]}=${value}`;
    }
    case 'SET': {
      if (words.length !== 3) return 'ERR usage: SET name value';
      const value = parseInt(words[2], 10);
      if (isNaN(value)) return `ERR not a number: ${words[2]}`;
      registers.set(words[1], value);
      return `OK ${words[1]}=${value}`;
    }
    case 'ADD': {
      const current = registers.get(words[1]) ?? 0;
      const step = words.length > 2 ? parseInt(words[2], 10) : 1;
      registers.set(words[1], current + step);
      return `OK ${words[1]}=${current + step}`;
    }
    case 'PWM': {
      const pin = Number(words[1]);
      const level = Number(words[2]);
      if (!Number.isInteger(pin) || pin < 0 || pin >= duty.length) return `ERR bad pin ${words[1]}`;
      if (!(level >= 0 && level <= 1023)) return `ERR bad duty ${words[2]}`;
      duty[pin] = level;
      return `OK pwm${pin}=${Math.round((level / 1023) * 100)}%`;
    }
    case 'DUMP': {
      const parts: string[] = [];
      registers.forEach((value, name) => parts.push(`${name}=${value}`));
      return `OK ${parts.join(',')}`;
    }
    default:
      return `ERR unknown command ${command}`;
  }
}

const NAMES = ['led', 'temp', 'counter', 'interval', 'fan'];
let seed = 99;
function pick(n: number): number {
  seed = (seed * 69069 + 1) % 4294967296;
  return (seed >>> 16) % n;
}

let ok = 0;
let errors = 0;
for (let i = 0; i < 2500; i++) {
  const name = NAMES[pick(NAMES.length)];
  let line: string;
  switch (pick(8)) {
    case 0: line = `get ${name}`; break;
    case 1: line = `SET ${name} ${pick(500)}`; break;
    case 2: line = `  ADD counter ${pick(5)} `; break;
    case 3: line = `PWM ${pick(10)} ${pick(1100)}`; break;
    case 4: line = `SET ${name} x${pick(9)}`; break;
    case 5: line = i % 50 === 0 ? 'DUMP' : `GET ${name}`; break;
    case 6: line = `add  ${name}`; break;
    default: line = pick(4) === 0 ? 'REBOOT now' : `pwm ${pick(8)} ${pick(1024)}`;
  }
  const reply = execute(line);
  if (reply.startsWith('OK')) ok++;
  else errors++;
  if (i % 250 === 0) history.push(`${line.trim()} -> ${reply}`);
}
console.log(history.join('\n'));
console.log(`ok ${ok}, errors ${errors}, duty ${duty.join(' ')}`);
console.log(execute('DUMP'));
