"""One thread at a time for the first import of a library built on pydantic (google-genai's SDK, livekit's
echo canceller).

Two threads importing them at once cross inside pydantic: PySide's import hook reads each new module's source,
which calls pydantic's lazy module ``__getattr__``, which imports a pydantic module the other thread is still
making, and the import fails with "partially initialized module 'pydantic._internal._validators'". Seen when
Start's SDK import met the echo canceller's first load (the latency bench, which starts without
``Assistant.prepare``; a user pressing Start before it finished could meet it too). Once both are imported,
taking the lock costs nothing.
"""

from __future__ import annotations

import threading

LOCK = threading.Lock()
