# Lists and dicts: grouping sensor readings by name.


def main():
    names = ["temp", "hum", "light", "sound"]
    readings = []
    for i in range(2000):
        readings.append((i * 37) % 101)

    sums = {}
    counts = {}
    for i in range(len(readings)):
        name = names[i % len(names)]
        sums[name] = sums.get(name, 0) + readings[i]
        counts[name] = counts.get(name, 0) + 1
    high = len([r for r in readings if r > 50])
    print(sums["temp"], counts["hum"], high)


main()
