"""The parts of the Set-up page: tender details, the measure picker and the weights table."""
