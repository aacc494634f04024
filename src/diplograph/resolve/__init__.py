"""Resolve: entity mentions to actor codes from the knowledge base."""

from .actors import Resolved, Resolver

__all__ = ["Resolved", "Resolver"]
