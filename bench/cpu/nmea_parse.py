# NMEA track: build $GPGGA/$GPRMC sentences (some corrupted), parse them back, sum the distance.
from math import sin, cos, asin, sqrt, pi


def checksum(body):
    cs = 0
    for b in body.encode():
        cs ^= b
    return cs


def sentence(body):
    return '$%s*%02X' % (body, checksum(body))


def coord(v, deg_fmt):
    m = v // 10000
    return deg_fmt % (m // 60, m % 60, v % 10000)


def build_track(points):
    lines = []
    lat = (48 * 60 + 7) * 10000 + 380
    lon = (11 * 60 + 31) * 10000
    for i in range(points):
        secs = 12 * 3600 + 35 * 60 + 19 + i
        time = '%02d%02d%02d.00' % (secs // 3600 % 24, secs // 60 % 60, secs % 60)
        lat_s = coord(lat, '%02d%02d.%04d')
        lon_s = coord(lon, '%03d%02d.%04d')
        alt = '%.1f' % ((5454 + i * 13 % 41 - 20) / 10)
        knots = 10 + i * 17 % 23 / 2
        course = (84 + i * 0.5) % 360
        gga = sentence('GPGGA,%s,%s,N,%s,E,1,%02d,0.9,%s,M,46.9,M,,' % (time, lat_s, lon_s, 4 + i * 7 % 9, alt))
        rmc = sentence('GPRMC,%s,A,%s,N,%s,E,%.1f,%.1f,230394,003.1,W' % (time, lat_s, lon_s, knots, course))
        if i % 13 == 5:
            gga = gga[:20] + 'X' + gga[21:]
        if i % 29 == 11:
            rmc = rmc[:40]
        lines.append(gga)
        lines.append(rmc)
        lat += 37 + i % 5 * 3
        lon += 52 - i % 7 * 11
    lines.append(sentence('GPGGA,080512.00,3351.5200,S,15112.6400,E,1,07,1.1,39.0,M,22.1,M,,'))
    lines.append(sentence('GPGGA,173004.00,2254.4100,S,04310.2100,W,2,11,0.8,12.5,M,-5.3,M,,'))
    lines.append(sentence('GPRMC,173004.00,V,2254.4100,S,04310.2100,W,0.0,0.0,230394,,'))
    lines.append('GPGGA,no dollar sign*00')
    return lines


def parse_coord(value, hemi):
    v = float(value)
    deg = v // 100
    dec = deg + (v - deg * 100) / 60
    return -dec if hemi == 'S' or hemi == 'W' else dec


def validate(line):
    if line[:1] != '$':
        return None
    star = line.find('*')
    if star < 0:
        return None
    body = line[1:star]
    return body if checksum(body) == int(line[star + 1:], 16) else None


RAD = pi / 180


def distance_km(a, b):
    d_lat = (b[1] - a[1]) * RAD
    d_lon = (b[2] - a[2]) * RAD
    h = sin(d_lat / 2) ** 2 + cos(a[1] * RAD) * cos(b[1] * RAD) * sin(d_lon / 2) ** 2
    return 2 * 6371 * asin(sqrt(h))


def main():
    lines = build_track(300)
    fixes = []  # (time, lat, lon, sats, alt)
    bad = 0
    rmc_count = 0
    max_speed = 0
    for line in lines:
        body = validate(line)
        if body is None:
            bad += 1
            continue
        f = body.split(',')
        if f[0] == 'GPGGA':
            t = f[1]
            fixes.append((t[0:2] + ':' + t[2:4] + ':' + t[4:6], parse_coord(f[2], f[3]),
                          parse_coord(f[4], f[5]), int(f[7]), float(f[9])))
        elif f[0] == 'GPRMC' and f[2] == 'A':
            rmc_count += 1
            kmh = float(f[7]) * 1.852
            if kmh > max_speed:
                max_speed = kmh

    dist = 0
    prev = None
    for fx in fixes:
        if fx[1] > 0:
            if prev:
                dist += distance_km(prev, fx)
            prev = fx
    sats = 0
    max_alt = fixes[0][4]
    for fx in fixes:
        sats += fx[3]
        if fx[4] > max_alt:
            max_alt = fx[4]

    print('sentences: %d, bad: %d, GGA fixes: %d, RMC: %d' % (len(lines), bad, len(fixes), rmc_count))
    for i in range(0, len(fixes), 70):
        fx = fixes[i]
        print('%s %.5f, %.5f sats %d alt %.1f' % fx)
    fx = fixes[-1]
    print('last: %s %.5f, %.5f' % fx[:3])
    print('avg sats %.2f, max alt %.1f m, max speed %.1f km/h' % (sats / len(fixes), max_alt, max_speed))
    print('distance %.3f km' % dist)


main()
