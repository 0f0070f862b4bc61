"""Text the extract tests share (written for the tests): a plain three-paragraph news body."""

BODY = (
    "The harbour council voted on Monday to close the old ferry pier for repairs, "
    "the mayor said.\n\n"
    "Work on the pier is expected to take four months and will cost about two million, "
    "according to the council's own estimate published last week.\n\n"
    "Residents who use the ferry every day said they would take the coastal bus instead while "
    "the works go on, though several complained about the longer journey.\n"
)
