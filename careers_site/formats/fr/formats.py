# French: Django's, with a narrow no-break space between thousands ("5 000", never cut at the
# end of a line) and "à" before the time. The first day of a month is "1er": see
# core/templatetags/language_tags.py (a format string cannot depend on the day).
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = r"j F Y \à H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\u202f"
NUMBER_GROUPING = 3
