"""The assistant's nutrition functions: one module per tool, each defining ``TOOL``.

Drop a new module here with a ``TOOL = Tool(name, description, parameters, handler)`` and the registry,
the Live session setup and the CLI pick it up; nothing else changes. A tool that reads or writes the diary
passes ``handler=diary_transaction(handle)`` (tooling.py): its reads and its write are then one transaction,
safe beside another process, and a full disk or read-only diary reaches the model in plain words.
A tool that only reads says ``policy=READ_ONLY`` (no dashboard refresh, nothing to undo); see ToolPolicy.
"""
