"""Setting a tender up before bids arrive: the tender, its measures and weights, the frameworks they
come from (shipped, files, a council's spreadsheet), and starting evaluation, which freezes it all."""
