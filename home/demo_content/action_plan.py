"""Inserm's HRS4R action plan as structured, bilingual data (French source, English translation).

Pure data, no Django imports. Source: ``/work/shared/seeds/002_7e58c198f01e7dcb.txt``, "La HRS4R à
l'Inserm — Evaluation en interne en vue du renouvellement du label — Plan d'action" (March 2022),
section "5. Actions à mettre en œuvre" for ``THEMES`` and ``ACTIONS``, the header for
``MILESTONES`` and "Abréviations utilisées" plus the "Qui ?" column for ``ABBREVIATIONS``.
``tests/test_action_plan_source.py`` parses the seed file on its own and checks this data against it.

How the fields were derived:

* ``status``: the source marks states with row colours (grey = implemented, green = new and
  implemented, white = in progress), which the text copy has lost, so the status is read from the
  "Réalisé Quand ?" / "A faire Quand ?" cells: a year or period ("2017", "2019-2020") → ``"done"``;
  "En cours" → ``"in_progress"``; "Action revue" or "Mise à jour, cf. …" → ``"revised"``;
  ``"dropped"`` would be an action that, as a whole, "plus à réaliser" (none is: only sub-item
  2.3 b. is). Actions whose sub-items differ take the state of the whole and explain it in the
  note: 2.3 (a. done in 2017, b. dropped, nothing left to do) is ``"done"``; 7.1 (a. and b. done in
  2019, c. in progress) is ``"in_progress"``.
* ``done_in``: the "Réalisé" period as written, ranges with an en dash; "" when not done.
* ``due_year`` / ``due_half``: from the "A faire Quand ?" cell ("1 st sem. 2022" → 2022, 1); the
  latest date when sub-items have several. 5.3 keeps "Prochain DuoDay : 2 nd sem. 2022" as its due
  date; 4.5 keeps "1 st sem. 2022" although it was revised; the "(2019)" of the extension of 2.1 is
  not a due date (the action is done) and stays in the note.
* ``owners``: the "Qui ?" cell, per-sub-item owners merged without duplicates (listed per sub-item
  in the note), the footnote star of "PCN EG*" dropped. The source gives no owner for 8.1–8.3, so
  their ``owners`` is "".
* ``group_fr`` / ``group_en``: the italic sub-heading the action follows, until the next sub-heading
  or the end of the theme.
* Texts: markup removed (<ul>, <i>, <u>), sub-items joined as "a. … ; b. …", "<u>Extension</u> : …"
  moved to the note, typographic apostrophes and « » quotes as elsewhere in the demo content.
  Typos fixed: "de travail avec" → "de travailler avec" (5.3), "Lignes Directives de Gestion" →
  "Lignes Directrices de Gestion" (4.19), "LGBT Q+" → "LGBTQ+". Everything else is the source's
  wording, including capitals without accents ("Evaluation", "Egalité"). The note of 2.5 keeps the
  source's "cf. 6.1-6.14" although theme 6 only has actions 6.1 to 6.4.
"""

THEMES = [
    {"number": 1, "fr": "Recrutement", "en": "Recruitment"},
    {
        "number": 2,
        "fr": "Développement de carrière & Evaluation des chercheurs",
        "en": "Career development & Evaluation of researchers",
    },
    {"number": 3, "fr": "Conditions de travail", "en": "Working conditions"},
    {"number": 4, "fr": "Egalité des genres", "en": "Gender equality"},
    {"number": 5, "fr": "Non-discrimination / Handicap", "en": "Non-discrimination / Disability"},
    {
        "number": 6,
        "fr": "Recherche éthique et responsable",
        "en": "Ethical and responsible research",
    },
    {"number": 7, "fr": "Bonnes pratiques dans la recherche", "en": "Good practice in research"},
    {"number": 8, "fr": "Evaluation", "en": "Evaluation"},
]

MILESTONES = [
    {"date": "2016-05", "fr": "Première soumission", "en": "First submission"},
    {"date": "2018-12", "fr": "Evaluation interne", "en": "Internal evaluation"},
    {"date": "2022-03", "fr": "Renouvellement du label", "en": "Renewal of the label"},
]

# "Abréviations utilisées", then the acronyms of the "Qui ?" column and those the text expands.
# Not listed because the document never expands them: DIS (an owner of 2.5 and 6.2–6.4), and in
# the action texts CDD, CRCN, DU, ERC, PDG.
ABBREVIATIONS = {
    "CSS": {
        "fr": "Commissions scientifiques spécialisées",
        "en": "Specialised Scientific Committees",
    },
    "RH": {
        "fr": "Département des Ressources Humaines",
        "en": "Human Resources Department",
    },
    "DPRE": {
        "fr": "Département des Partenariats et des Relations Extérieures",
        "en": "Department of Partnerships and External Relations",
    },
    "DESP": {
        "fr": "Département de l’Evaluation et du Suivi des Programmes",
        "en": "Department of Evaluation and Programme Monitoring",
    },
    "RIO": {
        "fr": "Délégation à l’Intégrité Scientifique",
        "en": "Research Integrity Office",
    },
    "DISC": {
        "fr": "Département de l’Information Scientifique et de la Communication",
        "en": "Department of Scientific Information and Communication",
    },
    "IT": {
        "fr": "Instituts thématiques",
        "en": "Thematic Institutes",
    },
    "PCN EG": {
        "fr": "Point de Contact National Egalité des Genres",
        "en": "National Contact Point for Gender Equality",
    },
    "US48-Lorier": {
        "fr": "Unité US48-LORIER",
        "en": "US48-LORIER unit",
    },
    "AMSC": {
        "fr": "Actions Marie Skłodowska-Curie",
        "en": "Marie Skłodowska-Curie Actions (MSCA)",
    },
    "LDG": {
        "fr": "Lignes Directrices de Gestion",
        "en": "Management Guidelines",
    },
    "HRS4R": {
        "fr": "Stratégie Ressources Humaines pour les Chercheurs",
        "en": "Human Resources Strategy for Researchers",
    },
}

_NO_GROUP = {"group_fr": "", "group_en": ""}
_CAREER_PROSPECTS = {
    "group_fr": "Rendre plus attractives les perspectives de carrière",
    "group_en": "Making career prospects more attractive",
}
_NEW_SITE = {
    "group_fr": "Nouveau site pour tous les professionnels de la recherche",
    "group_en": "A new website for all research professionals",
}
_INSTITUTIONAL_ACTION = {
    "group_fr": "Initier une action institutionnelle collective et opérationnelle",
    "group_en": "Launching collective and operational institutional action",
}
_EQUAL_ACCESS = {
    "group_fr": (
        "Créer les conditions d’un égal accès aux responsabilités et évolutions de carrière"
    ),
    "group_en": "Creating the conditions for equal access to responsibilities and career progression",
}
_WORK_LIFE = {
    "group_fr": "Améliorer l’articulation des temps de vie (et mieux accompagner la parentalité)",
    "group_en": "Improving work–life balance (and supporting parenthood better)",
}
_DISCRIMINATION = {
    "group_fr": (
        "Lutter contre les discriminations, le sexisme et les violences sexuelles y compris LGBTQ+"
    ),
    "group_en": "Combating discrimination, sexism and sexual violence, including against LGBTQ+ people",
}

