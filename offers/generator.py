"""Deterministic synthetic offers, as specs of the documented import schema.

The demo site and the benchmarks need thousands of believable bilingual offers that are the
same on every machine: `generate_specs(count, seed, today)` draws everything from one
`random.Random(seed)` and from lists in a fixed order, so the same arguments give the same
specs. The words come from `offers.demo_vocabulary`.
"""

import random
import unicodedata
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from . import demo_vocabulary as vocab

PARIS = ZoneInfo("Europe/Paris")
LANGUAGES = ("fr", "en")


# Share of each kind, in percent: what the institute's job board looks like.
KIND_SHARES = (
    ("postdoc", 30),
    ("fixed-term-engineer", 25),
    ("fixed-term-researcher", 12),
    ("phd", 12),
    ("internship", 8),
    ("competition-cr", 7),
    ("competition-dr", 3),
    ("competition-it", 3),
)
COMPETITIONS = frozenset({"competition-cr", "competition-dr", "competition-it"})
ROLE_KINDS = frozenset({"fixed-term-engineer", "competition-it"})

OPEN_DAYS = 120  # open offers close within this many days…
SOON_DAYS, SOON_SHARE = 60, 0.7  # …most of them within the first 60
CLOSED_DAYS = 60  # closed offers closed at most this many days ago
SECOND_FIELD_SHARE = 0.35
APPLY_EMAIL_SHARE = 0.35
HR_EXCELLENCE_SHARE = 0.93
SUMMARY_MAX = 200

MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


