"""Bilingual content of the three institutional pages (French source, English translation).

Pure data, no Django imports: the HR Excellence page (``HR_EXCELLENCE``), the support and
protection page (``CONTACTS_PAGE``) with the protection and support bodies (``CONTACTS``), and
the working conditions page (``WORKING_CONDITIONS``).

Sources, all in ``/work/shared/seeds/``:

* ``000_0718904dfe6af4ca.txt`` (English): the institute's "HR Excellence in Research" page, the
  main source: Charter and Code, the label, CoARA and its 10 commitments, the Lorier programme,
  researcher competitions, support for foreign researchers, mobility, test accommodations,
  the CDD charter, the equality plan's four axes, the five protection bodies, remote work,
  leave, social benefits and "Your opinion matters".
* ``002_7e58c198f01e7dcb.txt`` (French): the HRS4R action plan (internal evaluation for the
  label's renewal, 2022): the milestones (2006, 2011, April 2013, May 2016, December 2018,
  2020, March 2022), the CDD charter, the equality plan 2021-2023 and its measures, the
  disability actions, the psychosocial risk monitoring units.
* ``003_3bb2137bb2b5ca0d.txt`` (French): the State-institute objectives contract 2016-2020:
  social development (childcare, housing, support for the social action committee) and the
  "Charte de déontologie des métiers de la recherche" signed on 29 January 2015.

Where a source exists in one language only, the other language is a faithful translation.
No e-mail address, telephone number, street address, opening hours or URL is given by these
documents, so those fields are left empty ("").

As in ``site_pages.py``, the "fr" and "en" dictionaries of a page share exactly the same
structure (same keys, same blocks in the same order, same number of paragraphs, list items and
links), because the loader pairs them string by string into wagtail-localize translations.
"@key" values are page keys of ``site_pages.PAGES``.
"""

# ----------------------------------------------------------------------
# HR Excellence in Research
# ----------------------------------------------------------------------

