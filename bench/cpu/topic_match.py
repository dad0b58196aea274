# MQTT subscription matching (+ and # wildcards): counts per filter over a stream of messages.

FILTERS = (
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
)
# subscriptions are split once; each message's topic once
SUBS = [(f.split('/'), f[0] == '+' or f[0] == '#') for f in FILTERS]


def matches(levels, wild_first, topic, t):
    if wild_first and topic[0] == '$':
        return False
    n = len(t)
    i = 0
    for lv in levels:
        if lv == '#':
            return True
        if i >= n or (lv != '+' and lv != t[i]):
            return False
        i += 1
    return i == n


def main():
    topics = []
    for room in ('kitchen', 'livingroom', 'bedroom', 'garage'):
        for measure in ('temperature', 'humidity', 'light/state', 'door/contact', 'battery'):
            topics.append('home/' + room + '/' + measure)
    topics += ['home', 'garden/bed1/moisture', 'garden/bed2/moisture', 'garden/pump', '$SYS/broker/uptime',
               'sensors/node7/battery', 'sensors/node7/battery/voltage', 'home/kitchen', 'office/kitchen/coffee']

    counts = [0] * len(SUBS)
    per_topic = {}
    unmatched = 0
    nt = len(topics)
    for i in range(1200):
        topic = topics[(i * 7 + i // 5) % nt]
        t = topic.split('/')
        hits = 0
        for k in range(len(SUBS)):
            levels, wild = SUBS[k]
            if matches(levels, wild, topic, t):
                counts[k] += 1
                hits += 1
        if hits == 0:
            unmatched += 1
        if hits >= per_topic.get(topic, 0):
            per_topic[topic] = hits

    print('{' + ','.join('"%s":%d' % (FILTERS[k], counts[k]) for k in range(len(SUBS))) + '}')
    print('messages 1200, topics %d, unmatched %d' % (nt, unmatched))
    busiest = sorted(per_topic.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
    print(' '.join('%s=%d' % kv for kv in busiest))
    t = 'home/kitchen/light/state'
    lv = t.split('/')
    print('kitchen light: ' + ' | '.join(FILTERS[k] for k in range(len(SUBS)) if matches(SUBS[k][0], SUBS[k][1], t, lv)))


main()
