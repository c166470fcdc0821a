"""After-loan management (贷后管理): listings and their funding, repayments due, overdue loans by age bucket,
collection (催收), compensation from the risk reserve (代偿) and write-off (坏账核销) with four eyes."""