HR_EXCELLENCE = {
    "fr": {
        "title": "HR Excellence in Research",
        "slug": "hr-excellence-in-research",
        "seo_title": "HR Excellence in Research : la stratégie RH de l’Inserm pour ses chercheurs",
        "search_description": (
            "Charte européenne du chercheur et Code de conduite, label HR Excellence in Research "
            "depuis 2016, réforme de l’évaluation de la recherche (CoARA), recherche éthique et "
            "responsable, recrutement ouvert à tous et charte des CDD."
        ),
        "intro": (
            "Depuis 2016, l’Inserm est titulaire du label européen HR Excellence in Research, qui "
            "reconnaît les progrès d’un établissement dans l’application de la Charte européenne du "
            "chercheur et du Code de conduite pour le recrutement des chercheurs. Le label a été "
            "renouvelé en mars 2022."
        ),
        "body": [
            {
                "type": "key_figures",
                "value": {
                    "heading": "La démarche en chiffres",
                    "figures": [
                        {
                            "value": "2016",
                            "label": (
                                "Obtention du label : l’Inserm est le deuxième EPST français "
                                "à le détenir"
                            ),
                            "source": "Page « HR Excellence in Research » de l’Inserm",
                        },
                        {
                            "value": "Mars 2022",
                            "label": "Renouvellement du label",
                            "source": "Plan d’action HRS4R de l’Inserm, 2022",
                        },
                        {
                            "value": "10",
                            "label": (
                                "engagements de l’accord CoARA sur la réforme de l’évaluation de "
                                "la recherche, signé en octobre 2022"
                            ),
                            "source": "Page « HR Excellence in Research » de l’Inserm",
                        },
                        {
                            "value": "15 → 44",
                            "label": (
                                "bénéficiaires de l’obligation d’emploi des personnes handicapées"
                            ),
                            "source": "Inserm, évolution entre 2014 et 2022",
                        },
                    ],
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": "La Charte européenne du chercheur et le Code de conduite",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>La Charte européenne du chercheur et le Code de conduite pour le recrutement "
                    "des chercheurs forment un socle de principes et de conditions qui précisent les "
                    "rôles, les responsabilités et les prérogatives des chercheurs comme de leurs "
                    "employeurs. La Stratégie ressources humaines pour les chercheurs (HRS4R) de la "
                    "Commission européenne a pour but de faire passer ces principes généraux dans "
                    "les pratiques.</p>"
                    "<p>Dès 2006, l’Inserm a signé la « Déclaration d’engagement aux principes de la "
                    "Charte européenne du chercheur et du Code de conduite pour le recrutement des "
                    "chercheurs ». Il a également signé la Charte de déontologie des métiers de la "
                    "recherche, déclinaison nationale des principaux textes internationaux du "
                    "domaine, dont la Charte européenne du chercheur de 2005.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "La démarche HRS4R et le label", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>La Commission européenne attribue le label HR Excellence in Research aux "
                    "établissements qui progressent dans la mise en conformité de leur politique de "
                    "ressources humaines avec les principes de la Charte et du Code. En 2011, la "
                    "Direction générale de l’Inserm a décidé de rejoindre la deuxième cohorte du "
                    "groupe stratégique Ressources humaines de la Commission européenne pour "
                    "l’obtenir. L’Inserm détient le label depuis 2016 : il est alors devenu le "
                    "deuxième établissement public à caractère scientifique et technologique (EPST) "
                    "français à en être titulaire.</p>"
                    "<p>Pour conserver ce label, l’Institut s’attache à offrir aux chercheurs un "
                    "environnement de travail stimulant, favorable au développement de leur "
                    "carrière. La démarche vise aussi à renforcer l’attractivité de l’Inserm et à "
                    "contribuer à la construction de l’Espace européen de la recherche.</p>"
                    "<p>Elle s’appuie sur un plan d’action d’environ 90 actions réparties en huit "
                    "thèmes, du recrutement à l’évaluation, et sur une auto-évaluation tous les deux "
                    "ans. Lors de la première évaluation interne, fin 2018, la Commission européenne "
                    "a demandé quelques mesures correctives tout en constatant que la HRS4R était "
                    "intégrée à l’Institut. Le plan d’action préparé pour le renouvellement du label "
                    "a été construit avec les départements du siège et les délégations régionales, "
                    "avec la participation de représentants du personnel, puis validé par la "
                    "Direction générale.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Réformer l’évaluation de la recherche", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>En octobre 2022, l’Inserm a signé l’accord sur la réforme de l’évaluation de "
                    "la recherche de la coalition CoARA (Coalition for Advancing Research "
                    "Assessment). L’Institut avait déjà engagé cette réforme : il applique depuis "
                    "2016 les exigences de la Déclaration de San Francisco sur l’évaluation de la "
                    "recherche (DORA), qu’il a signée en 2018.</p>"
                    "<p>Par cet accord, l’Inserm confirme sa décision de poursuivre la réforme et de "
                    "mettre en œuvre les dix engagements dans les délais convenus. La coalition "
                    "prévoit en outre des chapitres nationaux et des groupes de travail consacrés à "
                    "des enjeux précis de l’évaluation : l’Inserm pilote le chapitre national "
                    "français avec Aix-Marseille Université.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Les dix engagements de l’accord", "level": "h3"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<ol>"
                    "<li>Reconnaître la diversité des contributions à la recherche et des carrières "
                    "de recherche, en fonction des besoins et de la nature de la recherche.</li>"
                    "<li>Fonder l’évaluation de la recherche principalement sur une appréciation "
                    "qualitative, dont l’évaluation par les pairs est l’élément central, appuyée par "
                    "un usage responsable d’indicateurs quantitatifs.</li>"
                    "<li>Abandonner, dans l’évaluation de la recherche, les usages inappropriés des "
                    "indicateurs fondés sur les revues et les publications, en particulier les "
                    "usages inappropriés du facteur d’impact des revues (JIF) et de l’indice h.</li>"
                    "<li>Éviter d’utiliser les classements des organismes de recherche dans "
                    "l’évaluation de la recherche.</li>"
                    "<li>Consacrer à la réforme de l’évaluation de la recherche les ressources "
                    "nécessaires pour mener à bien les changements organisationnels auxquels "
                    "l’établissement s’est engagé.</li>"
                    "<li>Réexaminer et faire évoluer les critères, les outils et les processus "
                    "d’évaluation de la recherche.</li>"
                    "<li>Faire connaître la réforme de l’évaluation de la recherche et assurer une "
                    "communication transparente, un accompagnement et des formations sur les "
                    "critères et les processus d’évaluation ainsi que sur leur utilisation.</li>"
                    "<li>Échanger pratiques et expériences pour permettre un apprentissage mutuel, "
                    "au sein de la coalition et au-delà.</li>"
                    "<li>Rendre compte des progrès accomplis dans le respect des principes et la mise "
                    "en œuvre des engagements.</li>"
                    "<li>Évaluer les pratiques, les critères et les outils sur la base de données "
                    "probantes solides et de l’état de l’art de la recherche sur la recherche, et "
                    "rendre les données librement accessibles pour la collecte de preuves et la "
                    "recherche.</li>"
                    "</ol>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Une recherche éthique et responsable", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>L’Inserm encourage ses personnels à optimiser leurs pratiques de recherche "
                    "dans le respect de l’éthique et de l’intégrité scientifique, et leur propose des "
                    "formations en ce sens depuis 2019. Depuis 2022, le programme Lorier vise à "
                    "construire et à faire vivre une culture de la recherche éthique et responsable "
                    "du meilleur niveau international. Il repose sur quatre plans d’action :</p>"
                    "<ul>"
                    "<li>construire le programme avec l’ensemble des personnels, grâce à des "
                    "ateliers, des groupes de travail et des réseaux d’ambassadeurs sur le "
                    "terrain ;</li>"
                    "<li>créer un portail consacré aux travaux menés en commun, avec des contacts et "
                    "des ressources ;</li>"
                    "<li>former et certifier les personnels aux pratiques de recherche éthique et "
                    "responsable, tout en enrichissant le catalogue de formations ;</li>"
                    "<li>développer la recherche sur la recherche.</li>"
                    "</ul>"
                    "<p>Le programme entend ainsi améliorer les méthodes de travail des chercheurs en "
                    "matière d’éthique, de responsabilité, d’intégrité, de déontologie, de science "
                    "ouverte et de qualité. Son portail, consacré à l’éthique de la recherche et à "
                    "l’intégrité scientifique, a été créé en 2022.</p>"
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
            {
                "type": "heading",
                "value": {
                    "text": "Un recrutement ouvert à tous, transparent et fondé sur le mérite",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>L’Inserm recrute ses chargés de recherche (CR) et ses directeurs de recherche "
                    "(DR) par des concours sur titres et travaux. Les postes sont répartis par "
                    "grands domaines scientifiques, qui correspondent aux commissions scientifiques "
                    "spécialisées (CSS) de l’Institut.</p>"
                    "<ul>"
                    "<li>Les concours de chargé de recherche de classe normale (CRCN) donnent accès "
                    "au premier grade du statut de chercheur fonctionnaire.</li>"
                    "<li>Les concours de directeur de recherche s’adressent aux chercheurs qui "
                    "comptent plus de huit ans d’expérience après le doctorat.</li>"
                    "</ul>"
                    "<p>Ces recrutements sont ouverts à toutes et à tous, y compris aux candidats "
                    "venus de l’étranger : lors des campagnes 2021 et 2022, ceux-ci représentaient "
                    "33 à 35 % des candidats et 25 à 28 % des chercheurs recrutés. Les offres sont "
                    "publiées systématiquement sur plusieurs supports, dont la plateforme d’échanges "
                    "de l’Inserm, EURAXESS et les ambassades, avec une information multilingue sur "
                    "les modalités de recrutement ; toutes les offres de CDD de chercheurs sont "
                    "diffusées sur EURAXESS.</p>"
                    "<p>À leur arrivée, les chercheurs venus de l’étranger sont accompagnés par un "
                    "conseiller en économie sociale et familiale dans leurs démarches "
                    "administratives, bancaires, d’assurance, de garde d’enfants, de logement et de "
                    "santé.</p>"
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Les offres et les concours",
                    "text": (
                        "Postes permanents, contrats post-doctoraux, CDD et contrats doctoraux : "
                        "toutes les voies pour rejoindre l’Inserm et le calendrier des concours."
                    ),
                    "link_text": "Voir les offres d’emploi",
                    "page": "@offers",
                    "url": "",
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": "Des épreuves aménagées pour les personnes en situation de handicap",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Les chercheurs en situation de handicap peuvent demander des aménagements pour "
                    "les épreuves des concours. Ces aménagements portent sur les conditions "
                    "matérielles d’organisation et de déroulement des épreuves écrites ou orales ; "
                    "le contenu des épreuves reste le même que pour les autres candidats.</p>"
                    "<p>L’emploi des chercheurs en situation de handicap progresse à l’Inserm : le "
                    "nombre de bénéficiaires de l’obligation d’emploi a presque triplé, passant de 15 "
                    "à 44 personnes entre 2014 et 2022. L’Institut a ouvert des postes aux "
                    "chercheurs en situation de handicap, publie ses offres sur un site spécialisé, "
                    "organise chaque année le DuoDay, qui permet à des personnes en situation de "
                    "handicap de découvrir pendant une journée l’activité d’agents de l’Inserm, et "
                    "propose, avec une association spécialisée, un accompagnement aux chercheurs "
                    "vivant avec un handicap psychique ou cognitif.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "La charte des CDD", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Signée en avril 2013 et élaborée en concertation avec les organisations "
                    "syndicales, la « Charte pour le recrutement et le suivi des personnels "
                    "contractuels (CDD) de l’Inserm » repose sur des principes très proches de ceux "
                    "de la Commission européenne. Elle implique davantage les managers dans la "
                    "gestion du parcours de leurs personnels : appui systématique des services de "
                    "ressources humaines, affichage clair des conditions et des critères de "
                    "recrutement, rappel des principes de rémunération et suivi renforcé pendant le "
                    "contrat.</p>"
                    "<ul>"
                    "<li>Des entretiens en début de parcours et aux moments clés du contrat, ainsi "
                    "que des entretiens individuels à la demande.</li>"
                    "<li>Une brochure d’informations administratives et régionales remise aux "
                    "chercheurs en CDD.</li>"
                    "<li>Des journées nationales et régionales qui présentent aux post-doctorants "
                    "leurs perspectives professionnelles dans les secteurs académique et privé.</li>"
                    "</ul>"
                    "<p>Le plan d’action prévoyait en 2022 une mise à jour de la charte pour tenir "
                    "compte des nouveaux contrats à durée déterminée destinés aux chercheurs. Sa "
                    "publication s’inscrit dans les objectifs du contrat d’objectifs, de moyens et "
                    "de performance 2021-2025 signé avec l’État.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Documents stratégiques", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>La démarche HRS4R répond aussi à certains objectifs du plan stratégique "
                    "2020-2025 de l’Inserm et de son contrat d’objectifs, de moyens et de "
                    "performance 2021-2025. Les documents ci-dessous en retracent les étapes ; "
                    "certains ne sont disponibles qu’en français.</p>"
                ),
            },
        ],
        # Dates: the seeds give a year only (2006, 2011, 2018 for DORA, 2020) or a month only
        # (April 2013, May 2016, December 2018, March 2022, October 2022). The first day of the
        # month (of January for a year only) stands in for the unknown day; the texts give the
        # precision actually known. The 2016 label and the May 2016 first submission are one
        # milestone: the seeds do not say in which month of 2016 the label was granted.
        "milestones": [
            {
                "type": "milestone",
                "value": {
                    "date": "2006-01-01",
                    "text": (
                        "L’Inserm signe la déclaration d’engagement aux principes de la Charte "
                        "européenne du chercheur et du Code de conduite pour le recrutement des "
                        "chercheurs."
                    ),
                },
            },
            {
                "type": "milestone",
                "value": {
                    "date": "2011-01-01",
                    "text": (
                        "La Direction générale décide de rejoindre la deuxième cohorte du groupe "
                        "stratégique Ressources humaines de la Commission européenne, en vue "
                        "d’obtenir le label HR Excellence in Research."
                    ),
                },
            },
            {
                "type": "milestone",
                "value": {
                    "date": "2013-04-01",
                    "text": (
                        "Signature, en avril, de la Charte pour le recrutement et le suivi des "
                        "personnels contractuels (CDD) de l’Inserm, élaborée avec les organisations "
                        "syndicales."
                    ),
                },
            },
            {
                "type": "milestone",
                "value": {
                    "date": "2016-05-01",
                    "text": (
                        "Première soumission, en mai. L’Inserm obtient le label la même année et "
                        "devient le deuxième EPST français à le détenir."
                    ),
                },
            },
            {
                "type": "milestone",
                "value": {
                    "date": "2018-01-01",
                    "text": (
                        "Signature de la Déclaration de San Francisco sur l’évaluation de la "
                        "recherche (DORA), dont l’Inserm appliquait les exigences depuis 2016."
                    ),
                },
            },
            {
                "type": "milestone",
                "value": {
                    "date": "2018-12-01",
                    "text": (
                        "Première évaluation interne, en décembre, en vue de l’évaluation "
                        "intermédiaire : la Commission européenne demande quelques mesures "
                        "correctives mais constate que la HRS4R est intégrée à l’Institut."
                    ),
                },
            },
            {
                "type": "milestone",
                "value": {
                    "date": "2020-01-01",
                    "text": "Évaluation externe, quatre ans après l’obtention du label.",
                },
            },
            {
                "type": "milestone",
                "value": {
                    "date": "2022-03-01",
                    "text": (
                        "Renouvellement du label en mars, à l’issue d’une nouvelle évaluation "
                        "interne et d’un plan d’action mis à jour pour les trois années suivantes."
                    ),
                },
            },
            {
                "type": "milestone",
                "value": {
                    "date": "2022-10-01",
                    "text": (
                        "Signature, en octobre, de l’accord de la coalition CoARA sur la réforme de "
                        "l’évaluation de la recherche."
                    ),
                },
            },
        ],
    },
    "en": {
        "title": "HR Excellence in Research",
        "slug": "hr-excellence-in-research",
        "seo_title": "HR Excellence in Research: Inserm’s human resources strategy for researchers",
        "search_description": (
            "European Charter for Researchers and Code of Conduct, HR Excellence in Research label "
            "since 2016, research assessment reform (CoARA), ethical and responsible research, "
            "recruitment open to all and the fixed-term contract charter."
        ),
        "intro": (
            "Since 2016, Inserm has held the European HR Excellence in Research label, which "
            "recognises an institution’s progress in applying the European Charter for Researchers "
            "and the Code of Conduct for the Recruitment of Researchers. The label was renewed in "
            "March 2022."
        ),
        "body": [
            {
                "type": "key_figures",
                "value": {
                    "heading": "The process in figures",
                    "figures": [
                        {
                            "value": "2016",
                            "label": (
                                "Label obtained: Inserm is the second French public scientific and "
                                "technological institution to hold it"
                            ),
                            "source": "Inserm’s “HR Excellence in Research” page",
                        },
                        {
                            "value": "March 2022",
                            "label": "Renewal of the label",
                            "source": "Inserm’s HRS4R action plan, 2022",
                        },
                        {
                            "value": "10",
                            "label": (
                                "commitments of the CoARA Agreement on Reforming Research "
                                "Assessment, signed in October 2022"
                            ),
                            "source": "Inserm’s “HR Excellence in Research” page",
                        },
                        {
                            "value": "15 → 44",
                            "label": (
                                "beneficiaries of the employment obligation for people with "
                                "disabilities"
                            ),
                            "source": "Inserm, change between 2014 and 2022",
                        },
                    ],
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": "The European Charter for Researchers and the Code of Conduct",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The European Charter for Researchers and the Code of Conduct for the "
                    "Recruitment of Researchers form a set of basic principles and conditions that "
                    "specify the roles, responsibilities and prerogatives of researchers and of "
                    "their employers. The European Commission’s Human Resources Strategy for "
                    "Researchers (HRS4R) aims to put these general principles into practice.</p>"
                    "<p>As early as 2006, Inserm signed the “Declaration of commitment to the "
                    "principles of the European Charter for Researchers and the Code of Conduct for "
                    "the Recruitment of Researchers”. It has also signed the French charter of "
                    "ethics for research professions (Charte de déontologie des métiers de la "
                    "recherche), a national version of the main international texts in this field, "
                    "including the 2005 European Charter for Researchers.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "The HRS4R process and the label", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The European Commission awards the HR Excellence in Research label to "
                    "institutions that are making progress in bringing their human resources "
                    "policies into line with the principles of the Charter and the Code. In 2011, "
                    "Inserm’s senior management decided to join the second cohort of the European "
                    "Commission’s Human Resources Strategy Group in order to obtain it. Inserm has "
                    "held the label since 2016, when it became the second French public scientific "
                    "and technological institution (EPST) to hold it.</p>"
                    "<p>To keep the label, the Institute strives to offer researchers a stimulating "
                    "working environment that fosters their careers. The process also aims to "
                    "increase Inserm’s attractiveness and to contribute to the development of the "
                    "European Research Area.</p>"
                    "<p>It relies on an action plan of about 90 actions in eight themes, from "
                    "recruitment to evaluation, and on a self-assessment every two years. At the "
                    "first internal review, at the end of 2018, the European Commission asked for "
                    "some corrective actions while finding that the HRS4R was embedded in the "
                    "Institute. The action plan prepared for the renewal of the label was drawn up "
                    "with the head office departments and the regional offices, with staff "
                    "representatives taking part, and then approved by senior management.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Reforming research assessment", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>In October 2022, Inserm signed the CoARA (Coalition for Advancing Research "
                    "Assessment) Agreement on Reforming Research Assessment. The Institute had "
                    "already started this reform: it has applied the requirements of the San "
                    "Francisco Declaration on Research Assessment (DORA) since 2016 and signed the "
                    "Declaration in 2018.</p>"
                    "<p>With this agreement, Inserm confirms its decision to pursue the reform and to "
                    "implement the ten commitments within the agreed timeframe. The coalition also "
                    "plans national chapters and working groups on specific assessment challenges: "
                    "Inserm leads the French national chapter with Aix-Marseille University.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "The ten commitments of the agreement", "level": "h3"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<ol>"
                    "<li>Recognise the diversity of contributions to, and careers in, research in "
                    "accordance with the needs and nature of the research.</li>"
                    "<li>Base research assessment primarily on qualitative evaluation for which peer "
                    "review is central, supported by responsible use of quantitative "
                    "indicators.</li>"
                    "<li>Abandon inappropriate uses in research assessment of journal- and "
                    "publication-based metrics, in particular inappropriate uses of Journal Impact "
                    "Factor (JIF) and h-index.</li>"
                    "<li>Avoid the use of rankings of research organisations in research "
                    "assessment.</li>"
                    "<li>Commit resources to reforming research assessment as is needed to achieve "
                    "the organisational changes committed to.</li>"
                    "<li>Review and develop research assessment criteria, tools and processes.</li>"
                    "<li>Raise awareness of research assessment reform and provide transparent "
                    "communication, guidance, and training on assessment criteria and processes as "
                    "well as their use.</li>"
                    "<li>Exchange practices and experiences to enable mutual learning within and "
                    "beyond the Coalition.</li>"
                    "<li>Communicate progress made on adherence to the Principles and implementation "
                    "of the Commitments.</li>"
                    "<li>Evaluate practices, criteria and tools based on solid evidence and the "
                    "state-of-the-art in research on research, and make data openly available for "
                    "evidence gathering and research.</li>"
                    "</ol>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Ethical and responsible research", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Inserm encourages its staff to optimise their research practices while "
                    "respecting ethics and research integrity, and has offered them training to "
                    "this end since 2019. Since 2022, the Lorier programme has aimed to build and "
                    "maintain a culture of ethical and responsible research at the highest "
                    "international level. It relies on four action plans:</p>"
                    "<ul>"
                    "<li>build the programme agenda with all staff, through workshops, working "
                    "groups and networks of ambassadors in the field;</li>"
                    "<li>create a portal dedicated to the joint work, providing contacts and "
                    "resources;</li>"
                    "<li>train and certify staff in ethical and responsible research practices, "
                    "while developing the training catalogue;</li>"
                    "<li>develop research on research.</li>"
                    "</ul>"
                    "<p>The programme thus aims to improve researchers’ working methods with regard "
                    "to ethics, responsibility, integrity, professional ethics, open science and "
                    "quality. Its portal, dedicated to research ethics and research integrity, was "
                    "created in 2022.</p>"
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
                        "Purpose of the French charter of ethics for research professions (Charte "
                        "de déontologie des métiers de la recherche), signed by Inserm on 29 "
                        "January 2015"
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": "Recruitment open to all, transparent and merit-based",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Inserm recruits its research officers (CR) and research directors (DR) "
                    "through competitive examinations based on qualifications and work experience. "
                    "Positions are allocated by scientific discipline groups, which correspond to "
                    "the Institute’s Specialised Scientific Committees (CSS).</p>"
                    "<ul>"
                    "<li>Competitions for normal class research officers (CRCN) lead to the first "
                    "grade of the civil servant researcher status.</li>"
                    "<li>Competitions for research directors are for researchers with more than "
                    "eight years’ postdoctoral experience.</li>"
                    "</ul>"
                    "<p>Recruitment is open to all, including applicants from abroad: in the 2021 "
                    "and 2022 campaigns, they made up 33% to 35% of applicants and 25% to 28% of the "
                    "researchers recruited. Job offers are systematically published on several "
                    "channels, including Inserm’s exchange platform, EURAXESS and embassies, with "
                    "multilingual information on recruitment procedures; all offers of fixed-term "
                    "contracts (CDD) for researchers are published on EURAXESS.</p>"
                    "<p>On arrival, researchers from abroad are helped by a social and family "
                    "economics advisor with administrative, banking, insurance, childcare, housing "
                    "and health matters.</p>"
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Job offers and competitions",
                    "text": (
                        "Permanent posts, postdoctoral positions, fixed-term and PhD contracts: all "
                        "the ways to join Inserm and the competition calendar."
                    ),
                    "link_text": "See the job offers",
                    "page": "@offers",
                    "url": "",
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": "Test accommodations for people with disabilities",
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Researchers with disabilities can request special arrangements for "
                    "competitive examinations. These arrangements concern the material conditions "
                    "under which the written or oral tests are organised and conducted; the content "
                    "of the tests remains the same as for other candidates.</p>"
                    "<p>The employment of researchers with disabilities is increasing at Inserm: the "
                    "number of beneficiaries of the employment obligation has almost tripled, from "
                    "15 to 44 people between 2014 and 2022. The Institute has opened posts for "
                    "researchers with disabilities, publishes its offers on a specialised website, "
                    "organises DuoDay every year, when people with disabilities spend a day "
                    "discovering the work of Inserm staff, and, with a specialised association, "
                    "offers support to researchers living with a psychological or cognitive "
                    "disability.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "The fixed-term contract (CDD) charter", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Signed in April 2013 and drawn up in consultation with the trade unions, the "
                    "“Charter for the recruitment and monitoring of contract staff (CDD) at Inserm” "
                    "is based on principles very close to those of the European Commission. It "
                    "gives managers a greater role in managing their staff’s careers: systematic "
                    "support from human resources services, clear display of recruitment "
                    "conditions and criteria, a reminder of pay principles and closer follow-up "
                    "during the contract.</p>"
                    "<ul>"
                    "<li>Interviews at the start of the contract and at its key moments, as well as "
                    "individual interviews on request.</li>"
                    "<li>A brochure with administrative and regional information for researchers on "
                    "fixed-term contracts.</li>"
                    "<li>National and regional days presenting postdocs with their career prospects "
                    "in the academic and private sectors.</li>"
                    "</ul>"
                    "<p>The action plan provided for an update of the charter in 2022 to take "
                    "account of the new fixed-term contracts for researchers. Its publication is in "
                    "line with the objectives of the 2021-2025 Contract of Objectives, Means and "
                    "Performance signed with the French government.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Strategic documents", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>The HRS4R process also meets certain objectives of Inserm’s 2020-2025 "
                    "Strategic Plan and of its 2021-2025 Contract of Objectives, Means and "
                    "Performance. The documents below trace its stages; some of them are only "
                    "available in French.</p>"
                ),
            },
        ],
        "milestones": [
            {
                "type": "milestone",
                "value": {
                    "date": "2006-01-01",
                    "text": (
                        "Inserm signs the declaration of commitment to the principles of the "
                        "European Charter for Researchers and the Code of Conduct for the "
                        "Recruitment of Researchers."
                    ),
                },
            },
            {
                "type": "milestone",
                "value": {
                    "date": "2011-01-01",
                    "text": (
                        "Senior management decides to join the second cohort of the European "
                        "Commission’s Human Resources Strategy Group, in order to obtain the HR "
                        "Excellence in Research label."
                    ),
                },
            },
            {
                "type": "milestone",
                "value": {
                    "date": "2013-04-01",
                    "text": (
                        "Signature, in April, of the Charter for the recruitment and monitoring of "
                        "contract staff (CDD) at Inserm, drawn up with the trade unions."
                    ),
                },
            },
            {
                "type": "milestone",
                "value": {
                    "date": "2016-05-01",
                    "text": (
                        "First submission, in May. Inserm receives the label the same year and "
                        "becomes the second French public scientific and technological institution "
                        "to hold it."
                    ),
                },
            },
            {
                "type": "milestone",
                "value": {
                    "date": "2018-01-01",
                    "text": (
                        "Signature of the San Francisco Declaration on Research Assessment (DORA), "
                        "whose requirements Inserm had applied since 2016."
                    ),
                },
            },
            {
                "type": "milestone",
                "value": {
                    "date": "2018-12-01",
                    "text": (
                        "First internal review, in December, in preparation for the interim "
                        "evaluation: the European Commission asks for some corrective actions but "
                        "finds that the HRS4R is embedded in the Institute."
                    ),
                },
            },
            {
                "type": "milestone",
                "value": {
                    "date": "2020-01-01",
                    "text": "External evaluation, four years after the label was obtained.",
                },
            },
            {
                "type": "milestone",
                "value": {
                    "date": "2022-03-01",
                    "text": (
                        "Renewal of the label in March, after a new internal assessment and an "
                        "action plan updated for the following three years."
                    ),
                },
            },
            {
                "type": "milestone",
                "value": {
                    "date": "2022-10-01",
                    "text": (
                        "Signature, in October, of the CoARA Agreement on Reforming Research "
                        "Assessment."
                    ),
                },
            },
        ],
    },
}

# ----------------------------------------------------------------------
# Support and protection
# ----------------------------------------------------------------------

CONTACTS_PAGE = {
    "fr": {
        "title": "Soutien et protection",
        "slug": "soutien-et-protection",
        "seo_title": "Soutien et protection : à qui s’adresser à l’Inserm",
        "search_description": (
            "Médiateur, Collège de déontologie, intégrité scientifique, signalement des "
            "discriminations et des violences, cellules de veille, mission handicap et plan pour "
            "l’égalité professionnelle 2021-2023."
        ),
        "intro": (
            "L’Inserm veille à ce que chacune et chacun puisse travailler et progresser dans un "
            "cadre respectueux. Des instances spécialisées accompagnent les personnels en cas de "
            "conflit, de souffrance au travail ou de harcèlement, et un plan pour l’égalité "
            "professionnelle entre les femmes et les hommes 2021-2023 guide l’action de "
            "l’Institut."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "À qui vous adresser ?", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>En cas de conflit (d’intérêts, d’ordre scientifique, entre personnes…) ou "
                    "face à une situation de souffrance au travail ou de harcèlement, des instances "
                    "spécialisées accompagnent les personnels de l’Inserm. Adressez-vous à celle qui "
                    "correspond à votre situation :</p>"
                    "<ul>"
                    "<li>un conflit avec une personne ou avec l’administration : le "
                    "<b>Médiateur</b> ;</li>"
                    "<li>une question sur vos devoirs professionnels : le <b>Collège de "
                    "déontologie</b> ;</li>"
                    "<li>un conflit d’ordre scientifique : la <b>Délégation à l’intégrité "
                    "scientifique</b> ;</li>"
                    "<li>une discrimination, un harcèlement, une violence sexiste ou sexuelle : le "
                    "<b>dispositif de signalement</b> ;</li>"
                    "<li>une situation de mal-être au travail, individuelle ou collective : les "
                    "<b>cellules de veille</b>.</li>"
                    "</ul>"
                    "<p>D’autres interlocuteurs vous accompagnent : la mission handicap, le point de "
                    "contact national Égalité des genres et les correspondants égalité, ainsi que, "
                    "pour les chercheurs venus de l’étranger, un conseiller en économie sociale et "
                    "familiale.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Confidentialité", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Chaque fiche de cette page indique ce que traite l’instance, qui peut la "
                    "saisir et, lorsque nos sources le précisent, les règles de confidentialité qui "
                    "s’appliquent. En cas de doute, demandez à l’instance comment seront traitées "
                    "les informations que vous souhaitez lui confier avant de les lui "
                    "transmettre.</p>"
                ),
            },
        ],
        # The four axes of the Plan for Professional Equality between Women and Men 2021-2023
        # (seed 002, section 4; seed 000), with measures from theme 4 of the action plan.
        "equality_axes": [
            {
                "type": "axis",
                "value": {
                    "title": "Initier une action institutionnelle collective et opérationnelle",
                    "text": (
                        "Dans chaque structure, une cellule de correspondants égalité aux profils "
                        "divers, dotés d’une feuille de mission, est en cours de création. Chaque "
                        "directeur d’unité est appelé à signer une lettre d’engagement en faveur de "
                        "la politique de l’Inserm en matière de parité et d’égalité "
                        "professionnelle."
                    ),
                },
            },
            {
                "type": "axis",
                "value": {
                    "title": (
                        "Créer les conditions d’un égal accès aux responsabilités et aux "
                        "évolutions de carrière"
                    ),
                    "text": (
                        "Les membres des instances de sélection sont sensibilisés aux biais "
                        "inconscients qui peuvent influencer le recrutement et l’évaluation, et un "
                        "garant de l’égalité des chances est créé dans chaque instance de "
                        "recrutement et de promotion. L’Institut encourage aussi les candidatures "
                        "de femmes aux postes à fortes responsabilités et analyse au regard du "
                        "genre les critères d’attribution des primes."
                    ),
                },
            },
            {
                "type": "axis",
                "value": {
                    "title": (
                        "Améliorer l’articulation des temps de vie et mieux accompagner la "
                        "parentalité"
                    ),
                    "text": (
                        "La « Charte du temps » adoptée par l’Inserm aide chacun à mieux organiser "
                        "son travail. Le guide de la femme enceinte en laboratoire de recherche a "
                        "été mis à jour en 2022, et des aides à la garde d’enfants sont proposées, y "
                        "compris dans des situations comme les congrès."
                    ),
                },
            },
            {
                "type": "axis",
                "value": {
                    "title": (
                        "Lutter contre les discriminations, le sexisme et les violences sexuelles, "
                        "y compris envers les personnes LGBTQ+"
                    ),
                    "text": (
                        "L’Institut intègre ce risque à son système de santé et de sécurité au "
                        "travail, avec un dispositif externalisé de prise en charge des signalements "
                        "et d’accompagnement des victimes, des campagnes de communication et la "
                        "formation des personnes ressources. Les membres des cellules de veille "
                        "sont formés à l’identification, à la prévention et à la prise en charge "
                        "des violences sexistes et sexuelles."
                    ),
                },
            },
        ],
    },
    "en": {
        "title": "Support and protection",
        "slug": "support-and-protection",
        "seo_title": "Support and protection: whom to contact at Inserm",
        "search_description": (
            "Mediator, Professional Ethics Board, research integrity, reporting of discrimination "
            "and violence, monitoring units, disability mission and the 2021-2023 professional "
            "equality plan."
        ),
        "intro": (
            "Inserm makes sure that everyone can work and progress in a respectful environment. "
            "Specialised bodies support staff in the event of conflict, suffering at work or "
            "harassment, and a Plan for Professional Equality between Women and Men 2021-2023 "
            "guides the Institute’s action."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "Whom should you contact?", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>In the event of a conflict (of interest, on scientific matters, between "
                    "individuals, etc.) or of suffering at work or harassment, specialised bodies "
                    "support Inserm staff. Contact the one that matches your situation:</p>"
                    "<ul>"
                    "<li>a conflict with another person or with the administration: the "
                    "<b>Mediator</b>;</li>"
                    "<li>a question about your professional duties: the <b>Professional Ethics "
                    "Board</b>;</li>"
                    "<li>a scientific conflict: the <b>Office for Research Integrity</b>;</li>"
                    "<li>discrimination, harassment, gender-based or sexual violence: the "
                    "<b>Reporting System</b>;</li>"
                    "<li>individual or collective distress at work: the <b>monitoring "
                    "units</b>.</li>"
                    "</ul>"
                    "<p>Other contacts are there to support you: the disability mission, the "
                    "National Gender Equality Contact Point and the equality contacts, and, for "
                    "researchers from abroad, a social and family economics advisor.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Confidentiality", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Each card on this page states what the body deals with, who may refer a "
                    "matter to it and, where our sources specify them, the confidentiality rules "
                    "that apply. If in doubt, ask the body how the information you wish to share "
                    "will be handled before you send it.</p>"
                ),
            },
        ],
        "equality_axes": [
            {
                "type": "axis",
                "value": {
                    "title": "Launch a collective and operational institutional action",
                    "text": (
                        "A unit of equality contacts with diverse profiles, each with a mission "
                        "statement, is being set up in every structure. Every unit director is asked "
                        "to sign a letter of commitment to Inserm’s policy on parity and "
                        "professional equality."
                    ),
                },
            },
            {
                "type": "axis",
                "value": {
                    "title": (
                        "Create the conditions for equal access to responsibilities and career "
                        "development"
                    ),
                    "text": (
                        "Members of selection bodies are made aware of the unconscious biases that "
                        "can influence recruitment and evaluation, and a guarantor of equal "
                        "opportunities is appointed in every recruitment and promotion body. The "
                        "Institute also encourages applications from women for posts with major "
                        "responsibilities and analyses the criteria for awarding bonuses from a "
                        "gender perspective."
                    ),
                },
            },
            {
                "type": "axis",
                "value": {
                    "title": (
                        "Improve the balance between different life stages and better support "
                        "parenthood"
                    ),
                    "text": (
                        "The “Time Charter” adopted by Inserm helps everyone organise their work "
                        "better. The guide for pregnant women in research laboratories was updated "
                        "in 2022, and childcare assistance is available, including in situations "
                        "such as conferences."
                    ),
                },
            },
            {
                "type": "axis",
                "value": {
                    "title": (
                        "Fight discrimination, sexism and sexual violence, including against LGBTQ+ "
                        "people"
                    ),
                    "text": (
                        "The Institute is building this risk into its occupational health and safety "
                        "system, with an outsourced system for handling reports and supporting "
                        "victims, communication campaigns and training for resource persons. Members "
                        "of the monitoring units are trained to identify, prevent and deal with "
                        "gender-based and sexual violence."
                    ),
                },
            },
        ],
    },
}

