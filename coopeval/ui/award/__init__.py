"""The Award page's parts (issue 19): the award and standstill dialogs, the commitments register and the
contract changes, and how their facts are worded."""
