"""After the award (issue 19): the award and its standstill (`award`), the contract commitments and their KPIs
(`commitments`), what the supplier delivered each quarter with its evidence and the officer's checks (`entries`,
`returns`), and KPI ratings, contract performance notices and the delivery report (`ratings`, `documents`).
What they hand out is in `views`."""
