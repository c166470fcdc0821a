"""Reports as PDFs (reports.md): the catalog, the generator, one module per report with a pure render."""
