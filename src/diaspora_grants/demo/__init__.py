"""The demo programmes: the USAID/BHA diaspora partnerships of 2022 and the Egypt RDPP campaign.

Public figures from the programme (partners, countries, activities, the 1.5 million people reached,
the closing event in Tunis, the campaign's engagement) are used as they are; what was never
published (which partner worked where, budgets, rates, the other applicants) is made up to look
like a real programme and is marked as such in each record's notes.
"""
