"""The baseline for the at-speaker benchmark: the design of Google's cookbook Live starter, on real PyAudio.

Follows quickstarts/Get_started_LiveAPI.py (google-gemini/cookbook, anchors.md) point by point:
- microphone: a blocking PortAudio input stream, 1024-sample reads (64 ms) in a worker thread, into an
  ``asyncio.Queue(maxsize=5)`` that drops the oldest chunk when full (the newest version of the script);
- sending: one task takes from that queue and calls ``send_realtime_input(audio=...)``;
- speaker: a blocking PortAudio output stream opened with PyAudio's defaults, each server chunk written
  whole with ``stream.write`` in a worker thread, from an unbounded queue;
- interruption: on ``server_content.interrupted`` the playback queue is emptied (the chunk already inside
  ``stream.write`` plays out: a blocking write cannot be taken back), and again when the turn ends;
- tools: run inline in the receive loop.
Only the endpoint (the local fake server) and the tool set (ours) differ from the script.
"""

from __future__ import annotations

import asyncio
import ssl

FORMAT_WIDTH = 2
CHANNELS = 1
SEND_SAMPLE_RATE = 16_000
RECEIVE_SAMPLE_RATE = 24_000
CHUNK_SIZE = 1024


def cookbook_client(server, registry):
    """The SDK client and session config: the cookbook's (audio out, tools), our endpoint."""
    from google import genai
    from google.genai import types

    client = genai.Client(api_key="bench", http_options=types.HttpOptions(
        base_url=server.base_url, api_version="v1beta",
        async_client_args={"ssl": ssl.create_default_context(cafile=server.ca_file), "proxy": None}))
    config = types.LiveConnectConfig(response_modalities=["AUDIO"],
                                     tools=[types.Tool(function_declarations=registry.declarations())])
    return client, config


async def run(server, model: str, registry, context, stop: asyncio.Event) -> None:
    import pyaudio
    from google.genai import types

    pya = pyaudio.PyAudio()
    client, config = cookbook_client(server, registry)
    audio_in_queue: asyncio.Queue = asyncio.Queue()
    out_queue: asyncio.Queue = asyncio.Queue(maxsize=5)
    streams: list = []

    async with client.aio.live.connect(model=model, config=config) as session:

        async def listen_audio() -> None:
            mic_info = pya.get_default_input_device_info()
            stream = await asyncio.to_thread(pya.open, format=pyaudio.paInt16, channels=CHANNELS,
                                             rate=SEND_SAMPLE_RATE, input=True,
                                             input_device_index=mic_info["index"], frames_per_buffer=CHUNK_SIZE)
            streams.append(stream)
            while not stop.is_set():
                data = await asyncio.to_thread(stream.read, CHUNK_SIZE, exception_on_overflow=False)
                if out_queue.full():
                    out_queue.get_nowait()  # drop the oldest, as the newest script does
                out_queue.put_nowait(types.Blob(data=data, mime_type="audio/pcm"))

        async def send_realtime() -> None:
            while True:
                await session.send_realtime_input(audio=await out_queue.get())

        async def receive_audio() -> None:
            while True:
                async for response in session.receive():
                    if response.data:
                        audio_in_queue.put_nowait(response.data)
                        continue
                    content = response.server_content
                    if content is not None and content.interrupted:
                        while not audio_in_queue.empty():
                            audio_in_queue.get_nowait()
                    if response.tool_call:
                        responses = [types.FunctionResponse(id=call.id, name=call.name, response=registry.call(
                            call.name, dict(call.args or {}), context).data)
                            for call in response.tool_call.function_calls]
                        await session.send_tool_response(function_responses=responses)
                while not audio_in_queue.empty():  # the turn ended
                    audio_in_queue.get_nowait()

        async def play_audio() -> None:
            stream = await asyncio.to_thread(pya.open, format=pyaudio.paInt16, channels=CHANNELS,
                                             rate=RECEIVE_SAMPLE_RATE, output=True)
            streams.append(stream)
            while not stop.is_set():
                try:
                    data = await asyncio.wait_for(audio_in_queue.get(), 0.1)
                except TimeoutError:
                    continue
                await asyncio.to_thread(stream.write, data)

        # the device loops end by themselves: a stream closed while a worker thread is inside read() or
        # write() crashes PortAudio (the script itself never closes; it is stopped with Ctrl+C)
        devices = [asyncio.create_task(f()) for f in (listen_audio, play_audio)]
        network = [asyncio.create_task(f()) for f in (send_realtime, receive_audio)]
        await stop.wait()
        await asyncio.gather(*devices, return_exceptions=True)
        for task in network:
            task.cancel()
        await asyncio.gather(*network, return_exceptions=True)
    for stream in streams:
        stream.close()
    pya.terminate()
