# ruff: noqa: E501 - prose paragraphs, as long as real ones
"""Text the extract tests share (written for the tests): plain news bodies to put lines in."""

BODY = (
    "The harbour council voted on Monday to close the old ferry pier for repairs, "
    "the mayor said.\n\n"
    "Work on the pier is expected to take four months and will cost about two million, "
    "according to the council's own estimate published last week.\n\n"
    "Residents who use the ferry every day said they would take the coastal bus instead while "
    "the works go on, though several complained about the longer journey.\n"
)

#: Three paragraphs on a sea wall, for the title ranker's and the byline's pages.
SEA_WALL = (
    "The harbour council voted on Tuesday to repair the old sea wall before the winter storms, "
    "after a long debate about the cost of the work and the money left in the budget.\n\n"
    "Members said the repairs would start in the spring and take most of the year, and that "
    "the contractor would be chosen by the end of the month after a public tender.\n\n"
    "The mayor said the council had waited too long already and that the wall could not "
    "survive another season of high tides without the work the engineers had asked for."
)

#: Four paragraphs of prose, for rules that need an article around the lines they test.
PARAS = (
    "The harbour council met on Tuesday evening to discuss the budget for the coming year, and members spent most of the session on the cost of repairing the old sea wall.",
    "Engineers told the council that the wall had moved by several centimetres since the winter storms, and that the cheapest repair would still take two summers to finish.",
    "Several members asked whether the work could be shared with the regional government, which owns the land behind the wall and the road that runs along it.",
    "The mayor said she would write to the regional minister this week and expected an answer before the council meets again at the end of the month.",
)


def article(paras=PARAS) -> str:
    return "\n\n".join(paras)
