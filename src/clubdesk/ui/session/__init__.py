"""Signing in, the first account, switching user and the idle lock."""
