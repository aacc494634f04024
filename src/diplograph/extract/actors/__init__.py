"""Actors: which states, organisations and groups a phrase stands for
(names, titles, pronouns, "the parties", sub-state groups and their
sectors), and what earlier sentences of the document established."""
