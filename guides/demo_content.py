"""Demo content of the welcome guides for researchers moving to France (French and English).

Pure data, no Django imports. ``GUIDES`` lists the relocation guides in journey order (stages
"before", "arrival", "family", "daily", "leaving"); each step says what to do, who does it, with
which documents, how long it takes, where the official procedure is, whom it concerns
(``applies_to``: "eu", "non_eu", "fixed_term", "permanent", "family"; empty = everyone) and which
contacts to show beside it ("social_advisor", "disability_mission", "regional_hr").
``DOCUMENTS_IN_ENGLISH`` describes the placeholder PDFs of the documents the institute translates
into English.

Sources:

* ``/work/shared/seeds/000_0718904dfe6af4ca.txt`` (English), "Supporting foreign researchers":
  the social and family economics advisor who helps staff from abroad with administrative,
  banking, insurance, childcare, housing and health matters.
* ``/work/shared/seeds/003_3bb2137bb2b5ca0d.txt`` (French), the State-institute objectives
  contract 2016-2020, actions 24 and 26: documents in English (employment contracts, civil-service
  status), support with administrative formalities, housing partnerships with organisations
  hosting mobile researchers (Euraxess France association, CNOUS, CIUP), help with housing and
  childcare.
* ``/work/shared/seeds/002_7e58c198f01e7dcb.txt`` (French), the HRS4R action plan 2022: action
  1.2 (welcome booklet and administrative documents in English, help with visas, network of
  "mobility" correspondents, access to housing and to French courses), 2.4 (installation loan
  extended to moves from abroad to France), 3.4 (crèche places with the ministry, in progress)
  and 3.5 (housing with university campuses, in progress); in-progress actions are worded as
  steps under way, not as results.
* ``home/demo_content/site_pages.py``, the "Welcome to France" page, whose wording the guides
  follow.
* General French rules as of 2025-2026, written in our own words: the hosting agreement
  ("convention d'accueil") and the "talent – chercheur" permit (called "passeport talent" until
  the immigration law of 26 January 2024), the VLS-TS validated on ANEF within three months, the
  Franco-Algerian agreement of 27 December 1968, ENIC-NARIC France, Visale, the CAF, the right to
  an account (Banque de France), the Assurance Maladie, income tax withheld at source, the public
  service's 75 % reimbursement of transport passes (since 1 September 2023), France Travail and
  info-retraite.fr. Links go to the administration's own sites (service-public.gouv.fr,
  France-Visas, ANEF, ameli.fr, caf.fr, impots.gouv.fr…), home pages where a deep link might move.
  Nothing is said about Inserm beyond the seeds: for Inserm-specific help the steps name the
  social and family economics advisor, the HR department of the regional delegation, the
  laboratory and the "mobility" correspondents.

Rules change (the permit was renamed in 2024), so each guide records ``last_checked`` and
``review_by``; the "daily-life" guide's review date is already past, so that the admin's list of
guides to review has an entry.

As in ``home/demo_content/site_pages.py``, the "fr" and "en" versions of a guide have exactly the
same structure (same steps in the same order, same number of documents and links, same number of
<p>, <li> and <a> tags in "what_to_do"), because the loader pairs them string by string. "who",
"applies_to", "contacts" and the addresses are facts, identical in both languages.
"""

# Official addresses, shared by the French and English versions of the steps.
AMELI = "https://www.ameli.fr"
ANEF = "https://administration-etrangers-en-france.interieur.gouv.fr"
ANIL = "https://www.anil.org"
ANTS = "https://ants.gouv.fr"
BDF = "https://www.banque-france.fr"
CAF = "https://www.caf.fr"
CIUP = "https://www.ciup.fr"
CLEISS = "https://www.cleiss.fr"
EDUCATION = "https://www.education.gouv.fr"
ENIC = "https://www.france-education-international.fr/enic-naric-france"
ETUDIANT = "https://www.etudiant.gouv.fr"
EURAXESS_EU = "https://euraxess.ec.europa.eu"
EURAXESS_FR = "https://www.euraxess.fr"
FRANCE_TRAVAIL = "https://www.francetravail.fr"
FV = "https://france-visas.gouv.fr"
IMPOTS = "https://www.impots.gouv.fr"
INFO_RETRAITE = "https://www.info-retraite.fr"
MONENFANT = "https://monenfant.fr"
OFII = "https://www.ofii.fr"
SP_APL = "https://www.service-public.gouv.fr/particuliers/vosdroits/F12006"
SP_DROIT_COMPTE = "https://www.service-public.gouv.fr/particuliers/vosdroits/F2417"
SP_PERMIS = "https://www.service-public.gouv.fr/particuliers/vosdroits/F1460"
SP_TALENT = "https://www.service-public.gouv.fr/particuliers/vosdroits/F16922"
SP_VLSTS = "https://www.service-public.gouv.fr/particuliers/vosdroits/F39"
TV5 = "https://apprendre.tv5monde.com"
VISALE = "https://www.visale.fr"

