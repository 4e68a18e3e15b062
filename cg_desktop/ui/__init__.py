"""Qt widgets and the sender thread: they show and wire; core decides."""
