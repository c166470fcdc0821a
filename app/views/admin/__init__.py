"""Administration: staff, roles and their permissions, staff–customer links."""
