"""`kg eval`: build the graph of gold-annotated documents and score it against the gold."""
