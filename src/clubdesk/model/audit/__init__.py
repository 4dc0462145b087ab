"""The audit trail: who read or changed which record, and when; never the content.

trail: the service and the ``read`` entries; chain: the hash chain and the hooks that record
every write; seal: the key outside the database and the anchors; verify: checking all three.
"""
