"""The annual table the club sends to its funder (§11 of DGCS/SD3B/2022/195).

registry: what an indicator is (key, label, definition, kind, section, position) and the one
list of them; indicators: each indicator's entry and computation; year_data: the year's rows,
read once; wording: the one summary and detail lines of a value (documents and screen).
"""