_GENDER_PLAN_REVISION = {
    "note_fr": (
        "Action revue avec l’adoption du Plan pour l’égalité professionnelle femmes/hommes 2021-2023."
    ),
    "note_en": "Revised with the adoption of the 2021–2023 Plan for professional equality between women and men.",
}
_NO_NOTE = {"note_fr": "", "note_en": ""}


def _done(year):
    return {"status": "done", "done_in": year, "due_year": None, "due_half": None}


def _in_progress(year, half):
    return {"status": "in_progress", "done_in": "", "due_year": year, "due_half": half}


_REVISED = {"status": "revised", "done_in": "", "due_year": None, "due_half": None}

ACTIONS = [
    # ------------------------------------------------------------------
    # 1. Recrutement
    # ------------------------------------------------------------------
    {
        "number": "1.1",
        "theme": 1,
        **_NO_GROUP,
        "text_fr": (
            "Augmenter la diffusion des offres d’emploi et la transparence des recrutements des CDD "
            "et des statutaires au niveau national et international (publication systématique des "
            "offres sur différents sites : plateforme d’échanges de l’Inserm, Euraxess, ambassades, "
            "information multilingue sur les modalités de recrutement, diffusion de la liste des "
            "laboratoires Inserm et de leurs directeurs, etc.)."
        ),
        "text_en": (
            "Give job offers wider circulation and make the recruitment of fixed-term (CDD) and "
            "permanent staff more transparent at national and international level (systematic "
            "publication of offers on various sites: Inserm’s exchange platform, Euraxess, embassies; "
            "multilingual information on recruitment procedures; circulation of the list of Inserm "
            "laboratories and their directors, etc.)."
        ),
        **_done("2017"),
        "owners": "RH, DISC, DESP",
        **_NO_NOTE,
    },
    {
        "number": "1.2",
        "theme": 1,
        **_NO_GROUP,
        "text_fr": (
            "Améliorer les conditions d’accueil des chercheurs effectuant une mobilité de l’étranger "
            "vers la France : a. permettre aux chercheurs de disposer d’un meilleur soutien dans les "
            "démarches administratives liées à leur mobilité (livret d’accueil et documents "
            "administratifs traduits en anglais, aide à l’obtention de visa, réseau de correspondants "
            "« mobilité », etc.) ; b. faciliter l’accès des chercheurs au logement ; c. améliorer "
            "l’accès des chercheurs à des formations de français ; d. améliorer la sensibilisation "
            "des DU aux obligations liées à l’accueil de chercheurs"
        ),
        "text_en": (
            "Improve the conditions for hosting researchers who move from abroad to France: a. give "
            "researchers better support with the administrative formalities of their move (welcome "
            "booklet and administrative documents translated into English, help with obtaining a "
            "visa, network of “mobility” contacts, etc.); b. make it easier for researchers to find "
            "housing; c. improve researchers’ access to French language courses; d. make unit "
            "directors (DU) more aware of their obligations when hosting researchers"
        ),
        **_done("2017"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "1.3",
        "theme": 1,
        **_NO_GROUP,
        "text_fr": (
            "Mettre en place un groupe de réflexion sur les actions à mener pour le devenir "
            "professionnel des jeunes chercheurs au terme des contrats à l’Inserm."
        ),
        "text_en": (
            "Set up a working group to consider what should be done for the careers of young "
            "researchers when their contracts at Inserm come to an end."
        ),
        **_in_progress(2024, 2),
        "owners": "Délégations régionales (RH)",
        "note_fr": "Extension : homogénéiser les pratiques régionales (cf. action 7.2)",
        "note_en": "Extension: harmonise regional practices (see action 7.2)",
    },
    {
        "number": "1.4",
        "theme": 1,
        **_NO_GROUP,
        "text_fr": (
            "Obtenir un logiciel afin de gérer plus facilement les offres d’emploi et les diffuser "
            "plus largement"
        ),
        "text_en": "Acquire software to manage job offers more easily and circulate them more widely",
        **_in_progress(2022, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "1.5",
        "theme": 1,
        **_NO_GROUP,
        "text_fr": "Diffuser plus largement les offres d’emploi avec une page professionnelle LinkedIn",
        "text_en": "Circulate job offers more widely through a LinkedIn company page",
        **_in_progress(2022, 2),
        "owners": "DISC, RH",
        **_NO_NOTE,
    },
    {
        "number": "1.6",
        "theme": 1,
        **_CAREER_PROSPECTS,
        "text_fr": (
            "Créer un nouveau grade pour les chercheurs (Hors classe) afin d’améliorer leur "
            "rémunération"
        ),
        "text_en": "Create a new grade for researchers (Hors classe) to improve their pay",
        **_done("2018"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "1.7",
        "theme": 1,
        **_CAREER_PROSPECTS,
        "text_fr": (
            "Augmenter le nombre de possibilités en matière de promotion et d’évolution de carrière"
        ),
        "text_en": "Increase the number of opportunities for promotion and career progression",
        **_done("2020"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "1.8",
        "theme": 1,
        **_CAREER_PROSPECTS,
        "text_fr": (
            "Augmenter le nombre de possibilités de recrutement : a. pour les CRCN ; b. pour les "
            "directeurs de recherche"
        ),
        "text_en": (
            "Increase the number of recruitment opportunities: a. for CRCN; b. for research directors"
        ),
        **_in_progress(2022, 2),
        "owners": "RH",
        "note_fr": "a. 1er semestre 2022 ; b. 2e semestre 2022",
        "note_en": "a. first half of 2022; b. second half of 2022",
    },
    {
        "number": "1.9",
        "theme": 1,
        **_CAREER_PROSPECTS,
        "text_fr": (
            "Mettre en place une nouvelle indemnité pour les chercheurs afin d’améliorer leur "
            "rémunération"
        ),
        "text_en": "Introduce a new allowance for researchers to improve their pay",
        **_in_progress(2022, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "1.10",
        "theme": 1,
        **_CAREER_PROSPECTS,
        "text_fr": (
            "Mettre en place un nouveau moyen de recrutement pour devenir Directeur de recherche "
            "(Chaires de Professeur Junior)"
        ),
        "text_en": (
            "Introduce a new recruitment route for becoming a research director (Junior Professor "
            "Chairs)"
        ),
        **_in_progress(2022, 1),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "1.11",
        "theme": 1,
        **_CAREER_PROSPECTS,
        "text_fr": (
            "Attirer les praticiens hospitaliers dans nos laboratoires afin de bénéficier de leurs "
            "expertises spécifiques dans les projets de recherche"
        ),
        "text_en": (
            "Attract hospital practitioners to our laboratories so that research projects benefit "
            "from their specific expertise"
        ),
        **_in_progress(2023, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    # ------------------------------------------------------------------
    # 2. Développement de carrière & Evaluation des chercheurs
    # ------------------------------------------------------------------
    {
        "number": "2.1",
        "theme": 2,
        **_NO_GROUP,
        "text_fr": (
            "Informer les chercheurs sur le développement de leur carrière : a. améliorer et "
            "réorganiser le site dédié à l’évaluation des chercheurs et des structures (site EVA) ; "
            "b. améliorer et réorganiser le site qui fournit les informations et outils RH "
            "nécessaires au développement de carrière (site RH)"
        ),
        "text_en": (
            "Inform researchers about their career development: a. improve and reorganise the "
            "website dedicated to the evaluation of researchers and research structures (EVA site); "
            "b. improve and reorganise the website that provides the HR information and tools needed "
            "for career development (HR site)"
        ),
        **_done("2017"),
        "owners": "RH, DESP, Chercheurs",
        "note_fr": (
            "a. réalisé en 2017 ; b. réalisé en 2017. Extension : améliorer le site institutionnel "
            "(2019)"
        ),
        "note_en": (
            "a. done in 2017; b. done in 2017. Extension: improve the institutional website (2019)"
        ),
    },
    {
        "number": "2.2",
        "theme": 2,
        **_NO_GROUP,
        "text_fr": (
            "Renforcer le dispositif de suivi et optimiser l’évaluation des chercheurs tout au long "
            "de leur parcours professionnel : a. mettre en place un observatoire des métiers et des "
            "compétences et déterminer les besoins de l’Institut afin de mieux orienter les "
            "chercheurs ; b. mettre en place des entretiens RH à des moments clés de la carrière ; "
            "c. accompagner les chercheurs en fin de carrière (transferts de connaissance, tutorat, "
            "etc.) ; d. diminuer la fréquence de l’évaluation et examiner chaque dossier plus en "
            "profondeur et en phase avec l’évaluation de la structure d’accueil pour aider au mieux "
            "les chercheurs"
        ),
        "text_en": (
            "Strengthen follow-up arrangements and optimise the evaluation of researchers throughout "
            "their careers: a. set up an observatory of occupations and skills and determine the "
            "Institute’s needs in order to guide researchers better; b. introduce HR interviews at "
            "key points in the career; c. support researchers at the end of their careers (knowledge "
            "transfer, mentoring, etc.); d. evaluate less often, examining each file in more depth "
            "and in step with the evaluation of the host structure, to help researchers as much as "
            "possible"
        ),
        **_done("2018"),
        "owners": "DESP, RH, CSS, IT",
        "note_fr": (
            "a., b., c. et d. réalisés en 2018. Responsables : a. DESP, RH, CSS, IT ; b. RH ; "
            "c. RH ; d. DESP, RH, CSS, IT"
        ),
        "note_en": (
            "a., b., c. and d. done in 2018. Responsible: a. DESP, RH, CSS, IT; b. RH; c. RH; "
            "d. DESP, RH, CSS, IT"
        ),
    },
    {
        "number": "2.3",
        "theme": 2,
        **_NO_GROUP,
        "text_fr": (
            "Valoriser l’expérience à l’international dans les carrières scientifiques : a. offrir "
            "aux chercheurs les outils nécessaires au développement de collaborations "
            "internationales de recherche (guide d’information, support linguistique, réseau de "
            "correspondants « mobilité », etc.) ; b. donner un rôle « d’Ambassadeurs » aux "
            "chercheurs statutaires Inserm exerçant à l’étranger"
        ),
        "text_en": (
            "Give international experience its full value in scientific careers: a. provide "
            "researchers with the tools needed to develop international research collaborations "
            "(information guide, language support, network of “mobility” contacts, etc.); b. give "
            "permanent Inserm researchers working abroad the role of “Ambassadors”"
        ),
        **_done("2017"),
        "owners": "DESP, DPRE, RH, CSS, IT",
        "note_fr": (
            "a. réalisé en 2017 ; b. plus à réaliser. L’action est comptée comme réalisée : "
            "il n’en reste plus rien à faire."
        ),
        "note_en": (
            "a. done in 2017; b. no longer to be carried out. The action is counted as done: "
            "nothing of it remains to be done."
        ),
    },
    {
        "number": "2.4",
        "theme": 2,
        **_NO_GROUP,
        "text_fr": (
            "Elargir le prêt d’aide à l’installation dans le cadre des mobilités en France et de "
            "l’étranger vers la France."
        ),
        "text_en": (
            "Extend the settling-in loan to moves within France and from abroad to France."
        ),
        **_done("2017"),
        "owners": "RH, DPRE",
        **_NO_NOTE,
    },
    {
        "number": "2.5",
        "theme": 2,
        **_NO_GROUP,
        "text_fr": (
            "Former et sensibiliser les personnes concernées par les questions d’intégrité "
            "scientifique"
        ),
        "text_en": (
            "Train the people concerned by research integrity issues and raise their awareness"
        ),
        **_REVISED,
        "owners": "DIS, RH",
        "note_fr": "Mise à jour, cf. 6.1–6.14",
        "note_en": "Updated, see 6.1–6.14",
    },
    {
        "number": "2.6",
        "theme": 2,
        **_NO_GROUP,
        "text_fr": (
            "Former tous les nouveaux chercheurs recrutés qui seront amenés à encadrer dans le futur "
            "(équipe, unité) aux principaux concepts de management (e-learning)"
        ),
        "text_en": (
            "Train all newly recruited researchers who will go on to lead others (team, unit) in "
            "the main concepts of management (e-learning)"
        ),
        **_in_progress(2023, 1),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "2.7",
        "theme": 2,
        **_NO_GROUP,
        "text_fr": (
            "Mettre en place des formations afin d’encourager et d’aider les chercheurs à déposer "
            "des projets européens"
        ),
        "text_en": (
            "Provide training to encourage and help researchers to submit European project proposals"
        ),
        **_in_progress(2023, 1),
        "owners": "RH, DPRE",
        **_NO_NOTE,
    },
    {
        "number": "2.8",
        "theme": 2,
        **_NO_GROUP,
        "text_fr": (
            "Reconnaître davantage l’implication des chercheurs dans l’Espace Européen de la "
            "Recherche : a. mettre en place une indemnité spécifique pour les coordinateurs de "
            "projets collaboratifs ; b. revoir l’évaluation scientifique afin de mieux prendre en "
            "compte l’implication des chercheurs dans des projets européens dans leur évolution de "
            "carrière"
        ),
        "text_en": (
            "Give greater recognition to researchers’ involvement in the European Research Area: "
            "a. introduce a specific allowance for coordinators of collaborative projects; b. revise "
            "scientific evaluation so that researchers’ involvement in European projects is better "
            "taken into account in their career progression"
        ),
        **_in_progress(2023, 2),
        "owners": "RH, DPRE, DESP",
        "note_fr": "a. 2e semestre 2022 ; b. 2e semestre 2023",
        "note_en": "a. second half of 2022; b. second half of 2023",
    },
    {
        "number": "2.9",
        "theme": 2,
        **_NEW_SITE,
        "text_fr": (
            "Réaliser un nouveau site afin de réunir et de trouver plus facilement toute "
            "l’information concernant la recherche à l’Inserm, y compris l’information actuellement "
            "disponible sur le site RH (Inserm Pro)"
        ),
        "text_en": (
            "Build a new website that brings together all the information about research at Inserm "
            "and makes it easier to find, including the information currently available on the HR "
            "site (Inserm Pro)"
        ),
        **_done("2021"),
        "owners": "DISC",
        **_NO_NOTE,
    },
    {
        "number": "2.10",
        "theme": 2,
        **_NEW_SITE,
        "text_fr": (
            "Mettre en place un groupe de travail afin de transférer l’information actuellement "
            "disponible sur le site dédié à l’évaluation des chercheurs (EVA) sur Inserm Pro"
        ),
        "text_en": (
            "Set up a working group to move the information currently available on the website "
            "dedicated to the evaluation of researchers (EVA) to Inserm Pro"
        ),
        **_in_progress(2023, 1),
        "owners": "DISC, DESP",
        **_NO_NOTE,
    },
    {
        "number": "2.11",
        "theme": 2,
        **_NEW_SITE,
        "text_fr": (
            "Donner l’opportunité aux chercheurs d’exprimer annuellement leurs besoins en formation "
            "via le site EVA"
        ),
        "text_en": (
            "Give researchers the opportunity to state their training needs every year through the "
            "EVA site"
        ),
        **_in_progress(2022, 1),
        "owners": "RH, DESP",
        **_NO_NOTE,
    },
    # ------------------------------------------------------------------
    # 3. Conditions de travail
    # ------------------------------------------------------------------
    {
        "number": "3.1",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": (
            "Mettre en place la commission nationale de prévention des risques psychosociaux chargée "
            "de proposer et d’évaluer la politique de prévention et former les membres des comités "
            "concernés aux risques psychosociaux."
        ),
        "text_en": (
            "Set up the national committee for the prevention of psychosocial risks, responsible for "
            "proposing and evaluating the prevention policy, and train the members of the committees "
            "concerned in psychosocial risks."
        ),
        **_done("2017"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "3.2",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": (
            "Renforcer l’action et augmenter la visibilité des cellules de veille chargées de "
            "prévenir et gérer les situations individuelles ou collectives de mal-être au travail."
        ),
        "text_en": (
            "Strengthen the work and raise the profile of the monitoring units responsible for "
            "preventing and handling individual or collective situations of distress at work."
        ),
        **_done("2019"),
        "owners": "RH",
        "note_fr": "Extension : page dédiée",
        "note_en": "Extension: dedicated page",
    },
    {
        "number": "3.3",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": (
            "Reconnaître le statut des aidants familiaux pour mieux concilier vie professionnelle et "
            "vie personnelle"
        ),
        "text_en": (
            "Recognise the status of family carers to make it easier to reconcile work and personal "
            "life"
        ),
        **_in_progress(2023, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "3.4",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": "Mettre en place un partenariat avec le Ministère afin d’obtenir des places en crèche",
        "text_en": "Set up a partnership with the Ministry to obtain nursery places",
        **_in_progress(2022, 1),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "3.5",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": (
            "Mettre en place un partenariat avec les campus universitaires afin d’aider les "
            "chercheurs à trouver un logement"
        ),
        "text_en": (
            "Set up a partnership with university campuses to help researchers find accommodation"
        ),
        **_in_progress(2022, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "3.6",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": "COVID-19 : Former les chefs d’équipe au management à distance",
        "text_en": "COVID-19: Train team leaders in remote management",
        **_done("2020"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "3.7",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": (
            "COVID-19 : Mettre en place des plans d’action afin de maintenir l’activité malgré le "
            "confinement puis aider et soutenir les unités et les personnels au moment de la reprise "
            "de l’activité (retour d’expérience pour la prochaine crise)"
        ),
        "text_en": (
            "COVID-19: Put action plans in place to keep activity going despite the lockdown, then "
            "help and support units and staff when activity resumed (lessons learned for the next "
            "crisis)"
        ),
        **_done("2019–2020"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "3.8",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": (
            "COVID-19 : Aider les unités Inserm à mettre en œuvre les plans d’action dans le cadre "
            "de la crise sanitaire. Mise à jour régulière de la fiche « WHAT TO DO - COVID-19 »"
        ),
        "text_en": (
            "COVID-19: Help Inserm units implement the action plans during the health crisis. "
            "Regular updates of the “WHAT TO DO - COVID-19” sheet"
        ),
        **_done("2020–2021"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "3.9",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": (
            "COVID-19 : Créer et publier des fiches conseils afin de prévenir les risques "
            "psychosociaux durant le confinement puis aider le personnel à retourner au travail "
            "(retour d’expérience pour la prochaine crise)"
        ),
        "text_en": (
            "COVID-19: Write and publish advice sheets to prevent psychosocial risks during the "
            "lockdown, then help staff return to work (lessons learned for the next crisis)"
        ),
        **_done("2019–2020"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "3.10",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": "COVID-19 : Mettre en place des téléconsultations avec les médecins du travail",
        "text_en": "COVID-19: Set up remote consultations with occupational physicians",
        **_done("2019–2020"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "3.11",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": "Inclure les risques psychosociaux dans l’évaluation des risques professionnels",
        "text_en": "Include psychosocial risks in the assessment of occupational risks",
        **_done("2019"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "3.12",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": "Mettre à jour les brochures concernant les harcèlements moral et sexuel",
        "text_en": "Update the brochures on psychological and sexual harassment",
        **_done("2022"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "3.13",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": (
            "Créer une « Charte du temps » concernant la gestion du temps et les interactions "
            "collectives efficaces au travail"
        ),
        "text_en": (
            "Draw up a “Time Charter” on time management and effective collective interaction at work"
        ),
        **_done("2021"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "3.14",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": (
            "Mettre en place un groupe de travail afin d’améliorer les pratiques de management avec "
            "la prise en compte des risques psychosociaux"
        ),
        "text_en": (
            "Set up a working group to improve management practices by taking psychosocial risks "
            "into account"
        ),
        **_in_progress(2023, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "3.15",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": (
            "Mettre en place une plateforme afin de : a. faire l’inventaire de tous les produits et "
            "objets dangereux manipulés par les chercheurs sur leur lieu de travail ; b. mettre en "
            "place un meilleur suivi suite à ces expositions professionnelles (retraite, etc.)"
        ),
        "text_en": (
            "Set up a platform to: a. list all the hazardous substances and objects handled by "
            "researchers at their workplace; b. provide better follow-up after such occupational "
            "exposure (retirement, etc.)"
        ),
        **_in_progress(2024, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "3.16",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": (
            "Développer l’ergonomie de l’activité afin d’analyser les activités, de reprendre les "
            "situations à risque et de renforcer l’efficacité"
        ),
        "text_en": (
            "Develop activity ergonomics in order to analyse activities, rework risky situations "
            "and improve effectiveness"
        ),
        **_in_progress(2024, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "3.17",
        "theme": 3,
        **_NO_GROUP,
        "text_fr": "Publier un guide concernant la sécurité au travail en animalerie",
        "text_en": "Publish a guide on occupational safety in animal facilities",
        **_in_progress(2022, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    # ------------------------------------------------------------------
    # 4. Egalité des genres
    # ------------------------------------------------------------------
    {
        "number": "4.1",
        "theme": 4,
        **_NO_GROUP,
        "text_fr": (
            "Sensibiliser et informer les chercheurs sur le genre : a. informer sur l’état des "
            "lieux ; b. informer sur les actions nationales et internationales"
        ),
        "text_en": (
            "Raise researchers’ awareness of gender and inform them about it: a. report on the "
            "current situation; b. report on national and international actions"
        ),
        **_REVISED,
        "owners": "RH",
        **_GENDER_PLAN_REVISION,
    },
    {
        "number": "4.2",
        "theme": 4,
        **_NO_GROUP,
        "text_fr": (
            "Sensibiliser et informer les chercheurs sur les recherches sur le genre : a. informer "
            "sur les colloques sur le genre ; b. assurer une veille sur les appels d’offre sur le "
            "genre"
        ),
        "text_en": (
            "Raise researchers’ awareness of gender research and inform them about it: a. publicise "
            "conferences on gender; b. keep track of calls for proposals on gender"
        ),
        **_REVISED,
        "owners": "RH",
        **_GENDER_PLAN_REVISION,
    },
    {
        "number": "4.3",
        "theme": 4,
        **_NO_GROUP,
        "text_fr": "Créer un portail « L’égalité des genres à l’Inserm »",
        "text_en": "Create a “Gender equality at Inserm” portal",
        **_in_progress(2023, 1),
        "owners": "RH, DISC",
        **_NO_NOTE,
    },
    {
        "number": "4.4",
        "theme": 4,
        **_NO_GROUP,
        "text_fr": "Mettre en place des programmes de tutorat",
        "text_en": "Set up mentoring programmes",
        **_REVISED,
        "owners": "RH, DESP, Chercheurs",
        **_GENDER_PLAN_REVISION,
    },
    {
        "number": "4.5",
        "theme": 4,
        **_NO_GROUP,
        "text_fr": "Former les Directeurs d’Unité et les membres des instances à l’égalité",
        "text_en": "Train unit directors and the members of Inserm’s boards and committees in equality",
        "status": "revised",
        "done_in": "",
        "due_year": 2022,
        "due_half": 1,
        "owners": "RH",
        "note_fr": "Mise à jour, cf. 4.9–4.10",
        "note_en": "Updated, see 4.9–4.10",
    },
    {
        "number": "4.6",
        "theme": 4,
        **_NO_GROUP,
        "text_fr": (
            "Renforcer l’information sur les prestations proposées visant à mieux concilier vie "
            "familiale et vie professionnelle (aide à la garde d’enfants dans différentes situations "
            "telles que congrès, etc.)."
        ),
        "text_en": (
            "Provide more information on the services offered to help reconcile family and working "
            "life (help with childcare in various situations such as conferences, etc.)."
        ),
        **_done("2019"),
        "owners": "RH",
        "note_fr": "Extension : mise en place du télétravail",
        "note_en": "Extension: introduction of remote working",
    },
    {
        "number": "4.7",
        "theme": 4,
        **_NO_GROUP,
        "text_fr": "Mettre à jour le Guide de la femme enceinte en laboratoire de recherche",
        "text_en": "Update the Guide for pregnant women in research laboratories",
        **_done("2022"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "4.8",
        "theme": 4,
        **_NO_GROUP,
        "text_fr": (
            "Sensibiliser tous les chercheurs (via un webinaire) aux concepts principaux de "
            "l’égalité des genres"
        ),
        "text_en": (
            "Make all researchers aware (through a webinar) of the main concepts of gender equality"
        ),
        **_done("2021"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "4.9",
        "theme": 4,
        **_NO_GROUP,
        "text_fr": (
            "Former tous les points de contacts en charge de la parité et de l’égalité "
            "professionnelle aux enjeux et outils de l’égalité professionnelle"
        ),
        "text_en": (
            "Train all the contact points in charge of gender parity and professional equality in "
            "the issues and tools of professional equality"
        ),
        **_in_progress(2022, 1),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "4.10",
        "theme": 4,
        **_NO_GROUP,
        "text_fr": (
            "Former les membres des cellules de veille sociale à l’identification, la prévention et "
            "la prise en charge des violences à caractère sexuel et sexiste"
        ),
        "text_en": (
            "Train the members of the social monitoring units to identify, prevent and deal with "
            "sexual and gender-based violence"
        ),
        **_in_progress(2022, 1),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "4.11",
        "theme": 4,
        **_NO_GROUP,
        "text_fr": "Sensibiliser à l’égalité professionnelle au travers d’un Serious Game",
        "text_en": "Raise awareness of professional equality through a serious game",
        **_in_progress(2023, 1),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "4.12",
        "theme": 4,
        **_INSTITUTIONAL_ACTION,
        "text_fr": (
            "Créer dans chaque structure une cellule composée de correspondants égalité aux profils "
            "divers et dotés d’une feuille de mission"
        ),
        "text_en": (
            "Create in each structure a unit made up of equality contacts with diverse profiles, "
            "each given a mission statement"
        ),
        **_in_progress(2022, 1),
        "owners": "PCN EG",
        **_NO_NOTE,
    },
    {
        "number": "4.13",
        "theme": 4,
        **_INSTITUTIONAL_ACTION,
        "text_fr": (
            "Impliquer chaque Directeur d’unité avec la signature d’une lettre d’engagement en "
            "faveur de la politique de l’Inserm en matière de Parité et d’Egalité professionnelle, "
            "adaptée à ses fonctions et contenant des dispositions transverses et spécifiques"
        ),
        "text_en": (
            "Involve every unit director by having them sign a letter of commitment to Inserm’s "
            "policy on gender parity and professional equality, adapted to their duties and "
            "containing cross-cutting and specific provisions"
        ),
        **_in_progress(2023, 1),
        "owners": "PCN EG",
        **_NO_NOTE,
    },
    {
        "number": "4.14",
        "theme": 4,
        **_EQUAL_ACCESS,
        "text_fr": (
            "Assurer la juste valorisation de nos chercheuses et assurer la promotion des expertes "
            "Inserm auprès des médias, collectivités, au niveau régional et national"
        ),
        "text_en": (
            "Ensure that our women researchers receive fair recognition and promote Inserm’s women "
            "experts to the media and local authorities, at regional and national level"
        ),
        **_done("2022"),
        "owners": "PCN EG, DISC",
        **_NO_NOTE,
    },
    {
        "number": "4.15",
        "theme": 4,
        **_EQUAL_ACCESS,
        "text_fr": (
            "Elaborer un module de base, sous forme numérique, de sensibilisation aux notions de "
            "genre, de lutte contre les discriminations, sexisme et violences"
        ),
        "text_en": (
            "Develop a basic digital awareness module on gender and on combating discrimination, "
            "sexism and violence"
        ),
        **_in_progress(2022, 2),
        "owners": "PCN EG",
        **_NO_NOTE,
    },
    {
        "number": "4.16",
        "theme": 4,
        **_EQUAL_ACCESS,
        "text_fr": (
            "Sensibiliser les membres des instances de sélection aux biais inconscients qui peuvent "
            "influencer le jugement dans les processus de recrutement et d’évaluation"
        ),
        "text_en": (
            "Make the members of selection bodies aware of the unconscious biases that can influence "
            "judgement in recruitment and evaluation processes"
        ),
        **_in_progress(2022, 2),
        "owners": "PCN EG",
        **_NO_NOTE,
    },
    {
        "number": "4.17",
        "theme": 4,
        **_EQUAL_ACCESS,
        "text_fr": (
            "Créer la fonction de garant des principes de l’égalité des chances au sein de chaque "
            "instance de recrutement et de promotion (et, plus largement, un garant afin d’éviter "
            "tous les biais de recrutement : handicap, profil, etc.)"
        ),
        "text_en": (
            "Create the role of guarantor of equal opportunity principles within each recruitment "
            "and promotion body (and, more broadly, a guarantor to prevent all recruitment biases: "
            "disability, profile, etc.)"
        ),
        **_in_progress(2022, 1),
        "owners": "PCN EG",
        **_NO_NOTE,
    },
    {
        "number": "4.18",
        "theme": 4,
        **_EQUAL_ACCESS,
        "text_fr": (
            "Diversifier les candidatures aux postes à fortes responsabilités : a. stimuler les "
            "vocations et augmenter le nombre de femmes en qualité de responsable de structure, "
            "d’équipe, de plateforme, etc. ; b. identifier les futures candidatures féminines "
            "possibles, quel que soit le statut, à partir d’un vivier réalisé par les employeurs"
        ),
        "text_en": (
            "Diversify applications for positions of high responsibility: a. encourage vocations "
            "and increase the number of women heading structures, teams, platforms, etc.; b. "
            "identify potential future women candidates, whatever their status, from a talent pool "
            "built by the employers"
        ),
        **_in_progress(2023, 2),
        "owners": "PCN EG",
        **_NO_NOTE,
    },
    {
        "number": "4.19",
        "theme": 4,
        **_EQUAL_ACCESS,
        "text_fr": (
            "Garantir une politique de rémunération juste et équitable : analyser les critères "
            "d’attribution des primes au regard du genre et en tirer les conséquences dans les "
            "Lignes Directrices de Gestion (LDG)"
        ),
        "text_en": (
            "Guarantee a fair and equitable pay policy: analyse the criteria for awarding bonuses "
            "from a gender perspective and draw the consequences in the Management Guidelines (LDG)"
        ),
        **_in_progress(2023, 2),
        "owners": "PCN EG",
        **_NO_NOTE,
    },
    {
        "number": "4.20",
        "theme": 4,
        **_WORK_LIFE,
        "text_fr": (
            "Aider les chercheurs à mieux organiser leur travail grâce à la mise en œuvre de la "
            "« Charte du temps » adoptée par l’Inserm"
        ),
        "text_en": (
            "Help researchers organise their work better by implementing the “Time Charter” adopted "
            "by Inserm"
        ),
        **_in_progress(2023, 2),
        "owners": "PCN EG",
        **_NO_NOTE,
    },
    {
        "number": "4.21",
        "theme": 4,
        **_DISCRIMINATION,
        "text_fr": (
            "Intégrer le risque dans notre système de santé et de sécurité au travail : a. mettre "
            "en place un dispositif externalisé de prise en charge du signalement et de "
            "l’accompagnement des victimes ; b. réaliser des campagnes de communication ; c. former "
            "les personnes ressources"
        ),
        "text_en": (
            "Include this risk in our occupational health and safety system: a. set up an "
            "outsourced system for handling reports and supporting victims; b. run communication "
            "campaigns; c. train resource persons"
        ),
        **_in_progress(2023, 2),
        "owners": "PCN EG",
        **_NO_NOTE,
    },
    {
        "number": "4.22",
        "theme": 4,
        **_DISCRIMINATION,
        "text_fr": (
            "Ecrire des articles concernant l’égalité des genres avec une approche d’amélioration en "
            "continu chaque année"
        ),
        "text_en": (
            "Write articles on gender equality every year, with a continuous improvement approach"
        ),
        **_done("2021"),
        "owners": "DISC",
        **_NO_NOTE,
    },
    # ------------------------------------------------------------------
    # 5. Non-discrimination / Handicap
    # ------------------------------------------------------------------
    {
        "number": "5.1",
        "theme": 5,
        **_NO_GROUP,
        "text_fr": (
            "Développer le recrutement de chercheurs handicapés en menant des actions de "
            "sensibilisation et de communication auprès de différents publics (personnes "
            "handicapées, écoles doctorales, universités, etc.) sur les métiers de l’Inserm, comme "
            "cela est fait pour les techniciens et les ingénieurs, et ainsi créer un vivier de "
            "candidats scientifiques"
        ),
        "text_en": (
            "Increase the recruitment of researchers with disabilities through awareness-raising "
            "and communication aimed at various audiences (people with disabilities, doctoral "
            "schools, universities, etc.) about the occupations at Inserm, as is done for "
            "technicians and engineers, and so build up a pool of scientific candidates"
        ),
        **_done("2017"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "5.2",
        "theme": 5,
        **_NO_GROUP,
        "text_fr": "Ouverture de postes pour chercheurs handicapés",
        "text_en": "Opening of positions for researchers with disabilities",
        **_done("2017"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "5.3",
        "theme": 5,
        **_NO_GROUP,
        "text_fr": (
            "Mettre en place une action annuelle, le DuoDay : donner l’opportunité aux personnes en "
            "situation de handicap de travailler avec des personnels Inserm afin de découvrir leur "
            "activité durant une journée"
        ),
        "text_en": (
            "Set up an annual event, DuoDay: give people with disabilities the opportunity to work "
            "alongside Inserm staff for a day to discover what they do"
        ),
        "status": "done",
        "done_in": "2020",
        "due_year": 2022,
        "due_half": 2,
        "owners": "RH",
        "note_fr": "Prochain DuoDay : 2e semestre 2022",
        "note_en": "Next DuoDay: second half of 2022",
    },
    {
        "number": "5.4",
        "theme": 5,
        **_NO_GROUP,
        "text_fr": (
            "Mettre en place un accompagnement spécifique pour les chercheurs souffrant d’un "
            "handicap psychique et cognitif en partenariat avec une association spécialisée"
        ),
        "text_en": (
            "Provide specific support for researchers with a psychological and cognitive disability, "
            "in partnership with a specialist association"
        ),
        **_done("2021"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "5.5",
        "theme": 5,
        **_NO_GROUP,
        "text_fr": (
            "Développer un partenariat avec un site spécialisé afin de publier nos offres d’emploi "
            "pour les chercheurs en situation de handicap"
        ),
        "text_en": (
            "Develop a partnership with a specialist website to publish our job offers for "
            "researchers with disabilities"
        ),
        **_done("2022"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "5.6",
        "theme": 5,
        **_NO_GROUP,
        "text_fr": (
            "Améliorer la description de nos offres d’emploi : aider les laboratoires à mieux "
            "décrire l’environnement de recherche et les principales caractéristiques du poste "
            "proposé"
        ),
        "text_en": (
            "Improve the description of our job offers: help laboratories to describe the research "
            "environment and the main features of the position offered more clearly"
        ),
        **_in_progress(2022, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "5.7",
        "theme": 5,
        **_NO_GROUP,
        "text_fr": (
            "Réaliser un guide sur le handicap avec les différents acteurs du Siège et des "
            "Délégations régionales"
        ),
        "text_en": (
            "Produce a guide on disability with the various stakeholders at headquarters and in the "
            "regional offices"
        ),
        **_in_progress(2022, 1),
        "owners": "RH, Délégations régionales",
        **_NO_NOTE,
    },
    {
        "number": "5.8",
        "theme": 5,
        **_NO_GROUP,
        "text_fr": (
            "Mettre en place un groupe pilote afin de renforcer le suivi des agents en situation de "
            "handicap comprenant le référent handicap, un médecin et l’assistante sociale"
        ),
        "text_en": (
            "Set up a pilot group, made up of the disability officer, a doctor and the social "
            "worker, to improve the follow-up of staff with disabilities"
        ),
        **_in_progress(2022, 1),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "5.9",
        "theme": 5,
        **_NO_GROUP,
        "text_fr": (
            "Obtenir un nouveau financement afin de poursuivre nos aménagements de poste, nos "
            "actions de communication et notre accompagnement technique"
        ),
        "text_en": (
            "Obtain new funding to continue our workstation adjustments, our communication "
            "activities and our technical support"
        ),
        **_in_progress(2022, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "5.10",
        "theme": 5,
        **_NO_GROUP,
        "text_fr": (
            "Donner la possibilité aux chercheurs en situation de handicap de déclarer leurs besoins "
            "spécifiques sur le site dédié aux chercheurs (EVA)"
        ),
        "text_en": (
            "Enable researchers with disabilities to declare their specific needs on the website "
            "dedicated to researchers (EVA)"
        ),
        **_in_progress(2022, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "5.11",
        "theme": 5,
        **_NO_GROUP,
        "text_fr": (
            "Communiquer sur l’intérêt de faire reconnaître son handicap auprès de la Maison "
            "Départementale pour les Personnes Handicapées"
        ),
        "text_en": (
            "Communicate on the benefits of having one’s disability recognised by the Maison "
            "Départementale pour les Personnes Handicapées"
        ),
        **_in_progress(2022, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "5.12",
        "theme": 5,
        **_NO_GROUP,
        "text_fr": (
            "Présenter aux étudiants les perspectives de carrière et l’accompagnement de la mission "
            "Handicap de l’Inserm"
        ),
        "text_en": (
            "Present to students the career prospects and the support offered by Inserm’s "
            "Disability Mission"
        ),
        **_in_progress(2023, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "5.13",
        "theme": 5,
        **_NO_GROUP,
        "text_fr": (
            "Ecrire des articles concernant la non-discrimination et le handicap avec une approche "
            "d’amélioration en continu chaque année"
        ),
        "text_en": (
            "Write articles on non-discrimination and disability every year, with a continuous "
            "improvement approach"
        ),
        **_done("2021"),
        "owners": "DISC",
        **_NO_NOTE,
    },
    {
        "number": "5.14",
        "theme": 5,
        **_NO_GROUP,
        "text_fr": (
            "Rendre les vœux annuels du PDG accessibles à tous : retranscription écrite simultanée "
            "du discours"
        ),
        "text_en": (
            "Make the CEO’s annual New Year address accessible to all: simultaneous written "
            "transcription of the speech"
        ),
        **_done("2022"),
        "owners": "DISC",
        **_NO_NOTE,
    },
    {
        "number": "5.15",
        "theme": 5,
        **_NO_GROUP,
        "text_fr": (
            "Former le personnel du DISC à l’accessibilité afin d’améliorer le site Inserm Pro et de "
            "le rendre accessible pour tous"
        ),
        "text_en": (
            "Train DISC staff in accessibility in order to improve the Inserm Pro site and make it "
            "accessible to all"
        ),
        **_in_progress(2022, 2),
        "owners": "DISC",
        **_NO_NOTE,
    },
    # ------------------------------------------------------------------
    # 6. Recherche éthique et responsable
    # ------------------------------------------------------------------
    {
        "number": "6.1",
        "theme": 6,
        **_NO_GROUP,
        "text_fr": (
            "Former les chercheurs afin d’optimiser leurs pratiques de recherche dans le respect de "
            "la recherche éthique et de l’intégrité scientifique"
        ),
        "text_en": (
            "Train researchers to optimise their research practices in keeping with ethical "
            "research and research integrity"
        ),
        **_done("2019"),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "6.2",
        "theme": 6,
        **_NO_GROUP,
        "text_fr": (
            "Réaliser et imprimer des affiches sur la recherche responsable (disponibles sur Inserm "
            "Pro) pour les laboratoires"
        ),
        "text_en": (
            "Design and print posters on responsible research (available on Inserm Pro) for "
            "laboratories"
        ),
        **_done("2021"),
        "owners": "DISC, DIS",
        **_NO_NOTE,
    },
    {
        "number": "6.3",
        "theme": 6,
        **_NO_GROUP,
        "text_fr": (
            "Créer une plateforme dédiée à l’éthique de la recherche et à l’intégrité scientifique : "
            "le portail LORIER"
        ),
        "text_en": (
            "Create a platform dedicated to research ethics and research integrity: the LORIER portal"
        ),
        **_done("2022"),
        "owners": "DISC, DIS, US48-Lorier",
        **_NO_NOTE,
    },
    {
        "number": "6.4",
        "theme": 6,
        **_NO_GROUP,
        "text_fr": (
            "Développer des actions afin d’améliorer les méthodes de travail des chercheurs en "
            "matière d’éthique, de responsabilité, d’intégrité, de déontologie, de science ouverte, "
            "de qualité, etc."
        ),
        "text_en": (
            "Develop actions to improve researchers’ working methods with regard to ethics, "
            "responsibility, integrity, professional conduct, open science, quality, etc."
        ),
        **_in_progress(2022, 2),
        "owners": "DIS, RH, US48-Lorier",
        **_NO_NOTE,
    },
    # ------------------------------------------------------------------
    # 7. Bonnes pratiques dans la recherche
    # ------------------------------------------------------------------
    {
        "number": "7.1",
        "theme": 7,
        **_NO_GROUP,
        "text_fr": (
            "Former les acteurs régionaux afin de : a. mieux accompagner les chercheurs tout au long "
            "de leur carrière (entretien professionnel) ; b. aider les chercheurs à construire leur "
            "projet professionnel ; c. accompagner les chercheurs qui souhaiteraient entreprendre "
            "une mobilité"
        ),
        "text_en": (
            "Train regional staff to: a. support researchers better throughout their careers "
            "(career review interview); b. help researchers build their career plans; c. support "
            "researchers who would like to take up a mobility opportunity"
        ),
        **_in_progress(2022, 2),
        "owners": "RH, Délégations régionales",
        "note_fr": (
            "a. réalisé en 2019 ; b. réalisé en 2019 ; c. en cours, 2e semestre 2022. L’action "
            "reste en cours tant que c. n’est pas réalisé."
        ),
        "note_en": (
            "a. done in 2019; b. done in 2019; c. in progress, second half of 2022. The action "
            "remains in progress until c. is done."
        ),
    },
    {
        "number": "7.2",
        "theme": 7,
        **_NO_GROUP,
        "text_fr": "Homogénéiser les pratiques RH dans les Délégations régionales",
        "text_en": "Harmonise HR practices across the regional offices",
        **_in_progress(2024, 2),
        "owners": "RH, Délégations régionales",
        **_NO_NOTE,
    },
    {
        "number": "7.3",
        "theme": 7,
        **_NO_GROUP,
        "text_fr": "Renforcer le tutorat",
        "text_en": "Strengthen mentoring",
        **_in_progress(2024, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "7.4",
        "theme": 7,
        **_NO_GROUP,
        "text_fr": (
            "Mettre en place une journée d’accueil annuelle pour les nouveaux recrutés afin de leur "
            "présenter l’Inserm et leur donner les informations clés (évaluation, promotion, "
            "intégrité, projets européens, etc.)"
        ),
        "text_en": (
            "Hold an annual welcome day for new recruits to introduce Inserm to them and give them "
            "the key information (evaluation, promotion, integrity, European projects, etc.)"
        ),
        **_in_progress(2023, 1),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "7.5",
        "theme": 7,
        **_NO_GROUP,
        "text_fr": (
            "Mettre en place un groupe de travail afin d’établir de nouvelles actions pour mieux "
            "reconnaître les chercheurs qui partent en retraite"
        ),
        "text_en": (
            "Set up a working group to devise new actions to give better recognition to researchers "
            "who retire"
        ),
        **_in_progress(2024, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "7.6",
        "theme": 7,
        **_NO_GROUP,
        "text_fr": "Ajouter le label « HR Excellence in research » dans le modèle des offres d’emploi",
        "text_en": "Add the “HR Excellence in Research” label to the job offer template",
        **_in_progress(2022, 2),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "7.7",
        "theme": 7,
        **_NO_GROUP,
        "text_fr": (
            "Donner de meilleures perspectives de carrières aux jeunes chercheurs (doctorants, "
            "post-doctorants) en leur présentant les projets européens (Actions Marie "
            "Skłodowska-Curie - AMSC)"
        ),
        "text_en": (
            "Give young researchers (PhD students, postdocs) better career prospects by presenting "
            "European projects to them (Marie Skłodowska-Curie Actions - MSCA)"
        ),
        **_in_progress(2022, 1),
        "owners": "RH",
        **_NO_NOTE,
    },
    {
        "number": "7.8",
        "theme": 7,
        **_NO_GROUP,
        "text_fr": (
            "Elaborer une convention d’accueil pour les jeunes chercheurs de nationalité étrangère "
            "avec un CDD de leur établissement d’origine afin de couvrir financièrement leurs frais "
            "de subsistance et de logement"
        ),
        "text_en": (
            "Draw up a hosting agreement for young foreign researchers on a fixed-term contract "
            "(CDD) with their home institution, so as to cover their living and housing costs"
        ),
        **_in_progress(2022, 2),
        "owners": "RH, Délégations régionales",
        **_NO_NOTE,
    },
    # ------------------------------------------------------------------
    # 8. Evaluation (the source names no owner for these three actions)
    # ------------------------------------------------------------------
    {
        "number": "8.1",
        "theme": 8,
        **_NO_GROUP,
        "text_fr": "Mettre en place une auto-évaluation tous les deux ans",
        "text_en": "Introduce a self-assessment every two years",
        **_done("2018"),
        "owners": "",
        **_NO_NOTE,
    },
    {
        "number": "8.2",
        "theme": 8,
        **_NO_GROUP,
        "text_fr": "Réaliser l’évaluation externe 4 ans après l’obtention du label",
        "text_en": "Carry out the external evaluation 4 years after obtaining the label",
        **_done("2020"),
        "owners": "",
        **_NO_NOTE,
    },
    {
        "number": "8.3",
        "theme": 8,
        **_NO_GROUP,
        "text_fr": ("Réaliser l’évaluation en interne en vue du renouvellement de l’accréditation"),
        "text_en": "Carry out the internal evaluation with a view to renewing the accreditation",
        **_done("2022"),
        "owners": "",
        **_NO_NOTE,
    },
]
