"""Bilingual demo content for the careers portal (French source, English translation).

Pure data: ``PAGES`` lists the site pages in tree order (parents before children).
Every fact and figure comes from the institute's public documents kept in
``/work/shared/seeds/`` (HR Excellence page, careers guide, HRS4R action plan 2022,
objectives contract 2016-2020, self-assessment questionnaire 2019-2023).

The "fr" and "en" dictionaries of a page share exactly the same structure (same keys,
same blocks in the same order, same number of list items, paragraphs and links), so
that the loader can pair them positionally into wagtail-localize translations.
"""

PAGES = [
    # ------------------------------------------------------------------
    # Home page
    # ------------------------------------------------------------------
    {
        "key": "home",
        "model": "home.HomePage",
        "parent": None,
        "show_in_menus": False,
        "fr": {
            "title": "Carrières à l’Inserm",
            "slug": "accueil",
            "seo_title": "Carrières à l’Inserm : concours, offres d’emploi et accueil des chercheurs",
            "search_description": (
                "Rejoindre l’Inserm : concours chercheurs, ingénieurs et techniciens, "
                "contrats à durée déterminée, accueil des chercheurs étrangers et conditions de travail."
            ),
            "intro": (
                "Ce portail s’adresse à toutes celles et ceux qui envisagent de rejoindre l’Inserm, "
                "l’Institut national de la santé et de la recherche médicale : chercheurs, ingénieurs, "
                "techniciens, post-doctorants et doctorants, en France comme à l’étranger. Vous y trouverez "
                "les offres d’emploi, le calendrier des concours et l’accompagnement proposé à votre arrivée."
            ),
            "body": [
                {
                    "type": "key_figures",
                    "value": {
                        "heading": "L’Inserm en chiffres",
                        "figures": [
                            {
                                "value": "2016",
                                "label": "Obtention du label européen HR Excellence in Research",
                                "source": "Page « HR Excellence in Research » de l’Inserm",
                            },
                            {
                                "value": "33–35 %",
                                "label": "des candidats aux concours chercheurs venaient de l’étranger",
                                "source": "Campagnes de recrutement 2021 et 2022",
                            },
                            {
                                "value": "25–28 %",
                                "label": "des chercheurs recrutés venaient de l’étranger",
                                "source": "Campagnes de recrutement 2021 et 2022",
                            },
                            {
                                "value": "32 + 13",
                                "label": "jours de congés et jours de RTT par an au maximum, pour un temps plein",
                                "source": "Page « HR Excellence in Research » de l’Inserm",
                            },
                            {
                                "value": "15 → 44",
                                "label": "bénéficiaires de l’obligation d’emploi des personnes handicapées",
                                "source": "Inserm, évolution entre 2014 et 2022",
                            },
                            {
                                "value": "217",
                                "label": "postes ouverts recensés par un guide des carrières",
                                "source": "Guide des carrières consacré à l’Inserm",
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Premier opérateur européen de recherche biomédicale, l’Inserm est un établissement "
                        "public à caractère scientifique et technologique (EPST) créé en 1964 et placé sous la "
                        "double tutelle des ministères chargés de la santé et de la recherche. Ses 265 unités de "
                        "recherche, établies pour la plupart dans des universités et des hôpitaux, sont réparties "
                        "dans toute la France.</p>"
                        "<p>Les postes permanents sont pourvus chaque année par concours ; les contrats "
                        "post-doctoraux, les CDD et les contrats doctoraux sont proposés tout au long de l’année. "
                        "Ce portail présente ces deux voies d’accès, l’accompagnement des chercheurs venus de "
                        "l’étranger et les engagements de l’Institut en matière de ressources humaines.</p>"
                    ),
                },
                {
                    "type": "faq",
                    "value": {
                        "heading": "Questions fréquentes",
                        "items": [
                            {
                                "question": "Quand se déroulent les concours ?",
                                "answer": (
                                    "<p>Les concours chercheurs sont annoncés chaque année en février ou en mars. "
                                    "Le dossier doit être déposé sur la plateforme des concours avant la date "
                                    "limite, généralement entre début et mi-mai : la plateforme ferme à l’heure "
                                    "exacte annoncée, heure de Paris, et aucun dossier en retard n’est accepté. "
                                    "Les auditions ont lieu en juin ou en juillet, et les résultats sont publiés "
                                    "en août.</p>"
                                    "<p>Les chargés de recherche nouvellement recrutés effectuent ensuite une "
                                    "année de stage avant leur titularisation.</p>"
                                ),
                            },
                            {
                                "question": "Peut-on postuler à un poste non permanent à tout moment ?",
                                "answer": (
                                    "<p>Oui. Les postes de post-doctorant, les CDD et les contrats doctoraux sont "
                                    'publiés toute l’année sur <a href="https://emploi.inserm.fr">emploi.inserm.fr</a>. '
                                    "Postulez en ligne et prenez aussi contact directement avec la personne qui "
                                    "recrute dans l’équipe.</p>"
                                ),
                            },
                            {
                                "question": "Faut-il parler français ?",
                                "answer": (
                                    "<p>Pour les postes permanents, oui : le dossier de concours et l’audition se "
                                    "font en principe en français ; l’anglais est parfois toléré dans certaines "
                                    "sections, mais c’est un choix risqué. Pour les contrats post-doctoraux et les "
                                    "CDD, la lettre de motivation peut être rédigée en français ou en anglais.</p>"
                                    "<p>Les personnes recrutées depuis l’étranger sur un poste permanent doivent "
                                    "prévoir d’atteindre un niveau de français professionnel pendant leur année "
                                    "de stage.</p>"
                                ),
                            },
                            {
                                "question": "Dois-je trouver un laboratoire d’accueil avant de candidater ?",
                                "answer": (
                                    "<p>C’est indispensable. Contactez la direction de l’unité et la ou le "
                                    "responsable de l’équipe que vous souhaitez rejoindre, obtenez leur soutien "
                                    "explicite et construisez votre projet en cohérence avec leur programme "
                                    "scientifique. Une candidature sans laboratoire d’accueil clairement identifié "
                                    "n’a pratiquement aucune chance d’aboutir : comptez trois à six mois entre "
                                    "les premiers contacts et le dépôt du dossier.</p>"
                                ),
                            },
                            {
                                "question": "Les candidats venant de l’étranger ont-ils leur chance ?",
                                "answer": (
                                    "<p>Oui. Lors des campagnes de recrutement 2021 et 2022, 33 à 35 % des "
                                    "candidats venaient de l’étranger, et ils représentent 25 à 28 % des "
                                    "chercheurs recrutés. Un conseiller en économie sociale et familiale "
                                    "accompagne ensuite les nouveaux arrivants dans leurs démarches.</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "title": "Consulter les offres",
                        "text": (
                            "Postes permanents, contrats post-doctoraux, CDD et contrats doctoraux : "
                            "découvrez comment l’Inserm recrute et le calendrier des concours."
                        ),
                        "link_text": "Voir les offres d’emploi",
                        "page": "@offers",
                        "url": "",
                    },
                },
            ],
        },
        "en": {
            "title": "Careers at Inserm",
            "slug": "home",
            "seo_title": "Careers at Inserm: competitions, job offers and support for researchers",
            "search_description": (
                "Joining Inserm: competitions for researchers, engineers and technicians, fixed-term "
                "contracts, support for foreign researchers and working conditions."
            ),
            "intro": (
                "This portal is for everyone considering a move to Inserm, the French National Institute "
                "of Health and Medical Research: researchers, engineers, technicians, postdocs and PhD "
                "students, in France and abroad. Here you will find job offers, the competition calendar "
                "and the support offered when you arrive."
            ),
            "body": [
                {
                    "type": "key_figures",
                    "value": {
                        "heading": "Inserm in figures",
                        "figures": [
                            {
                                "value": "2016",
                                "label": "Award of the European HR Excellence in Research label",
                                "source": "Inserm “HR Excellence in Research” page",
                            },
                            {
                                "value": "33–35%",
                                "label": "of applicants to researcher competitions came from abroad",
                                "source": "2021 and 2022 recruitment campaigns",
                            },
                            {
                                "value": "25–28%",
                                "label": "of the researchers recruited came from abroad",
                                "source": "2021 and 2022 recruitment campaigns",
                            },
                            {
                                "value": "32 + 13",
                                "label": "maximum days of leave and RTT rest days per year, for full-time staff",
                                "source": "Inserm “HR Excellence in Research” page",
                            },
                            {
                                "value": "15 → 44",
                                "label": "beneficiaries of the obligation to employ people with disabilities",
                                "source": "Inserm, change between 2014 and 2022",
                            },
                            {
                                "value": "217",
                                "label": "open positions listed by a careers guide",
                                "source": "Careers guide about Inserm",
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Europe’s leading biomedical research organisation, Inserm is a public scientific "
                        "and technological institution (EPST) founded in 1964 and placed under the joint "
                        "supervision of the French ministries of health and research. Its 265 research units, "
                        "most of them based in universities and hospitals, are spread across France.</p>"
                        "<p>Permanent posts are filled every year through competitions; postdoctoral positions, "
                        "fixed-term contracts (CDD) and PhD contracts are offered all year round. This portal "
                        "presents both routes, the support given to researchers coming from abroad and the "
                        "Institute’s human resources commitments.</p>"
                    ),
                },
                {
                    "type": "faq",
                    "value": {
                        "heading": "Frequently asked questions",
                        "items": [
                            {
                                "question": "When do the competitions take place?",
                                "answer": (
                                    "<p>Researcher competitions are announced every year in February or March. "
                                    "Applications must be submitted on the competitions platform before the "
                                    "deadline, usually between early and mid-May: the platform closes at the "
                                    "exact time stated, Paris time, and late applications are never accepted. "
                                    "Auditions take place in June or July, and results are published in "
                                    "August.</p>"
                                    "<p>Newly recruited research officers then serve a one-year probationary "
                                    "period before tenure is confirmed.</p>"
                                ),
                            },
                            {
                                "question": "Can I apply for a non-permanent position at any time?",
                                "answer": (
                                    "<p>Yes. Postdoctoral positions, fixed-term contracts and PhD contracts are "
                                    'posted all year round on <a href="https://emploi.inserm.fr">emploi.inserm.fr</a>. '
                                    "Apply online and also contact the person recruiting in the team "
                                    "directly.</p>"
                                ),
                            },
                            {
                                "question": "Do I need to speak French?",
                                "answer": (
                                    "<p>For permanent posts, yes: the competition dossier and the audition are "
                                    "normally in French; English is sometimes tolerated in certain sections, but "
                                    "it is a risky choice. For postdoctoral positions and fixed-term contracts, "
                                    "the cover letter may be written in French or in English.</p>"
                                    "<p>People recruited from abroad to a permanent post should plan to reach "
                                    "professional French during their probationary year.</p>"
                                ),
                            },
                            {
                                "question": "Should I find a host laboratory before applying?",
                                "answer": (
                                    "<p>It is essential. Contact the director of the unit and the leader of the "
                                    "team you wish to join, secure their explicit support and align your "
                                    "project with their scientific programme. An application without a clearly "
                                    "identified host laboratory has almost no chance of success: allow three to "
                                    "six months between the first contacts and the submission of your "
                                    "dossier.</p>"
                                ),
                            },
                            {
                                "question": "Do applicants from abroad stand a chance?",
                                "answer": (
                                    "<p>Yes. In the 2021 and 2022 recruitment campaigns, 33% to 35% of applicants "
                                    "came from abroad, and they account for 25% to 28% of the researchers "
                                    "recruited. A social and family economics advisor then helps newcomers with "
                                    "their formalities.</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "title": "Browse the job offers",
                        "text": (
                            "Permanent posts, postdoctoral positions, fixed-term and PhD contracts: "
                            "find out how Inserm recruits and when the competitions take place."
                        ),
                        "link_text": "See the job offers",
                        "page": "@offers",
                        "url": "",
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Job offers
    # ------------------------------------------------------------------
    {
        "key": "offers",
        "model": "offers.OfferIndexPage",
        "parent": "home",
        "show_in_menus": True,
        "fr": {
            "title": "Offres d’emploi",
            "slug": "offres",
            "seo_title": "",
            "search_description": (
                "Postes permanents par concours, contrats non permanents toute l’année : "
                "comment l’Inserm recrute et comment préparer votre candidature."
            ),
            "intro": (
                "L’Inserm recrute par deux voies : des concours nationaux annuels pour les postes "
                "permanents de la fonction publique, et des recrutements directs, tout au long de "
                "l’année, pour les contrats à durée déterminée."
            ),
            "body": [
                {
                    "type": "heading",
                    "value": {"text": "Postes permanents : les concours", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Les postes permanents confèrent le statut de fonctionnaire. Ils sont pourvus par "
                        "des concours nationaux organisés chaque année, sur titres et travaux ; les postes de "
                        "chercheurs sont répartis par grands domaines scientifiques, qui correspondent aux "
                        "commissions scientifiques spécialisées (CSS) de l’Inserm.</p>"
                        "<ul>"
                        "<li><b>Chargé de recherche (CR)</b> : premier grade du corps des chercheurs "
                        "fonctionnaires, recruté en classe normale (CRCN).</li>"
                        "<li><b>Directeur de recherche (DR)</b> : concours ouvert aux chercheurs qui ont plus "
                        "de huit ans d’expérience après le doctorat.</li>"
                        "<li><b>Ingénieur de recherche (IR), ingénieur d’études (IE), assistant ingénieur (AI) "
                        "et technicien (TCH)</b> : concours organisés selon un calendrier parallèle à celui "
                        "des chercheurs.</li>"
                        "</ul>"
                    ),
                },
                {"type": "heading", "value": {"text": "Calendrier des concours", "level": "h3"}},
                {
                    "type": "table",
                    "value": {
                        "caption": "Calendrier annuel des concours chercheurs",
                        "first_column_is_header": True,
                        "header": ["Étape", "Période"],
                        "rows": [
                            {"cells": ["Annonce des concours", "Février ou mars"]},
                            {
                                "cells": [
                                    "Date limite de dépôt des dossiers",
                                    "Entre début et mi-mai, à l’heure exacte annoncée (heure de Paris)",
                                ]
                            },
                            {"cells": ["Auditions devant le jury", "Juin ou juillet"]},
                            {"cells": ["Publication des résultats", "Août"]},
                            {
                                "cells": [
                                    "Stage avant titularisation (chargés de recherche)",
                                    "Un an",
                                ]
                            },
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {"text": "Postes non permanents : toute l’année", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Les contrats post-doctoraux, les CDD d’ingénieurs et de techniciens et les contrats "
                        "doctoraux sont publiés tout au long de l’année et suivent les usages académiques "
                        "internationaux. Un dossier comprend en général un CV, une lettre de motivation en "
                        "français ou en anglais et deux ou trois lettres de recommandation ; prévoyez un ou "
                        "deux entretiens, souvent en visioconférence pour les candidats qui résident à "
                        "l’étranger.</p>"
                        "<p>Les offres de CDD de chercheur sont également publiées sur "
                        '<a href="https://euraxess.ec.europa.eu">EURAXESS</a>, le portail européen des '
                        "carrières de la recherche.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Candidater à un concours, étape par étape", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ol>"
                        "<li>Repérez le concours qui vous correspond et la commission scientifique spécialisée "
                        "compétente pour votre discipline.</li>"
                        "<li>Lisez attentivement l’avis de concours : périmètre scientifique, conditions "
                        "d’éligibilité et liste des laboratoires d’accueil qui ont demandé un recrutement.</li>"
                        "<li>Choisissez votre laboratoire d’accueil et obtenez le soutien explicite de la "
                        "direction de l’unité et de l’équipe.</li>"
                        "<li>Constituez votre dossier scientifique : CV détaillé avec vos publications, projet "
                        "de recherche de 8 à 15 pages en général, lié à l’unité d’accueil, bilan de vos travaux, "
                        "enseignement, encadrement et financements obtenus.</li>"
                        "<li>Déposez votre dossier sur la plateforme des concours au moins 48 heures avant la "
                        "date limite : l’affluence du dernier jour provoque souvent des interruptions.</li>"
                        "<li>Préparez l’audition : en général 10 à 15 minutes de présentation, suivies de 20 à "
                        "30 minutes de questions.</li>"
                        "</ol>"
                    ),
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "title": "Vous venez de l’étranger ?",
                        "text": (
                            "Documents en anglais, aide au logement, conseiller dédié : découvrez "
                            "l’accompagnement proposé aux chercheurs qui s’installent en France."
                        ),
                        "link_text": "Bienvenue en France",
                        "page": "@welcome",
                        "url": "",
                    },
                },
            ],
        },
        "en": {
            "title": "Job offers",
            "slug": "offers",
            "seo_title": "",
            "search_description": (
                "Permanent posts through competitions, non-permanent contracts all year round: "
                "how Inserm recruits and how to prepare your application."
            ),
            "intro": (
                "Inserm recruits in two ways: annual national competitions for permanent civil-service "
                "posts, and direct recruitment, all year round, for fixed-term contracts."
            ),
            "body": [
                {
                    "type": "heading",
                    "value": {"text": "Permanent posts: the competitions", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Permanent posts confer civil-servant status. They are filled through national "
                        "competitions held every year on the basis of qualifications and work; researcher "
                        "posts are allocated by scientific discipline groups, which correspond to Inserm’s "
                        "Specialised Scientific Committees (CSS).</p>"
                        "<ul>"
                        "<li><b>Research officer (CR)</b>: the first grade of civil-servant researchers, "
                        "recruited in the normal class (CRCN).</li>"
                        "<li><b>Research director (DR)</b>: a competition open to researchers with more than "
                        "eight years’ postdoctoral experience.</li>"
                        "<li><b>Research engineer (IR), study engineer (IE), assistant engineer (AI) and "
                        "technician (TCH)</b>: competitions run on a calendar parallel to that of "
                        "researchers.</li>"
                        "</ul>"
                    ),
                },
                {"type": "heading", "value": {"text": "Competition calendar", "level": "h3"}},
                {
                    "type": "table",
                    "value": {
                        "caption": "Annual calendar of researcher competitions",
                        "first_column_is_header": True,
                        "header": ["Step", "Period"],
                        "rows": [
                            {"cells": ["Competitions announced", "February or March"]},
                            {
                                "cells": [
                                    "Application deadline",
                                    "Between early and mid-May, at the exact time stated (Paris time)",
                                ]
                            },
                            {"cells": ["Auditions before the jury", "June or July"]},
                            {"cells": ["Results published", "August"]},
                            {"cells": ["Probation before tenure (research officers)", "One year"]},
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {"text": "Non-permanent posts: all year round", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Postdoctoral positions, fixed-term engineer and technician contracts and PhD "
                        "contracts are posted throughout the year and follow international academic practice. "
                        "An application usually includes a CV, a cover letter in French or English and two or "
                        "three reference letters; expect one or two interviews, often by video call for "
                        "candidates living abroad.</p>"
                        "<p>Fixed-term researcher offers are also published on "
                        '<a href="https://euraxess.ec.europa.eu">EURAXESS</a>, the European portal for '
                        "research careers.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Applying to a competition, step by step", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ol>"
                        "<li>Identify the competition that suits you and the Specialised Scientific Committee "
                        "in charge of your discipline.</li>"
                        "<li>Read the competition notice carefully: scientific scope, eligibility conditions "
                        "and the list of host laboratories that have requested a recruitment.</li>"
                        "<li>Choose your host laboratory and secure the explicit support of the unit’s "
                        "director and of the team.</li>"
                        "<li>Build your scientific dossier: a detailed CV with your publications, a research "
                        "project of usually 8 to 15 pages tied to the host unit, a summary of your work, "
                        "teaching, supervision and funding obtained.</li>"
                        "<li>Submit your dossier on the competitions platform at least 48 hours before the "
                        "deadline: the rush on the last day often causes outages.</li>"
                        "<li>Prepare for the audition: usually 10 to 15 minutes of presentation, followed by "
                        "20 to 30 minutes of questions.</li>"
                        "</ol>"
                    ),
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "title": "Coming from abroad?",
                        "text": (
                            "Documents in English, help with housing, a dedicated advisor: discover the "
                            "support offered to researchers settling in France."
                        ),
                        "link_text": "Welcome to France",
                        "page": "@welcome",
                        "url": "",
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Welcome to France (guide index)
    # ------------------------------------------------------------------
    {
        "key": "welcome",
        "model": "guides.GuideIndexPage",
        "parent": "home",
        "show_in_menus": True,
        "fr": {
            "title": "Bienvenue en France",
            "slug": "bienvenue-en-france",
            "seo_title": "",
            "search_description": (
                "Conseiller dédié, documents en anglais, aide au logement : l’accompagnement proposé "
                "par l’Inserm aux chercheurs qui arrivent de l’étranger."
            ),
            "intro": (
                "S’installer en France pour rejoindre un laboratoire est une étape importante. L’Inserm a "
                "mis en place un dispositif spécifique pour accueillir les chercheurs étrangers dans les "
                "meilleures conditions ; cette page en présente l’essentiel."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Un conseiller en économie sociale et familiale aide les personnels venus de "
                        "l’étranger dans toutes leurs démarches : formalités administratives, banque, "
                        "assurances, garde d’enfants, logement et santé.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Un accueil préparé avec vous", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li>Des documents en anglais (contrats de travail, statut de la fonction publique, "
                        "livret d’accueil) et un appui pour les démarches liées à votre mobilité, notamment "
                        "l’obtention du visa.</li>"
                        "<li>Un réseau de correspondants « mobilité » pour vous orienter vers les bons "
                        "interlocuteurs.</li>"
                        "<li>Un accès facilité au logement grâce à des partenariats avec des structures "
                        "d’accueil des chercheurs en mobilité, comme l’association Euraxess France, le CNOUS "
                        "et la Cité internationale universitaire de Paris (CIUP).</li>"
                        "<li>Un accès facilité aux cours de français et un prêt d’aide à l’installation, "
                        "ouvert aux mobilités de l’étranger vers la France.</li>"
                        "</ul>"
                        "<p>La mobilité internationale est aussi un atout pour votre carrière : les "
                        "commissions de recrutement apprécient les séjours à l’étranger et les collaborations "
                        "internationales, et l’Inserm accompagne aussi bien les mobilités entrantes que "
                        "sortantes.</p>"
                    ),
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "title": "Préparer votre arrivée avec EURAXESS",
                        "text": (
                            "Le réseau européen EURAXESS informe les chercheurs en mobilité sur l’entrée et le "
                            "séjour, le logement et la vie quotidienne dans leur pays d’accueil."
                        ),
                        "link_text": "Consulter EURAXESS",
                        "page": None,
                        "url": "https://euraxess.ec.europa.eu",
                    },
                },
            ],
        },
        "en": {
            "title": "Welcome to France",
            "slug": "welcome-to-france",
            "seo_title": "",
            "search_description": (
                "A dedicated advisor, documents in English, help with housing: the support Inserm offers "
                "to researchers arriving from abroad."
            ),
            "intro": (
                "Settling in France to join a laboratory is a major step. Inserm has set up a special "
                "system to welcome foreign researchers in the best possible conditions; this page gives "
                "an overview."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>A social and family economics advisor helps staff coming from abroad with all "
                        "their formalities: administrative procedures, banking, insurance, childcare, housing "
                        "and health.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Support planned with you", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul>"
                        "<li>Documents in English (employment contracts, civil-service status, welcome "
                        "booklet) and help with the formalities of your move, including obtaining a "
                        "visa.</li>"
                        "<li>A network of “mobility” correspondents to direct you to the right "
                        "contacts.</li>"
                        "<li>Easier access to housing through partnerships with organisations that host "
                        "mobile researchers, such as the Euraxess France association, CNOUS (the national "
                        "student services agency) and the Cité internationale universitaire de Paris "
                        "(CIUP).</li>"
                        "<li>Easier access to French courses and a settling-in loan, available for moves from "
                        "abroad to France.</li>"
                        "</ul>"
                        "<p>International mobility is also an asset for your career: recruitment committees "
                        "value time spent abroad and international collaborations, and Inserm supports both "
                        "incoming and outgoing mobility.</p>"
                    ),
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "title": "Prepare your arrival with EURAXESS",
                        "text": (
                            "The European EURAXESS network informs mobile researchers about entry and "
                            "residence, housing and daily life in their host country."
                        ),
                        "link_text": "Visit EURAXESS",
                        "page": None,
                        "url": "https://euraxess.ec.europa.eu",
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Working at Inserm
    # ------------------------------------------------------------------
    {
        "key": "working-here",
        "model": "home.StandardPage",
        "parent": "home",
        "show_in_menus": True,
        "show_in_footer": False,
        "fr": {
            "title": "Travailler à l’Inserm",
            "slug": "travailler-a-l-inserm",
            "seo_title": "",
            "search_description": (
                "Congés, télétravail personnalisé, action sociale, mobilité et charte des CDD : "
                "les conditions de travail à l’Inserm."
            ),
            "intro": (
                "Travailler à l’Inserm, c’est rejoindre un établissement public attentif à l’équilibre "
                "entre vie professionnelle et vie personnelle, dans un environnement pensé pour "
                "accompagner les carrières."
            ),
            "body": [
                {"type": "heading", "value": {"text": "Congés et jours de repos", "level": "h2"}},
                {
                    "type": "table",
                    "value": {
                        "caption": "Droits annuels d’un agent à temps plein",
                        "first_column_is_header": True,
                        "header": ["Type de congé", "Nombre de jours par an"],
                        "rows": [
                            {"cells": ["Congés annuels", "Jusqu’à 32 jours ouvrés"]},
                            {
                                "cells": [
                                    "Jours de réduction du temps de travail (RTT)",
                                    "Jusqu’à 13 jours supplémentaires",
                                ]
                            },
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {"text": "Un télétravail personnalisé", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Chaque agent choisit avec sa ou son responsable, pour l’année à venir, les jours "
                        "de la semaine qu’il souhaite télétravailler. Pour plus de souplesse, il peut aussi "
                        "disposer de jours flottants. Cette combinaison concilie les besoins des personnels et "
                        "ceux des équipes, et permet de s’adapter aux événements qui échappent au rythme "
                        "hebdomadaire.</p>"
                        "<p>L’Inserm s’est également doté en 2021 d’une « Charte du temps » consacrée à la "
                        "gestion du temps et à l’efficacité des échanges collectifs au travail.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Action sociale", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>L’Inserm propose à ses personnels des prestations sociales, notamment pour les "
                        "enfants, le logement et les vacances. Il soutient financièrement le comité d’action "
                        "et d’entraide sociale de l’Inserm et développe des partenariats pour faciliter "
                        "l’accès aux places en crèche et au logement.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Mobilité et évolution de carrière", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>La mobilité peut donner un nouvel élan à une activité de recherche, aider à mieux "
                        "concilier vie personnelle et vie professionnelle, ou ouvrir vers les métiers d’appui "
                        "à la recherche. Elle va du simple changement d’affectation au détachement ou à la "
                        "mise à disposition, en France comme à l’étranger, dans le secteur académique ou en "
                        "dehors.</p>"
                        "<p>La plateforme Eva3 gère tous les processus liés à l’évaluation, à la carrière et à "
                        "la vie des chercheurs (concours, avancement, primes, éméritat…), et le site Inserm Pro "
                        "renseigne les personnels sur leur carrière, leur rémunération, leurs droits et leurs "
                        "obligations.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "La charte des CDD", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Signée en avril 2013 et élaborée en concertation avec les organisations "
                        "syndicales, la « Charte pour le recrutement et le suivi des personnels contractuels "
                        "(CDD) de l’Inserm » fixe un cadre commun : appui systématique des services de "
                        "ressources humaines, affichage clair des conditions et des critères de recrutement, "
                        "rappel des principes de rémunération et suivi renforcé pendant le contrat. Elle "
                        "répond aux objectifs du contrat d’objectifs, de moyens et de performance 2021-2025 "
                        "signé avec l’État.</p>"
                        "<ul>"
                        "<li>Des entretiens en début de parcours et aux moments clés du contrat, ainsi que des "
                        "entretiens individuels à la demande.</li>"
                        "<li>Une brochure d’informations administratives et régionales remise aux chercheurs "
                        "en CDD.</li>"
                        "<li>Des journées nationales et régionales qui présentent aux post-doctorants leurs "
                        "perspectives professionnelles dans les secteurs académique et privé.</li>"
                        "</ul>"
                    ),
                },
            ],
        },
        "en": {
            "title": "Working at Inserm",
            "slug": "working-at-inserm",
            "seo_title": "",
            "search_description": (
                "Leave, personalised remote work, social benefits, mobility and the fixed-term contract "
                "charter: working conditions at Inserm."
            ),
            "intro": (
                "Working at Inserm means joining a public institution that cares about the balance between "
                "work and personal life, in an environment designed to support careers."
            ),
            "body": [
                {"type": "heading", "value": {"text": "Leave and rest days", "level": "h2"}},
                {
                    "type": "table",
                    "value": {
                        "caption": "Annual entitlements of a full-time employee",
                        "first_column_is_header": True,
                        "header": ["Type of leave", "Days per year"],
                        "rows": [
                            {"cells": ["Annual leave", "Up to 32 working days"]},
                            {
                                "cells": [
                                    "Rest days from reduced working hours (RTT)",
                                    "Up to 13 additional days",
                                ]
                            },
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {"text": "Personalised remote working", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Each employee and their manager decide together, for the year to come, which days "
                        "of the week the employee wishes to work remotely. For greater flexibility, floating "
                        "days can be added. This combination reconciles the needs of staff and of teams, and "
                        "makes it possible to adapt to events outside the weekly rhythm.</p>"
                        "<p>In 2021 Inserm also adopted a “Time Charter” on time management and effective "
                        "collective interactions at work.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Social benefits", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Inserm offers its staff social benefits, particularly for children, housing and "
                        "holidays. It provides financial support to Inserm’s social action and mutual aid "
                        "committee and develops partnerships to ease access to nursery places and "
                        "housing.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Mobility and career development", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Mobility can give new impetus to research activity, help reconcile personal and "
                        "professional life, or open the way to research support careers. It ranges from a "
                        "simple change of assignment to secondment or staff loan, in France or abroad, within "
                        "the academic sector or outside it.</p>"
                        "<p>The Eva3 platform manages all processes related to the evaluation, career and "
                        "working life of researchers (competitions, promotion, bonuses, emeritus status, "
                        "etc.), and the Inserm Pro site informs staff about their career, pay, rights and "
                        "duties.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "The fixed-term contract charter", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Signed in April 2013 and drawn up in consultation with the trade unions, the "
                        "“Charter for the recruitment and monitoring of contract staff (CDD) at Inserm” sets a "
                        "common framework: systematic support from human resources services, clear display of "
                        "recruitment conditions and criteria, a reminder of pay principles and closer "
                        "follow-up during the contract. It meets the objectives of the 2021-2025 Contract of "
                        "Objectives, Means and Performance signed with the French government.</p>"
                        "<ul>"
                        "<li>Interviews at the start of their career and at key moments of the contract, as "
                        "well as individual interviews on request.</li>"
                        "<li>A brochure with administrative and regional information for researchers on "
                        "fixed-term contracts.</li>"
                        "<li>National and regional days presenting postdocs with their career prospects in "
                        "the academic and private sectors.</li>"
                        "</ul>"
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Support and protection
    # ------------------------------------------------------------------
    {
        "key": "support",
        "model": "home.StandardPage",
        "parent": "home",
        "show_in_menus": True,
        "show_in_footer": False,
        "fr": {
            "title": "Soutien et protection",
            "slug": "soutien-et-protection",
            "seo_title": "",
            "search_description": (
                "Égalité professionnelle, instances de protection, politique handicap et aménagement "
                "des épreuves : les dispositifs de soutien aux personnels de l’Inserm."
            ),
            "intro": (
                "L’Inserm veille à ce que chacune et chacun puisse travailler et progresser dans un cadre "
                "respectueux : égalité entre les femmes et les hommes, prévention des conflits et du "
                "harcèlement, accompagnement des personnes en situation de handicap."
            ),
            "body": [
                {
                    "type": "heading",
                    "value": {
                        "text": "Égalité professionnelle entre les femmes et les hommes",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Grâce à une mission dédiée, l’Inserm s’engage à favoriser des parcours "
                        "professionnels à la hauteur des compétences de ses personnels. Son plan pour "
                        "l’égalité professionnelle entre les femmes et les hommes 2021-2023 s’articule autour "
                        "de quatre axes :</p>"
                        "<ul>"
                        "<li>initier une action institutionnelle collective et opérationnelle ;</li>"
                        "<li>créer les conditions d’un égal accès aux responsabilités et aux évolutions de "
                        "carrière ;</li>"
                        "<li>améliorer l’articulation des temps de vie et mieux accompagner la "
                        "parentalité ;</li>"
                        "<li>lutter contre les discriminations, le sexisme et les violences sexuelles, y "
                        "compris envers les personnes LGBTQ+.</li>"
                        "</ul>"
                        "<p>Parmi les actions engagées figurent la sensibilisation des jurys aux biais "
                        "inconscients qui peuvent influencer le recrutement et l’évaluation, la désignation "
                        "d’un garant de l’égalité des chances dans chaque instance de recrutement et de "
                        "promotion, et un dispositif externalisé de signalement et d’accompagnement des "
                        "victimes.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Cinq instances pour vous protéger", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>En cas de conflit (d’intérêts, scientifique, entre personnes…) ou face à une "
                        "situation de souffrance au travail ou de harcèlement, des instances spécialisées "
                        "accompagnent les personnels de l’Inserm.</p>"
                    ),
                },
                {
                    "type": "faq",
                    "value": {
                        "heading": "À qui s’adresser ?",
                        "items": [
                            {
                                "question": "Un conflit avec une personne ou avec l’administration ?",
                                "answer": (
                                    "<p>Le <b>Médiateur</b> intervient dans les conflits entre personnes ou "
                                    "avec l’administration.</p>"
                                ),
                            },
                            {
                                "question": "Une question sur vos devoirs professionnels, comme un conflit d’intérêts ?",
                                "answer": (
                                    "<p>Le <b>Collège de déontologie</b> conseille les personnels sur toutes "
                                    "les questions qui touchent à leurs obligations professionnelles.</p>"
                                ),
                            },
                            {
                                "question": "Un différend d’ordre scientifique ?",
                                "answer": (
                                    "<p>La <b>Délégation à l’intégrité scientifique</b> est chargée des "
                                    "conflits scientifiques et des questions d’intégrité.</p>"
                                ),
                            },
                            {
                                "question": "Une discrimination, un harcèlement, une violence sexiste ou sexuelle ?",
                                "answer": (
                                    "<p>Le <b>dispositif de signalement</b> recueille les signalements de "
                                    "discrimination, de harcèlement et de violences sexistes et sexuelles, et "
                                    "oriente les victimes vers un accompagnement.</p>"
                                ),
                            },
                            {
                                "question": "Une situation de souffrance au travail ?",
                                "answer": (
                                    "<p>La <b>cellule de veille des risques psychosociaux</b> aide à prévenir "
                                    "et à traiter les situations individuelles ou collectives de mal-être au "
                                    "travail.</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {"text": "Handicap et aménagement des épreuves", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Les candidats en situation de handicap peuvent demander des aménagements pour les "
                        "épreuves des concours. Ces aménagements portent sur les conditions matérielles "
                        "d’organisation et de déroulement des épreuves écrites ou orales ; le contenu des "
                        "épreuves reste identique pour tous les candidats.</p>"
                        "<p>L’emploi des chercheurs en situation de handicap progresse à l’Inserm : le nombre "
                        "de bénéficiaires de l’obligation d’emploi a presque triplé, passant de 15 à 44 "
                        "personnes entre 2014 et 2022. L’Institut a ouvert des postes de chercheurs aux "
                        "personnes en situation de handicap, publie ses offres sur un site spécialisé, "
                        "participe chaque année au DuoDay et propose, avec une association spécialisée, un "
                        "accompagnement aux chercheurs qui vivent avec un handicap psychique ou "
                        "cognitif.</p>"
                    ),
                },
            ],
        },
        "en": {
            "title": "Support and protection",
            "slug": "support-and-protection",
            "seo_title": "",
            "search_description": (
                "Professional equality, protection bodies, disability policy and test accommodations: "
                "how Inserm supports its staff."
            ),
            "intro": (
                "Inserm makes sure that everyone can work and progress in a respectful environment: "
                "equality between women and men, prevention of conflict and harassment, and support for "
                "people with disabilities."
            ),
            "body": [
                {
                    "type": "heading",
                    "value": {"text": "Professional equality between women and men", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Through a dedicated mission, Inserm is committed to promoting career paths that "
                        "fully match the skills of its staff. Its Plan for Professional Equality between Women "
                        "and Men 2021-2023 is built around four axes:</p>"
                        "<ul>"
                        "<li>launch a collective and operational institutional action;</li>"
                        "<li>create the conditions for equal access to responsibilities and career "
                        "development;</li>"
                        "<li>improve the balance between different life stages and better support "
                        "parenthood;</li>"
                        "<li>fight discrimination, sexism and sexual violence, including against LGBTQ+ "
                        "people.</li>"
                        "</ul>"
                        "<p>The actions under way include training juries to recognise the unconscious biases "
                        "that can influence recruitment and evaluation, appointing a guarantor of equal "
                        "opportunities in every recruitment and promotion body, and an outsourced system for "
                        "reporting and supporting victims.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Five bodies to protect you", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In the event of a conflict (of interest, on scientific matters, between "
                        "individuals, etc.) or of workplace suffering or harassment, specialised bodies "
                        "support Inserm staff.</p>"
                    ),
                },
                {
                    "type": "faq",
                    "value": {
                        "heading": "Who should you contact?",
                        "items": [
                            {
                                "question": "A conflict with another person or with the administration?",
                                "answer": (
                                    "<p>The <b>Mediator</b> deals with conflicts between individuals or with "
                                    "the administration.</p>"
                                ),
                            },
                            {
                                "question": "A question about your professional duties, such as a conflict of interest?",
                                "answer": (
                                    "<p>The <b>Professional Ethics Board</b> advises staff on all questions "
                                    "relating to their professional duties.</p>"
                                ),
                            },
                            {
                                "question": "A dispute on scientific matters?",
                                "answer": (
                                    "<p>The <b>Office for Research Integrity</b> is in charge of scientific "
                                    "conflicts and research integrity issues.</p>"
                                ),
                            },
                            {
                                "question": "Discrimination, harassment, gender-based or sexual violence?",
                                "answer": (
                                    "<p>The <b>Reporting System</b> receives reports of discrimination, "
                                    "harassment and gender-based and sexual violence, and directs victims "
                                    "to support.</p>"
                                ),
                            },
                            {
                                "question": "Suffering at work?",
                                "answer": (
                                    "<p>The <b>Psychosocial Risk Monitoring Unit</b> helps prevent and handle "
                                    "individual or collective situations of distress at work.</p>"
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {"text": "Disability and test accommodations", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Candidates with disabilities can request special arrangements for competition "
                        "tests. These arrangements concern the material conditions under which the written "
                        "or oral tests are organised and conducted; the content of the tests remains the same "
                        "for all candidates.</p>"
                        "<p>The employment of researchers with disabilities is increasing at Inserm: the "
                        "number of beneficiaries of the employment obligation has almost tripled, from 15 to "
                        "44 people between 2014 and 2022. The Institute has opened researcher posts to people "
                        "with disabilities, publishes its offers on a specialised website, takes part in "
                        "DuoDay every year and, with a specialised association, offers support to researchers "
                        "living with a psychological or cognitive disability.</p>"
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # HR Excellence in Research
    # ------------------------------------------------------------------
    {
        "key": "hr-excellence",
        "model": "home.StandardPage",
        "parent": "home",
        "show_in_menus": True,
        "show_in_footer": False,
        "fr": {
            "title": "HR Excellence in Research",
            "slug": "hr-excellence-in-research",
            "seo_title": "",
            "search_description": (
                "Charte européenne du chercheur, Code de conduite, label HR Excellence in Research depuis "
                "2016, plan d’action HRS4R et réforme de l’évaluation."
            ),
            "intro": (
                "Depuis 2016, l’Inserm est titulaire du label européen HR Excellence in Research, qui "
                "reconnaît les progrès d’un établissement dans l’application de la Charte européenne du "
                "chercheur et du Code de conduite pour le recrutement des chercheurs."
            ),
            "body": [
                {
                    "type": "heading",
                    "value": {"text": "La Charte, le Code et le label", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>La Charte européenne du chercheur et le Code de conduite pour le recrutement des "
                        "chercheurs forment un ensemble de principes et de conditions qui précisent les rôles, "
                        "les responsabilités et les prérogatives des chercheurs comme de leurs employeurs. La "
                        "Stratégie ressources humaines pour les chercheurs (HRS4R) de la Commission "
                        "européenne vise à traduire ces principes dans les pratiques.</p>"
                        "<p>La Commission européenne attribue le label HR Excellence in Research aux "
                        "établissements qui progressent dans l’alignement de leur politique de ressources "
                        "humaines sur la Charte et le Code. En l’obtenant en 2016, l’Inserm est devenu le "
                        "deuxième établissement public à caractère scientifique et technologique (EPST) "
                        "français à en être titulaire. Pour le conserver, l’Institut s’attache à garantir aux "
                        "chercheurs un environnement de travail stimulant et favorable à leur carrière, tout "
                        "en renforçant son attractivité et sa contribution à l’Espace européen de la "
                        "recherche.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Les grandes étapes", "level": "h2"}},
                {
                    "type": "table",
                    "value": {
                        "caption": "Jalons de la démarche HRS4R à l’Inserm",
                        "first_column_is_header": True,
                        "header": ["Date", "Étape"],
                        "rows": [
                            {
                                "cells": [
                                    "2006",
                                    "Signature de la déclaration d’engagement aux principes de la Charte et du Code",
                                ]
                            },
                            {
                                "cells": [
                                    "2011",
                                    "Entrée dans la deuxième cohorte du groupe stratégique Ressources humaines de "
                                    "la Commission européenne",
                                ]
                            },
                            {
                                "cells": [
                                    "Mai 2016",
                                    "Première soumission ; l’Inserm obtient le label la même année",
                                ]
                            },
                            {
                                "cells": [
                                    "Décembre 2018",
                                    "Évaluation interne intermédiaire : la Commission européenne constate que la "
                                    "HRS4R est intégrée à l’Institut, tout en demandant quelques mesures "
                                    "correctives",
                                ]
                            },
                            {
                                "cells": [
                                    "Mars 2022",
                                    "Renouvellement du label, après une nouvelle évaluation interne",
                                ]
                            },
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {"text": "Un plan d’action en huit thèmes", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Le plan d’action HRS4R compte environ 90 actions numérotées, réparties en huit "
                        "thèmes : recrutement ; développement de carrière et évaluation des chercheurs ; "
                        "conditions de travail ; égalité des genres ; non-discrimination et handicap ; "
                        "recherche éthique et responsable ; bonnes pratiques dans la recherche ; évaluation. "
                        "Pour chaque action, le plan précise si elle est réalisée, en cours ou revue, son "
                        "échéance et les services qui la portent.</p>"
                        "<p>La démarche répond à des objectifs du plan stratégique 2020-2025 de l’Inserm et de "
                        "son contrat d’objectifs, de moyens et de performance 2021-2025. Elle prévoit une "
                        "auto-évaluation tous les deux ans.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Évaluation de la recherche et recherche responsable",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>En octobre 2022, l’Inserm a signé l’accord de la coalition CoARA (Coalition for "
                        "Advancing Research Assessment) sur la réforme de l’évaluation de la recherche. "
                        "L’Institut avait engagé cette réforme en signant en 2018 la Déclaration de San "
                        "Francisco sur l’évaluation de la recherche (DORA). Il s’engage à mettre en œuvre les "
                        "dix engagements de l’accord dans les délais prévus et pilote, avec Aix-Marseille "
                        "Université, le chapitre national français de la coalition.</p>"
                        "<p>Depuis 2022, le programme Lorier vise à construire et à entretenir une culture de "
                        "la recherche éthique et responsable du meilleur niveau international. Il repose sur "
                        "quatre plans d’action :</p>"
                        "<ul>"
                        "<li>construire le programme avec l’ensemble des personnels, grâce à des ateliers, des "
                        "groupes de travail et des réseaux d’ambassadeurs sur le terrain ;</li>"
                        "<li>créer un portail consacré aux travaux menés en commun, avec contacts et "
                        "ressources ;</li>"
                        "<li>former et certifier les personnels aux pratiques de recherche éthique et "
                        "responsable, en enrichissant le catalogue de formations ;</li>"
                        "<li>développer la recherche sur la recherche.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "Expliciter les critères d’une démarche scientifique rigoureuse et intègre, "
                            "applicable notamment dans le cadre de tous les partenariats nationaux et "
                            "internationaux."
                        ),
                        "attribution": (
                            "Objet de la Charte de déontologie des métiers de la recherche, signée par "
                            "l’Inserm le 29 janvier 2015"
                        ),
                    },
                },
            ],
        },
        "en": {
            "title": "HR Excellence in Research",
            "slug": "hr-excellence-in-research",
            "seo_title": "",
            "search_description": (
                "European Charter for Researchers, Code of Conduct, HR Excellence in Research label since "
                "2016, HRS4R action plan and research assessment reform."
            ),
            "intro": (
                "Since 2016, Inserm has held the European HR Excellence in Research label, which recognises "
                "an institution’s progress in applying the European Charter for Researchers and the Code of "
                "Conduct for the Recruitment of Researchers."
            ),
            "body": [
                {
                    "type": "heading",
                    "value": {"text": "The Charter, the Code and the label", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The European Charter for Researchers and the Code of Conduct for the Recruitment "
                        "of Researchers form a set of principles and conditions that specify the roles, "
                        "responsibilities and prerogatives of researchers and of their employers. The European "
                        "Commission’s Human Resources Strategy for Researchers (HRS4R) aims to put these "
                        "principles into practice.</p>"
                        "<p>The European Commission awards the HR Excellence in Research label to institutions "
                        "that are making progress in aligning their human resources policies with the Charter "
                        "and the Code. When it received the label in 2016, Inserm became the second French "
                        "public scientific and technological institution (EPST) to hold it. To keep it, the "
                        "Institute strives to guarantee researchers a stimulating working environment that "
                        "fosters their careers, while increasing its attractiveness and its contribution to "
                        "the European Research Area.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Milestones", "level": "h2"}},
                {
                    "type": "table",
                    "value": {
                        "caption": "Milestones of the HRS4R process at Inserm",
                        "first_column_is_header": True,
                        "header": ["Date", "Milestone"],
                        "rows": [
                            {
                                "cells": [
                                    "2006",
                                    "Signature of the declaration of commitment to the principles of the Charter "
                                    "and the Code",
                                ]
                            },
                            {
                                "cells": [
                                    "2011",
                                    "Inserm joins the second cohort of the European Commission’s Human Resources "
                                    "Strategy Group",
                                ]
                            },
                            {
                                "cells": [
                                    "May 2016",
                                    "First submission; Inserm receives the label the same year",
                                ]
                            },
                            {
                                "cells": [
                                    "December 2018",
                                    "Internal interim review: the European Commission finds that the HRS4R is "
                                    "embedded in the Institute, while asking for some corrective actions",
                                ]
                            },
                            {
                                "cells": [
                                    "March 2022",
                                    "Renewal of the label, after a new internal assessment",
                                ]
                            },
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {"text": "An action plan in eight themes", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The HRS4R action plan contains about 90 numbered actions in eight themes: "
                        "recruitment; career development and evaluation of researchers; working conditions; "
                        "gender equality; non-discrimination and disability; ethical and responsible "
                        "research; good research practice; evaluation. For each action, the plan states "
                        "whether it is done, in progress or revised, when it is due and which departments are "
                        "responsible for it.</p>"
                        "<p>The process meets objectives of Inserm’s 2020-2025 Strategic Plan and of its "
                        "2021-2025 Contract of Objectives, Means and Performance. It includes a "
                        "self-assessment every two years.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Research assessment and responsible research",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>In October 2022, Inserm signed the CoARA (Coalition for Advancing Research "
                        "Assessment) Agreement on Reforming Research Assessment. The Institute had already "
                        "started this reform by signing the San Francisco Declaration on Research Assessment "
                        "(DORA) in 2018. It is committed to implementing the agreement’s ten commitments "
                        "within the agreed timeframe and leads the coalition’s French national chapter with "
                        "Aix-Marseille University.</p>"
                        "<p>Since 2022, the Lorier programme has aimed to build and maintain a culture of "
                        "ethical and responsible research at the highest international level. It relies on "
                        "four action plans:</p>"
                        "<ul>"
                        "<li>build the programme with all staff, through workshops, working groups and "
                        "networks of ambassadors in the field;</li>"
                        "<li>create a portal dedicated to the joint work, with contacts and resources;</li>"
                        "<li>train and certify staff in ethical and responsible research practices, while "
                        "expanding the training catalogue;</li>"
                        "<li>develop research on research.</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "quote",
                    "value": {
                        "quote": (
                            "To set out the criteria for a rigorous scientific approach conducted with "
                            "integrity, applicable in particular to all national and international "
                            "partnerships."
                        ),
                        "attribution": (
                            "Purpose of the French charter of ethics for research professions (Charte de "
                            "déontologie des métiers de la recherche), signed by Inserm on 29 January 2015"
                        ),
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Your opinion matters
    # ------------------------------------------------------------------
    {
        "key": "your-opinion",
        "model": "home.StandardPage",
        "parent": "home",
        "show_in_menus": True,
        "show_in_footer": False,
        "fr": {
            "title": "Votre avis compte",
            "slug": "votre-avis-compte",
            "seo_title": "",
            "search_description": (
                "Boîte à idées et questionnaire anonyme d’auto-évaluation 2019-2023 : aidez l’Inserm à "
                "améliorer les conditions de travail et les carrières."
            ),
            "intro": (
                "Vos suggestions et vos réponses aident l’Inserm à améliorer ses pratiques. Deux outils vous "
                "sont proposés : une boîte à idées et un questionnaire anonyme d’auto-évaluation."
            ),
            "body": [
                {"type": "heading", "value": {"text": "La boîte à idées", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vous avez une idée pour améliorer les conditions de travail ou pour mieux "
                        "accompagner le développement des carrières ? Faites-la-nous connaître : chaque "
                        "suggestion sera examinée. Les informations transmises par ce formulaire sont "
                        "utilisées uniquement par les services des ressources humaines, pour étudier votre "
                        "proposition.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Le questionnaire d’auto-évaluation 2019-2023",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Tous les personnels sont invités à répondre au questionnaire d’auto-évaluation de "
                        "l’Inserm sur la période 2019-2023. Ce questionnaire est anonyme, et chacun peut "
                        "répondre à tout ou partie des questions, d’un ou de plusieurs axes :</p>"
                        "<ol>"
                        "<li>renforcer le continuum de la recherche en santé tout en favorisant les recherches "
                        "en rupture ;</li>"
                        "<li>renforcer la capacité de l’Institut à mettre en œuvre ses choix en synergie avec "
                        "ses partenaires ;</li>"
                        "<li>mieux irriguer les laboratoires en rénovant la politique des ressources humaines "
                        "et en simplifiant le travail administratif ;</li>"
                        "<li>accélérer le développement d’une science ouverte et responsable, et renforcer la "
                        "place de la science pour la santé dans notre société.</li>"
                        "</ol>"
                        "<p>Chaque axe s’ouvre sur un court texte qui rappelle ce que l’Institut a entrepris "
                        "dans ce domaine. Entre deux axes, une simple question en images permet de vérifier "
                        "que les réponses proviennent bien d’une personne et non d’un robot.</p>"
                    ),
                },
                {
                    "type": "faq",
                    "value": {
                        "heading": "Bon à savoir",
                        "items": [
                            {
                                "question": "Mes réponses sont-elles vraiment anonymes ?",
                                "answer": (
                                    "<p>Oui. Le questionnaire n’enregistre ni votre adresse IP, ni "
                                    "identifiant de compte, ni cookie, ni l’heure exacte de votre "
                                    "réponse.</p>"
                                ),
                            },
                            {
                                "question": "Dois-je répondre à toutes les questions ?",
                                "answer": (
                                    "<p>Non. Vous pouvez répondre à un seul axe, à plusieurs, ou seulement à "
                                    "certaines questions.</p>"
                                ),
                            },
                            {
                                "question": "À quoi servent ces retours ?",
                                "answer": (
                                    "<p>Ils permettent à l’Inserm de dresser le bilan de la période 2019-2023 "
                                    "et d’améliorer en continu ses pratiques. L’Institut interroge "
                                    "régulièrement ses personnels, par exemple sur les risques "
                                    "psychosociaux, et ces retours l’aident à renforcer ses pratiques de "
                                    "ressources humaines et à lancer de nouvelles actions.</p>"
                                ),
                            },
                        ],
                    },
                },
            ],
        },
        "en": {
            "title": "Your opinion matters",
            "slug": "your-opinion-matters",
            "seo_title": "",
            "search_description": (
                "Suggestions box and anonymous 2019-2023 self-assessment questionnaire: help Inserm improve "
                "working conditions and careers."
            ),
            "intro": (
                "Your suggestions and answers help Inserm improve its practices. Two tools are available: a "
                "suggestions box and an anonymous self-assessment questionnaire."
            ),
            "body": [
                {"type": "heading", "value": {"text": "The suggestions box", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Do you have an idea to improve working conditions or to better support career "
                        "development? Let us know: every suggestion will be considered. The information sent "
                        "through this form is used only by the human resources departments, to study your "
                        "proposal.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "The 2019-2023 self-assessment questionnaire", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>All staff are invited to answer Inserm’s self-assessment questionnaire covering "
                        "the 2019-2023 period. The questionnaire is anonymous, and everyone may answer all or "
                        "part of the questions, in one or more axes:</p>"
                        "<ol>"
                        "<li>strengthen the continuum of health research while encouraging breakthrough "
                        "research;</li>"
                        "<li>strengthen the Institute’s ability to implement its choices in synergy with its "
                        "partners;</li>"
                        "<li>better supply the laboratories by renewing human resources policy and "
                        "simplifying administrative work;</li>"
                        "<li>accelerate the development of open and responsible science, and strengthen the "
                        "place of science for health in our society.</li>"
                        "</ol>"
                        "<p>Each axis opens with a short text recalling what the Institute has undertaken in "
                        "that area. Between two axes, a simple picture question checks that the answers come "
                        "from a person and not from a robot.</p>"
                    ),
                },
                {
                    "type": "faq",
                    "value": {
                        "heading": "Good to know",
                        "items": [
                            {
                                "question": "Are my answers really anonymous?",
                                "answer": (
                                    "<p>Yes. The questionnaire records neither your IP address, nor any "
                                    "account identifier, nor any cookie, nor the exact time of your "
                                    "answer.</p>"
                                ),
                            },
                            {
                                "question": "Do I have to answer every question?",
                                "answer": (
                                    "<p>No. You can answer a single axis, several axes, or only some of the "
                                    "questions.</p>"
                                ),
                            },
                            {
                                "question": "What is this feedback used for?",
                                "answer": (
                                    "<p>It allows Inserm to take stock of the 2019-2023 period and to keep "
                                    "improving its practices. The Institute regularly surveys its staff, for "
                                    "example on psychosocial risks, and this feedback helps it strengthen "
                                    "its human resources practices and launch new actions.</p>"
                                ),
                            },
                        ],
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Legal notice (footer)
    # ------------------------------------------------------------------
    {
        "key": "legal-notice",
        "model": "home.StandardPage",
        "parent": "home",
        "show_in_menus": False,
        "show_in_footer": True,
        "fr": {
            "title": "Mentions légales",
            "slug": "mentions-legales",
            "seo_title": "",
            "search_description": (
                "Mentions légales du portail carrières de démonstration de l’Inserm : éditeur, direction "
                "de la publication, hébergement et propriété intellectuelle."
            ),
            "intro": "Informations légales relatives à ce portail consacré aux carrières à l’Inserm.",
            "body": [
                {"type": "heading", "value": {"text": "Éditeur", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ce site est édité par l’Institut national de la santé et de la recherche médicale "
                        "(Inserm), établissement public à caractère scientifique et technologique (EPST) placé "
                        "sous la double tutelle des ministères chargés de la santé et de la recherche.</p>"
                        "<p>Inserm, 101 rue de Tolbiac, 75013 Paris, France. Site institutionnel : "
                        '<a href="https://www.inserm.fr">www.inserm.fr</a>.</p>'
                        "<p>Directeur de la publication : le président-directeur général de l’Inserm.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Nature du site et hébergement", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ce site est un portail de démonstration, réalisé avec le système de gestion de "
                        'contenu libre <a href="https://wagtail.org">Wagtail</a>. Ses contenus s’appuient sur '
                        "des documents publics de l’Inserm ; pour toute démarche officielle, reportez-vous au "
                        "site institutionnel de l’Inserm.</p>"
                        "<p>Hébergement : l’hébergeur sera indiqué par l’exploitant du site lors de sa mise en "
                        "service. Cette information n’est pas encore renseignée.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Propriété intellectuelle", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Les textes, le nom et les éléments d’identité visuelle de l’Inserm sont protégés "
                        "par le droit de la propriété intellectuelle. Toute reproduction ou réutilisation, "
                        "totale ou partielle, sans autorisation préalable de l’Inserm est interdite, sous "
                        "réserve des exceptions prévues par la loi, comme la courte citation avec mention de "
                        "la source.</p>"
                        "<p>Le logiciel Wagtail est distribué sous licence libre BSD ; son utilisation ne "
                        "confère aucun droit sur les contenus publiés sur ce site.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Liens vers d’autres sites", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ce portail propose des liens vers des sites officiels extérieurs, comme EURAXESS "
                        "ou le site institutionnel de l’Inserm. L’éditeur n’exerce aucun contrôle sur leur "
                        "contenu et ne saurait en être tenu responsable.</p>"
                    ),
                },
            ],
        },
        "en": {
            "title": "Legal notice",
            "slug": "legal-notice",
            "seo_title": "",
            "search_description": (
                "Legal notice of Inserm’s demonstration careers portal: publisher, director of publication, "
                "hosting and intellectual property."
            ),
            "intro": "Legal information about this portal dedicated to careers at Inserm.",
            "body": [
                {"type": "heading", "value": {"text": "Publisher", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This site is published by the French National Institute of Health and Medical "
                        "Research (Institut national de la santé et de la recherche médicale, Inserm), a "
                        "public scientific and technological institution (EPST) under the joint supervision "
                        "of the French ministries of health and research.</p>"
                        "<p>Inserm, 101 rue de Tolbiac, 75013 Paris, France. Institutional website: "
                        '<a href="https://www.inserm.fr">www.inserm.fr</a>.</p>'
                        "<p>Director of publication: the President and CEO of Inserm.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "About this site and hosting", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This site is a demonstration portal built with the open-source content "
                        'management system <a href="https://wagtail.org">Wagtail</a>. Its content is based on '
                        "Inserm’s public documents; for any official procedure, please refer to Inserm’s "
                        "institutional website.</p>"
                        "<p>Hosting: the hosting provider will be stated by the site operator when the site "
                        "goes into service. This information has not been filled in yet.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Intellectual property", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Inserm’s texts, name and visual identity are protected by intellectual property "
                        "law. Any reproduction or reuse, in whole or in part, without Inserm’s prior "
                        "permission is prohibited, subject to the exceptions provided for by law, such as "
                        "short quotations with acknowledgement of the source.</p>"
                        "<p>The Wagtail software is distributed under the open-source BSD licence; its use "
                        "confers no rights over the content published on this site.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Links to other websites", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This portal contains links to external official websites, such as EURAXESS or "
                        "Inserm’s institutional website. The publisher has no control over their content and "
                        "cannot be held responsible for it.</p>"
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Accessibility statement (footer)
    # ------------------------------------------------------------------
    {
        "key": "accessibility",
        "model": "home.StandardPage",
        "parent": "home",
        "show_in_menus": False,
        "show_in_footer": True,
        "fr": {
            "title": "Accessibilité",
            "slug": "accessibilite",
            "seo_title": "",
            "search_description": (
                "Déclaration d’accessibilité RGAA 4.1 du portail carrières : état de conformité, "
                "vérifications effectuées, signalement d’un problème et voies de recours."
            ),
            "intro": (
                "L’Inserm s’engage à rendre ce portail accessible conformément à l’article 47 de la loi "
                "n° 2005-102 du 11 février 2005. Cette déclaration d’accessibilité s’applique à l’ensemble "
                "du portail carrières."
            ),
            "body": [
                {"type": "heading", "value": {"text": "État de conformité", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ce site est <b>non conforme</b> au référentiel général d’amélioration de "
                        'l’accessibilité (<a href="https://accessibilite.numerique.gouv.fr">RGAA</a>), '
                        "version 4.1 : aucun audit complet n’a encore été réalisé, si bien qu’aucun taux de "
                        "conformité ne peut être annoncé.</p>"
                        "<p>Déclaration établie le 21 novembre 2026.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Vérifications effectuées", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Dans l’attente d’un audit complet, les vérifications suivantes ont été "
                        "menées :</p>"
                        "<ul>"
                        "<li>tests automatisés avec l’outil axe-core sur chaque type de page du site ;</li>"
                        "<li>navigation complète au clavier, sans souris ;</li>"
                        "<li>contrôle de l’agrandissement et de la réduction de la taille du texte (boutons "
                        "A+ et A-).</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "table",
                    "value": {
                        "caption": "Non-conformités connues",
                        "first_column_is_header": False,
                        "header": ["Non-conformité", "Statut"],
                        "rows": [
                            {
                                "cells": [
                                    "Aucune non-conformité connue à ce stade",
                                    "En attente d’un audit complet",
                                ]
                            },
                        ],
                    },
                },
                {
                    "type": "heading",
                    "value": {"text": "Retour d’information et contact", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Si vous ne parvenez pas à accéder à un contenu ou à un service, signalez-le-nous : "
                        "nous chercherons à vous proposer une alternative accessible ou à vous fournir le "
                        "contenu sous une autre forme. Pour cela, utilisez le formulaire de suggestions de la "
                        "page « Votre avis compte », en précisant la page concernée et la difficulté "
                        "rencontrée.</p>"
                    ),
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "title": "Signaler un problème d’accessibilité",
                        "text": "Décrivez la page concernée et la difficulté rencontrée.",
                        "link_text": "Aller à la page « Votre avis compte »",
                        "page": "@your-opinion",
                        "url": "",
                    },
                },
                {"type": "heading", "value": {"text": "Voies de recours", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Si vous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un "
                        "contenu ou à un service et que vous n’avez pas obtenu de réponse satisfaisante, vous "
                        'pouvez saisir le <a href="https://www.defenseurdesdroits.fr">Défenseur des '
                        "droits</a> :</p>"
                        "<ul>"
                        "<li>par le formulaire en ligne proposé sur son site ;</li>"
                        "<li>en contactant le délégué du Défenseur des droits dans votre région ;</li>"
                        "<li>par courrier postal, gratuit et sans affranchissement : Défenseur des droits, "
                        "Libre réponse 71120, 75342 Paris CEDEX 07.</li>"
                        "</ul>"
                    ),
                },
            ],
        },
        "en": {
            "title": "Accessibility",
            "slug": "accessibility",
            "seo_title": "",
            "search_description": (
                "RGAA 4.1 accessibility statement of the careers portal: compliance status, checks carried "
                "out, reporting a problem and means of redress."
            ),
            "intro": (
                "Inserm is committed to making this portal accessible in accordance with Article 47 of French "
                "Law No. 2005-102 of 11 February 2005. This accessibility statement applies to the whole "
                "careers portal."
            ),
            "body": [
                {"type": "heading", "value": {"text": "Compliance status", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This site is <b>not compliant</b> with the French accessibility framework "
                        '(<a href="https://accessibilite.numerique.gouv.fr">RGAA</a>), version 4.1: no full '
                        "audit has been carried out yet, so no compliance rate can be stated.</p>"
                        "<p>Statement drawn up on 21 November 2026.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Checks carried out", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Pending a full audit, the following checks have been carried out:</p>"
                        "<ul>"
                        "<li>automated tests with the axe-core tool on every page type of the site;</li>"
                        "<li>complete keyboard navigation, without a mouse;</li>"
                        "<li>checks of enlarging and reducing the text size (A+ and A- buttons).</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "table",
                    "value": {
                        "caption": "Known non-conformities",
                        "first_column_is_header": False,
                        "header": ["Non-conformity", "Status"],
                        "rows": [
                            {
                                "cells": [
                                    "None known at this stage",
                                    "Pending a full audit",
                                ]
                            },
                        ],
                    },
                },
                {"type": "heading", "value": {"text": "Feedback and contact", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>If you cannot access a piece of content or a service, please let us know: we will "
                        "try to offer you an accessible alternative or to provide the content in another "
                        "form. To do so, use the suggestions form on the “Your opinion matters” page, stating "
                        "the page concerned and the difficulty you encountered.</p>"
                    ),
                },
                {
                    "type": "call_to_action",
                    "value": {
                        "title": "Report an accessibility problem",
                        "text": "Describe the page concerned and the difficulty you encountered.",
                        "link_text": "Go to the “Your opinion matters” page",
                        "page": "@your-opinion",
                        "url": "",
                    },
                },
                {"type": "heading", "value": {"text": "Means of redress", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>If you have reported an accessibility issue that prevents you from accessing "
                        "content or a service and have not received a satisfactory response, you can refer "
                        'the matter to the <a href="https://www.defenseurdesdroits.fr">Défenseur des '
                        "droits</a> (French Defender of Rights):</p>"
                        "<ul>"
                        "<li>through the online form on its website;</li>"
                        "<li>by contacting the Défenseur des droits delegate in your region;</li>"
                        "<li>by post, free of charge and without a stamp: Défenseur des droits, Libre réponse "
                        "71120, 75342 Paris CEDEX 07, France.</li>"
                        "</ul>"
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Privacy (footer)
    # ------------------------------------------------------------------
    {
        "key": "privacy",
        "model": "home.StandardPage",
        "parent": "home",
        "show_in_menus": False,
        "show_in_footer": True,
        "fr": {
            "title": "Données personnelles",
            "slug": "donnees-personnelles",
            "seo_title": "",
            "search_description": (
                "Ce que conserve le portail carrières, sans traceur tiers ni mesure d’audience, et comment "
                "exercer vos droits sur vos données personnelles."
            ),
            "intro": (
                "Ce portail collecte le moins de données possible. Cette page explique ce qui est conservé, "
                "dans quel but, et comment exercer vos droits."
            ),
            "body": [
                {
                    "type": "heading",
                    "value": {"text": "Ni traceur, ni mesure d’audience", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ce site n’utilise aucun traceur tiers ni aucun cookie de mesure d’audience. Aucune "
                        "donnée de navigation n’est transmise à des réseaux sociaux ou à des régies "
                        "publicitaires.</p>"
                        "<p>Si vous choisissez votre région (en haut de chaque page), un seul cookie, "
                        "« region », garde le nom de la délégation régionale choisie pendant un an, pour "
                        "vous montrer d’abord ses offres et ses contacts ; rien d’autre n’y est inscrit et "
                        "vous pouvez l’effacer à tout moment (« Oublier ma région »). La taille du texte "
                        "et les étapes cochées dans les guides restent dans votre navigateur, sans être "
                        "envoyées au site.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Les données traitées", "level": "h2"}},
                {
                    "type": "table",
                    "value": {
                        "caption": "Données conservées par le portail et finalités",
                        "first_column_is_header": True,
                        "header": ["Donnée", "Où elle est conservée", "À quoi elle sert"],
                        "rows": [
                            {
                                "cells": [
                                    "Préférence de langue",
                                    "Dans votre navigateur",
                                    "Afficher le site dans la langue choisie",
                                ]
                            },
                            {
                                "cells": [
                                    "Préférence de région",
                                    "Dans votre navigateur",
                                    "Vous proposer les contenus de votre région en plus des contenus nationaux, "
                                    "y compris lors de vos prochaines visites",
                                ]
                            },
                            {
                                "cells": [
                                    "Réponses au questionnaire d’auto-évaluation",
                                    "Sur le serveur, sans adresse IP, identifiant, cookie ni heure exacte",
                                    "Dresser un bilan anonyme de la période 2019-2023",
                                ]
                            },
                            {
                                "cells": [
                                    "Suggestions envoyées par le formulaire",
                                    "Sur le serveur",
                                    "Étudier vos propositions ; elles sont utilisées uniquement par les services "
                                    "des ressources humaines",
                                ]
                            },
                            {
                                "cells": [
                                    "Recherches effectuées sur le site",
                                    "Sur le serveur, sous forme de décomptes anonymes",
                                    "Améliorer le moteur de recherche du site",
                                ]
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Vous pouvez à tout moment effacer vos préférences de langue et de région en "
                        "supprimant les données de ce site dans les réglages de votre navigateur.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Vos droits", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Conformément au règlement général sur la protection des données (RGPD), vous "
                        "disposez d’un droit d’accès, de rectification et d’effacement des données qui vous "
                        "concernent. Pour exercer ces droits ou pour toute question, contactez le délégué à "
                        "la protection des données de l’Inserm par l’intermédiaire du site "
                        '<a href="https://www.inserm.fr">www.inserm.fr</a>.</p>'
                        "<p>Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, "
                        "vous pouvez adresser une réclamation à la Commission nationale de l’informatique et "
                        'des libertés (<a href="https://www.cnil.fr">CNIL</a>).</p>'
                    ),
                },
            ],
        },
        "en": {
            "title": "Privacy",
            "slug": "privacy",
            "seo_title": "",
            "search_description": (
                "What the careers portal stores, with no third-party trackers or audience measurement, and "
                "how to exercise your rights over your personal data."
            ),
            "intro": (
                "This portal collects as little data as possible. This page explains what is stored, for "
                "what purpose, and how to exercise your rights."
            ),
            "body": [
                {
                    "type": "heading",
                    "value": {"text": "No trackers, no audience measurement", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This site uses no third-party trackers and no audience measurement cookies. No "
                        "browsing data is passed on to social networks or advertising networks.</p>"
                        "<p>If you choose your region (at the top of every page), a single cookie, "
                        "“region”, keeps the name of the chosen regional delegation for a year, to show "
                        "you its offers and contacts first; nothing else is written in it and you can clear "
                        "it at any time (“Forget my region”). The text size and the steps you tick in the "
                        "guides stay in your browser and are never sent to the site.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Data processed", "level": "h2"}},
                {
                    "type": "table",
                    "value": {
                        "caption": "Data stored by the portal and purposes",
                        "first_column_is_header": True,
                        "header": ["Data", "Where it is stored", "What it is used for"],
                        "rows": [
                            {
                                "cells": [
                                    "Language preference",
                                    "In your browser",
                                    "Displaying the site in the language you chose",
                                ]
                            },
                            {
                                "cells": [
                                    "Region preference",
                                    "In your browser",
                                    "Offering you content from your region in addition to national content, "
                                    "including on your next visits",
                                ]
                            },
                            {
                                "cells": [
                                    "Answers to the self-assessment questionnaire",
                                    "On the server, with no IP address, identifier, cookie or exact time",
                                    "Drawing up an anonymous review of the 2019-2023 period",
                                ]
                            },
                            {
                                "cells": [
                                    "Suggestions sent through the form",
                                    "On the server",
                                    "Studying your proposals; they are used only by the human resources "
                                    "departments",
                                ]
                            },
                            {
                                "cells": [
                                    "Searches made on the site",
                                    "On the server, as anonymous counts",
                                    "Improving the site’s search engine",
                                ]
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>You can erase your language and region preferences at any time by deleting this "
                        "site’s data in your browser settings.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Your rights", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Under the General Data Protection Regulation (GDPR), you have the right to access, "
                        "rectify and erase the data concerning you. To exercise these rights or for any "
                        "question, contact Inserm’s data protection officer via the "
                        '<a href="https://www.inserm.fr">www.inserm.fr</a> website.</p>'
                        "<p>If, after contacting us, you consider that your rights have not been respected, "
                        "you can lodge a complaint with the French data protection authority, the Commission "
                        'nationale de l’informatique et des libertés (<a href="https://www.cnil.fr">CNIL</a>).</p>'
                    ),
                },
            ],
        },
    },
]