GUIDES = [
    # ------------------------------------------------------------------
    # Hosting agreement and the “talent – chercheur” visa
    # ------------------------------------------------------------------
    {
        "key": "hosting-agreement-and-visa",
        "stage": "before",
        "last_checked": "2026-11-16",
        "review_by": "2027-05-17",
        "fr": {
            "title": "Convention d’accueil et visa « talent – chercheur »",
            "slug": "convention-d-accueil-et-visa",
            "search_description": (
                "Avant de venir en France : la convention d’accueil signée par votre établissement "
                "d’accueil, le visa « talent – chercheur », les séjours de moins de 90 jours et le "
                "cas des ressortissants algériens."
            ),
            "intro": (
                "Si vous n’êtes pas citoyen de l’Union européenne, de l’Espace économique européen "
                "ou de la Suisse, votre venue repose sur deux documents : la convention d’accueil "
                "établie par l’établissement qui vous accueille, puis le visa délivré par le "
                "consulat de France. Comptez plusieurs semaines et commencez dès que votre "
                "recrutement est confirmé."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Demandez la convention d’accueil à votre laboratoire",
                        "what_to_do": (
                            "<p>La <strong>convention d’accueil</strong> atteste de votre qualité "
                            "de chercheur : elle décrit votre projet de recherche, sa durée et vos "
                            "ressources. Elle est établie et signée par l’établissement d’accueil, "
                            "un organisme agréé par le ministère chargé de la recherche, puis "
                            "signée par vous.</p>"
                            "<p>Votre laboratoire lance la démarche avec le service des ressources "
                            "humaines de la délégation régionale. Il faut être titulaire d’un "
                            "diplôme au moins équivalent au master. La convention vous dispense "
                            "d’autorisation de travail ; vous la joindrez à votre demande de "
                            "visa.</p>"
                        ),
                        "who": "laboratory",
                        "documents": [
                            "Passeport en cours de validité",
                            "Copie de votre diplôme le plus élevé (au moins de niveau master)",
                            "Curriculum vitae",
                            "Lettre d’engagement ou projet de contrat",
                        ],
                        "delay": "Quelques semaines",
                        "links": [
                            {
                                "text": "EURAXESS France : venir en France comme chercheur",
                                "url": EURAXESS_FR,
                            },
                        ],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": ["non_eu"],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Demandez le visa de long séjour « talent – chercheur »",
                        "what_to_do": (
                            "<p>Déposez votre demande en ligne sur "
                            '<a href="https://france-visas.gouv.fr">France-Visas</a>, puis '
                            "présentez-vous au consulat ou au centre de visas indiqué avec la "
                            "convention d’accueil. Jusqu’à la loi immigration de janvier 2024, ce "
                            "titre s’appelait « passeport talent – chercheur » ; l’ancien nom "
                            "figure encore sur certains documents.</p>"
                            "<ul>"
                            "<li>Séjour de plus de 3 mois et jusqu’à un an : visa de long séjour "
                            "valant titre de séjour (VLS-TS), à valider en ligne à l’arrivée.</li>"
                            "<li>Séjour de plus d’un an : visa valable en général trois mois, puis "
                            "carte de séjour pluriannuelle « talent – chercheur » couvrant la "
                            "durée de la convention, dans la limite de quatre ans.</li>"
                            "</ul>"
                            "<p>Votre conjoint et vos enfants peuvent déposer leur demande en même "
                            "temps.</p>"
                        ),
                        "who": "consulate",
                        "documents": [
                            "Passeport valable pour toute la durée du séjour",
                            "Convention d’accueil signée",
                            "Photos d’identité récentes",
                            "Formulaire de demande France-Visas",
                        ],
                        "delay": "Quelques semaines : déposez la demande dès que possible",
                        "links": [
                            {
                                "text": "Carte de séjour « talent » : conditions et durée",
                                "url": SP_TALENT,
                            },
                        ],
                        "official_url": FV,
                        "official_label": "France-Visas, le site officiel des visas pour la France",
                        "applies_to": ["non_eu"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": (
                            "Pour moins de 90 jours, demandez le visa « scientifique-chercheur »"
                        ),
                        "what_to_do": (
                            "<p>Pour un séjour de recherche de 90 jours au plus, l’établissement "
                            "d’accueil établit une convention d’accueil de court séjour. Si votre "
                            "nationalité est soumise au visa pour l’espace Schengen, demandez sur "
                            "France-Visas un <strong>visa de court séjour portant la mention « "
                            "scientifique-chercheur »</strong>, convention à l’appui.</p>"
                            "<p>Si vous êtes dispensé de visa, vous entrez avec votre passeport, "
                            "mais la convention d’accueil reste nécessaire pour exercer votre "
                            "activité de recherche. L’assistant en ligne de France-Visas vous "
                            "indique en quelques questions si un visa vous est demandé.</p>"
                        ),
                        "who": "consulate",
                        "documents": [
                            "Passeport",
                            "Convention d’accueil de court séjour",
                            "Assurance médicale de voyage",
                        ],
                        "delay": "Environ 15 jours",
                        "links": [],
                        "official_url": FV,
                        "official_label": "France-Visas : le visa de court séjour",
                        "applies_to": ["non_eu"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": (
                            "Ressortissants algériens : suivez la procédure de l’accord de 1968"
                        ),
                        "what_to_do": (
                            "<p>Le séjour des ressortissants algériens est régi par "
                            "l’<strong>accord franco-algérien du 27 décembre 1968</strong>, et non "
                            "par les règles du titre « talent ». Avec la convention d’accueil, "
                            "vous demandez au consulat un visa de long séjour, qui ne vaut pas "
                            "titre de séjour.</p>"
                            "<p>Après votre arrivée, vous demandez à la préfecture un "
                            "<strong>certificat de résidence</strong> portant la mention « "
                            "scientifique-chercheur », en général dans les deux mois. Vérifiez la "
                            "mention et le délai inscrits sur votre visa, et interrogez le service "
                            "des ressources humaines en cas de doute.</p>"
                        ),
                        "who": "consulate",
                        "documents": [
                            "Passeport",
                            "Convention d’accueil signée",
                            "Photos d’identité récentes",
                        ],
                        "delay": "Quelques semaines",
                        "links": [],
                        "official_url": FV,
                        "official_label": "France-Visas, le site officiel des visas pour la France",
                        "applies_to": ["non_eu"],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Citoyens de l’UE, de l’EEE ou suisses : aucun visa à demander",
                        "what_to_do": (
                            "<p>Si vous êtes citoyen d’un État de l’Union européenne ou de "
                            "l’Espace économique européen, ou de la Suisse, vous pouvez venir "
                            "travailler en France avec votre carte d’identité ou votre passeport, "
                            "sans visa ni titre de séjour. Vous n’avez pas besoin de convention "
                            "d’accueil.</p>"
                            "<p>Attention : depuis le Brexit, les ressortissants britanniques "
                            "relèvent des règles applicables aux autres nationalités. Préparez "
                            "aussi vos documents d’état civil, dont vous aurez besoin pour la "
                            "sécurité sociale.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Carte d’identité ou passeport en cours de validité",
                            "Carte européenne d’assurance maladie",
                        ],
                        "delay": "",
                        "links": [
                            {
                                "text": "EURAXESS : informations pour les chercheurs en mobilité",
                                "url": EURAXESS_EU,
                            },
                        ],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": ["eu"],
                        "contacts": [],
                    },
                },
            ],
        },
        "en": {
            "title": "Hosting agreement and the “talent – chercheur” visa",
            "slug": "hosting-agreement-and-visa",
            "search_description": (
                "Before you come to France: the hosting agreement signed by your host institution, "
                "the “talent – chercheur” (researcher) visa, stays under 90 days and the case of "
                "Algerian nationals."
            ),
            "intro": (
                "If you are not a citizen of the European Union, the European Economic Area or "
                "Switzerland, your move rests on two documents: the hosting agreement drawn up by "
                "your host institution, then the visa issued by the French consulate. Allow "
                "several weeks and start as soon as your recruitment is confirmed."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Ask your laboratory for a hosting agreement",
                        "what_to_do": (
                            "<p>The <strong>hosting agreement</strong> (convention d’accueil) "
                            "certifies that you are a researcher: it describes your research "
                            "project, its length and your resources. It is drawn up and signed by "
                            "the host institution, a body approved by the ministry for research, "
                            "then signed by you.</p>"
                            "<p>Your laboratory starts the process with the HR department of the "
                            "regional delegation. You need a degree at least equivalent to a "
                            "master’s. The agreement exempts you from a work permit; you will "
                            "attach it to your visa application.</p>"
                        ),
                        "who": "laboratory",
                        "documents": [
                            "Valid passport",
                            "Copy of your highest degree (master’s level or above)",
                            "Curriculum vitae",
                            "Offer letter or draft contract",
                        ],
                        "delay": "A few weeks",
                        "links": [
                            {
                                "text": "EURAXESS France: coming to France as a researcher",
                                "url": EURAXESS_FR,
                            },
                        ],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": ["non_eu"],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Apply for the “talent – chercheur” long-stay visa",
                        "what_to_do": (
                            "<p>Apply online on "
                            '<a href="https://france-visas.gouv.fr">France-Visas</a>, then go to '
                            "the consulate or visa centre you are given, with the hosting "
                            "agreement. Until the immigration law of January 2024, this permit was "
                            "called “passeport talent – chercheur”; the former name still appears "
                            "on some documents.</p>"
                            "<ul>"
                            "<li>Stay of more than 3 months and up to a year: a long-stay visa "
                            "equivalent to a residence permit (VLS-TS), to be validated online on "
                            "arrival.</li>"
                            "<li>Stay of more than a year: a visa usually valid for three months, "
                            "then a multi-year “talent – chercheur” residence card covering the "
                            "length of the agreement, up to four years.</li>"
                            "</ul>"
                            "<p>Your spouse and children can apply at the same time.</p>"
                        ),
                        "who": "consulate",
                        "documents": [
                            "Passport valid for the whole stay",
                            "Signed hosting agreement",
                            "Recent passport photos",
                            "France-Visas application form",
                        ],
                        "delay": "A few weeks: apply as early as possible",
                        "links": [
                            {
                                "text": "The “talent” residence card: conditions and length",
                                "url": SP_TALENT,
                            },
                        ],
                        "official_url": FV,
                        "official_label": "France-Visas, the official visa website for France",
                        "applies_to": ["non_eu"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "For less than 90 days, ask for the “scientifique-chercheur” visa",
                        "what_to_do": (
                            "<p>For a research stay of 90 days or less, the host institution draws "
                            "up a short-stay hosting agreement. If your nationality needs a visa "
                            "for the Schengen area, apply on France-Visas for a <strong>short-stay "
                            "visa marked “scientifique-chercheur”</strong> (scientist-researcher), "
                            "with the agreement.</p>"
                            "<p>If you are exempt from visas, you enter with your passport, but "
                            "you still need the hosting agreement to carry out your research. The "
                            "France-Visas online assistant tells you in a few questions whether "
                            "you need a visa.</p>"
                        ),
                        "who": "consulate",
                        "documents": [
                            "Passport",
                            "Short-stay hosting agreement",
                            "Travel medical insurance",
                        ],
                        "delay": "About 15 days",
                        "links": [],
                        "official_url": FV,
                        "official_label": "France-Visas: the short-stay visa",
                        "applies_to": ["non_eu"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Algerian nationals: follow the procedure of the 1968 agreement",
                        "what_to_do": (
                            "<p>The stay of Algerian nationals is governed by the "
                            "<strong>Franco-Algerian agreement of 27 December 1968</strong>, not "
                            "by the rules of the “talent” permit. With the hosting agreement, you "
                            "apply to the consulate for a long-stay visa, which is not a residence "
                            "permit in itself.</p>"
                            "<p>After you arrive, you apply to the prefecture for a "
                            "<strong>certificate of residence</strong> (certificat de résidence) "
                            "marked “scientifique-chercheur”, usually within two months. Check the "
                            "wording and deadline on your visa, and ask the HR department if "
                            "anything is unclear.</p>"
                        ),
                        "who": "consulate",
                        "documents": [
                            "Passport",
                            "Signed hosting agreement",
                            "Recent passport photos",
                        ],
                        "delay": "A few weeks",
                        "links": [],
                        "official_url": FV,
                        "official_label": "France-Visas, the official visa website for France",
                        "applies_to": ["non_eu"],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "EU, EEA or Swiss citizens: no visa to apply for",
                        "what_to_do": (
                            "<p>If you are a citizen of a European Union or European Economic Area "
                            "country, or of Switzerland, you can come and work in France with your "
                            "identity card or passport, without a visa or residence permit. You do "
                            "not need a hosting agreement.</p>"
                            "<p>Note: since Brexit, British nationals follow the rules for other "
                            "nationalities. Also prepare your civil-status documents, which you "
                            "will need for social security.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Valid identity card or passport",
                            "European Health Insurance Card",
                        ],
                        "delay": "",
                        "links": [
                            {
                                "text": "EURAXESS: information for mobile researchers",
                                "url": EURAXESS_EU,
                            },
                        ],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": ["eu"],
                        "contacts": [],
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Diplomas and preparing your arrival
    # ------------------------------------------------------------------
    {
        "key": "diplomas-and-preparing-arrival",
        "stage": "before",
        "last_checked": "2026-11-16",
        "review_by": "2027-05-17",
        "fr": {
            "title": "Diplômes et préparation de votre arrivée",
            "slug": "diplomes-et-preparation-de-l-arrivee",
            "search_description": (
                "Reconnaissance des diplômes étrangers, documents en anglais, correspondants « "
                "mobilité », prêt d’aide à l’installation : ce que vous et votre laboratoire "
                "préparez avant votre arrivée."
            ),
            "intro": (
                "Les semaines qui précèdent votre départ servent à réunir vos documents et à "
                "préparer votre accueil. Votre laboratoire et le service des ressources humaines "
                "de la délégation régionale vous accompagnent, avec le conseiller en économie "
                "sociale et familiale qui aide les personnels venus de l’étranger."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Vérifiez si une attestation de comparabilité vous est utile",
                        "what_to_do": (
                            "<p>Le centre ENIC-NARIC France délivre une <strong>attestation de "
                            "comparabilité</strong> qui situe un diplôme étranger dans le cadre "
                            "français des certifications. Pour la plupart des postes de recherche, "
                            "elle n’est pas nécessaire : le laboratoire, l’établissement d’accueil "
                            "et les jurys de concours apprécient directement votre doctorat ou "
                            "votre master.</p>"
                            "<p>Elle peut être utile à un conjoint qui cherche un emploi, ou pour "
                            "certaines démarches. L’exercice d’une profession de santé "
                            "réglementée, comme la médecine, relève d’une autorisation distincte. "
                            "La demande se fait en ligne, elle est payante et son traitement prend "
                            "plusieurs mois.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Copie du diplôme et des relevés de notes",
                            "Traduction du diplôme lorsqu’elle est demandée",
                            "Pièce d’identité",
                        ],
                        "delay": "Environ 4 mois en moyenne",
                        "links": [],
                        "official_url": ENIC,
                        "official_label": (
                            "Centre ENIC-NARIC France : demander une attestation de comparabilité"
                        ),
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Demandez vos documents en anglais",
                        "what_to_do": (
                            "<p>Pour vous aider à comprendre vos droits et vos obligations avant "
                            "de signer, l’Inserm met à votre disposition des documents traduits en "
                            "anglais :</p>"
                            "<ul>"
                            "<li>votre contrat de travail ;</li>"
                            "<li>le statut de la fonction publique, si vous êtes recruté sur un "
                            "poste permanent ;</li>"
                            "<li>le livret d’accueil et les principaux documents "
                            "administratifs.</li>"
                            "</ul>"
                            "<p>Vous signez la version française ; la traduction vous aide à la "
                            "comprendre. Demandez ces documents au service des ressources humaines "
                            "de votre délégation régionale.</p>"
                        ),
                        "who": "hr",
                        "documents": [],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Prenez contact avec votre correspondant « mobilité »",
                        "what_to_do": (
                            "<p>Un réseau de <strong>correspondants « mobilité »</strong> oriente "
                            "les chercheurs qui arrivent de l’étranger vers les bons "
                            "interlocuteurs, notamment pour l’obtention du visa. Le "
                            "<strong>conseiller en économie sociale et familiale</strong> vous "
                            "aide ensuite dans vos démarches administratives, bancaires, "
                            "d’assurance, de garde d’enfants, de logement et de santé.</p>"
                            "<p>Écrivez-leur dès que votre arrivée est confirmée : plus ils sont "
                            "prévenus tôt, mieux ils peuvent vous aider, en particulier pour le "
                            "logement.</p>"
                        ),
                        "who": "hr",
                        "documents": [],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["social_advisor", "regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Renseignez-vous sur le prêt d’aide à l’installation",
                        "what_to_do": (
                            "<p>Les premiers mois coûtent cher : dépôt de garantie, premier loyer, "
                            "équipement du logement. L’Inserm a élargi son <strong>prêt d’aide à "
                            "l’installation</strong> aux mobilités de l’étranger vers la "
                            "France.</p>"
                            "<p>Les conditions et le montant sont fixés par l’établissement : "
                            "demandez-les au conseiller en économie sociale et familiale ou au "
                            "service des ressources humaines de votre délégation régionale, de "
                            "préférence avant votre arrivée, pour préparer votre budget.</p>"
                        ),
                        "who": "hr",
                        "documents": [],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["social_advisor", "regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Rassemblez vos documents d’état civil",
                        "what_to_do": (
                            "<p>Avant de partir, rassemblez les originaux dont vous aurez besoin "
                            "pour la sécurité sociale, la préfecture, la banque et l’école :</p>"
                            "<ul>"
                            "<li>votre acte de naissance complet, avec filiation ;</li>"
                            "<li>votre acte de mariage et les actes de naissance de vos enfants, "
                            "si vous venez en famille ;</li>"
                            "<li>vos diplômes et, pour les enfants, leurs derniers bulletins "
                            "scolaires et carnets de vaccination.</li>"
                            "</ul>"
                            "<p>Les documents rédigés dans une autre langue doivent souvent être "
                            "traduits par un traducteur assermenté ; selon le pays, une apostille "
                            "ou une légalisation peut aussi être demandée.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Acte de naissance complet",
                            "Acte de mariage",
                            "Actes de naissance des enfants",
                            "Carnets de vaccination des enfants",
                        ],
                        "delay": "Prévoyez plusieurs semaines pour les traductions",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Préparez votre arrivée avec votre laboratoire",
                        "what_to_do": (
                            "<p>Convenez avec votre laboratoire de votre date d’arrivée et de vos "
                            "premiers rendez-vous : signature du contrat et pièces pour la paie "
                            "avec le service des ressources humaines, accès au bâtiment, "
                            "formations à la sécurité.</p>"
                            "<p>Prévoyez un hébergement temporaire pour les premières semaines, le "
                            "temps de trouver un logement. Si vous êtes en situation de handicap, "
                            "signalez-le tôt à la mission handicap pour que l’aménagement de votre "
                            "poste soit prêt à votre arrivée.</p>"
                        ),
                        "who": "laboratory",
                        "documents": [],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["regional_hr", "disability_mission"],
                    },
                },
            ],
        },
        "en": {
            "title": "Diplomas and preparing your arrival",
            "slug": "diplomas-and-preparing-your-arrival",
            "search_description": (
                "Recognition of foreign diplomas, documents in English, “mobility” correspondents, "
                "the installation loan: what you and your laboratory prepare before you arrive."
            ),
            "intro": (
                "The weeks before you leave are for gathering your documents and preparing your "
                "welcome. Your laboratory and the HR department of the regional delegation support "
                "you, together with the social and family economics advisor who helps staff coming "
                "from abroad."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Check whether you need a statement of comparability",
                        "what_to_do": (
                            "<p>The ENIC-NARIC France centre issues a <strong>statement of "
                            "comparability</strong> (attestation de comparabilité) that places a "
                            "foreign diploma within the French qualifications framework. For most "
                            "research posts you do not need one: the laboratory, the host "
                            "institution and competition juries assess your doctorate or master’s "
                            "directly.</p>"
                            "<p>It may help a spouse looking for work, or for some procedures. "
                            "Practising a regulated health profession, such as medicine, requires "
                            "a separate authorisation. The request is made online, is charged for "
                            "and takes several months.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Copy of the diploma and transcripts",
                            "Translation of the diploma where required",
                            "Identity document",
                        ],
                        "delay": "About 4 months on average",
                        "links": [],
                        "official_url": ENIC,
                        "official_label": (
                            "ENIC-NARIC France centre: request a statement of comparability"
                        ),
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Ask for your documents in English",
                        "what_to_do": (
                            "<p>To help you understand your rights and obligations before you "
                            "sign, Inserm provides documents translated into English:</p>"
                            "<ul>"
                            "<li>your employment contract;</li>"
                            "<li>the civil-service status, if you are recruited to a permanent "
                            "post;</li>"
                            "<li>the welcome booklet and the main administrative documents.</li>"
                            "</ul>"
                            "<p>You sign the French version; the translation helps you understand "
                            "it. Ask the HR department of your regional delegation for these "
                            "documents.</p>"
                        ),
                        "who": "hr",
                        "documents": [],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Get in touch with your “mobility” correspondent",
                        "what_to_do": (
                            "<p>A network of <strong>“mobility” correspondents</strong> directs "
                            "researchers arriving from abroad to the right contacts, particularly "
                            "for obtaining a visa. The <strong>social and family economics "
                            "advisor</strong> then helps you with administrative, banking, "
                            "insurance, childcare, housing and health matters.</p>"
                            "<p>Write to them as soon as your arrival is confirmed: the earlier "
                            "they know, the better they can help, especially with housing.</p>"
                        ),
                        "who": "hr",
                        "documents": [],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["social_advisor", "regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Ask about the installation loan",
                        "what_to_do": (
                            "<p>The first months are expensive: security deposit, first rent, "
                            "furnishing your home. Inserm has extended its <strong>installation "
                            "loan</strong> (prêt d’aide à l’installation) to moves from abroad to "
                            "France.</p>"
                            "<p>The conditions and amount are set by the institute: ask the social "
                            "and family economics advisor or the HR department of your regional "
                            "delegation, preferably before you arrive, so that you can plan your "
                            "budget.</p>"
                        ),
                        "who": "hr",
                        "documents": [],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["social_advisor", "regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Gather your civil-status documents",
                        "what_to_do": (
                            "<p>Before you leave, gather the originals you will need for social "
                            "security, the prefecture, the bank and school:</p>"
                            "<ul>"
                            "<li>your full birth certificate, showing your parents’ names;</li>"
                            "<li>your marriage certificate and your children’s birth certificates, "
                            "if you are coming with your family;</li>"
                            "<li>your diplomas and, for children, their latest school reports and "
                            "vaccination records.</li>"
                            "</ul>"
                            "<p>Documents in another language often have to be translated by a "
                            "sworn translator; depending on the country, an apostille or "
                            "legalisation may also be required.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Full birth certificate",
                            "Marriage certificate",
                            "Children’s birth certificates",
                            "Children’s vaccination records",
                        ],
                        "delay": "Allow several weeks for translations",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Plan your arrival with your laboratory",
                        "what_to_do": (
                            "<p>Agree with your laboratory on your arrival date and first "
                            "appointments: signing the contract and providing payroll documents to "
                            "the HR department, access to the building, safety training.</p>"
                            "<p>Plan temporary accommodation for the first weeks while you look "
                            "for a home. If you have a disability, tell the disability mission "
                            "early so that your workstation can be adapted by the time you "
                            "arrive.</p>"
                        ),
                        "who": "laboratory",
                        "documents": [],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["regional_hr", "disability_mission"],
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Finding housing
    # ------------------------------------------------------------------
    {
        "key": "finding-housing",
        "stage": "arrival",
        "last_checked": "2026-11-09",
        "review_by": "2027-05-10",
        "fr": {
            "title": "Trouver un logement",
            "slug": "trouver-un-logement",
            "search_description": (
                "Partenaires pour le logement des chercheurs (Euraxess France, CNOUS, CIUP), "
                "dossier de location, garantie Visale et aide au logement de la CAF."
            ),
            "intro": (
                "Trouver un logement est souvent la démarche la plus longue, surtout dans les "
                "grandes villes. Commencez par un hébergement temporaire, appuyez-vous sur les "
                "partenaires de l’Inserm, puis cherchez une location durable avec un dossier "
                "complet."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Faites appel aux partenaires logement de l’Inserm",
                        "what_to_do": (
                            "<p>Pour faciliter l’accès au logement, l’Inserm s’appuie sur des "
                            "partenariats avec des structures d’accueil des chercheurs en mobilité "
                            ":</p>"
                            "<ul>"
                            "<li>l’association <strong>Euraxess France</strong> et son réseau "
                            ";</li>"
                            "<li>le <strong>CNOUS</strong>, dont les Crous régionaux gèrent des "
                            "résidences ;</li>"
                            "<li>la <strong>Cité internationale universitaire de Paris "
                            "(CIUP)</strong>, qui accueille aussi des chercheurs.</li>"
                            "</ul>"
                            "<p>Des partenariats avec des campus universitaires sont également "
                            "recherchés. Le conseiller en économie sociale et familiale vous "
                            "indique les possibilités dans votre région, ainsi que les prestations "
                            "sociales de l’Inserm pour le logement.</p>"
                        ),
                        "who": "organisation",
                        "documents": [],
                        "delay": "",
                        "links": [
                            {
                                "text": "EURAXESS France",
                                "url": EURAXESS_FR,
                            },
                            {
                                "text": "Cité internationale universitaire de Paris",
                                "url": CIUP,
                            },
                            {
                                "text": "Logement et Crous (etudiant.gouv.fr)",
                                "url": ETUDIANT,
                            },
                        ],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["social_advisor"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Préparez votre dossier de location",
                        "what_to_do": (
                            "<p>Les propriétaires et les agences demandent un dossier complet "
                            "avant de choisir un locataire. La liste des pièces qu’ils peuvent "
                            "exiger est limitée par la loi : ils ne peuvent pas vous demander, par "
                            "exemple, un relevé de compte bancaire.</p>"
                            "<p>Ne versez jamais d’argent avant d’avoir visité le logement et "
                            "signé le bail : les annonces frauduleuses visent souvent les "
                            "personnes qui arrivent de l’étranger. Les agences départementales "
                            "d’information sur le logement (ADIL) donnent des conseils "
                            "gratuits.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Pièce d’identité et visa ou titre de séjour",
                            "Contrat de travail ou attestation de l’employeur",
                            "Trois derniers bulletins de salaire, s’il y en a",
                            "Justificatif de garantie (Visale ou garant)",
                        ],
                        "delay": "Plusieurs semaines dans les grandes villes",
                        "links": [
                            {
                                "text": "ANIL : conseils juridiques gratuits sur la location",
                                "url": ANIL,
                            },
                        ],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Demandez la garantie Visale",
                        "what_to_do": (
                            "<p>Beaucoup de propriétaires exigent un <strong>garant</strong> "
                            "résidant en France. Si vous n’en avez pas, la garantie "
                            "<strong>Visale</strong> d’Action Logement se porte caution "
                            "gratuitement pour vous : elle couvre les loyers impayés et rassure le "
                            "propriétaire.</p>"
                            "<p>Elle est ouverte à tous les locataires de 18 à 30 ans et, au-delà, "
                            "à certains salariés selon leur situation, par exemple après une "
                            "embauche récente. Vérifiez votre éligibilité et obtenez votre visa "
                            "Visale en ligne avant de signer le bail : le propriétaire doit "
                            "l’accepter.</p>"
                        ),
                        "who": "you",
                        "documents": ["Pièce d’identité et titre de séjour", "Contrat de travail"],
                        "delay": "Quelques jours",
                        "links": [],
                        "official_url": VISALE,
                        "official_label": "Visale, la garantie locative d’Action Logement",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Signez le bail et assurez votre logement",
                        "what_to_do": (
                            "<p>Lisez le bail avant de le signer et participez à l’<strong>état "
                            "des lieux</strong> d’entrée : il servira de référence à votre départ. "
                            "Le dépôt de garantie est limité à un mois de loyer hors charges pour "
                            "un logement vide et à deux mois pour un logement meublé.</p>"
                            "<p>Souscrivez une <strong>assurance habitation</strong> avant la "
                            "remise des clés : le propriétaire vous en demandera l’attestation. "
                            "Ouvrez ensuite les contrats d’électricité, de gaz et d’internet.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Bail signé",
                            "État des lieux d’entrée",
                            "Attestation d’assurance habitation",
                        ],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Demandez une aide au logement à la CAF",
                        "what_to_do": (
                            "<p>Selon votre loyer, vos revenus et votre famille, vous pouvez avoir "
                            "droit à une <strong>aide au logement</strong> de la caisse "
                            "d’allocations familiales (CAF). Faites la demande en ligne dès votre "
                            "emménagement : la simulation sur "
                            '<a href="https://www.caf.fr">caf.fr</a> vous indique si vous y avez '
                            "droit.</p>"
                            "<p>L’aide commence le mois qui suit votre entrée dans le logement. Si "
                            "vous n’êtes pas citoyen européen, il faut un titre de séjour en cours "
                            "de validité, ce qui inclut un visa de long séjour validé.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Bail et coordonnées du propriétaire",
                            "Titre de séjour ou visa validé",
                            "RIB",
                            "Numéro de sécurité sociale, s’il vous a déjà été attribué",
                        ],
                        "delay": "Quelques semaines",
                        "links": [
                            {
                                "text": (
                                    "L’aide personnalisée au logement (APL) sur "
                                    "service-public.gouv.fr"
                                ),
                                "url": SP_APL,
                            },
                        ],
                        "official_url": CAF,
                        "official_label": "caf.fr : demander une aide au logement",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
            ],
        },
        "en": {
            "title": "Finding housing",
            "slug": "finding-housing",
            "search_description": (
                "Housing partners for researchers (Euraxess France, CNOUS, CIUP), your rental "
                "application, the Visale guarantee and the CAF housing allowance."
            ),
            "intro": (
                "Finding a home is often the longest step, especially in large cities. Start with "
                "temporary accommodation, rely on Inserm’s partners, then look for a long-term "
                "rental with a complete application."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Use Inserm’s housing partners",
                        "what_to_do": (
                            "<p>To make housing easier to find, Inserm relies on partnerships with "
                            "organisations that host mobile researchers:</p>"
                            "<ul>"
                            "<li>the <strong>Euraxess France</strong> association and its "
                            "network;</li>"
                            "<li><strong>CNOUS</strong>, whose regional Crous run residences;</li>"
                            "<li>the <strong>Cité internationale universitaire de Paris "
                            "(CIUP)</strong>, which also hosts researchers.</li>"
                            "</ul>"
                            "<p>Partnerships with university campuses are also being sought. The "
                            "social and family economics advisor tells you what is available in "
                            "your region, and about Inserm’s social benefits for housing.</p>"
                        ),
                        "who": "organisation",
                        "documents": [],
                        "delay": "",
                        "links": [
                            {
                                "text": "EURAXESS France",
                                "url": EURAXESS_FR,
                            },
                            {
                                "text": "Cité internationale universitaire de Paris",
                                "url": CIUP,
                            },
                            {
                                "text": "Housing and Crous (etudiant.gouv.fr)",
                                "url": ETUDIANT,
                            },
                        ],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["social_advisor"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Prepare your rental application",
                        "what_to_do": (
                            "<p>Landlords and agencies ask for a complete application before they "
                            "choose a tenant. The list of documents they may require is limited by "
                            "law: they cannot ask you, for example, for a bank statement.</p>"
                            "<p>Never pay any money before you have visited the home and signed "
                            "the lease: fraudulent adverts often target people arriving from "
                            "abroad. The departmental housing information agencies (ADIL) give "
                            "free advice.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Identity document and visa or residence permit",
                            "Employment contract or employer’s certificate",
                            "Last three payslips, if any",
                            "Proof of guarantee (Visale or guarantor)",
                        ],
                        "delay": "Several weeks in large cities",
                        "links": [
                            {
                                "text": "ANIL: free legal advice on renting",
                                "url": ANIL,
                            },
                        ],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Apply for the Visale guarantee",
                        "what_to_do": (
                            "<p>Many landlords require a <strong>guarantor</strong> living in "
                            "France. If you do not have one, Action Logement’s "
                            "<strong>Visale</strong> guarantee stands surety for you free of "
                            "charge: it covers unpaid rent and reassures the landlord.</p>"
                            "<p>It is open to all tenants aged 18 to 30 and, above that age, to "
                            "some employees depending on their situation, for example after recent "
                            "hiring. Check your eligibility and get your Visale certificate online "
                            "before signing the lease: the landlord has to accept it.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Identity document and residence permit",
                            "Employment contract",
                        ],
                        "delay": "A few days",
                        "links": [],
                        "official_url": VISALE,
                        "official_label": "Visale, Action Logement’s rent guarantee",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Sign the lease and insure your home",
                        "what_to_do": (
                            "<p>Read the lease before you sign it and take part in the move-in "
                            "<strong>inventory</strong> (état des lieux): it will be the reference "
                            "when you leave. The security deposit is limited to one month’s rent "
                            "excluding charges for an unfurnished home and to two months for a "
                            "furnished one.</p>"
                            "<p>Take out <strong>home insurance</strong> before you get the keys: "
                            "the landlord will ask you for the certificate. Then set up your "
                            "electricity, gas and internet contracts.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Signed lease",
                            "Move-in inventory",
                            "Home insurance certificate",
                        ],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Apply for housing assistance from the CAF",
                        "what_to_do": (
                            "<p>Depending on your rent, income and family, you may be entitled to "
                            "<strong>housing assistance</strong> from the family allowance fund "
                            "(CAF). Apply online as soon as you move in: the simulation on "
                            '<a href="https://www.caf.fr">caf.fr</a> tells you whether you '
                            "qualify.</p>"
                            "<p>The assistance starts from the month after you move in. If you are "
                            "not a European citizen, you need a valid residence permit, which "
                            "includes a validated long-stay visa.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Lease and landlord’s details",
                            "Residence permit or validated visa",
                            "Bank details (RIB)",
                            "Social security number, if already assigned",
                        ],
                        "delay": "A few weeks",
                        "links": [
                            {
                                "text": (
                                    "Personalised housing assistance (APL) on "
                                    "service-public.gouv.fr"
                                ),
                                "url": SP_APL,
                            },
                        ],
                        "official_url": CAF,
                        "official_label": "caf.fr: apply for housing assistance",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Validating your visa and residence permit
    # ------------------------------------------------------------------
    {
        "key": "residence-permit-on-arrival",
        "stage": "arrival",
        "last_checked": "2026-11-16",
        "review_by": "2027-05-17",
        "fr": {
            "title": "Valider votre visa et obtenir votre titre de séjour",
            "slug": "valider-visa-et-titre-de-sejour",
            "search_description": (
                "À l’arrivée : valider en ligne le visa de long séjour dans les trois mois, "
                "demander la carte « talent – chercheur », le cas des ressortissants algériens et "
                "la question de l’inscription en mairie."
            ),
            "intro": (
                "Dans les premières semaines, quelques démarches en ligne rendent votre séjour "
                "régulier pour toute sa durée. Elles passent presque toutes par l’administration "
                "numérique des étrangers en France (ANEF) ; conservez chaque attestation qu’elle "
                "délivre."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Validez votre visa en ligne dans les trois mois",
                        "what_to_do": (
                            "<p>Si votre visa « talent – chercheur » vaut titre de séjour (VLS-TS, "
                            "séjour d’un an au plus), validez-le en ligne sur le site de l’ANEF "
                            "<strong>dans les trois mois suivant votre arrivée</strong> : numéro "
                            "de visa, date d’entrée, adresse en France, puis paiement de la taxe "
                            "par timbre électronique.</p>"
                            "<p>Vous pouvez travailler dès votre arrivée, mais sans validation "
                            "votre séjour devient irrégulier après ces trois mois et vous ne "
                            "pourriez plus revenir en France après un voyage. Imprimez "
                            "l’attestation de validation et gardez-la avec votre passeport.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Passeport avec le visa",
                            "Date d’entrée en France",
                            "Adresse en France",
                            "Carte bancaire pour le timbre électronique",
                        ],
                        "delay": "Dans les 3 mois suivant l’arrivée",
                        "links": [
                            {
                                "text": (
                                    "Le visa de long séjour valant titre de séjour (VLS-TS) sur "
                                    "service-public.gouv.fr"
                                ),
                                "url": SP_VLSTS,
                            },
                        ],
                        "official_url": ANEF,
                        "official_label": "ANEF : valider votre visa de long séjour",
                        "applies_to": ["non_eu"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Séjour de plus d’un an : demandez votre carte pluriannuelle",
                        "what_to_do": (
                            "<p>Si votre visa porte la mention « carte de séjour à solliciter » "
                            "(séjour de plus d’un an), déposez sur l’ANEF votre demande de carte "
                            "de séjour pluriannuelle « talent – chercheur » <strong>dans les deux "
                            "mois suivant votre arrivée</strong>. La carte couvre la durée de "
                            "votre convention d’accueil, dans la limite de quatre ans.</p>"
                            "<p>La préfecture vous convoque ensuite pour relever vos empreintes et "
                            "vous remettre la carte, contre paiement d’une taxe. Pendant "
                            "l’instruction, l’attestation délivrée par l’ANEF prouve la régularité "
                            "de votre séjour.</p>"
                        ),
                        "who": "prefecture",
                        "documents": [
                            "Passeport et visa",
                            "Convention d’accueil",
                            "Justificatif de domicile de moins de 6 mois",
                            "Photo d’identité numérique (e-photo)",
                        ],
                        "delay": "Demande dans les 2 mois ; instruction de plusieurs semaines",
                        "links": [
                            {
                                "text": "La carte de séjour « talent » sur service-public.gouv.fr",
                                "url": SP_TALENT,
                            },
                        ],
                        "official_url": ANEF,
                        "official_label": "ANEF : demander un titre de séjour",
                        "applies_to": ["non_eu"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": (
                            "Ressortissants algériens : demandez votre certificat de résidence"
                        ),
                        "what_to_do": (
                            "<p>Votre visa ne se valide pas en ligne : en application de l’accord "
                            "franco-algérien de 1968, vous demandez à la "
                            "<strong>préfecture</strong> de votre lieu de résidence un "
                            "<strong>certificat de résidence</strong> portant la mention « "
                            "scientifique-chercheur », dans le délai inscrit sur votre visa, en "
                            "général deux mois après l’arrivée.</p>"
                            "<p>Renseignez-vous sur le mode de dépôt propre à votre préfecture, en "
                            "ligne ou sur rendez-vous. Le conseiller en économie sociale et "
                            "familiale peut vous aider à préparer le dossier.</p>"
                        ),
                        "who": "prefecture",
                        "documents": [
                            "Passeport et visa",
                            "Convention d’accueil",
                            "Justificatif de domicile",
                            "Photos d’identité",
                        ],
                        "delay": "En général dans les 2 mois suivant l’arrivée",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": ["non_eu"],
                        "contacts": ["social_advisor"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Répondez à une éventuelle convocation de l’OFII",
                        "what_to_do": (
                            "<p>Les chercheurs titulaires d’un visa ou d’une carte « talent – "
                            "chercheur », et les membres de leur famille qui les accompagnent, "
                            "sont en principe dispensés de la visite médicale de l’Office français "
                            "de l’immigration et de l’intégration (OFII).</p>"
                            "<p>Si vous êtes venu sous un autre statut, l’OFII peut vous convoquer "
                            "à une visite médicale après la validation de votre visa. Dans ce cas, "
                            "présentez-vous au rendez-vous avec votre passeport et la convocation "
                            "reçue.</p>"
                        ),
                        "who": "organisation",
                        "documents": ["Passeport", "Convocation de l’OFII"],
                        "delay": "",
                        "links": [],
                        "official_url": OFII,
                        "official_label": (
                            "Office français de l’immigration et de l’intégration (OFII)"
                        ),
                        "applies_to": ["non_eu"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Inutile de vous inscrire à la mairie",
                        "what_to_do": (
                            "<p>Contrairement à d’autres pays, la France n’impose <strong>aucune "
                            "déclaration générale de résidence</strong> : vous n’avez pas à vous "
                            "inscrire à la mairie en arrivant. Un justificatif de domicile récent "
                            "(facture, quittance de loyer ou attestation d’hébergement) suffit "
                            "pour vos démarches.</p>"
                            "<p>Vous irez à la mairie pour inscrire vos enfants à l’école ou en "
                            "crèche et, si vous êtes citoyen européen, pour vous inscrire sur les "
                            "listes électorales des élections municipales et européennes. Certains "
                            "pays recommandent à leurs ressortissants de s’inscrire auprès de leur "
                            "consulat en France. Si vous avez un titre de séjour, déclarez tout "
                            "changement d’adresse sur l’ANEF dans les trois mois.</p>"
                        ),
                        "who": "you",
                        "documents": ["Justificatif de domicile de moins de 3 mois"],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Citoyens européens : aucun titre de séjour obligatoire",
                        "what_to_do": (
                            "<p>Si vous êtes citoyen de l’Union européenne, de l’Espace économique "
                            "européen ou de la Suisse, vous n’avez ni visa à valider ni titre de "
                            "séjour à demander pour travailler en France. Vous pouvez demander une "
                            "carte de séjour à titre facultatif, par exemple pour faciliter "
                            "certaines démarches.</p>"
                            "<p>Les membres de votre famille qui ne sont pas citoyens européens "
                            "doivent en revanche demander une carte de séjour de membre de famille "
                            "d’un citoyen de l’Union.</p>"
                        ),
                        "who": "you",
                        "documents": [],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": ["eu"],
                        "contacts": [],
                    },
                },
            ],
        },
        "en": {
            "title": "Validating your visa and residence permit",
            "slug": "validating-your-visa-and-residence-permit",
            "search_description": (
                "On arrival: validate your long-stay visa online within three months, apply for "
                "the “talent – chercheur” card, the case of Algerian nationals and the town hall "
                "question."
            ),
            "intro": (
                "In your first weeks, a few online procedures make your stay lawful for its whole "
                "length. Almost all of them go through the digital administration for foreign "
                "nationals in France (ANEF); keep every certificate it issues."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Validate your visa online within three months",
                        "what_to_do": (
                            "<p>If your “talent – chercheur” visa is equivalent to a residence "
                            "permit (VLS-TS, stays of up to a year), validate it online on the "
                            "ANEF website <strong>within three months of arriving</strong>: visa "
                            "number, date of entry, address in France, then payment of the fee "
                            "with an electronic tax stamp.</p>"
                            "<p>You can work from the day you arrive, but without validation your "
                            "stay becomes irregular after those three months and you could not "
                            "come back to France after a trip. Print the validation certificate "
                            "and keep it with your passport.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Passport with the visa",
                            "Date of entry into France",
                            "Address in France",
                            "Bank card for the electronic tax stamp",
                        ],
                        "delay": "Within 3 months of arrival",
                        "links": [
                            {
                                "text": (
                                    "The long-stay visa equivalent to a residence permit (VLS-TS) "
                                    "on service-public.gouv.fr"
                                ),
                                "url": SP_VLSTS,
                            },
                        ],
                        "official_url": ANEF,
                        "official_label": "ANEF: validate your long-stay visa",
                        "applies_to": ["non_eu"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Staying more than a year: apply for your multi-year card",
                        "what_to_do": (
                            "<p>If your visa says “carte de séjour à solliciter” (stay of more "
                            "than a year), apply on ANEF for the multi-year “talent – chercheur” "
                            "residence card <strong>within two months of arriving</strong>. The "
                            "card covers the length of your hosting agreement, up to four "
                            "years.</p>"
                            "<p>The prefecture then invites you to have your fingerprints taken "
                            "and to collect the card, on payment of a fee. While your application "
                            "is processed, the certificate issued by ANEF proves that your stay is "
                            "lawful.</p>"
                        ),
                        "who": "prefecture",
                        "documents": [
                            "Passport and visa",
                            "Hosting agreement",
                            "Proof of address less than 6 months old",
                            "Digital identity photo (e-photo)",
                        ],
                        "delay": "Apply within 2 months; processing takes several weeks",
                        "links": [
                            {
                                "text": "The “talent” residence card on service-public.gouv.fr",
                                "url": SP_TALENT,
                            },
                        ],
                        "official_url": ANEF,
                        "official_label": "ANEF: apply for a residence permit",
                        "applies_to": ["non_eu"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Algerian nationals: apply for your certificate of residence",
                        "what_to_do": (
                            "<p>Your visa is not validated online: under the Franco-Algerian "
                            "agreement of 1968, you apply to the <strong>prefecture</strong> where "
                            "you live for a <strong>certificate of residence</strong> (certificat "
                            "de résidence) marked “scientifique-chercheur”, within the time stated "
                            "on your visa, usually two months after arrival.</p>"
                            "<p>Check how your prefecture takes applications, online or by "
                            "appointment. The social and family economics advisor can help you "
                            "prepare the file.</p>"
                        ),
                        "who": "prefecture",
                        "documents": [
                            "Passport and visa",
                            "Hosting agreement",
                            "Proof of address",
                            "Identity photos",
                        ],
                        "delay": "Usually within 2 months of arrival",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": ["non_eu"],
                        "contacts": ["social_advisor"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Answer any invitation from OFII",
                        "what_to_do": (
                            "<p>Researchers holding a “talent – chercheur” visa or card, and the "
                            "family members who accompany them, are in principle exempt from the "
                            "medical examination of the French Office for Immigration and "
                            "Integration (OFII).</p>"
                            "<p>If you came under another status, OFII may invite you to a medical "
                            "examination after your visa is validated. In that case, go to the "
                            "appointment with your passport and the letter you received.</p>"
                        ),
                        "who": "organisation",
                        "documents": ["Passport", "Invitation letter from OFII"],
                        "delay": "",
                        "links": [],
                        "official_url": OFII,
                        "official_label": "French Office for Immigration and Integration (OFII)",
                        "applies_to": ["non_eu"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "No need to register at the town hall",
                        "what_to_do": (
                            "<p>Unlike some other countries, France has <strong>no general "
                            "residence registration</strong>: you do not have to register at the "
                            "town hall when you arrive. A recent proof of address (a utility bill, "
                            "rent receipt or a host’s certificate) is enough for your "
                            "procedures.</p>"
                            "<p>You will go to the town hall to enrol your children at school or "
                            "in a nursery and, if you are a European citizen, to register on the "
                            "electoral rolls for municipal and European elections. Some countries "
                            "advise their nationals to register with their consulate in France. If "
                            "you hold a residence permit, report any change of address on ANEF "
                            "within three months.</p>"
                        ),
                        "who": "you",
                        "documents": ["Proof of address less than 3 months old"],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "European citizens: no residence permit required",
                        "what_to_do": (
                            "<p>If you are a citizen of the European Union, the European Economic "
                            "Area or Switzerland, you have no visa to validate and no residence "
                            "permit to apply for to work in France. You may apply for a residence "
                            "card on a voluntary basis, for example to make some procedures "
                            "easier.</p>"
                            "<p>Family members who are not European citizens, however, must apply "
                            "for a residence card as family members of an EU citizen.</p>"
                        ),
                        "who": "you",
                        "documents": [],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": ["eu"],
                        "contacts": [],
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Opening a bank account
    # ------------------------------------------------------------------
    {
        "key": "bank-account",
        "stage": "arrival",
        "last_checked": "2026-10-26",
        "review_by": "2027-04-26",
        "fr": {
            "title": "Ouvrir un compte bancaire",
            "slug": "ouvrir-un-compte-bancaire",
            "search_description": (
                "Ouvrir un compte en France pour recevoir votre salaire, le droit au compte "
                "garanti par la Banque de France et les coordonnées bancaires à transmettre."
            ),
            "intro": (
                "Un compte bancaire en France est indispensable pour recevoir votre salaire, payer "
                "votre loyer et percevoir les remboursements de l’assurance maladie. Toute "
                "personne qui réside en France a droit à un compte, même si une première banque "
                "refuse de l’ouvrir."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Ouvrez un compte dans la banque de votre choix",
                        "what_to_do": (
                            "<p>Prenez rendez-vous dans une agence ou ouvrez un compte en ligne. "
                            "Comparez les frais de tenue de compte et de carte, et vérifiez que la "
                            "banque accepte votre visa ou votre titre de séjour, ainsi qu’une "
                            "adresse temporaire si vous n’avez pas encore de logement. Certaines "
                            "banques permettent de commencer les démarches depuis l’étranger.</p>"
                            "<p>Le conseiller en économie sociale et familiale peut vous orienter "
                            "si vous rencontrez des difficultés.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Passeport et visa ou titre de séjour",
                            "Justificatif de domicile ou attestation d’hébergement",
                            "Contrat de travail ou lettre d’engagement",
                        ],
                        "delay": "De quelques jours à deux semaines",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["social_advisor"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "En cas de refus, faites valoir votre droit au compte",
                        "what_to_do": (
                            "<p>Une banque peut refuser d’ouvrir un compte, mais elle doit alors "
                            "vous remettre gratuitement une <strong>lettre de refus</strong> et "
                            "vous informer de la procédure du <strong>droit au compte</strong>. "
                            "Avec cette lettre, saisissez la Banque de France, directement ou par "
                            "l’intermédiaire de la banque qui a refusé.</p>"
                            "<p>La Banque de France désigne sous un jour ouvré une banque proche "
                            "de chez vous, qui doit vous ouvrir un compte avec les services "
                            "bancaires de base gratuits : carte de paiement, virements, "
                            "prélèvements.</p>"
                        ),
                        "who": "organisation",
                        "documents": [
                            "Lettre de refus d’ouverture de compte",
                            "Pièce d’identité",
                            "Justificatif de domicile",
                            "Déclaration sur l’honneur de ne pas avoir d’autre compte",
                        ],
                        "delay": "Désignation sous 1 jour ouvré",
                        "links": [
                            {
                                "text": "Banque de France",
                                "url": BDF,
                            },
                        ],
                        "official_url": SP_DROIT_COMPTE,
                        "official_label": "Le droit au compte sur service-public.gouv.fr",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Transmettez votre RIB à l’employeur et aux organismes",
                        "what_to_do": (
                            "<p>Le <strong>relevé d’identité bancaire (RIB)</strong> indique "
                            "l’IBAN de votre compte. Transmettez-le :</p>"
                            "<ul>"
                            "<li>au service des ressources humaines de votre délégation régionale, "
                            "pour le versement du salaire ;</li>"
                            "<li>à l’assurance maladie et à la caisse d’allocations familiales "
                            ";</li>"
                            "<li>à votre propriétaire, si le loyer est prélevé.</li>"
                            "</ul>"
                            "<p>Un compte ouvert dans un autre pays de la zone SEPA doit en "
                            "principe être accepté pour les virements. Demandez aux ressources "
                            "humaines la date de votre premier salaire.</p>"
                        ),
                        "who": "you",
                        "documents": ["RIB"],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["regional_hr"],
                    },
                },
            ],
        },
        "en": {
            "title": "Opening a bank account",
            "slug": "opening-a-bank-account",
            "search_description": (
                "Opening an account in France to receive your salary, the right to an account "
                "guaranteed by the Banque de France, and the bank details to provide."
            ),
            "intro": (
                "A French bank account is essential to receive your salary, pay your rent and get "
                "health insurance reimbursements. Everyone living in France is entitled to an "
                "account, even if a first bank refuses to open one."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Open an account with the bank of your choice",
                        "what_to_do": (
                            "<p>Book an appointment at a branch or open an account online. Compare "
                            "account and card fees, and check that the bank accepts your visa or "
                            "residence permit, and a temporary address if you do not yet have a "
                            "home. Some banks let you start the process from abroad.</p>"
                            "<p>The social and family economics advisor can guide you if you run "
                            "into difficulties.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Passport and visa or residence permit",
                            "Proof of address or host’s certificate",
                            "Employment contract or offer letter",
                        ],
                        "delay": "A few days to two weeks",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["social_advisor"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "If you are refused, use your right to an account",
                        "what_to_do": (
                            "<p>A bank may refuse to open an account, but it must then give you a "
                            "<strong>letter of refusal</strong> free of charge and tell you about "
                            "the <strong>right to an account</strong> (droit au compte) procedure. "
                            "With this letter, apply to the Banque de France, directly or through "
                            "the bank that refused.</p>"
                            "<p>Within one working day, the Banque de France designates a bank "
                            "near where you live, which must open an account for you with free "
                            "basic banking services: payment card, transfers, direct debits.</p>"
                        ),
                        "who": "organisation",
                        "documents": [
                            "Letter of refusal to open an account",
                            "Identity document",
                            "Proof of address",
                            "Sworn statement that you have no other account",
                        ],
                        "delay": "Designation within 1 working day",
                        "links": [
                            {
                                "text": "Banque de France",
                                "url": BDF,
                            },
                        ],
                        "official_url": SP_DROIT_COMPTE,
                        "official_label": "The right to an account on service-public.gouv.fr",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Give your bank details to your employer and public bodies",
                        "what_to_do": (
                            "<p>The <strong>bank details form (RIB)</strong> shows your account’s "
                            "IBAN. Give it:</p>"
                            "<ul>"
                            "<li>to the HR department of your regional delegation, for your "
                            "salary;</li>"
                            "<li>to health insurance and the family allowance fund;</li>"
                            "<li>to your landlord, if the rent is paid by direct debit.</li>"
                            "</ul>"
                            "<p>An account opened in another SEPA-area country should in principle "
                            "be accepted for transfers. Ask HR when your first salary will be "
                            "paid.</p>"
                        ),
                        "who": "you",
                        "documents": ["Bank details form (RIB)"],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["regional_hr"],
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Social security and health insurance
    # ------------------------------------------------------------------
    {
        "key": "social-security-and-health",
        "stage": "arrival",
        "last_checked": "2026-11-02",
        "review_by": "2027-05-03",
        "fr": {
            "title": "Sécurité sociale et assurance santé",
            "slug": "securite-sociale-et-sante",
            "search_description": (
                "Affiliation à l’assurance maladie par l’employeur, numéro de sécurité sociale "
                "provisoire puis définitif, carte Vitale, médecin traitant et complémentaire santé."
            ),
            "intro": (
                "En travaillant en France, vous êtes affilié à la sécurité sociale, qui rembourse "
                "une grande partie de vos frais de santé. Une complémentaire santé, à laquelle "
                "votre employeur participe, couvre tout ou partie du reste."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Remettez vos pièces au service des ressources humaines",
                        "what_to_do": (
                            "<p>Dès votre prise de fonctions, le service des ressources humaines "
                            "de votre délégation régionale déclare votre embauche et verse les "
                            "cotisations sociales prélevées sur votre salaire ; l’employeur y "
                            "ajoute sa propre part. Remettez-lui rapidement les pièces "
                            "demandées.</p>"
                            "<p>Selon votre statut, votre dossier d’assurance maladie est géré par "
                            "la caisse primaire d’assurance maladie (CPAM) de votre lieu de "
                            "résidence ou par un organisme qui agit pour son compte : les "
                            "ressources humaines vous indiquent lequel.</p>"
                        ),
                        "who": "hr",
                        "documents": [
                            "Passeport et titre de séjour ou visa validé",
                            "RIB",
                            "Acte de naissance",
                        ],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Obtenez votre numéro de sécurité sociale",
                        "what_to_do": (
                            "<p>Envoyez votre demande d’ouverture de droits à la CPAM de votre "
                            "lieu de résidence, avec l’aide des ressources humaines ou du "
                            "conseiller en économie sociale et familiale si besoin. Si vous êtes "
                            "né à l’étranger, vous recevez d’abord un <strong>numéro "
                            "provisoire</strong>, qui permet déjà le remboursement de vos "
                            "soins.</p>"
                            "<p>Le <strong>numéro définitif</strong> est attribué après "
                            "vérification de votre acte de naissance : faites-le traduire par un "
                            "traducteur assermenté s’il n’est pas rédigé en français.</p>"
                        ),
                        "who": "organisation",
                        "documents": [
                            "Formulaire de demande d’ouverture des droits",
                            "Pièce d’identité et titre de séjour",
                            "Acte de naissance, traduit si nécessaire",
                            "Justificatif de domicile",
                            "RIB",
                        ],
                        "delay": "De quelques semaines à quelques mois",
                        "links": [],
                        "official_url": AMELI,
                        "official_label": "ameli.fr, le site de l’Assurance Maladie",
                        "applies_to": [],
                        "contacts": ["social_advisor"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Créez votre compte ameli et commandez votre carte Vitale",
                        "what_to_do": (
                            "<p>Avec votre numéro définitif, créez votre <strong>compte "
                            'ameli</strong> sur <a href="https://www.ameli.fr">ameli.fr</a> : vous '
                            "y suivez vos remboursements et téléchargez une attestation de droits. "
                            "Commandez-y ensuite votre <strong>carte Vitale</strong> avec une "
                            "photo et une pièce d’identité ; une version sous forme d’application "
                            "mobile est également proposée.</p>"
                            "<p>En attendant la carte, vous payez le médecin et envoyez la feuille "
                            "de soins papier à votre caisse, ou présentez votre attestation de "
                            "droits.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Numéro de sécurité sociale définitif",
                            "Photo d’identité",
                            "Pièce d’identité",
                        ],
                        "delay": "Quelques semaines pour recevoir la carte",
                        "links": [],
                        "official_url": AMELI,
                        "official_label": "ameli.fr : créer votre compte",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Déclarez un médecin traitant",
                        "what_to_do": (
                            "<p>Choisissez un médecin généraliste comme <strong>médecin "
                            "traitant</strong> : il enregistre la déclaration en ligne lors d’une "
                            "consultation. Sans médecin traitant, vos consultations sont moins "
                            "bien remboursées. Il vous oriente ensuite vers des spécialistes si "
                            "nécessaire.</p>"
                            "<p>En cas d’urgence médicale, appelez le <strong>15</strong> (SAMU) "
                            "ou le <strong>112</strong>, numéro d’urgence européen.</p>"
                        ),
                        "who": "you",
                        "documents": ["Carte Vitale ou attestation de droits"],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Adhérez à une complémentaire santé",
                        "what_to_do": (
                            "<p>La sécurité sociale ne rembourse qu’une partie de vos frais ; une "
                            "<strong>complémentaire santé</strong> (« mutuelle ») prend en charge "
                            "tout ou partie du reste, notamment pour l’optique, les soins "
                            "dentaires et l’hospitalisation.</p>"
                            "<p>Dans la fonction publique, l’employeur participe à son coût. Pour "
                            "les agents de l’enseignement supérieur et de la recherche, un contrat "
                            "collectif dont l’employeur finance la moitié de la cotisation se met "
                            "en place à la place d’un remboursement forfaitaire mensuel. Demandez "
                            "au service des ressources humaines quel dispositif s’applique à vous "
                            "et comment adhérer.</p>"
                        ),
                        "who": "you",
                        "documents": [],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["regional_hr", "social_advisor"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Faites couvrir votre famille",
                        "what_to_do": (
                            "<p>Vos enfants mineurs peuvent être rattachés à votre dossier "
                            "d’assurance maladie ou à celui de l’autre parent. Un conjoint sans "
                            "activité professionnelle est couvert à titre personnel en tant que "
                            "résident ; le délai de trois mois de résidence normalement exigé ne "
                            "s’applique en général pas aux membres de la famille qui accompagnent "
                            "ou rejoignent un assuré.</p>"
                            "<p>Adressez les demandes à votre CPAM avec les actes de naissance et "
                            "de mariage, et ajoutez votre famille à votre complémentaire santé si "
                            "votre contrat le prévoit.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Actes de naissance des enfants",
                            "Acte de mariage",
                            "Titres de séjour des membres de la famille",
                        ],
                        "delay": "",
                        "links": [],
                        "official_url": AMELI,
                        "official_label": "ameli.fr, le site de l’Assurance Maladie",
                        "applies_to": ["family"],
                        "contacts": [],
                    },
                },
            ],
        },
        "en": {
            "title": "Social security and health insurance",
            "slug": "social-security-and-health-insurance",
            "search_description": (
                "Health insurance affiliation through your employer, a temporary then permanent "
                "social security number, the carte Vitale, your doctor and complementary health "
                "insurance."
            ),
            "intro": (
                "When you work in France, you are covered by social security, which reimburses a "
                "large share of your health costs. Complementary health insurance, to which your "
                "employer contributes, covers all or part of the rest."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Give your documents to the HR department",
                        "what_to_do": (
                            "<p>As soon as you start work, the HR department of your regional "
                            "delegation declares your hiring and pays the social contributions "
                            "deducted from your salary; the employer adds its own share. Give HR "
                            "the documents it asks for promptly.</p>"
                            "<p>Depending on your status, your health insurance file is handled by "
                            "the local health insurance fund (CPAM) where you live or by a body "
                            "acting on its behalf: HR will tell you which.</p>"
                        ),
                        "who": "hr",
                        "documents": [
                            "Passport and residence permit or validated visa",
                            "Bank details (RIB)",
                            "Birth certificate",
                        ],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Get your social security number",
                        "what_to_do": (
                            "<p>Send your request to open health insurance rights to the CPAM "
                            "where you live, with help from HR or the social and family economics "
                            "advisor if needed. If you were born abroad, you first receive a "
                            "<strong>temporary number</strong>, which already allows your care to "
                            "be reimbursed.</p>"
                            "<p>The <strong>permanent number</strong> is assigned once your birth "
                            "certificate has been checked: have it translated by a sworn "
                            "translator if it is not in French.</p>"
                        ),
                        "who": "organisation",
                        "documents": [
                            "Form to open health insurance rights",
                            "Identity document and residence permit",
                            "Birth certificate, translated if necessary",
                            "Proof of address",
                            "Bank details (RIB)",
                        ],
                        "delay": "A few weeks to a few months",
                        "links": [],
                        "official_url": AMELI,
                        "official_label": "ameli.fr, the Health Insurance website",
                        "applies_to": [],
                        "contacts": ["social_advisor"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Create your ameli account and order your carte Vitale",
                        "what_to_do": (
                            "<p>Once you have your permanent number, create your <strong>ameli "
                            'account</strong> on <a href="https://www.ameli.fr">ameli.fr</a>: '
                            "there you follow your reimbursements and download a certificate of "
                            "entitlement. Then order your <strong>carte Vitale</strong> (health "
                            "insurance card) there, with a photo and an identity document; a "
                            "mobile app version is also available.</p>"
                            "<p>Until you have the card, you pay the doctor and send the paper "
                            "treatment form to your fund, or show your certificate of "
                            "entitlement.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Permanent social security number",
                            "Identity photo",
                            "Identity document",
                        ],
                        "delay": "A few weeks to receive the card",
                        "links": [],
                        "official_url": AMELI,
                        "official_label": "ameli.fr: create your account",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Register with a regular doctor",
                        "what_to_do": (
                            "<p>Choose a general practitioner as your <strong>médecin "
                            "traitant</strong> (regular doctor): they record the declaration "
                            "online during a consultation. Without one, your consultations are "
                            "reimbursed at a lower rate. Your doctor then refers you to "
                            "specialists when needed.</p>"
                            "<p>In a medical emergency, call <strong>15</strong> (SAMU) or "
                            "<strong>112</strong>, the European emergency number.</p>"
                        ),
                        "who": "you",
                        "documents": ["Carte Vitale or certificate of entitlement"],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Join a complementary health insurance scheme",
                        "what_to_do": (
                            "<p>Social security reimburses only part of your costs; "
                            "<strong>complementary health insurance</strong> (“mutuelle”) covers "
                            "all or part of the rest, particularly for glasses, dental care and "
                            "hospital stays.</p>"
                            "<p>In the public service, the employer contributes to its cost. For "
                            "staff in higher education and research, a collective contract in "
                            "which the employer pays half of the contribution is being introduced, "
                            "replacing a flat monthly reimbursement. Ask the HR department which "
                            "scheme applies to you and how to join.</p>"
                        ),
                        "who": "you",
                        "documents": [],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["regional_hr", "social_advisor"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Get your family covered",
                        "what_to_do": (
                            "<p>Your minor children can be attached to your health insurance file "
                            "or to the other parent’s. A spouse who does not work is covered in "
                            "their own right as a resident; the three-month residence period "
                            "normally required does not, as a rule, apply to family members who "
                            "accompany or join an insured person.</p>"
                            "<p>Send the requests to your CPAM with the birth and marriage "
                            "certificates, and add your family to your complementary health "
                            "insurance if your contract allows it.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Children’s birth certificates",
                            "Marriage certificate",
                            "Family members’ residence permits",
                        ],
                        "delay": "",
                        "links": [],
                        "official_url": AMELI,
                        "official_label": "ameli.fr, the Health Insurance website",
                        "applies_to": ["family"],
                        "contacts": [],
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Coming with your family: childcare, school and your spouse’s work
    # ------------------------------------------------------------------
    {
        "key": "family-childcare-and-school",
        "stage": "family",
        "last_checked": "2026-11-02",
        "review_by": "2027-05-03",
        "fr": {
            "title": "Venir en famille : garde d’enfants, école et travail du conjoint",
            "slug": "venir-en-famille",
            "search_description": (
                "Visa « talent (famille) », crèches et assistantes maternelles, prestations de la "
                "CAF, inscription à l’école et droit au travail du conjoint."
            ),
            "intro": (
                "Votre famille peut vous accompagner dès votre arrivée ou vous rejoindre plus "
                "tard. Anticipez la garde des jeunes enfants et l’inscription scolaire, qui "
                "passent par la mairie ; le conseiller en économie sociale et familiale peut vous "
                "y aider."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Demandez le visa « talent (famille) » pour vos proches",
                        "what_to_do": (
                            "<p>Votre conjoint et vos enfants mineurs n’ont pas à passer par le "
                            "regroupement familial : ils demandent au consulat un visa de long "
                            "séjour « <strong>talent (famille)</strong> », en même temps que vous "
                            "ou plus tard. Votre conjoint reçoit ensuite une carte de séjour "
                            "pluriannuelle « talent (famille) » de la même durée que la vôtre.</p>"
                            "<p>Les enfants n’ont pas besoin de titre de séjour avant 18 ans ; un "
                            "document de circulation pour étranger mineur (DCEM) facilite leurs "
                            "voyages.</p>"
                        ),
                        "who": "consulate",
                        "documents": [
                            "Passeports des membres de la famille",
                            "Acte de mariage",
                            "Actes de naissance des enfants",
                            "Copie de votre convention d’accueil et de votre visa",
                        ],
                        "delay": "Quelques semaines",
                        "links": [
                            {
                                "text": (
                                    "La carte de séjour « talent » et la famille sur "
                                    "service-public.gouv.fr"
                                ),
                                "url": SP_TALENT,
                            },
                        ],
                        "official_url": FV,
                        "official_label": "France-Visas, le site officiel des visas pour la France",
                        "applies_to": ["non_eu", "family"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Trouvez un mode de garde pour les moins de trois ans",
                        "what_to_do": (
                            "<p>Pour les jeunes enfants, deux solutions principales :</p>"
                            "<ul>"
                            "<li>la <strong>crèche</strong>, collective ou familiale, souvent "
                            "municipale : déposez la demande à la mairie ou au relais petite "
                            "enfance le plus tôt possible, les places sont rares ;</li>"
                            "<li>l’<strong>assistante maternelle</strong> agréée, qui garde les "
                            "enfants à son domicile.</li>"
                            "</ul>"
                            "<p>L’Inserm a engagé une démarche avec son ministère pour obtenir des "
                            "places en crèche : demandez au conseiller en économie sociale et "
                            "familiale ce qui est possible dans votre région, ainsi que les "
                            "prestations sociales de l’Inserm pour la garde d’enfants.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Justificatif de domicile",
                            "Carnet de santé de l’enfant (vaccinations obligatoires)",
                        ],
                        "delay": "Plusieurs mois pour une place en crèche",
                        "links": [],
                        "official_url": MONENFANT,
                        "official_label": "monenfant.fr : trouver un mode de garde",
                        "applies_to": ["family"],
                        "contacts": ["social_advisor"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Demandez vos prestations familiales à la CAF",
                        "what_to_do": (
                            "<p>La caisse d’allocations familiales (CAF) verse des prestations "
                            "selon votre situation, notamment :</p>"
                            "<ul>"
                            "<li>une aide pour faire garder un jeune enfant par une assistante "
                            "maternelle ou à domicile ;</li>"
                            "<li>les allocations familiales, à partir de deux enfants ;</li>"
                            "<li>des aides à la naissance et pour les jeunes enfants, sous "
                            "conditions de ressources.</li>"
                            "</ul>"
                            "<p>Créez votre dossier sur caf.fr après votre arrivée. Les membres de "
                            "la famille venus de l’étranger doivent être en séjour régulier, et "
                            "vos enfants doivent vivre en France avec vous.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Titres de séjour de la famille",
                            "Actes de naissance des enfants",
                            "RIB",
                            "Numéros de sécurité sociale",
                        ],
                        "delay": "Quelques semaines",
                        "links": [],
                        "official_url": CAF,
                        "official_label": "caf.fr : les prestations familiales",
                        "applies_to": ["family"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Inscrivez vos enfants à l’école",
                        "what_to_do": (
                            "<p>L’instruction est obligatoire de 3 à 16 ans et l’école publique "
                            "est gratuite.</p>"
                            "<ul>"
                            "<li>École maternelle et élémentaire : inscrivez votre enfant à la "
                            "<strong>mairie</strong>, puis faites son admission auprès du "
                            "directeur de l’école indiquée.</li>"
                            "<li>Collège et lycée : adressez-vous à la direction des services "
                            "départementaux de l’éducation nationale (DSDEN) de votre "
                            "département.</li>"
                            "</ul>"
                            "<p>Les élèves qui ne parlent pas encore français suivent les cours de "
                            "leur classe avec un soutien en français adapté (UPE2A). Des sections "
                            "internationales existent dans certaines villes.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Justificatif de domicile",
                            "Livret de famille ou actes de naissance",
                            "Carnet de vaccination",
                            "Certificat de scolarité ou bulletins de l’école précédente",
                        ],
                        "delay": "",
                        "links": [],
                        "official_url": EDUCATION,
                        "official_label": "Ministère de l’Éducation nationale",
                        "applies_to": ["family"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Préparez la recherche d’emploi de votre conjoint",
                        "what_to_do": (
                            "<p>La carte de séjour pluriannuelle « <strong>talent "
                            "(famille)</strong> » permet à votre conjoint d’exercer toute activité "
                            "professionnelle, salariée ou indépendante, sans autorisation de "
                            "travail. Un conjoint citoyen européen travaille librement.</p>"
                            "<p>Votre conjoint peut s’inscrire à France Travail, le service public "
                            "de l’emploi, et demander une attestation de comparabilité de ses "
                            "diplômes. Le conseiller en économie sociale et familiale peut "
                            "l’orienter vers les ressources utiles dans votre région.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Titre de séjour « talent (famille) »",
                            "Curriculum vitae en français",
                        ],
                        "delay": "",
                        "links": [
                            {
                                "text": "Centre ENIC-NARIC France",
                                "url": ENIC,
                            },
                        ],
                        "official_url": FRANCE_TRAVAIL,
                        "official_label": "France Travail, le service public de l’emploi",
                        "applies_to": ["family"],
                        "contacts": ["social_advisor"],
                    },
                },
            ],
        },
        "en": {
            "title": "Coming with your family: childcare, school and your spouse’s work",
            "slug": "coming-with-your-family",
            "search_description": (
                "The “talent (famille)” visa, nurseries and childminders, CAF benefits, school "
                "enrolment and your spouse’s right to work."
            ),
            "intro": (
                "Your family can come with you when you arrive or join you later. Plan ahead for "
                "childcare and school enrolment, which go through the town hall; the social and "
                "family economics advisor can help you with them."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Apply for the “talent (famille)” visa for your family",
                        "what_to_do": (
                            "<p>Your spouse and minor children do not need to go through family "
                            "reunification: they apply to the consulate for a “<strong>talent "
                            "(famille)</strong>” long-stay visa, at the same time as you or later. "
                            "Your spouse then receives a multi-year “talent (famille)” residence "
                            "card of the same length as yours.</p>"
                            "<p>Children do not need a residence permit before they turn 18; a "
                            "travel document for foreign minors (DCEM) makes their journeys "
                            "easier.</p>"
                        ),
                        "who": "consulate",
                        "documents": [
                            "Family members’ passports",
                            "Marriage certificate",
                            "Children’s birth certificates",
                            "Copy of your hosting agreement and visa",
                        ],
                        "delay": "A few weeks",
                        "links": [
                            {
                                "text": (
                                    "The “talent” residence card and family members on "
                                    "service-public.gouv.fr"
                                ),
                                "url": SP_TALENT,
                            },
                        ],
                        "official_url": FV,
                        "official_label": "France-Visas, the official visa website for France",
                        "applies_to": ["non_eu", "family"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Find childcare for children under three",
                        "what_to_do": (
                            "<p>For young children, there are two main options:</p>"
                            "<ul>"
                            "<li>a <strong>crèche</strong> (nursery), collective or family-based, "
                            "often run by the town: apply at the town hall or the local "
                            "early-childhood service as early as possible, as places are "
                            "scarce;</li>"
                            "<li>an approved <strong>assistante maternelle</strong> (childminder), "
                            "who looks after children in their own home.</li>"
                            "</ul>"
                            "<p>Inserm has taken steps with its ministry to obtain nursery places: "
                            "ask the social and family economics advisor what is possible in your "
                            "region, and about Inserm’s social benefits for childcare.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Proof of address",
                            "Child’s health record (compulsory vaccinations)",
                        ],
                        "delay": "Several months for a nursery place",
                        "links": [],
                        "official_url": MONENFANT,
                        "official_label": "monenfant.fr: find childcare",
                        "applies_to": ["family"],
                        "contacts": ["social_advisor"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Apply for family benefits from the CAF",
                        "what_to_do": (
                            "<p>The family allowance fund (CAF) pays benefits according to your "
                            "situation, in particular:</p>"
                            "<ul>"
                            "<li>help with the cost of a childminder or home childcare for a young "
                            "child;</li>"
                            "<li>family allowances, from the second child;</li>"
                            "<li>birth and early-childhood benefits, subject to income.</li>"
                            "</ul>"
                            "<p>Open your file on caf.fr after you arrive. Family members who came "
                            "from abroad must be lawfully resident, and your children must live in "
                            "France with you.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Family members’ residence permits",
                            "Children’s birth certificates",
                            "Bank details (RIB)",
                            "Social security numbers",
                        ],
                        "delay": "A few weeks",
                        "links": [],
                        "official_url": CAF,
                        "official_label": "caf.fr: family benefits",
                        "applies_to": ["family"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Enrol your children at school",
                        "what_to_do": (
                            "<p>Schooling is compulsory from 3 to 16, and state schools are "
                            "free.</p>"
                            "<ul>"
                            "<li>Nursery and primary school: enrol your child at the <strong>town "
                            "hall</strong>, then complete the admission with the head of the "
                            "school you are given.</li>"
                            "<li>Lower and upper secondary school (collège, lycée): contact the "
                            "departmental education services (DSDEN) of your département.</li>"
                            "</ul>"
                            "<p>Pupils who do not yet speak French follow their class with "
                            "suitable French-language support (UPE2A). Some cities have "
                            "international sections.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Proof of address",
                            "Family record book or birth certificates",
                            "Vaccination record",
                            "Certificate or reports from the previous school",
                        ],
                        "delay": "",
                        "links": [],
                        "official_url": EDUCATION,
                        "official_label": "Ministry of National Education",
                        "applies_to": ["family"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Prepare your spouse’s job search",
                        "what_to_do": (
                            "<p>The multi-year “<strong>talent (famille)</strong>” residence card "
                            "allows your spouse to take up any professional activity, employed or "
                            "self-employed, without a work permit. A spouse who is a European "
                            "citizen can work freely.</p>"
                            "<p>Your spouse can register with France Travail, the public "
                            "employment service, and request a statement of comparability for "
                            "their diplomas. The social and family economics advisor can direct "
                            "them to useful resources in your region.</p>"
                        ),
                        "who": "you",
                        "documents": ["“Talent (famille)” residence card", "CV in French"],
                        "delay": "",
                        "links": [
                            {
                                "text": "ENIC-NARIC France centre",
                                "url": ENIC,
                            },
                        ],
                        "official_url": FRANCE_TRAVAIL,
                        "official_label": "France Travail, the public employment service",
                        "applies_to": ["family"],
                        "contacts": ["social_advisor"],
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Daily life: French, taxes and transport
    # ------------------------------------------------------------------
    {
        "key": "daily-life",
        "stage": "daily",
        # Already past on purpose: the admin's list of guides to review has an entry.
        "last_checked": "2026-10-01",
        "review_by": "2026-11-01",
        "fr": {
            "title": "Vie quotidienne : français, impôts et transports",
            "slug": "vie-quotidienne",
            "search_description": (
                "Apprendre le français, l’impôt sur le revenu prélevé à la source et la première "
                "déclaration, le remboursement des abonnements de transport et l’échange du permis "
                "de conduire."
            ),
            "intro": (
                "Une fois installé, quelques démarches rythment votre première année. Apprendre le "
                "français, comprendre l’impôt prélevé sur votre salaire, faire votre première "
                "déclaration de revenus et vous faire rembourser vos trajets domicile-travail vous "
                "simplifieront la vie."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Apprenez le français",
                        "what_to_do": (
                            "<p>Votre travail peut se dérouler en anglais, mais le français "
                            "facilite la vie quotidienne, les démarches et les échanges avec vos "
                            "collègues. L’Inserm facilite l’accès des chercheurs à des "
                            "<strong>cours de français</strong> : renseignez-vous auprès du "
                            "service des ressources humaines de votre délégation régionale.</p>"
                            "<p>Les universités, l’Alliance française et de nombreuses "
                            "associations proposent aussi des cours. Le français n’est pas une "
                            "condition de la carte « talent », mais un niveau certifié est exigé "
                            "pour la carte de résident de dix ans et pour la naturalisation.</p>"
                        ),
                        "who": "you",
                        "documents": [],
                        "delay": "",
                        "links": [
                            {
                                "text": "TV5MONDE : apprendre le français en ligne",
                                "url": TV5,
                            },
                        ],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Comprenez l’impôt prélevé sur votre salaire",
                        "what_to_do": (
                            "<p>L’impôt sur le revenu est <strong>prélevé à la source</strong> : "
                            "votre employeur le retient chaque mois sur votre salaire et le "
                            "reverse à l’administration fiscale. Tant que celle-ci ne connaît pas "
                            "votre situation, un taux par défaut, qui dépend du seul montant du "
                            "salaire, est appliqué.</p>"
                            "<p>Après votre première déclaration, un taux personnalisé le remplace "
                            "et l’écart éventuel est régularisé à partir de l’été suivant "
                            "(remboursement ou solde à payer). Vous pouvez aussi contacter votre "
                            "service des impôts pour obtenir plus tôt un taux adapté.</p>"
                        ),
                        "who": "hr",
                        "documents": [],
                        "delay": "",
                        "links": [],
                        "official_url": IMPOTS,
                        "official_label": "impots.gouv.fr, le site des impôts",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Faites votre première déclaration l’année suivant votre arrivée",
                        "what_to_do": (
                            "<p>Au printemps de l’année qui suit votre arrivée, déclarez les "
                            "revenus de l’année écoulée sur "
                            '<a href="https://www.impots.gouv.fr">impots.gouv.fr</a>, même si '
                            "l’impôt a déjà été prélevé. Si vous n’avez pas encore de numéro "
                            "fiscal, le site explique comment faire une première déclaration ; "
                            "votre service des impôts des particuliers peut aussi vous aider.</p>"
                            "<ul>"
                            "<li>Déclarez aussi vos <strong>comptes bancaires ouverts à "
                            "l’étranger</strong>.</li>"
                            "<li>Consultez la convention fiscale entre la France et votre pays : "
                            "certaines prévoient des règles particulières pour les chercheurs.</li>"
                            "</ul>"
                        ),
                        "who": "you",
                        "documents": [
                            "Bulletins de salaire ou récapitulatif annuel",
                            "Relevés de revenus perçus à l’étranger, le cas échéant",
                            "Références de vos comptes à l’étranger",
                        ],
                        "delay": "Printemps de l’année suivant l’arrivée",
                        "links": [],
                        "official_url": IMPOTS,
                        "official_label": "impots.gouv.fr : déclarer vos revenus",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Faites rembourser votre abonnement de transport",
                        "what_to_do": (
                            "<p>Dans la fonction publique, l’employeur rembourse <strong>75 % du "
                            "prix de votre abonnement</strong> de transports en commun ou de "
                            "location publique de vélos pour vos trajets domicile-travail depuis "
                            "le 1er septembre 2023, dans la limite d’un plafond. Les billets "
                            "achetés à l’unité ne sont pas concernés. Dans le secteur privé, la "
                            "prise en charge minimale est de 50 %.</p>"
                            "<p>Si vous venez au travail à vélo ou en covoiturage un nombre "
                            "minimal de jours par an, vous pouvez aussi demander le "
                            "<strong>forfait mobilités durables</strong>. Adressez votre "
                            "justificatif d’abonnement au service des ressources humaines.</p>"
                        ),
                        "who": "hr",
                        "documents": ["Justificatif d’abonnement (facture ou attestation)"],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Échangez votre permis de conduire dans l’année",
                        "what_to_do": (
                            "<p>Un permis délivré par un pays de l’Union européenne ou de l’Espace "
                            "économique européen reste valable en France. Un permis délivré par un "
                            "autre pays n’est en règle générale reconnu que pendant <strong>un "
                            "an</strong> après le début de validité de votre premier titre de "
                            "séjour.</p>"
                            "<p>Pendant cette année, demandez son échange en ligne sur le site de "
                            "l’ANTS, si votre pays a conclu un accord de réciprocité avec la "
                            "France. Sinon, il faudra passer le permis français pour continuer à "
                            "conduire. Le traitement peut prendre plusieurs mois.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Permis de conduire étranger et sa traduction",
                            "Titre de séjour",
                            "Justificatif de domicile",
                            "Photo d’identité numérique",
                        ],
                        "delay": "Plusieurs mois",
                        "links": [
                            {
                                "text": "ANTS : démarches en ligne",
                                "url": ANTS,
                            },
                        ],
                        "official_url": SP_PERMIS,
                        "official_label": (
                            "L’échange d’un permis de conduire étranger sur service-public.gouv.fr"
                        ),
                        "applies_to": ["non_eu"],
                        "contacts": [],
                    },
                },
            ],
        },
        "en": {
            "title": "Daily life: French, taxes and transport",
            "slug": "daily-life",
            "search_description": (
                "Learning French, income tax withheld at source and your first tax return, the "
                "reimbursement of transport passes and exchanging your driving licence."
            ),
            "intro": (
                "Once you have settled in, a few procedures mark your first year. Learning French, "
                "understanding the tax taken from your salary, filing your first tax return and "
                "getting your commuting costs reimbursed will make life easier."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Learn French",
                        "what_to_do": (
                            "<p>Your work may be in English, but French makes daily life, "
                            "procedures and exchanges with colleagues easier. Inserm helps "
                            "researchers access <strong>French courses</strong>: ask the HR "
                            "department of your regional delegation.</p>"
                            "<p>Universities, the Alliance française and many associations also "
                            "offer courses. French is not a condition of the “talent” card, but a "
                            "certified level is required for the ten-year resident card and for "
                            "naturalisation.</p>"
                        ),
                        "who": "you",
                        "documents": [],
                        "delay": "",
                        "links": [
                            {
                                "text": "TV5MONDE: learn French online",
                                "url": TV5,
                            },
                        ],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Understand the tax taken from your salary",
                        "what_to_do": (
                            "<p>Income tax is <strong>withheld at source</strong>: your employer "
                            "deducts it from your salary every month and pays it to the tax "
                            "administration. Until the administration knows your situation, a "
                            "default rate based only on your salary is applied.</p>"
                            "<p>After your first tax return, a personalised rate replaces it and "
                            "any difference is settled from the following summer (refund or "
                            "balance to pay). You can also contact your tax office to obtain a "
                            "suitable rate sooner.</p>"
                        ),
                        "who": "hr",
                        "documents": [],
                        "delay": "",
                        "links": [],
                        "official_url": IMPOTS,
                        "official_label": "impots.gouv.fr, the French tax website",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "File your first tax return the year after you arrive",
                        "what_to_do": (
                            "<p>In the spring of the year after you arrive, declare the previous "
                            "year’s income on "
                            '<a href="https://www.impots.gouv.fr">impots.gouv.fr</a>, even though '
                            "tax has already been withheld. If you do not yet have a tax number, "
                            "the website explains how to file a first return; your local tax "
                            "office (service des impôts des particuliers) can also help.</p>"
                            "<ul>"
                            "<li>Also declare your <strong>bank accounts held abroad</strong>.</li>"
                            "<li>Check the tax treaty between France and your country: some "
                            "include specific rules for researchers.</li>"
                            "</ul>"
                        ),
                        "who": "you",
                        "documents": [
                            "Payslips or annual summary",
                            "Statements of income received abroad, if any",
                            "Details of your accounts abroad",
                        ],
                        "delay": "Spring of the year after arrival",
                        "links": [],
                        "official_url": IMPOTS,
                        "official_label": "impots.gouv.fr: declare your income",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Get your transport pass reimbursed",
                        "what_to_do": (
                            "<p>In the public service, your employer reimburses <strong>75% of the "
                            "price of your pass</strong> for public transport or public bike hire "
                            "for commuting since 1 September 2023, up to a ceiling. Single tickets "
                            "are not covered. In the private sector, the minimum reimbursement is "
                            "50%.</p>"
                            "<p>If you cycle or car-pool to work for a minimum number of days a "
                            "year, you can also claim the <strong>sustainable mobility "
                            "allowance</strong> (forfait mobilités durables). Send proof of your "
                            "pass to the HR department.</p>"
                        ),
                        "who": "hr",
                        "documents": ["Proof of your pass (invoice or certificate)"],
                        "delay": "",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Exchange your driving licence within a year",
                        "what_to_do": (
                            "<p>A licence issued by a European Union or European Economic Area "
                            "country remains valid in France. A licence issued by another country "
                            "is, as a rule, recognised only for <strong>one year</strong> after "
                            "the start of validity of your first residence permit.</p>"
                            "<p>During that year, apply online on the ANTS website to exchange it, "
                            "if your country has a reciprocity agreement with France. Otherwise, "
                            "you will have to take the French driving test to keep driving. "
                            "Processing can take several months.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Foreign driving licence and its translation",
                            "Residence permit",
                            "Proof of address",
                            "Digital identity photo",
                        ],
                        "delay": "Several months",
                        "links": [
                            {
                                "text": "ANTS: online procedures",
                                "url": ANTS,
                            },
                        ],
                        "official_url": SP_PERMIS,
                        "official_label": (
                            "Exchanging a foreign driving licence on service-public.gouv.fr"
                        ),
                        "applies_to": ["non_eu"],
                        "contacts": [],
                    },
                },
            ],
        },
    },
    # ------------------------------------------------------------------
    # Extending your stay or leaving France
    # ------------------------------------------------------------------
    {
        "key": "leaving-or-extending",
        "stage": "leaving",
        "last_checked": "2026-10-19",
        "review_by": "2027-04-19",
        "fr": {
            "title": "Prolonger votre séjour ou quitter la France",
            "slug": "prolonger-ou-quitter-la-france",
            "search_description": (
                "Renouveler le titre de séjour, mettre à jour la convention d’accueil, formalités "
                "de fin de contrat, allocations chômage, droits sociaux et retraite."
            ),
            "intro": (
                "Que votre contrat soit prolongé, que vous changiez de poste ou que vous quittiez "
                "la France, anticipez. Le renouvellement du titre de séjour et les formalités de "
                "départ se préparent plusieurs mois à l’avance."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": (
                            "Renouvelez votre titre de séjour deux à quatre mois avant son "
                            "expiration"
                        ),
                        "what_to_do": (
                            "<p>Si votre séjour se prolonge, demandez le renouvellement de votre "
                            "titre sur l’ANEF <strong>entre le quatrième et le deuxième "
                            "mois</strong> précédant sa date d’expiration. Joignez une nouvelle "
                            "convention d’accueil ou la prolongation de la vôtre.</p>"
                            "<p>Une demande tardive peut interrompre vos droits, notamment au "
                            "travail et aux prestations. Pendant l’instruction, l’attestation "
                            "délivrée par l’ANEF vous permet de continuer à séjourner et à "
                            "travailler en France.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Titre de séjour en cours de validité",
                            "Nouvelle convention d’accueil ou avenant",
                            "Justificatif de domicile",
                            "Photo d’identité numérique",
                        ],
                        "delay": "Demande 2 à 4 mois avant l’expiration",
                        "links": [],
                        "official_url": ANEF,
                        "official_label": "ANEF : renouveler votre titre de séjour",
                        "applies_to": ["non_eu"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Faites mettre à jour votre convention d’accueil",
                        "what_to_do": (
                            "<p>Votre titre « talent – chercheur » est lié à votre convention "
                            "d’accueil. Si votre contrat est prolongé, si vous êtes recruté sur un "
                            "poste permanent ou si vous changez d’établissement d’accueil, votre "
                            "laboratoire demande une nouvelle convention au service des ressources "
                            "humaines de la délégation régionale.</p>"
                            "<p>Prévenez-les suffisamment tôt pour que le document soit prêt avant "
                            "votre demande de renouvellement.</p>"
                        ),
                        "who": "laboratory",
                        "documents": [],
                        "delay": "Quelques semaines",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": ["non_eu"],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": (
                            "Pour chercher un emploi après vos recherches, demandez la carte "
                            "adaptée"
                        ),
                        "what_to_do": (
                            "<p>À la fin de vos travaux de recherche, si vous souhaitez rester en "
                            "France pour chercher un emploi ou créer une entreprise, vous pouvez "
                            "demander une carte de séjour temporaire « <strong>recherche d’emploi "
                            "ou création d’entreprise</strong> », valable douze mois.</p>"
                            "<p>Déposez la demande avant l’expiration de votre titre actuel, avec "
                            "un justificatif de la fin de vos travaux. Renseignez-vous sur les "
                            "conditions auprès du service des ressources humaines ou du conseiller "
                            "en économie sociale et familiale.</p>"
                        ),
                        "who": "prefecture",
                        "documents": [
                            "Titre de séjour en cours de validité",
                            (
                                "Attestation de fin de travaux de recherche de l’établissement "
                                "d’accueil"
                            ),
                        ],
                        "delay": "",
                        "links": [],
                        "official_url": ANEF,
                        "official_label": "ANEF : demander un titre de séjour",
                        "applies_to": ["non_eu"],
                        "contacts": ["social_advisor"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Accomplissez les formalités de fin de contrat",
                        "what_to_do": (
                            "<p>Avant votre départ, voyez avec votre laboratoire et le service des "
                            "ressources humaines :</p>"
                            "<ul>"
                            "<li>la remise du certificat de travail et de l’attestation employeur, "
                            "nécessaire pour les allocations chômage ;</li>"
                            "<li>la restitution du badge et du matériel, et la transmission de vos "
                            "données et cahiers de laboratoire selon les règles de l’unité ;</li>"
                            "<li>le préavis de votre logement : un mois pour un meublé ou en zone "
                            "tendue, trois mois sinon pour un logement vide.</li>"
                            "</ul>"
                            "<p>Gardez votre compte bancaire ouvert quelque temps pour le dernier "
                            "salaire et d’éventuels remboursements.</p>"
                        ),
                        "who": "hr",
                        "documents": [
                            "Certificat de travail",
                            "Attestation employeur",
                            "Dernier bulletin de salaire",
                        ],
                        "delay": "Préavis du logement : 1 à 3 mois",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": (
                            "Après un contrat à durée déterminée, inscrivez-vous à France Travail"
                        ),
                        "what_to_do": (
                            "<p>À la fin d’un contrat à durée déterminée, vous pouvez avoir droit "
                            "à l’allocation chômage si vous restez en France et cherchez un "
                            "emploi. Dans le secteur public, elle n’est pas toujours versée par "
                            "l’assurance chômage générale : l’ancien employeur public peut la "
                            "financer ou la verser lui-même.</p>"
                            "<p>Inscrivez-vous à France Travail, qui vous indique l’organisme "
                            "compétent, et demandez votre attestation employeur aux ressources "
                            "humaines. Si vous n’êtes pas citoyen européen, il faut un titre de "
                            "séjour qui autorise à travailler.</p>"
                        ),
                        "who": "organisation",
                        "documents": ["Attestation employeur", "Titre de séjour", "RIB"],
                        "delay": "",
                        "links": [],
                        "official_url": FRANCE_TRAVAIL,
                        "official_label": "France Travail : s’inscrire comme demandeur d’emploi",
                        "applies_to": ["fixed_term"],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Conservez vos droits sociaux et à la retraite",
                        "what_to_do": (
                            "<p>Vos périodes de travail en France comptent pour votre retraite, "
                            "même si vous partez : créez votre compte sur "
                            '<a href="https://www.info-retraite.fr">info-retraite.fr</a> pour '
                            "consulter votre relevé de carrière, et gardez vos bulletins de "
                            "salaire. Grâce aux règlements européens et aux conventions "
                            "bilatérales de sécurité sociale, ces périodes peuvent être prises en "
                            "compte avec celles accomplies dans d’autres pays.</p>"
                            "<p>Prévenez votre CPAM de votre départ et, si vous partez dans un "
                            "autre pays européen, demandez les formulaires qui permettent d’y "
                            "faire valoir vos droits. L’année suivante, déclarez encore en France "
                            "vos revenus de l’année de départ.</p>"
                        ),
                        "who": "you",
                        "documents": ["Bulletins de salaire", "Relevé de carrière"],
                        "delay": "",
                        "links": [
                            {
                                "text": "Cleiss : sécurité sociale et mobilité internationale",
                                "url": CLEISS,
                            },
                            {
                                "text": "ameli.fr, le site de l’Assurance Maladie",
                                "url": AMELI,
                            },
                        ],
                        "official_url": INFO_RETRAITE,
                        "official_label": "info-retraite.fr : votre relevé de carrière",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
            ],
        },
        "en": {
            "title": "Extending your stay or leaving France",
            "slug": "extending-or-leaving-france",
            "search_description": (
                "Renewing your residence permit, updating the hosting agreement, end-of-contract "
                "formalities, unemployment benefits, social security and pension rights."
            ),
            "intro": (
                "Whether your contract is extended, you change posts or you leave France, plan "
                "ahead. Renewing your residence permit and the formalities for leaving take "
                "several months to prepare."
            ),
            "steps": [
                {
                    "type": "step",
                    "value": {
                        "title": "Renew your residence permit two to four months before it expires",
                        "what_to_do": (
                            "<p>If your stay continues, apply on ANEF to renew your permit "
                            "<strong>between the fourth and the second month</strong> before it "
                            "expires. Attach a new hosting agreement or the extension of yours.</p>"
                            "<p>A late application can interrupt your rights, including to work "
                            "and to benefits. While it is processed, the certificate issued by "
                            "ANEF allows you to keep living and working in France.</p>"
                        ),
                        "who": "you",
                        "documents": [
                            "Current residence permit",
                            "New hosting agreement or amendment",
                            "Proof of address",
                            "Digital identity photo",
                        ],
                        "delay": "Apply 2 to 4 months before expiry",
                        "links": [],
                        "official_url": ANEF,
                        "official_label": "ANEF: renew your residence permit",
                        "applies_to": ["non_eu"],
                        "contacts": [],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Have your hosting agreement updated",
                        "what_to_do": (
                            "<p>Your “talent – chercheur” permit is linked to your hosting "
                            "agreement. If your contract is extended, you are recruited to a "
                            "permanent post or you change host institution, your laboratory asks "
                            "the HR department of the regional delegation for a new agreement.</p>"
                            "<p>Tell them early enough for the document to be ready before you "
                            "apply for renewal.</p>"
                        ),
                        "who": "laboratory",
                        "documents": [],
                        "delay": "A few weeks",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": ["non_eu"],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "To look for work after your research, apply for the right permit",
                        "what_to_do": (
                            "<p>When your research work ends, if you wish to stay in France to "
                            "look for a job or set up a business, you can apply for a temporary "
                            "residence card marked “<strong>recherche d’emploi ou création "
                            "d’entreprise</strong>” (job seeking or business creation), valid for "
                            "twelve months.</p>"
                            "<p>Apply before your current permit expires, with proof that your "
                            "research work has been completed. Ask the HR department or the social "
                            "and family economics advisor about the conditions.</p>"
                        ),
                        "who": "prefecture",
                        "documents": [
                            "Current residence permit",
                            (
                                "Certificate from the host institution that your research work has "
                                "been completed"
                            ),
                        ],
                        "delay": "",
                        "links": [],
                        "official_url": ANEF,
                        "official_label": "ANEF: apply for a residence permit",
                        "applies_to": ["non_eu"],
                        "contacts": ["social_advisor"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Complete the end-of-contract formalities",
                        "what_to_do": (
                            "<p>Before you leave, go through the following with your laboratory "
                            "and the HR department:</p>"
                            "<ul>"
                            "<li>your certificate of employment and the employer’s certificate "
                            "needed for unemployment benefits;</li>"
                            "<li>returning your badge and equipment, and handing over your data "
                            "and laboratory notebooks according to the unit’s rules;</li>"
                            "<li>giving notice on your home: one month for a furnished home or in "
                            "a high-demand area, otherwise three months for an unfurnished "
                            "home.</li>"
                            "</ul>"
                            "<p>Keep your bank account open for a while for your last salary and "
                            "any refunds.</p>"
                        ),
                        "who": "hr",
                        "documents": [
                            "Certificate of employment",
                            "Employer’s certificate",
                            "Last payslip",
                        ],
                        "delay": "Notice on your home: 1 to 3 months",
                        "links": [],
                        "official_url": "",
                        "official_label": "",
                        "applies_to": [],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "After a fixed-term contract, register with France Travail",
                        "what_to_do": (
                            "<p>At the end of a fixed-term contract, you may be entitled to "
                            "unemployment benefit if you stay in France and look for work. In the "
                            "public sector, it is not always paid by the general unemployment "
                            "insurance: the former public employer may fund it or pay it "
                            "directly.</p>"
                            "<p>Register with France Travail, which tells you which body is "
                            "responsible, and ask HR for your employer’s certificate. If you are "
                            "not a European citizen, you need a residence permit that allows you "
                            "to work.</p>"
                        ),
                        "who": "organisation",
                        "documents": [
                            "Employer’s certificate",
                            "Residence permit",
                            "Bank details (RIB)",
                        ],
                        "delay": "",
                        "links": [],
                        "official_url": FRANCE_TRAVAIL,
                        "official_label": "France Travail: register as a job seeker",
                        "applies_to": ["fixed_term"],
                        "contacts": ["regional_hr"],
                    },
                },
                {
                    "type": "step",
                    "value": {
                        "title": "Keep your social security and pension rights",
                        "what_to_do": (
                            "<p>Your periods of work in France count towards your pension, even if "
                            "you leave: create your account on "
                            '<a href="https://www.info-retraite.fr">info-retraite.fr</a> to see '
                            "your career statement, and keep your payslips. Thanks to European "
                            "regulations and bilateral social security agreements, these periods "
                            "can be combined with those completed in other countries.</p>"
                            "<p>Tell your CPAM that you are leaving and, if you are moving to "
                            "another European country, ask for the forms that let you claim your "
                            "rights there. The following year, still declare in France your income "
                            "for the year you left.</p>"
                        ),
                        "who": "you",
                        "documents": ["Payslips", "Career statement"],
                        "delay": "",
                        "links": [
                            {
                                "text": "Cleiss: social security and international mobility",
                                "url": CLEISS,
                            },
                            {
                                "text": "ameli.fr, the Health Insurance website",
                                "url": AMELI,
                            },
                        ],
                        "official_url": INFO_RETRAITE,
                        "official_label": "info-retraite.fr: your career statement",
                        "applies_to": [],
                        "contacts": [],
                    },
                },
            ],
        },
    },
]

# The documents the institute provides in English (objectives contract, action 24; action
# plan, action 1.2): the demo attaches a placeholder PDF to each, with this text.
DOCUMENTS_IN_ENGLISH = [
    {
        "key": "employment-contract",
        "title_fr": "Contrat de travail (traduction anglaise)",
        "title_en": "Employment contract (English translation)",
        "placeholder_text": (
            "This PDF is a placeholder for the English translation of the employment contract that "
            "Inserm provides. The real document sets out your post, start date, length of "
            "contract, working hours, pay and leave. Ask your regional delegation’s HR department "
            "for it.\n\n"
            "Ce PDF tient lieu de la traduction anglaise du contrat de travail fournie par "
            "l’Inserm. Le document réel précise le poste, la date de début, la durée du contrat, "
            "le temps de travail, la rémunération et les congés. Demandez-le aux ressources "
            "humaines de votre délégation régionale."
        ),
    },
    {
        "key": "civil-servant-status",
        "title_fr": "Statut de la fonction publique (traduction anglaise)",
        "title_en": "Civil-service status (English translation)",
        "placeholder_text": (
            "This PDF is a placeholder for the English translation of the civil-service status "
            "that Inserm provides. The real document explains the rights and duties of "
            "civil-servant researchers: competitions, probation year, career, evaluation, leave "
            "and mobility. Ask your regional delegation’s HR department for it.\n\n"
            "Ce PDF tient lieu de la traduction anglaise du statut de la fonction publique fournie "
            "par l’Inserm. Le document réel présente les droits et obligations des chercheurs "
            "fonctionnaires : concours, année de stage, carrière, évaluation, congés et mobilité. "
            "Demandez-le aux ressources humaines de votre délégation régionale."
        ),
    },
    {
        "key": "welcome-booklet",
        "title_fr": "Livret d’accueil (version anglaise)",
        "title_en": "Welcome booklet (English version)",
        "placeholder_text": (
            "This PDF is a placeholder for the English version of the welcome booklet that Inserm "
            "gives staff arriving from abroad. The real booklet presents the institute, your first "
            "formalities (visa, housing, bank, health insurance) and your contacts. Ask your "
            "regional delegation’s HR department for it.\n\n"
            "Ce PDF tient lieu de la version anglaise du livret d’accueil que l’Inserm remet aux "
            "personnels venus de l’étranger. Le livret réel présente l’établissement, vos "
            "premières démarches (visa, logement, banque, assurance maladie) et vos contacts. "
            "Demandez-le aux ressources humaines de votre délégation régionale."
        ),
    },
]
