"""What the tests share: builders of workspaces and frameworks, and fakes for the app's seams."""
