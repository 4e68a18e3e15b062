"""The history pane: the list of sends, its model, and the actions on one send."""
