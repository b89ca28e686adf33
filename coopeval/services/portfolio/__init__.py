"""The council's portfolio across tenders and workspaces (issue 20): every awarded tender with its supplier's
ownership model and the social value promised and delivered, and the share of spend reaching co-operative and
democratic businesses, year by year (`build`), read only, from one or several workspace files (`sources`)."""
