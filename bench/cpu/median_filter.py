# Moving median (window 5) over a noisy ADC signal with spikes; the signal is built with integer arithmetic.

WINDOW = 5
HALF = WINDOW // 2
SPIKE_THRESHOLD = 120


def build_signal(length):
    state = 2024
    samples = []
    for i in range(length):
        phase = i % 200
        state = (state * 75 + 74) % 65537
        value = 1500 + i // 8 + (phase * 3 if phase < 100 else (200 - phase) * 3) + state % 21 - 10
        state = (state * 75 + 74) % 65537
        if state % 37 == 0:
            value += 600 + state % 300
        elif state % 53 == 0:
            value -= 700
        samples.append(0 if value < 0 else 4095 if value > 4095 else value)
    return samples


def moving_median(samples):
    out = samples[:]
    for i in range(HALF, len(samples) - HALF):
        out[i] = sorted(samples[i - HALF:i + HALF + 1])[HALF]
    return out


def roughness(xs):
    s = 0
    prev = xs[0]
    for x in xs:
        s += abs(x - prev)
        prev = x
    return s / (len(xs) - 1)


def main():
    raw = build_signal(2000)
    filtered = moving_median(raw)

    spikes = 0
    largest = 0
    for i in range(len(raw)):
        d = abs(raw[i] - filtered[i])
        if d > SPIKE_THRESHOLD:
            spikes += 1
        if d > largest:
            largest = d

    print('samples %d, window %d, spikes removed %d, largest correction %d' % (len(raw), WINDOW, spikes, largest))
    print('raw mean %.2f, filtered mean %.2f' % (sum(raw) / len(raw), sum(filtered) / len(filtered)))
    print('roughness raw %.3f, filtered %.3f' % (roughness(raw), roughness(filtered)))
    print('first filtered: ' + ','.join(str(v) for v in filtered[:12]))
    print('every 250th: ' + ' '.join(str(v) for v in filtered[::250]))
    print('min %d, max %d' % (min(filtered), max(filtered)))


main()
