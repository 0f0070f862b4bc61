"""One fictional ferry strike, paragraph by paragraph (text written for these tests), for the
page-version, re-scrape and wire-copy tests of the pipeline and the CLI."""

PARAS = [
    "Ferry crews in Lunsby walked off the job on Monday, stranding hundreds of travellers on "
    "the island of Orrest, the crews' union said in a statement.",
    '"We warned the operator for months and nobody listened," union steward Pella Voss told '
    "reporters at the harbour gate.",
    "The operator, Brasket Lines, said it would meet union officials on Tuesday and hoped to "
    "restore the morning sailings by the end of the week.",
    "Shops on Orrest said deliveries of bread and fuel had already been delayed by a day, and "
    "the island council asked residents not to stock up.",
]
URL = "https://quillon.example/2026/03/ferry-strike"
