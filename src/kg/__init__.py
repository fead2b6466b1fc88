"""kg: knowledge graphs from Dutch parliamentary documents."""
