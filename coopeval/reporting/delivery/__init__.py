"""Documents after the award (issue 19): the XLSX delivery return a supplier fills in each quarter."""