# The protection and support bodies named in the seeds. None of the seeds gives an e-mail
# address, telephone number, URL, street address or opening hours, nor says whether a body
# accepts anonymous reports or how it protects confidentiality: those fields stay empty ("")
# or None. "who_may_refer" is "Inserm staff" for the five protection bodies because seed 000
# presents them as supporting Inserm staff; it is left empty where the seeds say nothing.
CONTACTS = [
    {
        "key": "mediator",
        "kind": "mediator",
        "email": "",
        "phone": "",
        "url": "",
        "anonymous_reports": None,
        "fr": {
            "name": "Médiateur",
            "handles": "Intervient dans les conflits entre personnes ou avec l’administration.",
            "does_not_handle": (
                "Les conflits d’ordre scientifique relèvent de la Délégation à l’intégrité "
                "scientifique, et les questions de devoirs professionnels du Collège de "
                "déontologie."
            ),
            "who_may_refer": "Les personnels de l’Inserm.",
            "confidentiality": "",
            "address": "",
            "hours": "",
        },
        "en": {
            "name": "Mediator",
            "handles": "Deals with conflicts between individuals or with the administration.",
            "does_not_handle": (
                "Scientific conflicts are a matter for the Office for Research Integrity, and "
                "questions about professional duties for the Professional Ethics Board."
            ),
            "who_may_refer": "Inserm staff.",
            "confidentiality": "",
            "address": "",
            "hours": "",
        },
    },
    {
        "key": "ethics-board",
        "kind": "ethics_board",
        "email": "",
        "phone": "",
        "url": "",
        "anonymous_reports": None,
        "fr": {
            "name": "Collège de déontologie",
            "handles": "Traite les questions liées aux devoirs professionnels des personnels.",
            "does_not_handle": (
                "Les conflits entre personnes ou avec l’administration relèvent du Médiateur, et "
                "les conflits d’ordre scientifique de la Délégation à l’intégrité scientifique."
            ),
            "who_may_refer": "Les personnels de l’Inserm.",
            "confidentiality": "",
            "address": "",
            "hours": "",
        },
        "en": {
            "name": "Professional Ethics Board",
            "handles": "Deals with questions relating to staff members’ professional duties.",
            "does_not_handle": (
                "Conflicts between individuals or with the administration are a matter for the "
                "Mediator, and scientific conflicts for the Office for Research Integrity."
            ),
            "who_may_refer": "Inserm staff.",
            "confidentiality": "",
            "address": "",
            "hours": "",
        },
    },
    {
        "key": "research-integrity",
        "kind": "research_integrity",
        "email": "",
        "phone": "",
        "url": "",
        "anonymous_reports": None,
        "fr": {
            "name": "Délégation à l’intégrité scientifique",
            "handles": (
                "Chargée des conflits d’ordre scientifique et des questions d’intégrité "
                "scientifique. Elle forme et sensibilise les personnes concernées par ces "
                "questions et contribue, avec le programme Lorier, au développement d’une "
                "recherche éthique et responsable."
            ),
            "does_not_handle": (
                "Les conflits entre personnes ou avec l’administration relèvent du Médiateur, et "
                "les questions de devoirs professionnels du Collège de déontologie."
            ),
            "who_may_refer": "Les personnels de l’Inserm.",
            "confidentiality": "",
            "address": "",
            "hours": "",
        },
        "en": {
            "name": "Office for Research Integrity",
            "handles": (
                "Dedicated to scientific conflicts and research integrity issues. It trains and "
                "raises the awareness of the people concerned by these issues and, with the Lorier "
                "programme, contributes to ethical and responsible research."
            ),
            "does_not_handle": (
                "Conflicts between individuals or with the administration are a matter for the "
                "Mediator, and questions about professional duties for the Professional Ethics "
                "Board."
            ),
            "who_may_refer": "Inserm staff.",
            "confidentiality": "",
            "address": "",
            "hours": "",
        },
    },
    {
        "key": "reporting-system",
        "kind": "reporting_system",
        "email": "",
        "phone": "",
        "url": "",
        # The seeds do not say whether anonymous reports are accepted.
        "anonymous_reports": None,
        "fr": {
            "name": (
                "Dispositif de signalement des discriminations, du harcèlement et des violences "
                "sexistes et sexuelles"
            ),
            "handles": (
                "Recueille les signalements de discrimination, de harcèlement et de violences "
                "sexistes et sexuelles. Le plan pour l’égalité professionnelle 2021-2023 prévoit "
                "un dispositif externalisé de prise en charge des signalements et "
                "d’accompagnement des victimes."
            ),
            "does_not_handle": "",
            "who_may_refer": "Les personnels de l’Inserm.",
            "confidentiality": "",
            "address": "",
            "hours": "",
        },
        "en": {
            "name": "Reporting System for discrimination, harassment and gender-based and sexual violence",
            "handles": (
                "Receives reports of discrimination, harassment and gender-based and sexual "
                "violence. The 2021-2023 professional equality plan provides for an outsourced "
                "system for handling reports and supporting victims."
            ),
            "does_not_handle": "",
            "who_may_refer": "Inserm staff.",
            "confidentiality": "",
            "address": "",
            "hours": "",
        },
    },
    {
        # Seed 000 names one "Psychosocial Risk Monitoring Unit"; the action plan (seed 002,
        # actions 3.2 and 4.10) speaks of several "cellules de veille" (sociale).
        "key": "psychosocial-units",
        "kind": "psychosocial_unit",
        "email": "",
        "phone": "",
        "url": "",
        "anonymous_reports": None,
        "fr": {
            "name": "Cellules de veille des risques psychosociaux",
            "handles": (
                "Préviennent et prennent en charge les situations individuelles ou collectives de "
                "mal-être au travail. Dans le cadre du plan d’action HRS4R, leurs membres sont "
                "formés à l’identification, à la prévention et à la prise en charge des violences sexistes "
                "et sexuelles."
            ),
            "does_not_handle": "",
            "who_may_refer": "Les personnels de l’Inserm.",
            "confidentiality": "",
            "address": "",
            "hours": "",
        },
        "en": {
            "name": "Psychosocial Risk Monitoring Units",
            "handles": (
                "Prevent and deal with individual or collective situations of distress at work. "
                "Under the HRS4R action plan, their members are trained to identify, prevent and "
                "deal with gender-based and sexual violence."
            ),
            "does_not_handle": "",
            "who_may_refer": "Inserm staff.",
            "confidentiality": "",
            "address": "",
            "hours": "",
        },
    },
    {
        "key": "disability-mission",
        "kind": "disability_mission",
        "email": "",
        "phone": "",
        "url": "",
        "anonymous_reports": None,
        "fr": {
            "name": "Mission handicap",
            "handles": (
                "Accompagne les personnels en situation de handicap et présente aux étudiants les "
                "perspectives de carrière à l’Inserm. L’Institut poursuit ses aménagements de "
                "poste et renforce le suivi des agents en situation de handicap avec un groupe "
                "réunissant le référent handicap, un médecin et l’assistante sociale."
            ),
            "does_not_handle": "",
            "who_may_refer": "",
            "confidentiality": "",
            "address": "",
            "hours": "",
        },
        "en": {
            "name": "Disability mission",
            "handles": (
                "Supports staff with disabilities and presents career prospects at Inserm to "
                "students. The Institute continues its workstation adjustments and is "
                "strengthening the follow-up of staff with disabilities with a group made up of "
                "the disability officer, a doctor and the social worker."
            ),
            "does_not_handle": "",
            "who_may_refer": "",
            "confidentiality": "",
            "address": "",
            "hours": "",
        },
    },
    {
        "key": "equality-contacts",
        "kind": "equality_contact",
        "email": "",
        "phone": "",
        "url": "",
        "anonymous_reports": None,
        "fr": {
            "name": "Point de contact national Égalité des genres et correspondants égalité",
            "handles": (
                "Le point de contact national Égalité des genres porte les actions du plan pour "
                "l’égalité professionnelle entre les femmes et les hommes 2021-2023. Dans chaque "
                "structure, une cellule de correspondants égalité aux profils divers, dotés "
                "d’une feuille de mission, est en cours de création."
            ),
            "does_not_handle": (
                "Les signalements de discrimination, de harcèlement ou de violences sexistes et "
                "sexuelles relèvent du dispositif de signalement."
            ),
            "who_may_refer": "",
            "confidentiality": "",
            "address": "",
            "hours": "",
        },
        "en": {
            "name": "National Gender Equality Contact Point and equality contacts",
            "handles": (
                "The National Gender Equality Contact Point leads the actions of the Plan for "
                "Professional Equality between Women and Men 2021-2023. In every structure, a unit "
                "of equality contacts with diverse profiles, each with a mission statement, is "
                "being set up."
            ),
            "does_not_handle": (
                "Reports of discrimination, harassment or gender-based and sexual violence are a "
                "matter for the Reporting System."
            ),
            "who_may_refer": "",
            "confidentiality": "",
            "address": "",
            "hours": "",
        },
    },
    {
        "key": "social-advisor",
        "kind": "social_advisor",
        "email": "",
        "phone": "",
        "url": "",
        "anonymous_reports": None,
        "fr": {
            "name": "Conseiller en économie sociale et familiale pour les personnels étrangers",
            "handles": (
                "Aide les chercheurs venus de l’étranger dans leurs démarches administratives, "
                "bancaires, d’assurance, de garde d’enfants, de logement et de santé."
            ),
            "does_not_handle": "",
            "who_may_refer": "Les chercheurs étrangers accueillis à l’Inserm.",
            "confidentiality": "",
            "address": "",
            "hours": "",
        },
        "en": {
            "name": "Social and family economics advisor for foreign staff",
            "handles": (
                "Helps researchers from abroad with administrative, banking, insurance, "
                "childcare, housing and health matters."
            ),
            "does_not_handle": "",
            "who_may_refer": "Foreign researchers welcomed at Inserm.",
            "confidentiality": "",
            "address": "",
            "hours": "",
        },
    },
]

