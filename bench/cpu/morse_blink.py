# Morse code LED schedules: encode messages, expand to on/off durations (dot 1 unit, dash 3, gaps 1/3/7).

MORSE = {
    'A': '.-', 'B': '-...', 'C': '-.-.', 'D': '-..', 'E': '.', 'F': '..-.', 'G': '--.', 'H': '....',
    'I': '..', 'J': '.---', 'K': '-.-', 'L': '.-..', 'M': '--', 'N': '-.', 'O': '---', 'P': '.--.',
    'Q': '--.-', 'R': '.-.', 'S': '...', 'T': '-', 'U': '..-', 'V': '...-', 'W': '.--', 'X': '-..-',
    'Y': '-.--', 'Z': '--..', '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-',
    '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.', '.': '.-.-.-', '-': '-....-',
    '/': '-..-.',
}


def encode(message):
    return ' / '.join(' '.join(MORSE[c] for c in word if c in MORSE) for word in message.upper().split(' '))


def schedule(code, unit):
    # returns (durations alternating on/off starting with on, on ms, total ms)
    durations = []
    on_ms = 0
    total = 0
    words = code.split(' / ')
    last_w = len(words) - 1
    for w in range(len(words)):
        letters = words[w].split(' ')
        last_l = len(letters) - 1
        for l in range(len(letters)):
            letter = letters[l]
            last_s = len(letter) - 1
            for s in range(len(letter)):
                on = unit if letter[s] == '.' else 3 * unit
                durations.append(on)
                on_ms += on
                total += on
                gap = unit if s < last_s else 3 * unit if l < last_l else 7 * unit if w < last_w else 0
                if gap:
                    durations.append(gap)
                    total += gap
    return durations, on_ms, total


def main():
    messages = ('SOS', 'Hello world', 'ESP32 ready', 'Temp 23.5 C', 'WiFi lost - retry 3', 'Battery 87',
                'OTA v1.4.2 ok', 'door open / alarm')

    lines = []
    longest = ''
    longest_ms = 0
    grand = 0
    pulses = 0
    for wpm in range(5, 31):
        unit = (2400 + wpm) // (2 * wpm)  # 1200 / wpm rounded
        speed_total = 0
        speed_on = 0
        for message in messages:
            d, on_ms, total = schedule(encode(message), unit)
            speed_total += total
            speed_on += on_ms
            pulses += (len(d) + 1) // 2
            if total > longest_ms:
                longest = message
                longest_ms = total
        grand += speed_total
        if wpm % 5 == 0:
            lines.append('%d wpm (unit %d ms): %.2f s, duty %.1f%%'
                         % (wpm, unit, speed_total / 1000, speed_on / speed_total * 100))

    for message in messages[:3]:
        print(message + ' -> ' + encode(message))
    d, _, total = schedule(encode('SOS'), 100)
    print('SOS at 100 ms: [%s] = %d ms' % (', '.join(str(x) for x in d), total))
    print('\n'.join(lines))
    print('longest: "%s" %.1f s; all: %.2f min, %d pulses' % (longest, longest_ms / 1000, grand / 60000, pulses))


main()
