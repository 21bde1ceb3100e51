import asyncio
from pkg.a import fetch

async def main():
    async with asyncio.timeout(1) as t:
        data = await fetch("url")
    async for item in stream():
        yield item
    await asyncio.gather(*(fetch(u) for u in ["a"]))
    return [x async for x in stream()]

async def stream():
    yield 1

asyncio.run(main())
