"""The pages of a tender: each shows one tender and refreshes from the controller's change records."""
