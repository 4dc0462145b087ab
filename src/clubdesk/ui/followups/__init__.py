"""« Suivis »: a member's timeline, follow-ups, professional path, emploi accompagné, and the
team's next steps."""
