// MQTT subscription matching: which of a device's subscriptions (filters with + and # wildcards) does each
// incoming topic match? Counts per filter over a stream of messages, as a small broker or gateway keeps them.

function topicMatches(filter: string, topic: string): boolean {
  // wildcards at the first level do not match topics starting with $ (broker internals)
  if (topic.startsWith('$') && (filter.startsWith('+') || filter.startsWith('#'))) return false;
  const f = filter.split('/');
  const t = topic.split('/');
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '#') return true;
    if (i >= t.length) return false;
    if (f[i] !== '+' && f[i] !== t[i]) return false;
  }
  return f.length === t.length;
}

const filters = [
  'home/+/temperature',
  'home/#',
  '#',
  '+/+/moisture',
  'home/kitchen/+/state',
  'garden/#',
  '+/kitchen/#',
  'home/+/+',
  '$SYS/#',
  'sensors/+/battery',
  'home/livingroom/light/state',
];

const rooms = ['kitchen', 'livingroom', 'bedroom', 'garage'];
const measures = ['temperature', 'humidity', 'light/state', 'door/contact', 'battery'];
const topics: string[] = [];
for (const room of rooms) {
  for (const measure of measures) {
    topics.push(`home/${room}/${measure}`);
  }
}
topics.push('home', 'garden/bed1/moisture', 'garden/bed2/moisture', 'garden/pump', '$SYS/broker/uptime');
topics.push('sensors/node7/battery', 'sensors/node7/battery/voltage', 'home/kitchen', 'office/kitchen/coffee');

const counts = new Map<string, number>();
for (const f of filters) counts.set(f, 0);
const perTopic = new Map<string, number>();
let unmatched = 0;

for (let i = 0; i < 1200; i++) {
  const topic = topics[(i * 7 + Math.floor(i / 5)) % topics.length];
  let hits = 0;
  for (const f of filters) {
    if (topicMatches(f, topic)) {
      counts.set(f, (counts.get(f) ?? 0) + 1);
      hits++;
    }
  }
  if (hits === 0) unmatched++;
  perTopic.set(topic, Math.max(perTopic.get(topic) ?? 0, hits));
}

const summary: Record<string, number> = {};
for (const [f, n] of counts) {
  summary[f] = n;
}
console.log(JSON.stringify(summary));
console.log(`messages 1200, topics ${topics.length}, unmatched ${unmatched}`);
const busiest = [...perTopic.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 4);
console.log(busiest.map(([t, n]) => `${t}=${n}`).join(' '));
console.log(`kitchen light: ${filters.filter((f) => topicMatches(f, 'home/kitchen/light/state')).join(' | ')}`);
