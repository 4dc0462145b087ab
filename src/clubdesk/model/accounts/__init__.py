"""Accounts and getting in: users (passwords, signing in, roles of
accounts), one_time (one-time codes for an account without a password) and recovery (the
club's recovery code).
Who may do what once signed in is clubdesk.model.access.
"""
