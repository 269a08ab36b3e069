"""Bilingual demo content for the careers portal (French source, English translation).

Pure data: ``PAGES`` lists the site pages in tree order (parents before children).
Every fact and figure comes from the institute's public documents kept in
``/work/shared/seeds/`` (HR Excellence page, careers guide, HRS4R action plan 2022,
objectives contract 2016-2020, self-assessment questionnaire 2019-2023).

The "fr" and "en" dictionaries of a page share exactly the same structure (same keys,
same blocks in the same order, same number of list items, paragraphs and links), so
that the loader can pair them positionally into wagtail-localize translations.
"""

import datetime

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
    # The institutional sections: their texts, facts and contacts are in
    # institution.py, which home.demo_institution puts into these specs.
    # ------------------------------------------------------------------
    {
        "key": "working-here",
        "model": "guides.WorkingConditionsPage",
        "parent": "home",
        "show_in_menus": True,
    },
    {
        "key": "support",
        "model": "guides.ContactsPage",
        "parent": "home",
        "show_in_menus": True,
    },
    {
        "key": "hr-excellence",
        "model": "home.HRExcellencePage",
        "parent": "home",
        "show_in_menus": True,
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
    # Legal notice (footer): what French law (LCEN, article 6) asks a publisher to state
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
                "Mentions légales du portail carrières de l’Inserm : éditeur, direction de la "
                "publication, hébergement, propriété intellectuelle et liens."
            ),
            "intro": "Informations légales relatives à ce portail consacré aux carrières à l’Inserm.",
            "body": [
                {"type": "heading", "value": {"text": "Éditeur", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ce site est édité par l’Institut national de la santé et de la recherche "
                        "médicale (Inserm), établissement public à caractère scientifique et technologique "
                        "(EPST) placé sous la double tutelle des ministères chargés de la santé et de la "
                        "recherche.</p>"
                        "<p>Inserm, 101 rue de Tolbiac, 75013 Paris, France. Site institutionnel : "
                        '<a href="https://www.inserm.fr">www.inserm.fr</a>.</p>'
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Direction de la publication", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": "<p>Directeur de la publication : le président-directeur général de l’Inserm.</p>",
                },
                {"type": "heading", "value": {"text": "Hébergement", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Le nom, l’adresse et le numéro de téléphone de l’hébergeur sont indiqués ici "
                        "par l’exploitant du site lors de sa mise en service, comme l’exige l’article 6 de "
                        "la loi n° 2004-575 du 21 juin 2004 pour la confiance dans l’économie numérique. "
                        "Cette information n’est pas encore renseignée : ce site est un portail de "
                        "démonstration.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Nature du site", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ce portail de démonstration est réalisé avec le système de gestion de contenu "
                        'libre <a href="https://wagtail.org">Wagtail</a>. Ses contenus s’appuient sur des '
                        "documents publics de l’Inserm ; pour toute démarche officielle, reportez-vous au "
                        "site institutionnel de l’Inserm. Les offres d’emploi et les guides sont donnés à "
                        "titre d’information : seuls les textes officiels font foi.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Propriété intellectuelle", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Les textes, le nom et les éléments d’identité visuelle de l’Inserm sont protégés "
                        "par le code de la propriété intellectuelle. Toute reproduction ou réutilisation, "
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
                        "contenu et ne saurait en être tenu responsable. Ces liens s’ouvrent dans la même "
                        "fenêtre et ne transmettent à ces sites aucune donnée vous concernant, hormis ce "
                        "que votre navigateur envoie lui-même.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Données personnelles et accessibilité", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Le traitement de vos données et vos droits sont décrits sur la page « Données "
                        "personnelles » ; l’état d’accessibilité du portail, sur la page « Accessibilité ». "
                        "Les deux sont accessibles en bas de chaque page.</p>"
                    ),
                },
            ],
        },
        "en": {
            "title": "Legal notice",
            "slug": "legal-notice",
            "seo_title": "",
            "search_description": (
                "Legal notice of Inserm’s careers portal: publisher, director of publication, hosting, "
                "intellectual property and links."
            ),
            "intro": "Legal information about this portal dedicated to careers at Inserm.",
            "body": [
                {"type": "heading", "value": {"text": "Publisher", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This site is published by the French National Institute of Health and Medical "
                        "Research (Inserm), a public scientific and technological institution (EPST) under "
                        "the joint supervision of the ministries responsible for health and for "
                        "research.</p>"
                        "<p>Inserm, 101 rue de Tolbiac, 75013 Paris, France. Institutional website: "
                        '<a href="https://www.inserm.fr">www.inserm.fr</a>.</p>'
                    ),
                },
                {"type": "heading", "value": {"text": "Director of publication", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Director of publication: the Chair and Chief Executive Officer of Inserm.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Hosting", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The hosting provider’s name, address and telephone number are given here by the "
                        "site operator when the site goes into service, as required by Article 6 of French "
                        "Law No. 2004-575 of 21 June 2004 on confidence in the digital economy. This "
                        "information has not been filled in yet: this site is a demonstration portal.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "About this site", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This demonstration portal is built with the open-source content management "
                        'system <a href="https://wagtail.org">Wagtail</a>. Its content is based on Inserm’s '
                        "public documents; for any official procedure, please refer to Inserm’s "
                        "institutional website. Job offers and guides are given for information: only the "
                        "official texts are authoritative.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Intellectual property", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Inserm’s texts, name and visual identity are protected by the French "
                        "intellectual property code. Any reproduction or reuse, in whole or in part, "
                        "without Inserm’s prior permission is prohibited, subject to the exceptions provided "
                        "for by law, such as short quotations with acknowledgement of the source.</p>"
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
                        "cannot be held responsible for it. These links open in the same window and pass no "
                        "data about you to those sites beyond what your browser itself sends.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {"text": "Personal data and accessibility", "level": "h2"},
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>How your data is processed and your rights are described on the “Privacy” page; "
                        "the portal’s accessibility status, on the “Accessibility” page. Both are linked at "
                        "the bottom of every page.</p>"
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Accessibility statement (footer): a structured page, the State's model statement
    # ------------------------------------------------------------------
    {
        "key": "accessibility",
        "model": "home.AccessibilityStatementPage",
        "parent": "home",
        "show_in_menus": False,
        # The same in both languages: no full audit yet, so "not compliant" (RGAA rule).
        "facts": {
            "compliance_status": "none",
            "rgaa_version": "4.1",
            "statement_date": datetime.date(2026, 11, 21),
            "audit_date": None,
            "conformity_rate": None,
            "contact_page": "@your-opinion",
        },
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
            "auditor": "",
            "test_results": (
                "<p>Dans l’attente d’un audit complet, les vérifications suivantes ont été menées :</p>"
                "<ul>"
                "<li>tests automatisés avec l’outil axe-core sur chaque type de page du site, aux largeurs "
                "d’écran de 375 et 1 280 pixels ;</li>"
                "<li>navigation complète au clavier, sans souris ;</li>"
                "<li>contrôle de l’agrandissement et de la réduction de la taille du texte (boutons "
                "A+ et A-).</li>"
                "</ul>"
                "<p>Ces tests ne relèvent aucun défaut grave ou critique, mais ils ne couvrent qu’une "
                "partie des critères du RGAA : seul un audit complet permettra d’annoncer un taux de "
                "conformité.</p>"
            ),
            "non_conformities": [],
            "disproportionate_burden": "",
            "exempt_content": "",
            "technologies": [
                {"type": "technology", "value": "HTML5"},
                {"type": "technology", "value": "CSS"},
                {"type": "technology", "value": "WAI-ARIA"},
                {
                    "type": "technology",
                    "value": "JavaScript (facultatif : le site fonctionne sans)",
                },
            ],
            "tools": [
                {"type": "tool", "value": "axe-core, pour les tests automatisés"},
                {"type": "tool", "value": "Navigateur Chromium, piloté par Playwright"},
                {"type": "tool", "value": "Clavier seul, sans souris"},
            ],
            "pages_checked": [
                {"type": "page", "value": {"name": "Accueil", "page": "@home"}},
                {"type": "page", "value": {"name": "Offres d’emploi", "page": "@offers"}},
                {"type": "page", "value": {"name": "Une offre d’emploi", "page": None}},
                {"type": "page", "value": {"name": "Bienvenue en France", "page": "@welcome"}},
                {
                    "type": "page",
                    "value": {"name": "Travailler à l’Inserm", "page": "@working-here"},
                },
                {"type": "page", "value": {"name": "Soutien et protection", "page": "@support"}},
                {
                    "type": "page",
                    "value": {"name": "HR Excellence in Research", "page": "@hr-excellence"},
                },
                {"type": "page", "value": {"name": "Votre avis compte", "page": "@your-opinion"}},
                {"type": "page", "value": {"name": "Résultats de recherche", "page": None}},
                {"type": "page", "value": {"name": "Accessibilité", "page": "@accessibility"}},
            ],
            "contact_address": "Inserm\n101 rue de Tolbiac\n75013 Paris",
            "recourse": (
                "<p>Cette procédure est à utiliser dans le cas suivant : vous avez signalé au "
                "responsable du site un défaut d’accessibilité qui vous empêche d’accéder à un contenu "
                "ou à un des services du portail et vous n’avez pas obtenu de réponse "
                "satisfaisante.</p>"
                "<ul>"
                '<li>Écrire un message au <a href="https://formulaire.defenseurdesdroits.fr/">Défenseur '
                "des droits</a></li>"
                '<li>Contacter <a href="https://www.defenseurdesdroits.fr/saisir/delegues">le délégué du '
                "Défenseur des droits dans votre région</a></li>"
                "<li>Envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des "
                "droits, Libre réponse 71120, 75342 Paris CEDEX 07</li>"
                "</ul>"
            ),
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
            "auditor": "",
            "test_results": (
                "<p>Pending a full audit, the following checks have been carried out:</p>"
                "<ul>"
                "<li>automated tests with the axe-core tool on every page type of the site, at screen "
                "widths of 375 and 1,280 pixels;</li>"
                "<li>complete keyboard navigation, without a mouse;</li>"
                "<li>checks of enlarging and reducing the text size (A+ and A- buttons).</li>"
                "</ul>"
                "<p>These tests find no serious or critical defect, but they cover only part of the "
                "RGAA criteria: only a full audit will allow a conformity rate to be stated.</p>"
            ),
            "non_conformities": [],
            "disproportionate_burden": "",
            "exempt_content": "",
            "technologies": [
                {"type": "technology", "value": "HTML5"},
                {"type": "technology", "value": "CSS"},
                {"type": "technology", "value": "WAI-ARIA"},
                {"type": "technology", "value": "JavaScript (optional: the site works without it)"},
            ],
            "tools": [
                {"type": "tool", "value": "axe-core, for the automated tests"},
                {"type": "tool", "value": "Chromium browser, driven by Playwright"},
                {"type": "tool", "value": "Keyboard only, without a mouse"},
            ],
            "pages_checked": [
                {"type": "page", "value": {"name": "Home", "page": "@home"}},
                {"type": "page", "value": {"name": "Job offers", "page": "@offers"}},
                {"type": "page", "value": {"name": "A job offer", "page": None}},
                {"type": "page", "value": {"name": "Welcome to France", "page": "@welcome"}},
                {"type": "page", "value": {"name": "Working at Inserm", "page": "@working-here"}},
                {"type": "page", "value": {"name": "Support and protection", "page": "@support"}},
                {
                    "type": "page",
                    "value": {"name": "HR Excellence in Research", "page": "@hr-excellence"},
                },
                {
                    "type": "page",
                    "value": {"name": "Your opinion matters", "page": "@your-opinion"},
                },
                {"type": "page", "value": {"name": "Search results", "page": None}},
                {"type": "page", "value": {"name": "Accessibility", "page": "@accessibility"}},
            ],
            "contact_address": "Inserm\n101 rue de Tolbiac\n75013 Paris\nFrance",
            "recourse": (
                "<p>Use this procedure in the following case: you have reported to the person in "
                "charge of the site an accessibility defect that prevents you from accessing a piece of "
                "content or one of the portal’s services, and you have not received a satisfactory "
                "answer.</p>"
                "<ul>"
                '<li>Write a message to the <a href="https://formulaire.defenseurdesdroits.fr/">Défenseur '
                "des droits</a> (French Defender of Rights)</li>"
                '<li>Contact <a href="https://www.defenseurdesdroits.fr/saisir/delegues">the Défenseur des '
                "droits delegate in your region</a></li>"
                "<li>Send a letter by post (free of charge, no stamp needed): Défenseur des droits, Libre "
                "réponse 71120, 75342 Paris CEDEX 07, France</li>"
                "</ul>"
            ),
        },
    },
    # ------------------------------------------------------------------
    # Privacy (footer): only what the portal's code actually does (alerts/, home/regions.py,
    # home/models/suggestions.py and questionnaire.py, the settings' cookies)
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
                "dans quel but, sur quelle base légale, pendant combien de temps, et comment exercer vos "
                "droits."
            ),
            "body": [
                {"type": "heading", "value": {"text": "Responsable du traitement", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Le responsable du traitement est l’Inserm, 101 rue de Tolbiac, 75013 Paris, "
                        "représenté par son président-directeur général.</p>"
                        "<p>Délégué à la protection des données : "
                        '<a href="mailto:dpo@inserm.fr">dpo@inserm.fr</a>, ou par courrier à l’adresse '
                        "ci-dessus, à l’attention du délégué à la protection des données.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "Ni traceur, ni mesure d’audience, ni publicité",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ce site n’utilise aucun outil de mesure d’audience, aucun traceur tiers, aucune "
                        "publicité et aucun bouton de réseau social. Chaque page est servie entièrement par "
                        "le portail, sans script, police ni image venant d’un autre site : aucune donnée de "
                        "navigation n’est transmise à un tiers. C’est pourquoi aucun bandeau ne vous demande "
                        "votre consentement.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Cookies et stockage local", "level": "h2"}},
                {
                    "type": "table",
                    "value": {
                        "caption": "Cookies déposés par le portail",
                        "first_column_is_header": True,
                        "header": ["Cookie", "Quand", "Contenu et finalité", "Durée"],
                        "rows": [
                            {
                                "cells": [
                                    "region",
                                    "Seulement si vous choisissez votre région",
                                    "Le nom court de la délégation régionale choisie, pour vous montrer "
                                    "d’abord ses offres et ses contacts ; « Oublier ma région » l’efface",
                                    "Un an",
                                ]
                            },
                            {
                                "cells": [
                                    "csrftoken",
                                    "Seulement sur une page de formulaire (boîte à idées, questionnaire, "
                                    "alertes) ou à l’administration",
                                    "Un jeton aléatoire qui protège les formulaires contre leur envoi par un "
                                    "autre site",
                                    "Un an",
                                ]
                            },
                            {
                                "cells": [
                                    "sessionid",
                                    "Seulement pour les personnels qui se connectent à l’administration",
                                    "Maintient la connexion",
                                    "8 heures sans activité",
                                ]
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ces cookies sont strictement nécessaires au service que vous demandez : ils ne "
                        "requièrent pas de consentement. La langue ne fait l’objet d’aucun cookie : elle "
                        "figure dans l’adresse des pages (/fr/, /en/). La taille du texte et les étapes "
                        "cochées dans les guides restent dans votre navigateur (stockage local), sans être "
                        "envoyées au site ; vous pouvez les effacer dans les réglages de votre "
                        "navigateur.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Les données traitées", "level": "h2"}},
                {
                    "type": "table",
                    "value": {
                        "caption": "Données traitées, finalités, bases légales et durées de conservation",
                        "first_column_is_header": True,
                        "header": [
                            "Traitement",
                            "Données",
                            "Finalité et base légale",
                            "Conservation",
                        ],
                        "rows": [
                            {
                                "cells": [
                                    "Alertes offres",
                                    "Adresse e-mail, recherche enregistrée (filtres et mots-clés), "
                                    "fréquence, langue, dates de la demande, de la confirmation, du dernier "
                                    "envoi et de la désinscription. Ni nom, ni adresse IP, ni suivi des "
                                    "ouvertures ou des clics",
                                    "Vous envoyer les nouvelles offres correspondant à votre recherche. Base "
                                    "légale : votre consentement (article 6.1.a du RGPD), donné en confirmant "
                                    "le lien reçu et retiré à tout moment par le lien de désinscription de "
                                    "chaque e-mail",
                                    "Demande non confirmée : 7 jours. Alerte : tant qu’elle est active, puis "
                                    "30 jours après la désinscription",
                                ]
                            },
                            {
                                "cells": [
                                    "Boîte à idées",
                                    "Le thème et le texte de votre suggestion, la date d’envoi et, si vous "
                                    "souhaitez une réponse, votre adresse e-mail (facultative)",
                                    "Étudier vos propositions ; elles sont lues uniquement par les services des "
                                    "ressources humaines, qui les reçoivent aussi par e-mail. Base légale : "
                                    "mission d’intérêt public de l’Inserm (article 6.1.e du RGPD)",
                                    "2 ans, puis suppression automatique",
                                ]
                            },
                            {
                                "cells": [
                                    "Questionnaire d’auto-évaluation",
                                    "Vos réponses et le jour de la réponse ; ni adresse IP, ni identifiant, ni "
                                    "cookie, ni heure : les réponses sont anonymes",
                                    "Dresser un bilan anonyme de la période 2019-2023",
                                    "2 ans, puis suppression automatique",
                                ]
                            },
                            {
                                "cells": [
                                    "Recherches sur le site",
                                    "Les mots recherchés, comptés sans rien qui vous identifie",
                                    "Améliorer le moteur de recherche du site",
                                    "Décomptes anonymes",
                                ]
                            },
                            {
                                "cells": [
                                    "Journaux de connexion",
                                    "Adresse IP, date et heure, page demandée, tenus par l’hébergeur ; les "
                                    "journaux du portail lui-même n’enregistrent ni adresse IP ni paramètres "
                                    "de recherche",
                                    "Sécurité du service et obligation légale des hébergeurs (article 6.1.c du "
                                    "RGPD)",
                                    "Un an, durée imposée par le décret n° 2021-1362 du 20 octobre 2021",
                                ]
                            },
                            {
                                "cells": [
                                    "Connexion des rédacteurs à l’administration",
                                    "Pour chaque connexion échouée : identifiant saisi, adresse IP, navigateur, "
                                    "date et heure ; jamais le mot de passe",
                                    "Protéger les comptes contre les essais de mots de passe : après 5 échecs "
                                    "pour un même identifiant depuis une même adresse, la connexion est "
                                    "suspendue 15 minutes. Base légale : mission d’intérêt public de l’Inserm "
                                    "et sécurité du traitement (articles 6.1.e et 32 du RGPD)",
                                    "Effacées dès la connexion réussie, et au plus tard le lendemain une fois "
                                    "les 15 minutes écoulées",
                                ]
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Pour limiter les envois abusifs, les formulaires comptent les envois de chaque "
                        "connexion pendant une heure sous la forme d’une empreinte chiffrée, qui ne permet "
                        "pas de retrouver l’adresse IP, puis l’oublient. Aucune donnée n’est vendue, ni "
                        "utilisée à des fins publicitaires, et aucune décision automatisée n’est prise à "
                        "votre sujet.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Vos droits", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Conformément aux articles 15 à 22 du règlement général sur la protection des "
                        "données (RGPD) et à la loi Informatique et Libertés, vous disposez d’un droit "
                        "d’accès, de rectification, d’effacement, de limitation du traitement, de portabilité "
                        "et d’opposition, ainsi que du droit de retirer votre consentement à tout moment.</p>"
                        "<p>Pour une alerte, le lien « Modifier ou supprimer vos alertes » de chaque e-mail vous "
                        "permet de la modifier ou de vous désinscrire immédiatement. Pour toute autre demande, écrivez au "
                        'délégué à la protection des données : <a href="mailto:dpo@inserm.fr">dpo@inserm.fr</a>. '
                        "Une réponse vous est apportée dans un délai d’un mois.</p>"
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
                "what purpose, on which legal basis, for how long, and how to exercise your rights."
            ),
            "body": [
                {"type": "heading", "value": {"text": "Data controller", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The data controller is Inserm, 101 rue de Tolbiac, 75013 Paris, France, "
                        "represented by its Chair and Chief Executive Officer.</p>"
                        "<p>Data protection officer: "
                        '<a href="mailto:dpo@inserm.fr">dpo@inserm.fr</a>, or by post at the address above, '
                        "for the attention of the data protection officer.</p>"
                    ),
                },
                {
                    "type": "heading",
                    "value": {
                        "text": "No trackers, no audience measurement, no advertising",
                        "level": "h2",
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>This site uses no audience measurement tool, no third-party tracker, no "
                        "advertising and no social network button. Every page is served entirely by the "
                        "portal, with no script, font or image from another site: no browsing data is passed "
                        "on to anyone else. That is why no banner asks for your consent.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Cookies and local storage", "level": "h2"}},
                {
                    "type": "table",
                    "value": {
                        "caption": "Cookies set by the portal",
                        "first_column_is_header": True,
                        "header": ["Cookie", "When", "Content and purpose", "Lifetime"],
                        "rows": [
                            {
                                "cells": [
                                    "region",
                                    "Only if you choose your region",
                                    "The short name of the chosen regional delegation, to show you its "
                                    "offers and contacts first; “Forget my region” clears it",
                                    "One year",
                                ]
                            },
                            {
                                "cells": [
                                    "csrftoken",
                                    "Only on a page with a form (suggestion box, questionnaire, alerts) or "
                                    "in the administration",
                                    "A random token that protects forms from being sent by another site",
                                    "One year",
                                ]
                            },
                            {
                                "cells": [
                                    "sessionid",
                                    "Only for staff who sign in to the administration",
                                    "Keeps them signed in",
                                    "8 hours without activity",
                                ]
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>These cookies are strictly necessary for the service you ask for: they need no "
                        "consent. The language sets no cookie: it is part of the pages’ address (/fr/, /en/). "
                        "The text size and the steps you tick in the guides stay in your browser (local "
                        "storage) and are never sent to the site; you can clear them in your browser "
                        "settings.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Data processed", "level": "h2"}},
                {
                    "type": "table",
                    "value": {
                        "caption": "Data processed, purposes, legal bases and retention periods",
                        "first_column_is_header": True,
                        "header": ["Processing", "Data", "Purpose and legal basis", "Retention"],
                        "rows": [
                            {
                                "cells": [
                                    "Offer alerts",
                                    "E-mail address, saved search (filters and keywords), frequency, "
                                    "language, dates of the request, the confirmation, the last e-mail and "
                                    "the unsubscription. No name, no IP address, no tracking of opens or "
                                    "clicks",
                                    "Sending you new offers that match your search. Legal basis: your consent "
                                    "(Article 6(1)(a) GDPR), given by confirming the link you receive and "
                                    "withdrawn at any time through the unsubscribe link in every e-mail",
                                    "Unconfirmed request: 7 days. Alert: while it is active, then 30 days "
                                    "after unsubscribing",
                                ]
                            },
                            {
                                "cells": [
                                    "Suggestion box",
                                    "The topic and text of your suggestion, the date it was sent and, if you "
                                    "would like an answer, your e-mail address (optional)",
                                    "Studying your proposals; they are read only by the human resources "
                                    "departments, which also receive them by e-mail. Legal basis: Inserm’s "
                                    "public-interest mission (Article 6(1)(e) GDPR)",
                                    "2 years, then deleted automatically",
                                ]
                            },
                            {
                                "cells": [
                                    "Self-assessment questionnaire",
                                    "Your answers and the day you gave them; no IP address, identifier, "
                                    "cookie or time of day: the answers are anonymous",
                                    "Drawing up an anonymous review of the 2019-2023 period",
                                    "2 years, then deleted automatically",
                                ]
                            },
                            {
                                "cells": [
                                    "Searches on the site",
                                    "The words searched for, counted with nothing that identifies you",
                                    "Improving the site’s search engine",
                                    "Anonymous counts",
                                ]
                            },
                            {
                                "cells": [
                                    "Connection logs",
                                    "IP address, date and time, page requested, kept by the hosting provider; "
                                    "the portal’s own logs record neither IP addresses nor search parameters",
                                    "Security of the service and the hosting providers’ legal obligation "
                                    "(Article 6(1)(c) GDPR)",
                                    "One year, as required by French Decree No. 2021-1362 of 20 October 2021",
                                ]
                            },
                            {
                                "cells": [
                                    "Editors’ sign-in to the administration",
                                    "For each failed sign-in: the user name typed, IP address, browser, date "
                                    "and time; never the password",
                                    "Protecting accounts against password guessing: after 5 failures for one "
                                    "user name from one address, signing in is suspended for 15 minutes. Legal "
                                    "basis: Inserm’s public-interest task and security of processing "
                                    "(Articles 6(1)(e) and 32 GDPR)",
                                    "Deleted on a successful sign-in, and at the latest the next day once the "
                                    "15 minutes have passed",
                                ]
                            },
                        ],
                    },
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>To limit abuse, the forms count the messages sent from each connection for an "
                        "hour as an encrypted fingerprint, from which the IP address cannot be recovered, "
                        "then forget it. No data is sold or used for advertising, and no automated decision "
                        "is made about you.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Your rights", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Under Articles 15 to 22 of the General Data Protection Regulation (GDPR) and the "
                        "French Data Protection Act, you have the right to access, rectify and erase your "
                        "data, to restrict its processing, to data portability and to object, as well as the "
                        "right to withdraw your consent at any time.</p>"
                        "<p>For an alert, the “Change or delete your alerts” link in every e-mail lets you "
                        "change it or unsubscribe at once. For any other request, write to the data protection officer: "
                        '<a href="mailto:dpo@inserm.fr">dpo@inserm.fr</a>. You will receive an answer within '
                        "one month.</p>"
                        "<p>If, after contacting us, you consider that your rights have not been respected, "
                        "you can lodge a complaint with the French data protection authority, the Commission "
                        'nationale de l’informatique et des libertés (<a href="https://www.cnil.fr">CNIL</a>).</p>'
                    ),
                },
            ],
        },
    },
]
