"""Practice mode: the in-process sandbox session and its ribbon."""
