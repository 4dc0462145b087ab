"""« Tâches de la journée »: the task catalogue the rota is made from, its form and its table."""