# --- Small helpers ------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def ascii_slug(text):
    """Fold a name for e-mail addresses: "Aïssatou Le Gall" → "aissatou-le-gall"."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    kept = "".join(char if char.isalnum() or char == "-" else " " for char in folded)
    return "-".join(kept.split())


def date_fr(day):
    return f"{'1er' if day.day == 1 else day.day} {MONTHS_FR[day.month - 1]} {day.year}"


def date_en(day):
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def deadline_fr(moment):
    clock = f"{moment.hour} h" if moment.minute == 0 else f"{moment.hour} h {moment.minute:02d}"
    return f"{date_fr(moment.date())} à {clock} (heure de Paris)"


def deadline_en(moment):
    if (moment.hour, moment.minute) == (12, 0):
        clock = "noon"
    else:
        hour = moment.hour % 12 or 12
        suffix = "am" if moment.hour < 12 else "pm"
        clock = f"{hour} {suffix}" if moment.minute == 0 else f"{hour}:{moment.minute:02d} {suffix}"
    return f"{date_en(moment.date())}, {clock} (Paris time)"


def euros_fr(amount):
    return f"{amount:,}".replace(",", "\u202f") + "\u00a0€"


def euros_en(amount):
    return f"€{amount:,}"


def _a(noun):
    """English indefinite article, also before a number ("an 18-month contract")."""
    vowel = noun[:1].lower() in "aeiou" or noun.startswith(("8", "11-", "18-"))
    return f"{'an' if vowel else 'a'} {noun}"


def _capitalised(text):
    return text[:1].upper() + text[1:]


def _weekday(day, backwards=False):
    """Official dates fall on working days: move a Saturday or Sunday to the nearest one."""
    while day.weekday() >= 5:
        day += timedelta(days=-1 if backwards else 1)
    return day


def _next_month_start(day):
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _weighted(rng, weights):
    keys = list(weights)
    if len(keys) == 1:
        return keys[0]
    return rng.choices(keys, weights=[weights[key] for key in keys])[0]


def _clip(text, limit):
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


# --- Places, prepared once ----------------------------------------------------------------

REGION_NAMES = {region["slug"]: (region["fr"], region["en"]) for region in vocab.REGIONS}
SECTIONS = {code: (name_fr, name_en) for code, name_fr, name_en in vocab.CSS_SECTIONS}


def _at_city_fr(city):
    return f"au {city[3:]}" if city.startswith("Le ") else f"à {city}"


def _laboratory(lab):
    """A laboratory with its names ready for French and English sentences.

    French articles follow the first word (le Centre, l’Institut); the city is added after the
    name unless the name already says it.
    """
    name_fr, name_en, city = lab["fr"], lab["en"], lab["city"]
    elided = ascii_slug(name_fr[:1]) in ("a", "e", "i", "o", "u", "h")
    au = f"à l’{name_fr}" if elided else f"au {name_fr}"
    named = city.removeprefix("Le ")
    unit = name_fr.rsplit("(", 1)[-1].rstrip(")").lower()
    return {
        **lab,
        "unit": unit,
        "fr_forms": {
            "laboratory": name_fr,
            "lab_le": f"l’{name_fr}" if elided else f"le {name_fr}",
            "Lab_le": f"L’{name_fr}" if elided else f"Le {name_fr}",
            "lab_de": f"de l’{name_fr}" if elided else f"du {name_fr}",
            "at_lab": au if named in name_fr else f"{au}, {_at_city_fr(city)}",
            "a_city": _at_city_fr(city),
        },
        "en_forms": {
            "laboratory": name_en,
            "lab_le": f"the {name_en}",
            "Lab_le": f"The {name_en}",
            "lab_de": f"of the {name_en}",
            "at_lab": f"at the {name_en}" + ("" if named in name_en else f" in {city}"),
            "a_city": f"in {city}",
        },
    }


LABORATORIES = [_laboratory(lab) for lab in vocab.LABORATORIES]

# Each topic's field, from its key: a laboratory names its topics by key (demo_vocabulary).
TOPIC_FIELDS = {key: field for field, topics in vocab.TOPICS.items() for key in topics}


# --- Calendars ----------------------------------------------------------------------------


@lru_cache(maxsize=64)
def competition_calendar(kind, year):
    """One national calendar per competition and year, whatever the seed.

    Registration opens in February–March, closes early to mid-May at 13:00 Paris time;
    auditions run in June–July and results come out in August (the careers guide's calendar).
    Every generated set agrees on it, as every offer of a real campaign does.
    """
    rng = random.Random(f"{kind}:{year}")
    registration = _weekday(date(year, rng.choice((2, 3)), rng.randint(2, 26)))
    closing = _weekday(date(year, 5, rng.randint(4, 13)))
    auditions_start = _weekday(date(year, 6, rng.randint(8, 19)))
    auditions_end = _weekday(auditions_start + timedelta(days=rng.randint(14, 35)), backwards=True)
    results = _weekday(date(year, 8, rng.randint(20, 29)), backwards=True)
    return {
        "registration_opens": registration,
        "deadline": datetime.combine(closing, time(13, 0), tzinfo=PARIS),
        "auditions_start": auditions_start,
        "auditions_end": auditions_end,
        "results_date": results,
    }


def _competition_year(kind, today, closed):
    """The campaign still open after `today`, or the last one closed before it."""
    year = today.year
    closing = competition_calendar(kind, year)["deadline"].date()
    if closed:
        return year if closing < today else year - 1
    return year if closing > today else year + 1


def _deadline(rng, today, closed):
    if closed:
        days = -rng.randint(1, CLOSED_DAYS)
    elif rng.random() < SOON_SHARE:
        days = rng.randint(1, SOON_DAYS)
    else:
        days = rng.randint(SOON_DAYS + 1, OPEN_DAYS)
    day = today + timedelta(days=days)
    clock = time(23, 59) if rng.random() < 0.75 else time(12, 0)
    return datetime.combine(day, clock, tzinfo=PARIS)


def _start_date(rng, kind, closing, year):
    if kind in COMPETITIONS:
        return date(year, 10, 1)  # appointments follow the August results
    if kind == "phd":
        # Doctoral contracts start on 1 October, unless that is too close or too far away.
        october = date(closing.year, 10, 1)
        if october < closing + timedelta(days=30):
            october = date(closing.year + 1, 10, 1)
        if (october - closing).days <= 240:
            return october
        return _next_month_start(closing + timedelta(days=45))
    low, high = (14, 60) if kind == "internship" else (30, 90)
    return _next_month_start(closing + timedelta(days=rng.randint(low, high)))


def _kind_plan(count, rng):
    """Exactly the shares of KIND_SHARES (largest remainders), in a shuffled order."""
    total = sum(share for _kind, share in KIND_SHARES)
    exact = [count * share / total for _kind, share in KIND_SHARES]
    counts = [int(value) for value in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: (counts[i] - exact[i], i))
    for i in by_remainder[: count - sum(counts)]:
        counts[i] += 1
    plan = [kind for (kind, _share), n in zip(KIND_SHARES, counts, strict=True) for _ in range(n)]
    rng.shuffle(plan)
    return plan


# --- Texts --------------------------------------------------------------------------------


def template_context(
    language,
    *,
    lab,
    topic,
    region,
    duration,
    role,
    grade,
    section,
    year,
    contact_name,
    contact_email,
    apply_email,
    deadline,
    calendar,
    start,
    salary,
):
    """Every placeholder a vocabulary template may use, in one language.

    {topic} {laboratory} {lab_le} {Lab_le} {lab_de} {at_lab} {city} {a_city} {region}
    {duration} {duration_adj} {a_duration_adj} {A_duration_adj} ("24 mois", "24 months",
    "24-month", "a 24-month") {role} {Role} {a_role} {grade} {grade_name} {grade_plural}
    {year} {section} {section_name} {contact_name} {contact_email} {apply_email} {deadline}
    {registration_opens} {auditions_start} {auditions_end} {results_date} {start} {min} {max}
    """
    french = language == "fr"
    dates = date_fr if french else date_en
    euros = euros_fr if french else euros_en
    grade_info = vocab.GRADES.get(grade, {})
    role_name = (role[0] if french else role[1]) if role else ""
    if duration is None:
        duration_text = duration_adj = ""
    elif french:
        duration_text = duration_adj = f"{duration} mois"
    else:
        duration_text, duration_adj = f"{duration} months", f"{duration}-month"
    a_duration_adj = _a(duration_adj) if duration and not french else duration_adj
    context = dict(lab["fr_forms"] if french else lab["en_forms"])
    context.update(
        topic=topic[0] if french else topic[1],
        city=lab["city"],
        region=REGION_NAMES[region][0 if french else 1],
        duration=duration_text,
        duration_adj=duration_adj,
        a_duration_adj=a_duration_adj,
        A_duration_adj=_capitalised(a_duration_adj),
        role=role_name,
        Role=_capitalised(role_name),
        a_role=(f"un {role_name}" if french else _a(role_name)) if role else "",
        grade=grade or "",
        grade_name=grade_info.get(language, ""),
        grade_plural=grade_info.get(f"{language}_plural", ""),
        year=year,
        section=section or "",
        section_name=SECTIONS[section][0 if french else 1] if section else "",
        contact_name=contact_name,
        contact_email=contact_email,
        apply_email=apply_email,
        deadline=(deadline_fr if french else deadline_en)(deadline),
        start=dates(start) if start else "",
        min=euros(salary[0]) if salary[0] else "",
        max=euros(salary[1]) if salary[1] else "",
    )
    for name in ("registration_opens", "auditions_start", "auditions_end", "results_date"):
        context[name] = dates(calendar[name]) if calendar else ""
    return context


def _bullets(items, language):
    """Items as one block of "- " lines, punctuated as a list after a colon (";" then ".")."""
    separator = " ;\n- " if language == "fr" else ";\n- "
    return f"- {separator.join(items)}."


def _both(pair, fr, en):
    return pair[0].format_map(fr), pair[1].format_map(en)


# --- The generator ------------------------------------------------------------------------


def generate_specs(count, seed, today, *, closed_share=0.05):
    """Yield `count` offer specs (dicts), deterministic for (count, seed, today).

    `today` is the Paris date deadlines are computed from. About `closed_share` of the offers
    closed in the last two months, so the site has closed offers to show; the others close
    within 120 days (competitions: at their campaign's May deadline).
    """
    if count < 0:
        raise ValueError("count must not be negative")
    if not 0 <= closed_share <= 1:
        raise ValueError("closed_share must be between 0 and 1")
    rng = random.Random(seed)
    plan = _kind_plan(count, rng)
    closed = set(rng.sample(range(count), round(count * closed_share)))
    width = max(5, len(str(count)))
    for index, kind in enumerate(plan):
        yield _spec(rng, index, kind, index in closed, today, width, seed)


def _spec(rng, index, kind, closed, today, width, seed):
    spec_kind = vocab.KINDS[kind]
    category = _weighted(rng, spec_kind["categories"])
    lab = rng.choice(LABORATORIES)
    # One of the laboratory's own topics; the offer's first field is the topic's.
    topic_key = rng.choice(lab["topics"])
    fields = [TOPIC_FIELDS[topic_key]]
    others = [slug for slug in lab["fields"] if slug != fields[0]]
    if others and rng.random() < SECOND_FIELD_SHARE:
        fields.append(rng.choice(others))
    topic = vocab.TOPICS[fields[0]][topic_key]
    role = rng.choice(vocab.ROLES[category]) if kind in ROLE_KINDS else None
    grade = role[2] if role else None
    profile = (
        _weighted(rng, spec_kind["profiles"])
        if category == "researcher" and spec_kind["profiles"]
        else ""
    )
    duration = rng.choice(spec_kind["durations"])

    first, last = rng.choice(vocab.FIRST_NAMES), rng.choice(vocab.LAST_NAMES)
    contact_name = f"{first} {last}"
    contact_email = f"{ascii_slug(first)}.{ascii_slug(last)}@inserm.fr"

    competition = kind in COMPETITIONS
    english = rng.random() < spec_kind["english"][category]
    french = competition or not english or rng.random() >= spec_kind["english_only"][category]
    remote_work = rng.random() < spec_kind["remote_work"][category]

    if competition:
        year = _competition_year(kind, today, closed)
        calendar = competition_calendar(kind, year)
        deadline = calendar["deadline"]
        section = vocab.FIELD_SECTIONS[fields[0]] if category == "researcher" else None
    else:
        year, calendar, section = today.year, None, None
        deadline = _deadline(rng, today, closed)
    start_date = _start_date(rng, kind, deadline.date(), year)

    low, high = spec_kind["salary"] or vocab.GRADES[grade]["salary"]
    if competition or low == high:
        salary = (low, high)
    else:
        salary_min = low + 100 * rng.randint(0, 3)
        salary = (salary_min, max(salary_min, high - 100 * rng.randint(0, 3)))

    if competition or rng.random() >= APPLY_EMAIL_SHARE:
        apply_email = ""
    elif rng.random() < 0.5:
        apply_email = contact_email
    else:
        apply_email = f"recrutement.{lab['unit']}@inserm.fr"
    hr_excellence = rng.random() < HR_EXCELLENCE_SHARE

    # The seed is part of the reference: runs with other seeds add offers, never collide.
    reference = f"{year}-{spec_kind['abbreviation']}-{seed}-{index + 1:0{width}d}"
    apply_url = (
        f"https://concours.inserm.fr/{year}/{kind}"
        if competition
        else f"https://emploi.inserm.fr/offre/{reference.lower()}"
    )

    values = {
        "lab": lab,
        "topic": topic,
        "region": lab["region"],
        "duration": duration,
        "role": role,
        "grade": grade,
        "section": section,
        "year": year,
        "contact_name": contact_name,
        "contact_email": contact_email,
        "apply_email": apply_email,
        "deadline": deadline,
        "calendar": calendar,
        "start": start_date,
        "salary": salary,
    }
    fr = template_context("fr", **values)
    en = template_context("en", **values)

    # Each text is put together as a template in each language, then filled in once.
    title = _both(rng.choice(spec_kind["titles"][category]), fr, en)
    for pair in spec_kind["summaries"][category]:
        summary = _both(pair, fr, en)
        if len(summary[0]) <= SUMMARY_MAX and len(summary[1]) <= SUMMARY_MAX:
            break
    summary = (_clip(summary[0], SUMMARY_MAX), _clip(summary[1], SUMMARY_MAX))
    paragraphs = [rng.choice(slot) for slot in spec_kind["description"][category]]
    description = _both(_description_template(paragraphs, remote_work), fr, en)
    candidate_profile = _both(
        _profile_template(rng, kind, spec_kind, category, role, fields[0], french, english), fr, en
    )
    application = _both(_application_template(kind, category, bool(apply_email)), fr, en)
    salary_details = _both(spec_kind["salary_details"], fr, en)

    return {
        "reference": reference,
        "kind": kind,
        "category": category,
        "profile": profile,
        "research_fields": fields,
        "laboratory_fr": lab["fr"],
        "laboratory_en": lab["en"],
        "city": lab["city"],
        "region": lab["region"],
        "works_in_french": french,
        "works_in_english": english,
        "remote_work": remote_work,
        "duration_months": duration,
        "start_date": start_date,
        "salary_min": salary[0],
        "salary_max": salary[1],
        "salary_details_fr": salary_details[0],
        "salary_details_en": salary_details[1],
        "deadline": deadline,
        "apply_url": apply_url,
        "apply_email": apply_email,
        "contact_name": contact_name,
        "contact_email": contact_email,
        "hr_excellence": hr_excellence,
        # HR fills it in once the offer is on EURAXESS: never a generated offer.
        "euraxess_url": "",
        "registration_opens": calendar["registration_opens"] if calendar else None,
        "auditions_start": calendar["auditions_start"] if calendar else None,
        "auditions_end": calendar["auditions_end"] if calendar else None,
        "results_date": calendar["results_date"] if calendar else None,
        "title_fr": title[0],
        "title_en": title[1],
        "summary_fr": summary[0],
        "summary_en": summary[1],
        "description_fr": description[0],
        "description_en": description[1],
        "candidate_profile_fr": candidate_profile[0],
        "candidate_profile_en": candidate_profile[1],
        "application_details_fr": application[0],
        "application_details_en": application[1],
    }


def _description_template(paragraphs, remote_work):
    """The chosen paragraphs; when remote work is possible, the last one says so."""
    texts = []
    for i in range(len(LANGUAGES)):
        chosen = [paragraph[i] for paragraph in paragraphs]
        if remote_work:
            chosen[-1] = f"{chosen[-1]} {vocab.REMOTE_WORK[i]}"
        texts.append("\n\n".join(chosen))
    return tuple(texts)


def _profile_template(rng, kind, spec_kind, category, role, field, french, english):
    """An intro sentence, then bullets: the key skill, two qualities, the working languages."""
    profile = spec_kind["profile"][category]
    intro = rng.choice(profile["intro"])
    if role:
        skill = role[3]
    else:
        skill = vocab.FIELD_SKILLS[field]
        if kind in ("phd", "internship"):
            skill = (f"idéalement, {skill[0]}", f"ideally, {skill[1]}")
    if kind in COMPETITIONS:
        languages = "permanent+en" if english else "permanent"
    else:
        languages = "+".join(code for code, used in (("fr", french), ("en", english)) if used)
    bullets = [skill, *rng.sample(profile["bullets"], 2), vocab.LANGUAGE_BULLETS[languages]]
    return tuple(
        f"{intro[i]}\n\n{_bullets([bullet[i] for bullet in bullets], language)}"
        for i, language in enumerate(LANGUAGES)
    )


@lru_cache(maxsize=64)
def _application_template(kind, category, with_email):
    """How to apply: the channel and deadline, what to send, then who to contact."""
    documents = tuple(
        _bullets([pair[i] for pair in vocab.KINDS[kind]["documents"]], language)
        for i, language in enumerate(LANGUAGES)
    )
    if kind in COMPETITIONS:
        calendar = vocab.COMPETITION_CALENDAR["researcher" if category == "researcher" else "staff"]
        paragraphs = [
            [vocab.COMPETITION_REGISTRATION],
            [documents],
            [calendar],
            [vocab.COMPETITION_CONTACT],
        ]
    else:
        paragraphs = [
            [vocab.APPLY_ONLINE],
            [documents],
            [vocab.INTERVIEWS, *([vocab.APPLY_BY_EMAIL] if with_email else [])],
            [
                *([vocab.EURAXESS] if kind == "fixed-term-researcher" else []),
                vocab.CONTACT,
                vocab.DISABILITY,
            ],
        ]
    return tuple(
        "\n\n".join(" ".join(pair[i] for pair in sentences) for sentences in paragraphs)
        for i in range(len(LANGUAGES))
    )
