"""Knowledge: what the stored records say together (membership timelines,
merged events, contradictions, relations, source stance)."""
