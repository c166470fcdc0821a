"""Reports: parameters, preview and printing."""
