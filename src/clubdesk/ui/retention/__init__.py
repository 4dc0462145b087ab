"""« Conservation des données »: the retention rule, the records due for archiving and
anonymising, and the erasure of one record on request."""
