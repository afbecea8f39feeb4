#!/usr/bin/python3
"""A counting SMTP sink for the fan-out benchmark. A minimal SMTP server on asyncio (EHLO with PIPELINING, MAIL, RCPT,
DATA, RSET, NOOP, QUIT) that accepts every mail and keeps only its Message-ID, so the sink is not what limits the
benchmark. Writes {accepted, unique, duplicates, first, last} to a JSON file twice a second. With SAMPLE it also writes
the first mail it accepts, whole (headers and body as received), to that file, so a benchmark can check what was sent.
Usage: smtp-sink.py PORT STATS [SAMPLE]"""
import asyncio, json, os, re, sys, time

port, stats_path = int(sys.argv[1]), sys.argv[2]
sample_path = sys.argv[3] if len(sys.argv) > 3 else None
MESSAGE_ID = re.compile(rb"^Message-ID:\s*(<[^>]+>)", re.I | re.M)
seen, state = set(), {"accepted": 0, "duplicates": 0, "first": None, "last": None}

async def session(reader, writer):
    writer.write(b"220 sink ESMTP\r\n")
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                writer.write(b"250-sink\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n")
            elif verb == b"DATA":
                writer.write(b"354 go ahead\r\n")
                await writer.drain()
                data = await reader.readuntil(b"\r\n.\r\n")
                match = MESSAGE_ID.search(data)
                key = match.group(1) if match else b"<none>"
                now = time.time()
                state["accepted"] += 1
                state["first"] = state["first"] or now
                state["last"] = now
                if sample_path and state["accepted"] == 1:
                    with open(sample_path, "wb") as f:
                        f.write(data[:-5].replace(b"\r\n..", b"\r\n."))  # without the final dot, dot-stuffing undone
                if key in seen:
                    state["duplicates"] += 1
                seen.add(key)
                writer.write(b"250 OK\r\n")
            elif verb == b"QUIT":
                writer.write(b"221 bye\r\n")
                await writer.drain()
                break
            else:  # MAIL, RCPT, RSET, NOOP
                writer.write(b"250 OK\r\n")
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()

async def report():
    while True:
        tmp = f"{stats_path}.{os.getpid()}.tmp"
        with open(tmp, "w") as f:
            json.dump({**state, "unique": len(seen)}, f)
        os.replace(tmp, stats_path)
        await asyncio.sleep(0.5)

async def main():
    server = await asyncio.start_server(session, "127.0.0.1", port, limit=16 * 1024 * 1024)
    async with server:
        await asyncio.gather(server.serve_forever(), report())

asyncio.run(main())
