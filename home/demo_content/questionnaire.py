"""Bilingual content of the anonymous self-assessment questionnaire page (French source, English
translation).

Pure data, no Django imports. Source: ``/work/shared/seeds/004_fe450f3e30467209.txt``, the
institute's page "Questionnaire d’auto-évaluation" on the 2019-2023 period: its introduction and
the introduction text of each of its four axes, in source order. The "Svp prouvez que vous êtes un
humain…" picture checks (which the site handles itself) and the regional-content line are left
out. The axis intros are faithful, lightly shortened; the English is a translation. The
statements under each axis are written from the axis's text and are answered on an agreement
scale (1 = strongly disagree … 5 = strongly agree). What the page says is stored (only the
answers and the day) describes how this site records responses, not the source page.
"""

QUESTIONNAIRE = {
    "fr": {
        "title": "Questionnaire d’auto-évaluation 2019-2023",
        "slug": "questionnaire-auto-evaluation",
        "search_description": (
            "Questionnaire anonyme d’auto-évaluation de l’Inserm sur la période 2019-2023, "
            "ouvert à tous les personnels : quatre axes, répondez à tout ou partie des questions."
        ),
        "intro": (
            "Tous les personnels sont invités à répondre au questionnaire d’auto-évaluation de "
            "l’Inserm sur la période 2019-2023. Ce questionnaire est anonyme et chacun peut "
            "répondre à tout ou partie des questions, d’un ou plusieurs axes. Seules les réponses "
            "et le jour de l’envoi sont enregistrés : ni nom, ni adresse, ni heure."
        ),
    },
    "en": {
        "title": "Self-assessment questionnaire 2019-2023",
        "slug": "self-assessment-questionnaire",
        "search_description": (
            "Inserm’s anonymous self-assessment questionnaire on the 2019-2023 period, open to all "
            "staff: four axes, answer all or some of the questions."
        ),
        "intro": (
            "All staff are invited to answer Inserm’s self-assessment questionnaire on the "
            "2019-2023 period. The questionnaire is anonymous and everyone may answer all or some "
            "of the questions, in one or more axes. Only the answers and the day they are sent "
            "are stored: no name, address or time."
        ),
    },
    "axes": [
        {
            "fr": {
                "title": (
                    "Axe 1 – Renforcer le continuum de la recherche en santé tout en favorisant "
                    "les recherches en rupture"
                ),
                "intro": (
                    "<p>La politique scientifique de l’Institut a poursuivi une triple ambition :</p>"
                    "<ul>"
                    "<li>Développer une masse critique d’expertise sur les sujets stratégiques pour "
                    "affronter la compétition internationale, notamment en soutenant la structuration "
                    "de communautés interdisciplinaires sur des thématiques prioritaires, en "
                    "capitalisant sur les outils de pilotage scientifique ayant fait leurs preuves "
                    "(programmes transversaux, devenus programmes d’impulsion, accélérateurs de "
                    "recherche technologique (ART)) ou en créant de nouveaux réseaux thématiques ;</li>"
                    "<li>Impulser, par un soutien de base renforcé aux laboratoires, de nouvelles "
                    "dynamiques, en offrant le maximum de visibilité à long terme aux chercheurs, en "
                    "encourageant la prise de risque et les collaborations. Les plateformes "
                    "mutualisées, les infrastructures nationales associées à l’Inserm et les "
                    "infrastructures de données sont des points d’appui pour développer de nouveaux "
                    "horizons scientifiques ;</li>"
                    "<li>Articuler en profondeur la recherche de l’Inserm avec les soins et la santé "
                    "publique, par le lancement d’un Programme stratégique de recherche "
                    "collaborative en santé tourné vers des questions scientifiques et médicales en "
                    "rupture et de nouvelles approches méthodologiques, et renforçant la projection "
                    "à l’international de nos forces nationales.</li>"
                    "</ul>"
                ),
            },
            "en": {
                "title": (
                    "Axis 1 – Strengthening the continuum of health research while fostering "
                    "breakthrough research"
                ),
                "intro": (
                    "<p>The institute’s scientific policy pursued a threefold ambition:</p>"
                    "<ul>"
                    "<li>To build a critical mass of expertise on strategic subjects in order to face "
                    "international competition, in particular by supporting the structuring of "
                    "interdisciplinary communities on priority themes, by building on scientific "
                    "steering tools that have proved their worth (cross-cutting programmes, now "
                    "impetus programmes, and technological research accelerators (ART)) or by "
                    "creating new thematic networks;</li>"
                    "<li>To spark new dynamics through stronger baseline support for laboratories, "
                    "giving researchers as much long-term visibility as possible and encouraging "
                    "risk-taking and collaboration. Shared platforms, the national infrastructures "
                    "associated with Inserm and data infrastructures are footholds for opening new "
                    "scientific horizons;</li>"
                    "<li>To link Inserm’s research closely with healthcare and public health, by "
                    "launching a Strategic programme for collaborative health research focused on "
                    "breakthrough scientific and medical questions and new methodological "
                    "approaches, and strengthening the international reach of our national "
                    "strengths.</li>"
                    "</ul>"
                ),
            },
            "questions": [
                {
                    "fr": "Les programmes d’impulsion et les réseaux thématiques ont aidé mon équipe à travailler de façon interdisciplinaire.",
                    "en": "Impetus programmes and thematic networks have helped my team to work in an interdisciplinary way.",
                },
                {
                    "fr": "Le soutien de base apporté à mon laboratoire me donne une visibilité suffisante à long terme.",
                    "en": "The baseline support given to my laboratory gives me enough long-term visibility.",
                },
                {
                    "fr": "Je me sens encouragé·e à prendre des risques scientifiques et à engager des collaborations.",
                    "en": "I feel encouraged to take scientific risks and to start collaborations.",
                },
                {
                    "fr": "J’ai facilement accès aux plateformes mutualisées et aux infrastructures de données dont j’ai besoin.",
                    "en": "I have easy access to the shared platforms and data infrastructures I need.",
                },
            ],
        },
        {
            "fr": {
                "title": (
                    "Axe 2 – Renforcer la capacité de l’Institut à mettre en œuvre ses choix en "
                    "synergie avec ses partenaires"
                ),
                "intro": (
                    "<p>Le cœur de l’activité scientifique de l’Inserm repose sur ses unités de "
                    "recherche labélisées, briques de base du partenariat avec les acteurs "
                    "académiques. Majoritairement en mixité avec une université et en proximité "
                    "directe avec des partenaires du soin, notamment les centres hospitaliers "
                    "universitaires, les unités Inserm sont pleinement intégrées dans leur "
                    "écosystème territorial et contribuent activement aux initiatives de "
                    "structuration locales. C’est pourquoi l’Institut s’est impliqué activement "
                    "dans la définition de la stratégie de recherche des sites, accompagnant leur "
                    "montée en maturité.</p>"
                    "<p>Cette synergie a également été recherchée avec les partenaires du monde "
                    "socio-économique, grâce à une politique de soutien à l’innovation renouvelée. "
                    "Enfin, l’Institut a cherché à inscrire son action aux niveaux européen et "
                    "international.</p>"
                ),
            },
            "en": {
                "title": (
                    "Axis 2 – Strengthening the institute’s capacity to carry out its choices in "
                    "synergy with its partners"
                ),
                "intro": (
                    "<p>The core of Inserm’s scientific activity rests on its accredited research "
                    "units, the building blocks of its partnership with academic players. Mostly "
                    "joint units with a university and in direct contact with healthcare partners, "
                    "notably university hospitals, Inserm units are fully integrated into their "
                    "local ecosystem and contribute actively to local structuring initiatives. This "
                    "is why the institute took an active part in defining the research strategy of "
                    "the sites, supporting them as they matured.</p>"
                    "<p>This synergy was also sought with socio-economic partners, through a renewed "
                    "policy of support for innovation. Finally, the institute sought to anchor its "
                    "action at European and international level.</p>"
                ),
            },
            "questions": [
                {
                    "fr": "Mon unité travaille en bonne synergie avec son université et ses partenaires hospitaliers.",
                    "en": "My unit works in good synergy with its university and its hospital partners.",
                },
                {
                    "fr": "Je perçois l’implication de l’Inserm dans la stratégie de recherche de mon site.",
                    "en": "I can see Inserm’s involvement in the research strategy of my site.",
                },
                {
                    "fr": "Le soutien de l’Inserm à l’innovation et aux partenariats socio-économiques répond à mes besoins.",
                    "en": "Inserm’s support for innovation and socio-economic partnerships meets my needs.",
                },
                {
                    "fr": "L’Inserm m’aide à développer des projets et des collaborations aux niveaux européen et international.",
                    "en": "Inserm helps me to develop projects and collaborations at European and international level.",
                },
            ],
        },
        {
            "fr": {
                "title": (
                    "Axe 3 – Mieux irriguer les laboratoires en rénovant la politique des RH et en "
                    "simplifiant le travail administratif"
                ),
                "intro": (
                    "<p>Une trajectoire d’emploi stable a été mise en œuvre pour soutenir les choix "
                    "scientifiques de l’Institut et accompagner efficacement les laboratoires et les "
                    "services support. Pour optimiser l’allocation des postes financés par le "
                    "ministère chargé de la recherche aux besoins exprimés, développer une politique "
                    "d’attractivité et favoriser une science au meilleur niveau en renforçant "
                    "l’efficacité collective des laboratoires, l’ensemble des dispositifs de "
                    "recrutement et d’accompagnement RH a été exploité.</p>"
                ),
            },
            "en": {
                "title": (
                    "Axis 3 – Better supplying laboratories by renewing HR policy and simplifying "
                    "administrative work"
                ),
                "intro": (
                    "<p>A stable employment trajectory was put in place to support the institute’s "
                    "scientific choices and to give effective support to laboratories and support "
                    "services. To match the allocation of posts funded by the ministry in charge of "
                    "research to the needs expressed, to develop an attractiveness policy and to "
                    "foster science of the highest level by strengthening the collective efficiency "
                    "of laboratories, the full range of recruitment and HR support schemes was "
                    "used.</p>"
                ),
            },
            "questions": [
                {
                    "fr": "Les postes attribués à mon laboratoire correspondent aux besoins que nous avons exprimés.",
                    "en": "The posts allocated to my laboratory match the needs we expressed.",
                },
                {
                    "fr": "Les dispositifs de recrutement et d’accompagnement RH m’ont été utiles dans mon parcours.",
                    "en": "Recruitment and HR support schemes have been useful to me in my career.",
                },
                {
                    "fr": "Le travail administratif lié à mon activité a été simplifié.",
                    "en": "The administrative work linked to my activity has been simplified.",
                },
                {
                    "fr": "Je me sens efficacement accompagné·e par les services support.",
                    "en": "I feel effectively supported by the support services.",
                },
            ],
        },
        {
            "fr": {
                "title": (
                    "Axe 4 – Accélérer le développement d’une science ouverte et responsable, et "
                    "renforcer la place de la science pour la santé dans notre société"
                ),
                "intro": (
                    "<p>Intégrer la science produite par l’Inserm au plus proche des attentes de la "
                    "société, telle était l’ambition du programme de l’Institut. Il s’agissait "
                    "d’une part de communiquer à la société la valeur ajoutée et l’impact des "
                    "résultats des travaux menés sur la santé de tous, afin de favoriser la "
                    "compréhension des grands enjeux et défis liés à la santé.</p>"
                    "<p>D’autre part, il s’agissait de faire du citoyen une véritable partie "
                    "prenante de la recherche et d’inscrire ainsi pleinement l’Inserm dans les "
                    "grands enjeux de notre société. En répondant aux attentes des citoyens en "
                    "matière d’information scientifique, il est possible de les impliquer dans les "
                    "recherches visant à déboucher sur des mesures de santé publique.</p>"
                    "<p>L’Inserm a par ailleurs renforcé son investissement pour produire une "
                    "recherche éthique, digne de confiance et pleinement ouverte sur les attentes de "
                    "la société.</p>"
                ),
            },
            "en": {
                "title": (
                    "Axis 4 – Accelerating the development of open and responsible science, and "
                    "strengthening the place of science for health in our society"
                ),
                "intro": (
                    "<p>Bringing the science produced by Inserm as close as possible to society’s "
                    "expectations: such was the ambition of the institute’s programme. On the one "
                    "hand, the aim was to convey to society the added value and impact of research "
                    "results on everyone’s health, so as to foster understanding of the major "
                    "health issues and challenges.</p>"
                    "<p>On the other hand, the aim was to make citizens genuine stakeholders in "
                    "research and so to anchor Inserm fully in the major issues of our society. By "
                    "meeting citizens’ expectations of scientific information, they can be involved "
                    "in research intended to lead to public health measures.</p>"
                    "<p>Inserm has also increased its investment in producing ethical, trustworthy "
                    "research that is fully open to society’s expectations.</p>"
                ),
            },
            "questions": [
                {
                    "fr": "J’ai les moyens de diffuser les résultats de mes travaux en science ouverte.",
                    "en": "I have the means to share the results of my work through open science.",
                },
                {
                    "fr": "L’Inserm m’encourage à communiquer sur mes recherches auprès du grand public.",
                    "en": "Inserm encourages me to communicate about my research to the general public.",
                },
                {
                    "fr": "J’ai eu l’occasion d’associer des citoyens ou des patients à mes activités de recherche.",
                    "en": "I have had the opportunity to involve citizens or patients in my research activities.",
                },
                {
                    "fr": "Je suis bien informé·e des règles d’éthique et d’intégrité scientifique qui s’appliquent à mon travail.",
                    "en": "I am well informed about the ethics and research integrity rules that apply to my work.",
                },
            ],
        },
    ],
}
