"""What the council publishes before bids arrive and keeps of what comes back (issue 18): the social value
questionnaire, the response template, and the files of the tender's record (`files`)."""
