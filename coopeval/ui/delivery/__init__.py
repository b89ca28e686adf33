"""The Delivery page's parts (issue 19): the commitments × periods grid, the promised-against-delivered chart, the
dialogs that record, check and rate delivery, and the doors for supplier returns."""
