"""The council's published spend (issue 20): reading a spend file whatever its columns and encoding (`reading`),
saved column mappings (`mappings`), importing lines once however often a file comes in (`imports`), and the share
that reaches co-operative and democratic businesses (`share`)."""
