# The simulated aioespnow module: ESPNow whose receive is awaited. The firmware's version waits
# on the ESP-NOW buffer with asyncio's poller; this one looks every 5 ms with asyncio.sleep_ms,
# so other tasks run meanwhile.
import asyncio
import espnow


class AIOESPNow(espnow.ESPNow):
    async def arecv(self):
        while not self.any():
            await asyncio.sleep_ms(5)
        return self.recv(0)

    async def airecv(self):
        while not self.any():
            await asyncio.sleep_ms(5)
        return self.irecv(0)

    async def asend(self, mac, msg=None, sync=None):
        if msg is None:
            msg, mac = mac, None
        return self.send(mac, msg, True if sync is None else sync)

    def __aiter__(self):
        return self

    async def __anext__(self):
        return await self.airecv()
