# Ranking Wi-Fi scan results: the strongest access point per SSID, ranked by signal then name,
# and how often each channel is busy. Scan entries are tuples, as network.WLAN.scan() gives them.

NAMES = ('home', 'home-5g', 'guest', 'office', 'cafe', 'printer', 'iot', 'lab')

seed = 7


def random(n):
    global seed
    seed = (seed * 75 + 74) % 65537
    return seed % n


def scan(count):
    found = []
    for _ in range(count):
        name = NAMES[random(8)]
        bssid = 'ac:12:%x:%x' % (10 + random(80), 16 + random(200))
        found.append((name, bssid, 1 + random(13), -30 - random(60), name != 'guest' and name != 'cafe'))
    return found


def main():
    best = {}
    channel_use = [0] * 14
    seen = 0
    for _ in range(40):
        results = scan(30)
        seen += len(results)
        # list.sort is not stable in MicroPython: the position breaks ties
        ranked = [(-ap[3], ap[0], i, ap) for i, ap in enumerate(results)]
        ranked.sort()
        for _, _, _, ap in ranked:
            channel_use[ap[2]] += 1
            known = best.get(ap[0])
            if known is None or ap[3] > known[3]:
                best[ap[0]] = ap

    for ssid, bssid, ch, rssi, secure in sorted(best.values(), key=lambda ap: (-ap[3], ap[0])):
        print('%-8s %s ch %d %d dBm%s' % (ssid, bssid, ch, rssi, '' if secure else ' (open)'))
    busiest = sorted(range(1, 14), key=lambda ch: (-channel_use[ch], ch))[:3]
    print('seen %d, busiest channels: %s' % (seen, ', '.join('%d (%d)' % (ch, channel_use[ch]) for ch in busiest)))
    open_ = [ap[0] for ap in sorted(best.values(), key=lambda ap: (-ap[3], ap[0])) if not ap[4]]
    print('open networks: ' + (', '.join(open_) if open_ else 'none'))


main()
