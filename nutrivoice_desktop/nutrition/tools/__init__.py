"""The assistant's nutrition functions: one module per tool, each defining ``TOOL``.

Drop a new module here with a ``TOOL = Tool(name, description, parameters, handler)`` and the registry,
the Live session setup and the CLI pick it up; nothing else changes.
"""
