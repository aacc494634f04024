"""Time: expressions of time in a sentence resolved against the
publication date and the tense (temporal), the story a news text tells
and its background (narrative), and which date each event, membership and
figure gets (dating, periods)."""
