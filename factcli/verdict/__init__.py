"""How a verdict is decided: compare what a claim says with what each fact it is about
says, element by element, then weigh the findings of all those facts (docs/verdicts.md).

findings   the elements of a claim (Kind, Element), Status and Finding
facts      FactView: a fact prepared for comparison
about      which facts a claim is about (keys), and how much of it they cover
compare    value relations: consistent quantities, date relation, comparable ranks
slots      which slots of a fact a claim's value may be compared with
quantities, dates, ranks, entities, polarity: one comparator per kind of element
assess     runs the comparators against one fact (COMPARATORS)
decide     the verdict across facts, and its confidence
result     Verdict, Evidence, CheckResult
"""
