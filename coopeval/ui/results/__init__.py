"""The Results page's parts: the ranking and outcome tables and the bar chart of scores by theme."""