# ----------------------------------------------------------------------
# Working at Inserm
# ----------------------------------------------------------------------

WORKING_CONDITIONS = {
    "facts": {
        # Seed 000: up to 32 working days of leave and up to 13 RTT days a year, full time.
        "annual_leave_days": 32,
        "rtt_days": 13,
        # NOT in the seeds: the number of remote days a week (1 to 3) and the minimum of
        # on-site days (2) come from the brief. Seed 000 only says that the weekly remote days
        # are chosen for the year with the manager, plus floating days. The prose below does
        # not state these three figures.
        "remote_days_min": 1,
        "remote_days_max": 3,
        "on_site_days_min": 2,
    },
    "fr": {
        "title": "Travailler à l’Inserm",
        "slug": "travailler-a-l-inserm",
        "seo_title": "Travailler à l’Inserm : congés, télétravail, action sociale et mobilité",
        "search_description": (
            "Congés et RTT, télétravail personnalisé, action sociale, mobilité et charte des CDD : "
            "les conditions de travail à l’Inserm."
        ),
        "intro": (
            "Travailler à l’Inserm, c’est rejoindre un établissement public attentif à l’équilibre "
            "entre vie professionnelle et vie personnelle, dans un environnement pensé pour "
            "accompagner les carrières."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "Congés et jours de repos", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Un agent à temps plein peut bénéficier chaque année de 32 jours ouvrés de "
                    "congés au maximum, auxquels s’ajoutent au maximum 13 jours de réduction du "
                    "temps de travail (RTT).</p>"
                    "<p>Ces nombres valent pour une année complète à temps plein. À temps partiel ou "
                    "en cas d’arrivée en cours d’année, les droits sont calculés au prorata : "
                    "l’estimateur de cette page vous en donne un ordre de grandeur.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Un télétravail personnalisé", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Chaque agent choisit avec sa ou son responsable, pour l’année à venir, les "
                    "jours de la semaine qu’il souhaite télétravailler. Pour plus de souplesse, il "
                    "peut aussi disposer de jours flottants. Cette combinaison concilie les besoins "
                    "des personnels et ceux des équipes, et permet de s’adapter aux événements qui "
                    "échappent au rythme hebdomadaire.</p>"
                    "<p>Mis en place en 2019 dans le cadre du plan d’action HRS4R pour mieux "
                    "concilier vie familiale et vie professionnelle, le télétravail s’accompagne "
                    "d’une « Charte du temps », adoptée en 2021, consacrée à la gestion du temps et "
                    "à l’efficacité des échanges collectifs au travail.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Action sociale", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>L’Inserm propose à ses personnels des prestations sociales, notamment pour "
                    "les enfants, le logement et les vacances. Pour aider chacun à concilier vie "
                    "professionnelle et vie familiale, il développe :</p>"
                    "<ul>"
                    "<li>des aides à la garde d’enfants, y compris dans des situations comme les "
                    "congrès ;</li>"
                    "<li>un partenariat avec le ministère pour obtenir des places en crèche, et des "
                    "partenariats avec les campus universitaires pour aider les chercheurs à se "
                    "loger ;</li>"
                    "<li>la reconnaissance du statut d’aidant familial ;</li>"
                    "<li>un soutien financier au comité d’action et d’entraide sociale de "
                    "l’Inserm.</li>"
                    "</ul>"
                    "<p>Les chercheurs venus de l’étranger peuvent s’appuyer sur un conseiller en "
                    "économie sociale et familiale pour leurs démarches administratives, bancaires, "
                    "d’assurance, de garde d’enfants, de logement et de santé.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Mobilité et évolution de carrière", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>La mobilité peut donner un nouvel élan à une activité de recherche, aider à "
                    "mieux concilier vie personnelle et vie professionnelle, ou ouvrir vers les "
                    "métiers d’appui à la recherche. Elle va du simple changement d’affectation au "
                    "détachement ou à la mise à disposition, en France comme à l’étranger, dans le "
                    "secteur académique ou en dehors. Les commissions d’évaluation ont été "
                    "sensibilisées à ces questions : les pairs considèrent la mobilité "
                    "intersectorielle et interdisciplinaire comme un atout lorsqu’elle sert un "
                    "objectif scientifique.</p>"
                    "<p>La plateforme Eva3 gère tous les processus liés à l’évaluation, à la "
                    "carrière et à la vie des chercheurs (concours, avancement, primes, "
                    "éméritat…), et le site Inserm Pro renseigne les personnels sur leur carrière, "
                    "leur rémunération, leurs droits et leurs obligations.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "La charte des CDD", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Signée en avril 2013 et élaborée avec les organisations syndicales, la "
                    "« Charte pour le recrutement et le suivi des personnels contractuels (CDD) de "
                    "l’Inserm » fixe un cadre commun : appui systématique des services de "
                    "ressources humaines, conditions et critères de recrutement clairement "
                    "affichés, suivi renforcé pendant le contrat. Les chercheurs en CDD ont des "
                    "entretiens en début de parcours et aux moments clés de leur contrat, et "
                    "peuvent demander un entretien individuel dès qu’ils en ressentent le "
                    "besoin.</p>"
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "HR Excellence in Research",
                    "text": (
                        "La charte des CDD s’inscrit dans la démarche européenne qui vaut à "
                        "l’Inserm le label HR Excellence in Research depuis 2016."
                    ),
                    "link_text": "Découvrir la démarche",
                    "page": "@hr-excellence",
                    "url": "",
                },
            },
            {
                "type": "heading",
                "value": {"text": "Votre avis compte", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Vous avez des suggestions pour améliorer vos conditions de travail ou "
                    "développer votre carrière ? Faites-les-nous connaître : nous les "
                    "étudierons.</p>"
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Partagez vos idées",
                    "text": (
                        "Boîte à idées et questionnaire anonyme d’auto-évaluation : aidez l’Inserm "
                        "à améliorer ses pratiques."
                    ),
                    "link_text": "Donner mon avis",
                    "page": "@your-opinion",
                    "url": "",
                },
            },
        ],
    },
    "en": {
        "title": "Working at Inserm",
        "slug": "working-at-inserm",
        "seo_title": "Working at Inserm: leave, remote working, social benefits and mobility",
        "search_description": (
            "Leave and RTT days, personalised remote working, social benefits, mobility and the "
            "fixed-term contract charter: working conditions at Inserm."
        ),
        "intro": (
            "Working at Inserm means joining a public institution that cares about the balance "
            "between work and personal life, in an environment designed to support careers."
        ),
        "body": [
            {
                "type": "heading",
                "value": {"text": "Leave and rest days", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>A full-time employee can have up to 32 working days of leave a year, plus up "
                    "to 13 rest days from the reduction of working hours (RTT).</p>"
                    "<p>These numbers apply to a full year of full-time work. For part-time staff "
                    "or people who arrive during the year, entitlements are calculated pro rata: "
                    "the estimator on this page gives you an idea of them.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Personalised remote working", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Each employee and their manager decide together, for the year to come, "
                    "which days of the week the employee wishes to work remotely. For greater "
                    "flexibility, floating days can be added. This combination reconciles the needs "
                    "of staff and of teams, and makes it possible to adapt to events outside the "
                    "weekly rhythm.</p>"
                    "<p>Introduced in 2019 under the HRS4R action plan to help reconcile family and "
                    "working life, remote working goes hand in hand with a “Time Charter”, adopted "
                    "in 2021, on time management and effective collective interactions at "
                    "work.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Social benefits", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Inserm offers its staff social benefits, particularly for children, housing "
                    "and holidays. To help everyone reconcile work and family life, it is "
                    "developing:</p>"
                    "<ul>"
                    "<li>childcare assistance, including in situations such as conferences;</li>"
                    "<li>a partnership with the ministry to obtain nursery places, and partnerships "
                    "with university campuses to help researchers find housing;</li>"
                    "<li>recognition of the status of family carers;</li>"
                    "<li>financial support for Inserm’s social action and mutual aid "
                    "committee.</li>"
                    "</ul>"
                    "<p>Researchers from abroad can rely on a social and family economics advisor "
                    "for administrative, banking, insurance, childcare, housing and health "
                    "matters.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "Mobility and career development", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Mobility can give new impetus to research activity, help reconcile personal "
                    "and professional life, or open the way to research support careers. It ranges "
                    "from a simple change of assignment to secondment or staff loan, in France or "
                    "abroad, within the academic sector or outside it. Evaluation committees have "
                    "been made aware of these questions: peers regard intersectoral and "
                    "interdisciplinary mobility as an asset when it serves a scientific goal.</p>"
                    "<p>The Eva3 platform manages all processes related to the evaluation, career "
                    "and working life of researchers (competitions, promotion, bonuses, emeritus "
                    "status, etc.), and the Inserm Pro site informs staff about their career, pay, "
                    "rights and duties.</p>"
                ),
            },
            {
                "type": "heading",
                "value": {"text": "The fixed-term contract (CDD) charter", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Signed in April 2013 and drawn up with the trade unions, the “Charter for the "
                    "recruitment and monitoring of contract staff (CDD) at Inserm” sets a common "
                    "framework: systematic support from human resources services, clearly displayed "
                    "recruitment conditions and criteria, and closer follow-up during the contract. "
                    "Researchers on fixed-term contracts have interviews at the start of the "
                    "contract and at its key moments, and can ask for an individual interview "
                    "whenever they feel the need.</p>"
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "HR Excellence in Research",
                    "text": (
                        "The fixed-term contract charter is part of the European process for which "
                        "Inserm has held the HR Excellence in Research label since 2016."
                    ),
                    "link_text": "Discover the process",
                    "page": "@hr-excellence",
                    "url": "",
                },
            },
            {
                "type": "heading",
                "value": {"text": "Your opinion matters", "level": "h2"},
            },
            {
                "type": "paragraph",
                "value": (
                    "<p>Do you have suggestions to improve your working conditions or develop your "
                    "career? Let us know: we will consider them.</p>"
                ),
            },
            {
                "type": "call_to_action",
                "value": {
                    "title": "Share your ideas",
                    "text": (
                        "Suggestions box and anonymous self-assessment questionnaire: help Inserm "
                        "improve its practices."
                    ),
                    "link_text": "Give my opinion",
                    "page": "@your-opinion",
                    "url": "",
                },
            },
        ],
    },
}
