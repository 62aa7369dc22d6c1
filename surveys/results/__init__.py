"""Results of surveys: aggregates, charts, the admin results and submissions views, public results.

Everything here reads surveys through the contract of surveys.questions.
"""
