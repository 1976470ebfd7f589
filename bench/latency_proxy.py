"""A local TCP proxy that adds a delay to each round trip: a database server as far away as a
team's server over the internet. The delay is added on the way to the server (each request waits
`delay_s` before it is forwarded, in order), so every round trip is that much longer.

    with LatencyProxy("db.example", 5432, delay_s=0.1) as proxy:
        url = f"postgresql+psycopg://user:pw@127.0.0.1:{proxy.port}/grants"

It runs an asyncio loop in a thread of the bench's own process.
"""

from __future__ import annotations

import asyncio
import threading
import time

CHUNK = 65536


class LatencyProxy:
    def __init__(self, host: str, port: int, *, delay_s: float = 0.1) -> None:
        self.target = (host, port)
        self.delay_s = delay_s
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="latency-proxy", daemon=True)
        self._server: asyncio.Server | None = None

    def __enter__(self) -> LatencyProxy:
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def __exit__(self, *_exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    async def _stop(self) -> None:
        """Close the listening socket and every connection still open (the app's pool keeps some)."""
        if self._server is not None:
            self._server.close()
        others = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in others:
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)

    async def _listen(self) -> asyncio.Server:
        return await asyncio.start_server(self._connection, "127.0.0.1", 0)

    async def _connection(self, client_in: asyncio.StreamReader, client_out: asyncio.StreamWriter) -> None:
        try:
            server_in, server_out = await asyncio.open_connection(*self.target)
        except OSError:
            client_out.close()
            return
        try:
            await asyncio.gather(
                self._delayed(client_in, server_out),
                self._forward(server_in, client_out),
                return_exceptions=True,
            )
        except asyncio.CancelledError:
            pass  # the proxy is stopping: the connection ends here, quietly
        finally:
            for writer in (client_out, server_out):
                writer.close()

    async def _delayed(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Requests reach the server `delay_s` after they were sent, in the order they were sent."""
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def send() -> None:
            while True:
                due, data = await queue.get()
                if not data:
                    writer.write_eof()
                    return
                await asyncio.sleep(max(0.0, due - time.monotonic()))
                writer.write(data)
                await writer.drain()

        sender = asyncio.ensure_future(send())
        while True:
            data = await reader.read(CHUNK)
            queue.put_nowait((time.monotonic() + self.delay_s, data))
            if not data:
                break
        await sender

    async def _forward(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while data := await reader.read(CHUNK):
            writer.write(data)
            await writer.drain()
        writer.write_eof()
