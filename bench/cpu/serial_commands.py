# A serial command console: "SET led 1", "GET temp", "PWM 5 512", "ADD counter 3", "DUMP",
# each answered with an OK/ERR line; named registers kept in insertion order.

names = ["led", "temp", "counter", "interval"]  # registers in the order they were created
registers = {"led": 0, "temp": 215, "counter": 0, "interval": 1000}
duty = [0] * 8
history = []


def parse_int(s):
    # leading digits with an optional sign, as parseInt(s, 10); None when there are none
    i = 1 if s[:1] in "+-" else 0
    j = i
    while j < len(s) and "0" <= s[j] <= "9":
        j += 1
    if j == i:
        return None
    n = int(s[i:j])
    return -n if s[0] == "-" else n


def set_register(name, value):
    if name not in registers:
        names.append(name)
    registers[name] = value


def execute(line):
    words = line.split()
    if not words:
        return "ERR empty"
    command = words[0].upper()
    if command == "GET":
        if len(words) != 2:
            return "ERR usage: GET name"
        value = registers.get(words[1])
        if value is None:
            return "ERR no register " + words[1]
        return "OK %s=%d" % (words[1], value)
    if command == "SET":
        if len(words) != 3:
            return "ERR usage: SET name value"
        value = parse_int(words[2])
        if value is None:
            return "ERR not a number: " + words[2]
        set_register(words[1], value)
        return "OK %s=%d" % (words[1], value)
    if command == "ADD":
        name = words[1]
        step = parse_int(words[2]) if len(words) > 2 else 1
        value = registers.get(name, 0) + step
        set_register(name, value)
        return "OK %s=%d" % (name, value)
    if command == "PWM":
        pin = words[1]
        level = words[2]
        if not pin.isdigit() or int(pin) >= len(duty):
            return "ERR bad pin " + pin
        if not level.isdigit() or int(level) > 1023:
            return "ERR bad duty " + level
        p = int(pin)
        v = int(level)
        duty[p] = v
        return "OK pwm%d=%d%%" % (p, (v * 200 + 1023) // 2046)
    if command == "DUMP":
        return "OK " + ",".join("%s=%d" % (n, registers[n]) for n in names)
    return "ERR unknown command " + command


NAMES = ("led", "temp", "counter", "interval", "fan")
seed = 99


def pick(n):
    global seed
    seed = (seed * 69069 + 1) % 4294967296
    return (seed >> 16) % n


def main():
    ok = 0
    errors = 0
    for i in range(2500):
        name = NAMES[pick(5)]
        kind = pick(8)
        if kind == 0:
            line = "get " + name
        elif kind == 1:
            line = "SET %s %d" % (name, pick(500))
        elif kind == 2:
            line = "  ADD counter %d " % pick(5)
        elif kind == 3:
            line = "PWM %d %d" % (pick(10), pick(1100))
        elif kind == 4:
            line = "SET %s x%d" % (name, pick(9))
        elif kind == 5:
            line = "DUMP" if i % 50 == 0 else "GET " + name
        elif kind == 6:
            line = "add  " + name
        else:
            line = "REBOOT now" if pick(4) == 0 else "pwm %d %d" % (pick(8), pick(1024))
        reply = execute(line)
        if reply.startswith("OK"):
            ok += 1
        else:
            errors += 1
        if i % 250 == 0:
            history.append(line.strip() + " -> " + reply)
    print("\n".join(history))
    print("ok %d, errors %d, duty %s" % (ok, errors, " ".join(str(d) for d in duty)))
    print(execute("DUMP"))


main()
