"""Incidents of other shapes than LINE 2021, entered through the services as an office would enter them.

Every city, company and person here is fictional (架空); the facts follow the shapes Japanese municipalities
have met (/work/shared/DOMAIN.md, "Beyond LINE"). Each module has `DATES` (the three memo dates the tests
issue on), `enter(db)` (what the office had logged before the first memo, including facts dated after it,
which an as-of memo must not show) and `enter_late(db, case)` (facts logged after the second memo: some dated
before it, 事後登録, and some after).
"""
