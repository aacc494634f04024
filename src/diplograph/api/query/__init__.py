"""The query client over a store, the checks on its arguments, and the
snapshot a server reads."""
