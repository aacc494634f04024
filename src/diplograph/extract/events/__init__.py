"""Events, memberships and figures as a sentence states them: the
finders (trigger words from the lexicon, their slots and roles, the
trigger checks), modality, and PLOVER's conventions and the completion of
both sides that shape the drafts before they are dated."""
