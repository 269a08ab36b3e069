# Data: long sentences read better unbroken.
# ruff: noqa: E501
"""Words and phrases the synthetic offers are built from, in French and English.

Pure data (no Django), so the generator, the demo loader and the tests can share it.
The facts agree with the institute's own documents (shared/seeds/): competitions announced
in February–March, closing early to mid-May (Paris time), auditions before the CSS jury in
June–July, results in August, a one-year probation; non-permanent posts all year on
emploi.inserm.fr; CV, cover letter and two or three reference letters; French essential for
permanent posts; the HR Excellence in Research label since 2016; fixed-term researcher offers
also published on EURAXESS.

Laboratory names and unit codes are fictional. French text uses the typographic apostrophe
(’), like the rest of the site. Templates use `str.format` placeholders; the generator
documents which ones it provides (`offers.generator.template_context`).
"""

# The institute's careers guide: "INSERM currently has 217 open positions."
OPEN_POSITIONS_IN_SOURCE = 217

# --- Places -------------------------------------------------------------------------------

# The institute's regional offices. Their names are proper names, the same on the English site
# (as English keeps the official region names Grand Est or Nouvelle-Aquitaine): a translated
# "North-West" beside an untranslated "Grand Ouest" was neither French nor English, and the French
# name is the one visitors meet on the offices' own documents and addresses.
REGIONS = [
    {
        "slug": "auvergne-rhone-alpes",
        "fr": "Auvergne-Rhône-Alpes",
        "en": "Auvergne-Rhône-Alpes",
        "cities": ["Lyon", "Grenoble", "Clermont-Ferrand", "Saint-Étienne"],
    },
    {
        "slug": "grand-est",
        "fr": "Grand Est",
        "en": "Grand Est",
        "cities": ["Strasbourg", "Nancy", "Reims"],
    },
    {
        "slug": "grand-ouest",
        "fr": "Grand Ouest",
        "en": "Grand Ouest",
        "cities": ["Nantes", "Rennes", "Angers", "Brest", "Tours"],
    },
    {
        "slug": "nord-ouest",
        "fr": "Nord-Ouest",
        "en": "Nord-Ouest",
        "cities": ["Lille", "Rouen", "Caen", "Amiens"],
    },
    {
        "slug": "nouvelle-aquitaine",
        "fr": "Nouvelle-Aquitaine",
        "en": "Nouvelle-Aquitaine",
        "cities": ["Bordeaux", "Poitiers", "Limoges"],
    },
    {
        "slug": "occitanie-mediterranee",
        "fr": "Occitanie Méditerranée",
        "en": "Occitanie Méditerranée",
        "cities": ["Montpellier", "Nîmes"],
    },
    {
        "slug": "occitanie-pyrenees",
        "fr": "Occitanie Pyrénées",
        "en": "Occitanie Pyrénées",
        "cities": ["Toulouse"],
    },
    {
        "slug": "provence-alpes-cote-d-azur-et-corse",
        "fr": "Provence-Alpes-Côte d’Azur et Corse",
        "en": "Provence-Alpes-Côte d’Azur et Corse",
        "cities": ["Marseille", "Nice"],
    },
    {
        "slug": "paris-idf-centre-est",
        "fr": "Paris IDF Centre-Est",
        "en": "Paris IDF Centre-Est",
        "cities": ["Paris"],
    },
    {
        "slug": "paris-idf-centre-nord",
        "fr": "Paris IDF Centre-Nord",
        "en": "Paris IDF Centre-Nord",
        "cities": ["Paris", "Bobigny"],
    },
    {
        "slug": "paris-idf-est",
        "fr": "Paris IDF Est",
        "en": "Paris IDF Est",
        "cities": ["Créteil", "Champs-sur-Marne"],
    },
    {
        "slug": "paris-idf-ouest",
        "fr": "Paris IDF Ouest",
        "en": "Paris IDF Ouest",
        "cities": ["Paris", "Versailles", "Saint-Quentin-en-Yvelines"],
    },
    {
        "slug": "paris-idf-sud",
        "fr": "Paris IDF Sud",
        "en": "Paris IDF Sud",
        "cities": ["Villejuif", "Orsay", "Le Kremlin-Bicêtre"],
    },
]

# --- Science ------------------------------------------------------------------------------

RESEARCH_FIELDS = [
    {
        "slug": "neurosciences",
        "fr": "Neurosciences et psychiatrie",
        "en": "Neuroscience and psychiatry",
    },
    {
        "slug": "immunologie-infectiologie",
        "fr": "Immunologie, inflammation et maladies infectieuses",
        "en": "Immunology, inflammation and infectious diseases",
    },
    {"slug": "cancerologie", "fr": "Cancérologie", "en": "Cancer research"},
    {
        "slug": "biologie-cellulaire",
        "fr": "Biologie cellulaire et développement",
        "en": "Cell biology and development",
    },
    {"slug": "genetique-genomique", "fr": "Génétique et génomique", "en": "Genetics and genomics"},
    {
        "slug": "sante-publique",
        "fr": "Santé publique et épidémiologie",
        "en": "Public health and epidemiology",
    },
    {
        "slug": "metabolisme-nutrition",
        "fr": "Physiopathologie, métabolisme et nutrition",
        "en": "Pathophysiology, metabolism and nutrition",
    },
    {
        "slug": "cardiovasculaire",
        "fr": "Recherche cardiovasculaire",
        "en": "Cardiovascular research",
    },
    {
        "slug": "technologies-sante",
        "fr": "Technologies pour la santé, imagerie et bio-ingénierie",
        "en": "Health technologies, imaging and bioengineering",
    },
    {
        "slug": "bioinformatique",
        "fr": "Bio-informatique et science des données",
        "en": "Bioinformatics and data science",
    },
    {
        "slug": "microbiologie",
        "fr": "Microbiologie et microbiote",
        "en": "Microbiology and microbiota",
    },
    {
        "slug": "ethique-shs",
        "fr": "Éthique, sciences humaines et sociales en santé",
        "en": "Ethics, humanities and social sciences in health",
    },
    {"slug": "recherche-clinique", "fr": "Recherche clinique", "en": "Clinical research"},
    {
        "slug": "pharmacologie",
        "fr": "Pharmacologie et innovation thérapeutique",
        "en": "Pharmacology and therapeutic innovation",
    },
]

# Specialised scientific committees (commissions scientifiques spécialisées): researcher
# competitions are organised by these discipline groups. Plausible, not the official list.
CSS_SECTIONS = [
    (
        "CSS 1",
        "Biologie cellulaire, développement et évolution",
        "Cell biology, development and evolution",
    ),
    ("CSS 2", "Génétique, génomique et bio-informatique", "Genetics, genomics and bioinformatics"),
    ("CSS 3", "Microbiologie, infection et immunité", "Microbiology, infection and immunity"),
    ("CSS 4", "Neurosciences, neurologie et psychiatrie", "Neuroscience, neurology and psychiatry"),
    ("CSS 5", "Biologie du cancer et oncologie", "Cancer biology and oncology"),
    (
        "CSS 6",
        "Physiopathologie cardiovasculaire, métabolique et nutritionnelle",
        "Cardiovascular, metabolic and nutritional pathophysiology",
    ),
    (
        "CSS 7",
        "Technologies pour la santé et pharmacologie",
        "Health technologies and pharmacology",
    ),
    (
        "CSS 8",
        "Santé publique, recherche clinique et sciences humaines et sociales",
        "Public health, clinical research and social sciences",
    ),
]

# The committee that examines researcher competitions in each research field.
FIELD_SECTIONS = {
    "neurosciences": "CSS 4",
    "immunologie-infectiologie": "CSS 3",
    "cancerologie": "CSS 5",
    "biologie-cellulaire": "CSS 1",
    "genetique-genomique": "CSS 2",
    "sante-publique": "CSS 8",
    "metabolisme-nutrition": "CSS 6",
    "cardiovasculaire": "CSS 6",
    "technologies-sante": "CSS 7",
    "bioinformatique": "CSS 2",
    "microbiologie": "CSS 3",
    "ethique-shs": "CSS 8",
    "recherche-clinique": "CSS 8",
    "pharmacologie": "CSS 7",
}

# One expected skill per field, a bullet of a researcher's candidate profile.
FIELD_SKILLS = {
    "neurosciences": (
        "une expérience en électrophysiologie, en imagerie calcique ou en analyse du comportement chez le rongeur",
        "experience in electrophysiology, calcium imaging or rodent behavioural analysis",
    ),
    "immunologie-infectiologie": (
        "une expérience en cytométrie en flux multiparamétrique et en culture de cellules immunitaires",
        "experience in multiparameter flow cytometry and immune cell culture",
    ),
    "cancerologie": (
        "une expérience des modèles tumoraux in vitro et in vivo",
        "experience with in vitro and in vivo tumour models",
    ),
    "biologie-cellulaire": (
        "une bonne pratique de la microscopie confocale et de l’analyse d’images",
        "good practice of confocal microscopy and image analysis",
    ),
    "genetique-genomique": (
        "une expérience du séquençage à haut débit et de l’analyse de variants",
        "experience with high-throughput sequencing and variant analysis",
    ),
    "sante-publique": (
        "une solide formation en épidémiologie et en biostatistique (R, SAS ou Stata)",
        "solid training in epidemiology and biostatistics (R, SAS or Stata)",
    ),
    "metabolisme-nutrition": (
        "une expérience de l’expérimentation animale et des explorations métaboliques",
        "experience with animal experimentation and metabolic phenotyping",
    ),
    "cardiovasculaire": (
        "une expérience en physiologie cardiovasculaire ou en biologie vasculaire",
        "experience in cardiovascular physiology or vascular biology",
    ),
    "technologies-sante": (
        "une formation en physique, en ingénierie ou en traitement du signal et des images",
        "a background in physics, engineering or signal and image processing",
    ),
    "bioinformatique": (
        "une bonne maîtrise de Python ou de R et des environnements de calcul intensif",
        "a good command of Python or R and of high-performance computing environments",
    ),
    "microbiologie": (
        "une expérience en microbiologie, y compris en laboratoire de niveau de sécurité 2 ou 3",
        "experience in microbiology, including work in biosafety level 2 or 3 laboratories",
    ),
    "ethique-shs": (
        "une formation en sciences humaines et sociales (sociologie, philosophie, droit ou économie)",
        "a background in the humanities or social sciences (sociology, philosophy, law or economics)",
    ),
    "recherche-clinique": (
        "une connaissance de la méthodologie des essais cliniques et des bonnes pratiques cliniques",
        "knowledge of clinical trial methodology and good clinical practice",
    ),
    "pharmacologie": (
        "une expérience en pharmacologie in vitro et in vivo",
        "experience in in vitro and in vivo pharmacology",
    ),
}

# Fictional units. French names start with Centre, Laboratoire (le/du/au) or Institut,
# Unité (l’/de l’/à l’): the generator picks the article from the first word. "topics" are the
# keys of the TOPICS a unit of that name works on, each under one of its two "fields": an offer
# is about one of them, so a neuroscience laboratory never advertises microfluidics.
LABORATORIES = [
    # Auvergne-Rhône-Alpes
    {
        "fr": "Centre de recherche en neurobiologie de Lyon (U1401)",
        "en": "Lyon Neurobiology Research Centre (U1401)",
        "city": "Lyon",
        "region": "auvergne-rhone-alpes",
        "fields": ["neurosciences", "genetique-genomique"],
        "topics": [
            "alzheimer-synapses",
            "decision-circuits",
            "sleep-memory",
            "cortical-development",
            "epilepsy-genetics",
        ],
    },
    {
        "fr": "Institut lyonnais d’immunologie et d’infectiologie (U1402)",
        "en": "Lyon Institute of Immunology and Infectious Diseases (U1402)",
        "city": "Lyon",
        "region": "auvergne-rhone-alpes",
        "fields": ["immunologie-infectiologie", "microbiologie"],
        "topics": [
            "t-cell-memory",
            "hiv-reservoirs",
            "mucosal-antiviral-immunity",
            "tuberculosis",
            "antibiotic-resistance",
            "bacteriophages",
        ],
    },
    {
        "fr": "Laboratoire de biologie des tumeurs de Lyon (U1403)",
        "en": "Lyon Tumour Biology Laboratory (U1403)",
        "city": "Lyon",
        "region": "auvergne-rhone-alpes",
        "fields": ["cancerologie", "pharmacologie"],
        "topics": [
            "pancreatic-cancer",
            "dna-repair",
            "melanoma-immunotherapy",
            "acute-myeloid-leukaemia",
            "nanomedicines",
        ],
    },
    {
        "fr": "Unité de physiopathologie cardiovasculaire et métabolique de Lyon (U1404)",
        "en": "Lyon Cardiovascular and Metabolic Pathophysiology Unit (U1404)",
        "city": "Lyon",
        "region": "auvergne-rhone-alpes",
        "fields": ["cardiovasculaire", "metabolisme-nutrition"],
        "topics": [
            "heart-failure",
            "atherosclerosis",
            "myocardial-regeneration",
            "insulin-resistance",
            "fatty-liver",
        ],
    },
    {
        "fr": "Institut alpin de bio-ingénierie et d’imagerie (U1405)",
        "en": "Alpine Institute for Bioengineering and Imaging (U1405)",
        "city": "Grenoble",
        "region": "auvergne-rhone-alpes",
        "fields": ["technologies-sante", "neurosciences"],
        "topics": [
            "brain-mri",
            "brain-computer-interfaces",
            "microfluidics",
            "ultrafast-ultrasound",
            "image-guided-radiotherapy",
        ],
    },
    {
        "fr": "Unité de nutrition humaine et de métabolisme de Clermont-Ferrand (U1406)",
        "en": "Clermont-Ferrand Human Nutrition and Metabolism Unit (U1406)",
        "city": "Clermont-Ferrand",
        "region": "auvergne-rhone-alpes",
        "fields": ["metabolisme-nutrition", "microbiologie"],
        "topics": [
            "sarcopenia",
            "appetite-regulation",
            "maternal-nutrition",
            "insulin-resistance",
            "microbiota-metabolism",
        ],
    },
    {
        "fr": "Laboratoire de thrombose et de biologie vasculaire de Saint-Étienne (U1407)",
        "en": "Saint-Étienne Thrombosis and Vascular Biology Laboratory (U1407)",
        "city": "Saint-Étienne",
        "region": "auvergne-rhone-alpes",
        "fields": ["cardiovasculaire", "recherche-clinique"],
        "topics": ["thrombosis", "atherosclerosis", "aortic-aneurysms", "venous-thromboembolism"],
    },
    # Grand Est
    {
        "fr": "Centre de génétique et de biologie du développement de Strasbourg (U1408)",
        "en": "Strasbourg Centre for Genetics and Developmental Biology (U1408)",
        "city": "Strasbourg",
        "region": "grand-est",
        "fields": ["genetique-genomique", "biologie-cellulaire"],
        "topics": [
            "single-cell-embryo",
            "epigenetic-regulation",
            "intestinal-organoids",
            "epithelial-polarity",
            "asymmetric-division",
            "zebrafish-regeneration",
        ],
    },
    {
        "fr": "Laboratoire d’immunologie et de thérapies innovantes de Strasbourg (U1409)",
        "en": "Strasbourg Laboratory of Immunology and Innovative Therapies (U1409)",
        "city": "Strasbourg",
        "region": "grand-est",
        "fields": ["immunologie-infectiologie", "pharmacologie"],
        "topics": ["b-cell-tolerance", "t-cell-memory", "therapeutic-antibodies", "mrna-therapies"],
    },
    {
        "fr": "Unité de cardiologie et d’épidémiologie clinique de Nancy (U1410)",
        "en": "Nancy Cardiology and Clinical Epidemiology Unit (U1410)",
        "city": "Nancy",
        "region": "grand-est",
        "fields": ["cardiovasculaire", "recherche-clinique"],
        "topics": ["heart-failure", "atherosclerosis", "cardiology-trials", "remote-monitoring"],
    },
    {
        "fr": "Laboratoire de microbiologie et d’infections respiratoires de Reims (U1411)",
        "en": "Reims Microbiology and Respiratory Infection Laboratory (U1411)",
        "city": "Reims",
        "region": "grand-est",
        "fields": ["microbiologie", "immunologie-infectiologie"],
        "topics": [
            "antibiotic-resistance",
            "biofilms",
            "bacteriophages",
            "fungal-infections",
            "pseudomonas",
            "tuberculosis",
        ],
    },
    # Grand Ouest
    {
        "fr": "Centre de recherche en transplantation et immunothérapie de Nantes (U1412)",
        "en": "Nantes Transplantation and Immunotherapy Research Centre (U1412)",
        "city": "Nantes",
        "region": "grand-ouest",
        "fields": ["immunologie-infectiologie", "recherche-clinique"],
        "topics": [
            "transplant-tolerance",
            "t-cell-memory",
            "b-cell-tolerance",
            "kidney-transplant-cohorts",
        ],
    },
    {
        "fr": "Institut de recherche sur le cancer de Nantes (U1413)",
        "en": "Nantes Cancer Research Institute (U1413)",
        "city": "Nantes",
        "region": "grand-ouest",
        "fields": ["cancerologie", "genetique-genomique"],
        "topics": [
            "melanoma-immunotherapy",
            "breast-cancer-biomarkers",
            "dna-repair",
            "acute-myeloid-leukaemia",
            "glioblastoma",
            "cancer-predisposition",
        ],
    },
    {
        "fr": "Laboratoire d’épidémiologie environnementale de Rennes (U1414)",
        "en": "Rennes Environmental Epidemiology Laboratory (U1414)",
        "city": "Rennes",
        "region": "grand-ouest",
        "fields": ["sante-publique", "metabolisme-nutrition"],
        "topics": ["pesticides-perinatal", "air-pollution", "exposome", "endocrine-disruptors"],
    },
    {
        "fr": "Unité de recherche sur la mitochondrie et le vieillissement d’Angers (U1415)",
        "en": "Angers Mitochondria and Ageing Research Unit (U1415)",
        "city": "Angers",
        "region": "grand-ouest",
        "fields": ["genetique-genomique", "biologie-cellulaire"],
        "topics": [
            "mitochondrial-diseases",
            "optic-neuropathies",
            "autophagy-mitochondria",
            "cellular-senescence",
        ],
    },
    {
        "fr": "Laboratoire de génétique et d’immunologie de Brest (U1416)",
        "en": "Brest Genetics and Immunology Laboratory (U1416)",
        "city": "Brest",
        "region": "grand-ouest",
        "fields": ["genetique-genomique", "immunologie-infectiologie"],
        "topics": [
            "cystic-fibrosis",
            "rare-disease-diagnosis",
            "b-cell-tolerance",
            "immune-deficiencies",
        ],
    },
    {
        "fr": "Unité d’imagerie et de neurosciences de Tours (U1417)",
        "en": "Tours Imaging and Neuroscience Unit (U1417)",
        "city": "Tours",
        "region": "grand-ouest",
        "fields": ["technologies-sante", "neurosciences"],
        "topics": [
            "brain-mri",
            "ultrafast-ultrasound",
            "brain-pet",
            "cortical-development",
            "resistant-depression",
        ],
    },
    # Nord-Ouest
    {
        "fr": "Institut de recherche sur le diabète et l’obésité de Lille (U1418)",
        "en": "Lille Diabetes and Obesity Research Institute (U1418)",
        "city": "Lille",
        "region": "nord-ouest",
        "fields": ["metabolisme-nutrition", "genetique-genomique"],
        "topics": [
            "insulin-resistance",
            "childhood-obesity",
            "fatty-liver",
            "appetite-regulation",
            "diabetes-variants",
        ],
    },
    {
        "fr": "Centre de recherche sur les maladies neurodégénératives de Lille (U1419)",
        "en": "Lille Neurodegenerative Disease Research Centre (U1419)",
        "city": "Lille",
        "region": "nord-ouest",
        "fields": ["neurosciences", "pharmacologie"],
        "topics": ["alzheimer-synapses", "parkinson-neuroinflammation", "als", "tau-therapies"],
    },
    {
        "fr": "Laboratoire d’infectiologie et de santé publique de Lille (U1420)",
        "en": "Lille Infectious Diseases and Public Health Laboratory (U1420)",
        "city": "Lille",
        "region": "nord-ouest",
        "fields": ["microbiologie", "sante-publique"],
        "topics": [
            "antibiotic-resistance",
            "malaria",
            "infectious-surveillance",
            "vaccine-coverage",
        ],
    },
    {
        "fr": "Laboratoire de pharmacologie cardiovasculaire de Rouen (U1421)",
        "en": "Rouen Cardiovascular Pharmacology Laboratory (U1421)",
        "city": "Rouen",
        "region": "nord-ouest",
        "fields": ["cardiovasculaire", "pharmacologie"],
        "topics": [
            "anticoagulants",
            "heart-failure-drugs",
            "heart-failure",
            "pulmonary-hypertension",
            "thrombosis",
        ],
    },
    {
        "fr": "Laboratoire d’imagerie et de thérapies du cancer de Caen (U1422)",
        "en": "Caen Cancer Imaging and Therapy Laboratory (U1422)",
        "city": "Caen",
        "region": "nord-ouest",
        "fields": ["cancerologie", "technologies-sante"],
        "topics": ["image-guided-radiotherapy", "tumour-imaging", "glioblastoma", "dna-repair"],
    },
    {
        "fr": "Unité de recherche sur les maladies rénales chroniques d’Amiens (U1423)",
        "en": "Amiens Chronic Kidney Disease Research Unit (U1423)",
        "city": "Amiens",
        "region": "nord-ouest",
        "fields": ["metabolisme-nutrition", "recherche-clinique"],
        "topics": [
            "chronic-kidney-disease",
            "vascular-calcification",
            "dialysis",
            "remote-monitoring",
        ],
    },
    # Nouvelle-Aquitaine
    {
        "fr": "Centre d’épidémiologie et de santé publique de Bordeaux (U1424)",
        "en": "Bordeaux Centre for Epidemiology and Public Health (U1424)",
        "city": "Bordeaux",
        "region": "nouvelle-aquitaine",
        "fields": ["sante-publique", "bioinformatique"],
        "topics": [
            "healthy-ageing",
            "young-adults-mental-health",
            "infectious-surveillance",
            "cohort-data",
            "epidemic-modelling",
        ],
    },
    {
        "fr": "Laboratoire de neurosciences intégratives de Bordeaux (U1425)",
        "en": "Bordeaux Integrative Neuroscience Laboratory (U1425)",
        "city": "Bordeaux",
        "region": "nouvelle-aquitaine",
        "fields": ["neurosciences", "technologies-sante"],
        "topics": [
            "decision-circuits",
            "sleep-memory",
            "chronic-pain",
            "resistant-depression",
            "calcium-imaging",
        ],
    },
    {
        "fr": "Laboratoire d’électrophysiologie cardiaque de Bordeaux (U1426)",
        "en": "Bordeaux Cardiac Electrophysiology Laboratory (U1426)",
        "city": "Bordeaux",
        "region": "nouvelle-aquitaine",
        "fields": ["cardiovasculaire", "technologies-sante"],
        "topics": [
            "inherited-arrhythmias",
            "atrial-fibrillation",
            "cardiac-mapping",
            "heart-modelling",
        ],
    },
    {
        "fr": "Laboratoire de pharmacologie clinique de Poitiers (U1427)",
        "en": "Poitiers Clinical Pharmacology Laboratory (U1427)",
        "city": "Poitiers",
        "region": "nouvelle-aquitaine",
        "fields": ["pharmacologie", "recherche-clinique"],
        "topics": [
            "pharmacovigilance",
            "anticoagulants",
            "drug-repurposing",
            "antibiotic-pharmacokinetics",
            "intensive-care-biomarkers",
        ],
    },
    {
        "fr": "Laboratoire de thérapie cellulaire et d’immunologie de Limoges (U1428)",
        "en": "Limoges Cell Therapy and Immunology Laboratory (U1428)",
        "city": "Limoges",
        "region": "nouvelle-aquitaine",
        "fields": ["immunologie-infectiologie", "cancerologie"],
        "topics": [
            "regulatory-t-cells",
            "transplant-tolerance",
            "car-t-lymphoma",
            "acute-myeloid-leukaemia",
        ],
    },
    # Occitanie Méditerranée
    {
        "fr": "Centre de pharmacologie et de génomique de Montpellier (U1429)",
        "en": "Montpellier Centre for Pharmacology and Genomics (U1429)",
        "city": "Montpellier",
        "region": "occitanie-mediterranee",
        "fields": ["pharmacologie", "genetique-genomique"],
        "topics": [
            "gpcr-targets",
            "anticoagulants",
            "drug-repurposing",
            "crispr-gene-therapy",
            "non-coding-rnas",
        ],
    },
    {
        "fr": "Laboratoire de recherche sur les maladies infectieuses de Montpellier (U1430)",
        "en": "Montpellier Infectious Disease Research Laboratory (U1430)",
        "city": "Montpellier",
        "region": "occitanie-mediterranee",
        "fields": ["immunologie-infectiologie", "microbiologie"],
        "topics": [
            "hiv-reservoirs",
            "arboviruses",
            "tuberculosis",
            "malaria",
            "antibiotic-resistance",
        ],
    },
    {
        "fr": "Unité de neurosciences et de santé mentale de Montpellier (U1431)",
        "en": "Montpellier Neuroscience and Mental Health Unit (U1431)",
        "city": "Montpellier",
        "region": "occitanie-mediterranee",
        "fields": ["neurosciences", "sante-publique"],
        "topics": [
            "resistant-depression",
            "sleep-memory",
            "young-adults-mental-health",
            "suicide-prevention",
        ],
    },
    {
        "fr": "Unité de recherche clinique et de santé publique de Nîmes (U1432)",
        "en": "Nîmes Clinical Research and Public Health Unit (U1432)",
        "city": "Nîmes",
        "region": "occitanie-mediterranee",
        "fields": ["recherche-clinique", "sante-publique"],
        "topics": [
            "remote-monitoring",
            "intensive-care-biomarkers",
            "perinatal-research",
            "adaptive-trials",
            "healthy-ageing",
            "infectious-surveillance",
        ],
    },
    # Occitanie Pyrénées
    {
        "fr": "Centre de recherche sur l’obésité et le cœur de Toulouse (U1433)",
        "en": "Toulouse Obesity and Heart Research Centre (U1433)",
        "city": "Toulouse",
        "region": "occitanie-pyrenees",
        "fields": ["metabolisme-nutrition", "cardiovasculaire"],
        "topics": [
            "insulin-resistance",
            "childhood-obesity",
            "fatty-liver",
            "heart-failure",
            "atherosclerosis",
        ],
    },
    {
        "fr": "Laboratoire d’immunologie et de maladies infectieuses de Toulouse (U1434)",
        "en": "Toulouse Laboratory of Immunology and Infectious Diseases (U1434)",
        "city": "Toulouse",
        "region": "occitanie-pyrenees",
        "fields": ["immunologie-infectiologie", "microbiologie"],
        "topics": [
            "tuberculosis",
            "hiv-reservoirs",
            "mucosal-antiviral-immunity",
            "b-cell-tolerance",
            "microbiota-ibd",
            "skin-microbiota",
        ],
    },
    {
        "fr": "Centre de recherche sur le vieillissement et la prévention de Toulouse (U1435)",
        "en": "Toulouse Ageing and Prevention Research Centre (U1435)",
        "city": "Toulouse",
        "region": "occitanie-pyrenees",
        "fields": ["sante-publique", "ethique-shs"],
        "topics": ["healthy-ageing", "loss-of-independence", "end-of-life", "access-to-care"],
    },
    {
        "fr": "Unité de recherche en oncologie de Toulouse (U1436)",
        "en": "Toulouse Oncology Research Unit (U1436)",
        "city": "Toulouse",
        "region": "occitanie-pyrenees",
        "fields": ["cancerologie", "bioinformatique"],
        "topics": [
            "pancreatic-cancer",
            "acute-myeloid-leukaemia",
            "melanoma-immunotherapy",
            "multi-omics",
            "single-cell-statistics",
            "protein-structure",
        ],
    },
    # Provence-Alpes-Côte d’Azur et Corse
    {
        "fr": "Laboratoire d’immunologie et de génomique de Marseille (U1437)",
        "en": "Marseille Immunology and Genomics Laboratory (U1437)",
        "city": "Marseille",
        "region": "provence-alpes-cote-d-azur-et-corse",
        "fields": ["immunologie-infectiologie", "genetique-genomique"],
        "topics": [
            "t-cell-memory",
            "mucosal-antiviral-immunity",
            "sepsis",
            "immune-single-cell",
            "epigenetic-regulation",
        ],
    },
    {
        "fr": "Institut méditerranéen de recherche sur le cancer (U1438)",
        "en": "Mediterranean Cancer Research Institute (U1438)",
        "city": "Marseille",
        "region": "provence-alpes-cote-d-azur-et-corse",
        "fields": ["cancerologie", "biologie-cellulaire"],
        "topics": [
            "pancreatic-cancer",
            "breast-cancer-biomarkers",
            "acute-myeloid-leukaemia",
            "dna-repair",
            "cell-migration",
        ],
    },
    {
        "fr": "Unité de neurobiologie du développement de Marseille (U1439)",
        "en": "Marseille Developmental Neurobiology Unit (U1439)",
        "city": "Marseille",
        "region": "provence-alpes-cote-d-azur-et-corse",
        "fields": ["neurosciences", "biologie-cellulaire"],
        "topics": [
            "cortical-development",
            "spinal-cord-regeneration",
            "asymmetric-division",
            "cell-migration",
        ],
    },
    {
        "fr": "Laboratoire de sciences sociales et de santé publique de Marseille (U1440)",
        "en": "Marseille Social Sciences and Public Health Laboratory (U1440)",
        "city": "Marseille",
        "region": "provence-alpes-cote-d-azur-et-corse",
        "fields": ["ethique-shs", "sante-publique"],
        "topics": [
            "access-to-care",
            "vaccination-policies",
            "health-economics",
            "artificial-intelligence-ethics",
            "child-health-inequalities",
            "tobacco-prevention",
        ],
    },
    {
        "fr": "Centre de biologie cellulaire et de médecine moléculaire de Nice (U1441)",
        "en": "Nice Centre for Cell Biology and Molecular Medicine (U1441)",
        "city": "Nice",
        "region": "provence-alpes-cote-d-azur-et-corse",
        "fields": ["biologie-cellulaire", "metabolisme-nutrition"],
        "topics": [
            "autophagy-mitochondria",
            "membrane-trafficking",
            "cell-migration",
            "insulin-resistance",
            "fatty-liver",
        ],
    },
    {
        "fr": "Laboratoire de pharmacologie et d’immunothérapie de la Côte d’Azur (U1442)",
        "en": "Côte d’Azur Pharmacology and Immunotherapy Laboratory (U1442)",
        "city": "Nice",
        "region": "provence-alpes-cote-d-azur-et-corse",
        "fields": ["pharmacologie", "cancerologie"],
        "topics": [
            "therapeutic-antibodies",
            "nanomedicines",
            "mrna-therapies",
            "melanoma-immunotherapy",
        ],
    },
    # Paris IDF Centre-Est
    {
        "fr": "Centre de recherche en neurologie de Paris-Est (U1443)",
        "en": "East Paris Neurology Research Centre (U1443)",
        "city": "Paris",
        "region": "paris-idf-centre-est",
        "fields": ["neurosciences", "recherche-clinique"],
        "topics": [
            "multiple-sclerosis",
            "parkinson-neuroinflammation",
            "alzheimer-synapses",
            "als",
        ],
    },
    {
        "fr": "Laboratoire d’immunologie et de rhumatologie de Paris-Centre (U1444)",
        "en": "Central Paris Immunology and Rheumatology Laboratory (U1444)",
        "city": "Paris",
        "region": "paris-idf-centre-est",
        "fields": ["immunologie-infectiologie", "recherche-clinique"],
        "topics": ["rheumatoid-arthritis", "rheumatology-biologics", "b-cell-tolerance", "lupus"],
    },
    {
        "fr": "Unité d’épidémiologie et de biostatistique de Paris (U1445)",
        "en": "Paris Epidemiology and Biostatistics Unit (U1445)",
        "city": "Paris",
        "region": "paris-idf-centre-est",
        "fields": ["sante-publique", "bioinformatique"],
        "topics": [
            "cohort-data",
            "epidemic-modelling",
            "causal-inference",
            "medical-records-nlp",
            "infectious-surveillance",
            "child-health-inequalities",
        ],
    },
    # Paris IDF Centre-Nord
    {
        "fr": "Centre de recherche sur l’inflammation et le cœur de Paris-Nord (U1446)",
        "en": "North Paris Inflammation and Heart Research Centre (U1446)",
        "city": "Paris",
        "region": "paris-idf-centre-nord",
        "fields": ["cardiovasculaire", "immunologie-infectiologie"],
        "topics": [
            "atherosclerosis",
            "aortic-aneurysms",
            "myocardial-regeneration",
            "post-infarction-inflammation",
        ],
    },
    {
        "fr": "Institut de génétique des maladies rares de l’enfant (U1447)",
        "en": "Institute for the Genetics of Rare Childhood Diseases (U1447)",
        "city": "Paris",
        "region": "paris-idf-centre-nord",
        "fields": ["genetique-genomique", "recherche-clinique"],
        "topics": [
            "rare-disease-diagnosis",
            "mitochondrial-diseases",
            "crispr-gene-therapy",
            "rare-diseases-care",
        ],
    },
    {
        "fr": "Unité de recherche en santé publique et nutrition de Bobigny (U1448)",
        "en": "Bobigny Public Health and Nutrition Research Unit (U1448)",
        "city": "Bobigny",
        "region": "paris-idf-centre-nord",
        "fields": ["sante-publique", "metabolisme-nutrition"],
        "topics": [
            "nutritional-epidemiology",
            "child-health-inequalities",
            "childhood-obesity",
            "maternal-nutrition",
        ],
    },
    # Paris IDF Est
    {
        "fr": "Centre de recherche biomédicale de Créteil (U1449)",
        "en": "Créteil Biomedical Research Centre (U1449)",
        "city": "Créteil",
        "region": "paris-idf-est",
        "fields": ["neurosciences", "immunologie-infectiologie"],
        "topics": [
            "parkinson-neuroinflammation",
            "resistant-depression",
            "chronic-pain",
            "sepsis",
            "b-cell-tolerance",
        ],
    },
    {
        "fr": "Laboratoire de thérapie cellulaire et de biomatériaux de Créteil (U1450)",
        "en": "Créteil Cell Therapy and Biomaterials Laboratory (U1450)",
        "city": "Créteil",
        "region": "paris-idf-est",
        "fields": ["technologies-sante", "pharmacologie"],
        "topics": [
            "bone-biomaterials",
            "skin-tissue-engineering",
            "bioprinting",
            "extracellular-vesicles",
        ],
    },
    {
        "fr": "Laboratoire de biomécanique et d’ingénierie pour la santé de Champs-sur-Marne (U1451)",
        "en": "Champs-sur-Marne Biomechanics and Health Engineering Laboratory (U1451)",
        "city": "Champs-sur-Marne",
        "region": "paris-idf-est",
        "fields": ["technologies-sante", "bioinformatique"],
        "topics": [
            "biomechanics",
            "bone-biomaterials",
            "heart-modelling",
            "ultrafast-ultrasound",
            "imaging-machine-learning",
        ],
    },
    # Paris IDF Ouest
    {
        "fr": "Institut de recherche sur les maladies de l’enfant de Paris-Ouest (U1452)",
        "en": "West Paris Childhood Disease Research Institute (U1452)",
        "city": "Paris",
        "region": "paris-idf-ouest",
        "fields": ["genetique-genomique", "immunologie-infectiologie"],
        "topics": [
            "rare-disease-diagnosis",
            "crispr-gene-therapy",
            "mitochondrial-diseases",
            "immune-deficiencies",
        ],
    },
    {
        "fr": "Unité de recherche sur le handicap et la réadaptation de Versailles (U1453)",
        "en": "Versailles Disability and Rehabilitation Research Unit (U1453)",
        "city": "Versailles",
        "region": "paris-idf-ouest",
        "fields": ["recherche-clinique", "ethique-shs"],
        "topics": [
            "stroke-rehabilitation",
            "disability-participation",
            "patient-involvement",
            "research-ethics",
            "access-to-care",
        ],
    },
    {
        "fr": "Laboratoire d’infectiologie et d’anticorps thérapeutiques de Saint-Quentin-en-Yvelines (U1454)",
        "en": "Saint-Quentin-en-Yvelines Infectious Diseases and Therapeutic Antibodies Laboratory (U1454)",
        "city": "Saint-Quentin-en-Yvelines",
        "region": "paris-idf-ouest",
        "fields": ["microbiologie", "pharmacologie"],
        "topics": [
            "antibiotic-resistance",
            "bacteriophages",
            "biofilms",
            "new-antibiotics",
            "therapeutic-antibodies",
        ],
    },
    # Paris IDF Sud
    {
        "fr": "Centre de recherche en oncologie et immunothérapie de Villejuif (U1455)",
        "en": "Villejuif Oncology and Immunotherapy Research Centre (U1455)",
        "city": "Villejuif",
        "region": "paris-idf-sud",
        "fields": ["cancerologie", "immunologie-infectiologie"],
        "topics": [
            "melanoma-immunotherapy",
            "car-t-lymphoma",
            "acute-myeloid-leukaemia",
            "childhood-cancers",
            "breast-cancer-biomarkers",
        ],
    },
    {
        "fr": "Unité d’épidémiologie des cancers de Villejuif (U1456)",
        "en": "Villejuif Cancer Epidemiology Unit (U1456)",
        "city": "Villejuif",
        "region": "paris-idf-sud",
        "fields": ["sante-publique", "cancerologie"],
        "topics": [
            "cancer-risk-factors",
            "cancer-screening",
            "tobacco-prevention",
            "breast-cancer-biomarkers",
        ],
    },
    {
        "fr": "Laboratoire d’imagerie biomédicale multimodale d’Orsay (U1457)",
        "en": "Orsay Multimodal Biomedical Imaging Laboratory (U1457)",
        "city": "Orsay",
        "region": "paris-idf-sud",
        "fields": ["technologies-sante", "bioinformatique"],
        "topics": [
            "brain-mri",
            "ultrafast-ultrasound",
            "brain-pet",
            "tumour-imaging",
            "imaging-machine-learning",
        ],
    },
    {
        "fr": "Laboratoire de physiopathologie pulmonaire et hépatique du Kremlin-Bicêtre (U1458)",
        "en": "Kremlin-Bicêtre Lung and Liver Pathophysiology Laboratory (U1458)",
        "city": "Le Kremlin-Bicêtre",
        "region": "paris-idf-sud",
        "fields": ["cardiovasculaire", "metabolisme-nutrition"],
        "topics": ["pulmonary-hypertension", "right-heart-failure", "fatty-liver", "cirrhosis"],
    },
]

# Project topics per field, as key: (fr, en). Each works after "sur" / "on" in a title and
# inside a sentence: French ones start with their article, English ones are lower case. A topic is
# written once, here, under its field; laboratories name theirs by key (LABORATORIES' "topics"),
# so a key is unique across fields.
TOPICS = {
    "neurosciences": {
        "alzheimer-synapses": (
            "la plasticité synaptique dans la maladie d’Alzheimer",
            "synaptic plasticity in Alzheimer’s disease",
        ),
        "decision-circuits": (
            "les circuits neuronaux de la prise de décision chez la souris",
            "the neural circuits of decision-making in mice",
        ),
        "parkinson-neuroinflammation": (
            "la neuroinflammation dans la maladie de Parkinson",
            "neuroinflammation in Parkinson’s disease",
        ),
        "resistant-depression": (
            "les bases neurobiologiques de la dépression résistante",
            "the neurobiology of treatment-resistant depression",
        ),
        "cortical-development": (
            "le développement du cortex cérébral et les troubles du neurodéveloppement",
            "cortical development and neurodevelopmental disorders",
        ),
        "chronic-pain": (
            "la douleur chronique et ses mécanismes médullaires",
            "chronic pain and its spinal mechanisms",
        ),
        "sleep-memory": (
            "le sommeil et la consolidation de la mémoire",
            "sleep and memory consolidation",
        ),
        "spinal-cord-regeneration": (
            "la régénération axonale après une lésion de la moelle épinière",
            "axon regeneration after spinal cord injury",
        ),
        "als": (
            "les mécanismes de la sclérose latérale amyotrophique",
            "the mechanisms of amyotrophic lateral sclerosis",
        ),
    },
    "immunologie-infectiologie": {
        "t-cell-memory": (
            "la mémoire immunitaire des lymphocytes T après vaccination",
            "T-cell memory after vaccination",
        ),
        "hiv-reservoirs": (
            "la persistance du VIH dans les réservoirs cellulaires",
            "HIV persistence in cellular reservoirs",
        ),
        "sepsis": (
            "la réponse inflammatoire au cours du sepsis",
            "the inflammatory response in sepsis",
        ),
        "mucosal-antiviral-immunity": (
            "l’immunité innée antivirale des muqueuses",
            "innate antiviral immunity at mucosal surfaces",
        ),
        "b-cell-tolerance": (
            "la tolérance des lymphocytes B dans les maladies auto-immunes",
            "B-cell tolerance in autoimmune diseases",
        ),
        "tuberculosis": (
            "la tuberculose et la réponse des macrophages",
            "tuberculosis and the macrophage response",
        ),
        "arboviruses": (
            "les arboviroses émergentes, de la dengue au chikungunya",
            "emerging arboviral diseases, from dengue to chikungunya",
        ),
        "transplant-tolerance": (
            "la tolérance immunitaire en transplantation d’organes",
            "immune tolerance in organ transplantation",
        ),
        "regulatory-t-cells": (
            "les lymphocytes T régulateurs en thérapie cellulaire",
            "regulatory T cells in cell therapy",
        ),
        "lupus": ("les interférons de type I dans le lupus", "type I interferons in lupus"),
        "post-infarction-inflammation": (
            "l’inflammation après un infarctus du myocarde",
            "inflammation after myocardial infarction",
        ),
        "immune-deficiencies": (
            "les déficits immunitaires héréditaires de l’enfant",
            "inherited immune deficiencies in children",
        ),
    },
    "cancerologie": {
        "melanoma-immunotherapy": (
            "la résistance aux immunothérapies dans le mélanome",
            "resistance to immunotherapy in melanoma",
        ),
        "pancreatic-cancer": (
            "le microenvironnement tumoral du cancer du pancréas",
            "the tumour microenvironment of pancreatic cancer",
        ),
        "acute-myeloid-leukaemia": (
            "l’hétérogénéité clonale des leucémies aiguës myéloïdes",
            "clonal heterogeneity in acute myeloid leukaemia",
        ),
        "breast-cancer-biomarkers": (
            "les biomarqueurs circulants du cancer du sein",
            "circulating biomarkers in breast cancer",
        ),
        "glioblastoma": (
            "la plasticité des cellules souches cancéreuses dans le glioblastome",
            "cancer stem cell plasticity in glioblastoma",
        ),
        "dna-repair": (
            "la réparation de l’ADN et la chimiorésistance",
            "DNA repair and chemoresistance",
        ),
        "childhood-cancers": (
            "les altérations épigénétiques des cancers de l’enfant",
            "epigenetic alterations in childhood cancers",
        ),
        "car-t-lymphoma": ("les cellules CAR-T dans les lymphomes", "CAR T cells in lymphoma"),
    },
    "biologie-cellulaire": {
        "cell-migration": (
            "la dynamique du cytosquelette pendant la migration cellulaire",
            "cytoskeleton dynamics during cell migration",
        ),
        "epithelial-polarity": (
            "la polarité épithéliale et la morphogenèse des organes",
            "epithelial polarity and organ morphogenesis",
        ),
        "autophagy-mitochondria": (
            "l’autophagie et le contrôle qualité des mitochondries",
            "autophagy and mitochondrial quality control",
        ),
        "asymmetric-division": (
            "la division asymétrique des cellules souches",
            "asymmetric stem cell division",
        ),
        "membrane-trafficking": (
            "le trafic membranaire et la sécrétion",
            "membrane trafficking and secretion",
        ),
        "zebrafish-regeneration": (
            "la régénération tissulaire chez le poisson-zèbre",
            "tissue regeneration in zebrafish",
        ),
        "intestinal-organoids": (
            "les organoïdes intestinaux comme modèles du développement",
            "intestinal organoids as models of development",
        ),
        "cellular-senescence": (
            "la sénescence cellulaire et le vieillissement des tissus",
            "cellular senescence and tissue ageing",
        ),
    },
    "genetique-genomique": {
        "rare-disease-diagnosis": (
            "le diagnostic génomique des maladies rares",
            "the genomic diagnosis of rare diseases",
        ),
        "epigenetic-regulation": (
            "la régulation épigénétique de l’expression des gènes",
            "the epigenetic regulation of gene expression",
        ),
        "diabetes-variants": (
            "les variants génétiques de susceptibilité au diabète de type 2",
            "genetic variants of susceptibility to type 2 diabetes",
        ),
        "crispr-gene-therapy": (
            "l’édition du génome par CRISPR pour la thérapie génique",
            "CRISPR genome editing for gene therapy",
        ),
        "single-cell-embryo": (
            "la génomique unicellulaire du développement embryonnaire",
            "single-cell genomics of embryonic development",
        ),
        "mitochondrial-diseases": (
            "les maladies mitochondriales héréditaires",
            "inherited mitochondrial diseases",
        ),
        "non-coding-rnas": (
            "les ARN non codants et leur rôle dans les maladies",
            "non-coding RNAs and their role in disease",
        ),
        "epilepsy-genetics": (
            "les causes génétiques des épilepsies de l’enfant",
            "the genetic causes of childhood epilepsies",
        ),
        "cancer-predisposition": (
            "les prédispositions génétiques aux cancers",
            "inherited predisposition to cancer",
        ),
        "optic-neuropathies": (
            "les neuropathies optiques héréditaires",
            "inherited optic neuropathies",
        ),
        "cystic-fibrosis": (
            "les gènes modificateurs de la mucoviscidose",
            "modifier genes in cystic fibrosis",
        ),
        "immune-single-cell": (
            "la génomique unicellulaire des cellules immunitaires",
            "single-cell genomics of immune cells",
        ),
    },
    "sante-publique": {
        "child-health-inequalities": (
            "les inégalités sociales de santé chez l’enfant",
            "social inequalities in children’s health",
        ),
        "pesticides-perinatal": (
            "l’exposition aux pesticides et la santé périnatale",
            "pesticide exposure and perinatal health",
        ),
        "healthy-ageing": (
            "l’épidémiologie du vieillissement en bonne santé",
            "the epidemiology of healthy ageing",
        ),
        "infectious-surveillance": (
            "la surveillance des maladies infectieuses à partir des données de santé",
            "infectious disease surveillance from health data",
        ),
        "young-adults-mental-health": (
            "la santé mentale des jeunes adultes",
            "young adults’ mental health",
        ),
        "air-pollution": (
            "la pollution de l’air et les maladies respiratoires",
            "air pollution and respiratory diseases",
        ),
        "tobacco-prevention": (
            "l’évaluation des politiques de prévention du tabagisme",
            "the evaluation of tobacco prevention policies",
        ),
        "exposome": ("l’exposome et la santé de l’enfant", "the exposome and children’s health"),
        "vaccine-coverage": (
            "la couverture vaccinale et ses déterminants",
            "vaccine coverage and its determinants",
        ),
        "suicide-prevention": ("la prévention du suicide", "suicide prevention"),
        "loss-of-independence": (
            "la prévention de la perte d’autonomie des personnes âgées",
            "preventing loss of independence in older people",
        ),
        "nutritional-epidemiology": (
            "l’alimentation et les maladies chroniques dans les grandes cohortes",
            "diet and chronic disease in large cohorts",
        ),
        "cancer-risk-factors": (
            "les facteurs de risque environnementaux et hormonaux des cancers",
            "environmental and hormonal risk factors for cancer",
        ),
        "cancer-screening": ("le dépistage organisé des cancers", "organised cancer screening"),
    },
    "metabolisme-nutrition": {
        "insulin-resistance": (
            "le tissu adipeux et la résistance à l’insuline",
            "adipose tissue and insulin resistance",
        ),
        "fatty-liver": (
            "la stéatose hépatique d’origine métabolique",
            "metabolic fatty liver disease",
        ),
        "maternal-nutrition": (
            "la nutrition maternelle et la programmation métabolique de l’enfant",
            "maternal nutrition and the metabolic programming of the child",
        ),
        "appetite-regulation": (
            "les hormones intestinales et la régulation de l’appétit",
            "gut hormones and appetite regulation",
        ),
        "chronic-kidney-disease": (
            "la progression des maladies rénales chroniques",
            "the progression of chronic kidney disease",
        ),
        "sarcopenia": (
            "la sarcopénie et le métabolisme musculaire",
            "sarcopenia and muscle metabolism",
        ),
        "childhood-obesity": (
            "la physiopathologie de l’obésité de l’enfant",
            "the pathophysiology of childhood obesity",
        ),
        "endocrine-disruptors": (
            "les perturbateurs endocriniens et le métabolisme",
            "endocrine disruptors and metabolism",
        ),
        "vascular-calcification": (
            "les calcifications vasculaires de la maladie rénale chronique",
            "vascular calcification in chronic kidney disease",
        ),
        "cirrhosis": ("la cirrhose et ses complications", "cirrhosis and its complications"),
    },
    "cardiovasculaire": {
        "heart-failure": (
            "l’insuffisance cardiaque à fraction d’éjection préservée",
            "heart failure with preserved ejection fraction",
        ),
        "atherosclerosis": (
            "l’athérosclérose et l’inflammation vasculaire",
            "atherosclerosis and vascular inflammation",
        ),
        "inherited-arrhythmias": (
            "les troubles héréditaires du rythme cardiaque",
            "inherited cardiac arrhythmias",
        ),
        "pulmonary-hypertension": (
            "l’hypertension artérielle pulmonaire",
            "pulmonary arterial hypertension",
        ),
        "myocardial-regeneration": (
            "la régénération du myocarde après un infarctus",
            "myocardial regeneration after infarction",
        ),
        "thrombosis": (
            "la thrombose et la biologie des plaquettes",
            "thrombosis and platelet biology",
        ),
        "aortic-aneurysms": ("les anévrismes de l’aorte", "aortic aneurysms"),
        "atrial-fibrillation": (
            "la fibrillation atriale et le remodelage des oreillettes",
            "atrial fibrillation and atrial remodelling",
        ),
        "right-heart-failure": (
            "la circulation pulmonaire et l’insuffisance cardiaque droite",
            "the pulmonary circulation and right heart failure",
        ),
    },
    "technologies-sante": {
        "brain-mri": (
            "l’imagerie par résonance magnétique quantitative du cerveau",
            "quantitative magnetic resonance imaging of the brain",
        ),
        "bone-biomaterials": (
            "les biomatériaux pour la réparation osseuse",
            "biomaterials for bone repair",
        ),
        "ultrafast-ultrasound": (
            "l’échographie ultrarapide pour l’imagerie fonctionnelle",
            "ultrafast ultrasound for functional imaging",
        ),
        "microfluidics": (
            "les dispositifs microfluidiques pour le diagnostic",
            "microfluidic devices for diagnosis",
        ),
        "brain-computer-interfaces": (
            "les interfaces cerveau-machine",
            "brain–computer interfaces",
        ),
        "image-guided-radiotherapy": (
            "la radiothérapie guidée par l’image",
            "image-guided radiotherapy",
        ),
        "skin-tissue-engineering": (
            "l’ingénierie tissulaire de la peau",
            "skin tissue engineering",
        ),
        "brain-pet": ("l’imagerie TEP des récepteurs cérébraux", "PET imaging of brain receptors"),
        "calcium-imaging": (
            "l’imagerie calcique in vivo des circuits neuronaux",
            "in vivo calcium imaging of neural circuits",
        ),
        "tumour-imaging": ("l’imagerie moléculaire des tumeurs", "molecular imaging of tumours"),
        "cardiac-mapping": (
            "la cartographie électrique du cœur",
            "electrical mapping of the heart",
        ),
        "heart-modelling": (
            "la modélisation numérique du cœur",
            "computational modelling of the heart",
        ),
        "bioprinting": ("la bio-impression 3D de tissus", "3D bioprinting of tissues"),
        "biomechanics": (
            "la biomécanique des os et de la colonne vertébrale",
            "the biomechanics of bone and the spine",
        ),
    },
    "bioinformatique": {
        "imaging-machine-learning": (
            "l’apprentissage automatique appliqué à l’imagerie médicale",
            "machine learning for medical imaging",
        ),
        "multi-omics": ("l’intégration de données multi-omiques", "multi-omics data integration"),
        "cohort-data": (
            "l’analyse des données de santé de grandes cohortes",
            "the analysis of health data from large cohorts",
        ),
        "epidemic-modelling": (
            "la modélisation mathématique de la propagation des épidémies",
            "mathematical modelling of epidemic spread",
        ),
        "protein-structure": (
            "la prédiction de la structure des protéines",
            "protein structure prediction",
        ),
        "single-cell-statistics": (
            "les méthodes statistiques pour la génomique unicellulaire",
            "statistical methods for single-cell genomics",
        ),
        "medical-records-nlp": (
            "le traitement automatique du langage appliqué aux dossiers médicaux",
            "natural language processing of medical records",
        ),
        "causal-inference": (
            "les méthodes d’inférence causale en épidémiologie",
            "causal inference methods in epidemiology",
        ),
    },
    "microbiologie": {
        "microbiota-ibd": (
            "le microbiote intestinal et les maladies inflammatoires chroniques de l’intestin",
            "the gut microbiota and inflammatory bowel disease",
        ),
        "antibiotic-resistance": (
            "la résistance bactérienne aux antibiotiques",
            "bacterial resistance to antibiotics",
        ),
        "bacteriophages": (
            "les interactions entre bactériophages et bactéries pathogènes",
            "interactions between bacteriophages and pathogenic bacteria",
        ),
        "malaria": ("la biologie du parasite du paludisme", "the biology of the malaria parasite"),
        "fungal-infections": ("les infections fongiques invasives", "invasive fungal infections"),
        "biofilms": (
            "la formation de biofilms sur les dispositifs médicaux",
            "biofilm formation on medical devices",
        ),
        "skin-microbiota": ("le microbiote cutané", "the skin microbiota"),
        "microbiota-metabolism": (
            "le microbiote intestinal et le métabolisme de l’hôte",
            "the gut microbiota and host metabolism",
        ),
        "pseudomonas": (
            "la colonisation des voies respiratoires par Pseudomonas aeruginosa",
            "airway colonisation by Pseudomonas aeruginosa",
        ),
    },
    "ethique-shs": {
        "research-ethics": (
            "l’éthique de la recherche impliquant la personne humaine",
            "the ethics of research involving human participants",
        ),
        "patient-involvement": (
            "la participation des patients à la recherche",
            "patient involvement in research",
        ),
        "artificial-intelligence-ethics": (
            "les usages de l’intelligence artificielle en santé et leurs enjeux éthiques",
            "the uses of artificial intelligence in health and their ethical issues",
        ),
        "access-to-care": (
            "l’accès aux soins des personnes en situation de précarité",
            "access to care for people in precarious situations",
        ),
        "vaccination-policies": (
            "l’histoire et la sociologie des politiques vaccinales",
            "the history and sociology of vaccination policies",
        ),
        "end-of-life": ("la fin de vie et les soins palliatifs", "end-of-life and palliative care"),
        "health-economics": (
            "l’économie de la santé et l’évaluation des innovations",
            "health economics and the evaluation of innovations",
        ),
        "disability-participation": (
            "la participation sociale des personnes en situation de handicap",
            "the social participation of disabled people",
        ),
    },
    "recherche-clinique": {
        "adaptive-trials": (
            "les essais cliniques adaptatifs en oncologie",
            "adaptive clinical trials in oncology",
        ),
        "rheumatoid-arthritis": (
            "la médecine personnalisée dans la polyarthrite rhumatoïde",
            "personalised medicine in rheumatoid arthritis",
        ),
        "intensive-care-biomarkers": (
            "les biomarqueurs pronostiques en réanimation",
            "prognostic biomarkers in intensive care",
        ),
        "rare-diseases-care": (
            "la prise en charge des maladies rares de l’enfant",
            "the care of children with rare diseases",
        ),
        "multiple-sclerosis": (
            "les cohortes de patients atteints de sclérose en plaques",
            "cohorts of patients with multiple sclerosis",
        ),
        "perinatal-research": (
            "la recherche clinique en périnatalité",
            "perinatal clinical research",
        ),
        "remote-monitoring": (
            "l’évaluation de la télésurveillance des maladies chroniques",
            "the evaluation of remote monitoring in chronic diseases",
        ),
        "venous-thromboembolism": (
            "la prise en charge de la maladie thromboembolique veineuse",
            "the management of venous thromboembolism",
        ),
        "cardiology-trials": (
            "les essais pragmatiques en cardiologie",
            "pragmatic trials in cardiology",
        ),
        "kidney-transplant-cohorts": (
            "les cohortes de patients transplantés rénaux",
            "cohorts of kidney transplant recipients",
        ),
        "dialysis": (
            "la prise en charge des patients dialysés",
            "the care of patients on dialysis",
        ),
        "rheumatology-biologics": (
            "les essais de biothérapies dans les rhumatismes inflammatoires",
            "trials of biological therapies in inflammatory rheumatic diseases",
        ),
        "stroke-rehabilitation": (
            "la rééducation après un accident vasculaire cérébral",
            "rehabilitation after stroke",
        ),
    },
    "pharmacologie": {
        "drug-repurposing": (
            "le repositionnement de médicaments dans les maladies rares",
            "drug repurposing for rare diseases",
        ),
        "anticoagulants": (
            "la pharmacogénétique des anticoagulants",
            "the pharmacogenetics of anticoagulants",
        ),
        "nanomedicines": (
            "les nanomédicaments pour le ciblage des tumeurs",
            "nanomedicines for tumour targeting",
        ),
        "new-antibiotics": (
            "la découverte de nouveaux antibiotiques",
            "the discovery of new antibiotics",
        ),
        "mrna-therapies": ("les thérapies à ARN messager", "messenger RNA therapies"),
        "pharmacovigilance": (
            "la pharmacovigilance et les effets indésirables des médicaments",
            "pharmacovigilance and adverse drug reactions",
        ),
        "therapeutic-antibodies": (
            "les anticorps thérapeutiques de nouvelle génération",
            "next-generation therapeutic antibodies",
        ),
        "tau-therapies": (
            "les thérapies ciblant la protéine tau",
            "therapies targeting the tau protein",
        ),
        "heart-failure-drugs": (
            "les cibles pharmacologiques de l’insuffisance cardiaque",
            "drug targets in heart failure",
        ),
        "antibiotic-pharmacokinetics": (
            "la pharmacocinétique des antibiotiques en réanimation",
            "antibiotic pharmacokinetics in intensive care",
        ),
        "gpcr-targets": (
            "les récepteurs couplés aux protéines G comme cibles thérapeutiques",
            "G protein-coupled receptors as drug targets",
        ),
        "extracellular-vesicles": (
            "les vésicules extracellulaires comme outils thérapeutiques",
            "extracellular vesicles as therapeutic tools",
        ),
    },
}

# --- People -------------------------------------------------------------------------------

# fmt: off
FIRST_NAMES = [
    "Camille", "Julien", "Sophie", "Thomas", "Claire", "Nicolas", "Émilie", "Antoine", "Léa",
    "Mathieu", "Nathalie", "Pierre", "Aurélie", "Sébastien", "Hélène", "François", "Isabelle",
    "Olivier", "Céline", "Laurent", "Chloé", "Hugo", "Manon", "Baptiste", "Gaëlle",
    "Anne-Sophie", "Jean-Baptiste", "Marie-Claire", "Inès", "Karim", "Yasmine", "Mehdi",
    "Fatima", "Samir", "Amina", "Youssef", "Nadia", "Rachid", "Mariana", "João", "Ana",
    "Lucía", "Carlos", "Giulia", "Marco", "Francesca", "Luca", "Katarzyna", "Piotr", "Stefan",
    "Ingrid", "Lars", "Mei", "Wei", "Hao", "Linh", "Minh", "Aïssatou", "Mamadou", "Fatou",
    "Ousmane", "Priya", "Arjun", "Elena", "Dimitri", "Sarah", "David", "Rebecca", "Noé", "Zoé",
]

LAST_NAMES = [
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert",
    "Bonnet", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry",
    "Perrin", "Le Gall", "Le Bihan", "Fontaine", "Chevalier", "Lemaire", "Gauthier", "Brunet",
    "Lévy", "Cohen", "Meyer", "Weber", "Schneider", "Benali", "Haddad", "Mansouri", "Belkacem",
    "Cherif", "Ndiaye", "Diallo", "Traoré", "Sow", "Nguyen", "Tran", "Pham", "Chen", "Wang",
    "Zhang", "Rossi", "Bianchi", "Ferreira", "Santos", "Oliveira", "Kowalski", "Nowak",
    "Schmidt", "Jensen", "Andersson", "Papadopoulos", "Sharma", "Patel", "Hoarau", "Payet",
    "Rakotomalala", "Da Silva",
]
# fmt: on

# --- Staff roles (engineers, technicians, support staff) -----------------------------------

# Civil-service grades of engineers and technicians (ITA), with a gross monthly salary range
# in euros used for fixed-term contracts at that level and for competition entry pay.
GRADES = {
    "IR": {
        "fr": "ingénieur de recherche",
        "fr_plural": "ingénieurs de recherche",
        "en": "research engineer",
        "en_plural": "research engineers",
        "salary": (3000, 4200),
    },
    "IE": {
        "fr": "ingénieur d’études",
        "fr_plural": "ingénieurs d’études",
        "en": "engineer",
        "en_plural": "engineers",
        "salary": (2600, 3300),
    },
    "AI": {
        "fr": "assistant ingénieur",
        "fr_plural": "assistants ingénieurs",
        "en": "assistant engineer",
        "en_plural": "assistant engineers",
        "salary": (2200, 2700),
    },
    "TCH": {
        "fr": "technicien de la recherche",
        "fr_plural": "techniciens de la recherche",
        "en": "research technician",
        "en_plural": "research technicians",
        "salary": (1950, 2400),
    },
}

# Per category: (fr, en, grade code, (skill fr, skill en)). Role names are lower case and
# masculine in French ("un {role}"), so they fit mid-sentence; titles capitalise them.
ROLES = {
    "engineer": [
        (
            "ingénieur d’études en bio-informatique",
            "bioinformatics engineer",
            "IE",
            (
                "la maîtrise des chaînes d’analyse de données de séquençage (Nextflow ou Snakemake) et de Python ou R",
                "command of sequencing data analysis pipelines (Nextflow or Snakemake) and of Python or R",
            ),
        ),
        (
            "ingénieur de recherche en science des données de santé",
            "research engineer in health data science",
            "IR",
            (
                "une expérience de l’analyse des données du Système national des données de santé (SNDS) ou de cohortes",
                "experience analysing French national health data system (SNDS) or cohort data",
            ),
        ),
        (
            "ingénieur d’études en biologie cellulaire",
            "cell biology engineer",
            "IE",
            (
                "une expérience de la culture cellulaire, de la transfection et de la microscopie à fluorescence",
                "experience with cell culture, transfection and fluorescence microscopy",
            ),
        ),
        (
            "ingénieur de recherche en imagerie biomédicale",
            "research engineer in biomedical imaging",
            "IR",
            (
                "une expérience de l’acquisition et du traitement d’images d’IRM, de TEP ou de microscopie",
                "experience acquiring and processing MRI, PET or microscopy images",
            ),
        ),
        (
            "ingénieur d’études en cytométrie en flux",
            "flow cytometry engineer",
            "IE",
            (
                "la pratique des cytomètres et des trieurs de cellules, et de l’analyse de données multiparamétriques",
                "hands-on use of cytometers and cell sorters, and of multiparameter data analysis",
            ),
        ),
        (
            "ingénieur d’études en biostatistique",
            "biostatistics engineer",
            "IE",
            (
                "une bonne maîtrise de R ou de SAS, des modèles de régression et de l’analyse de survie",
                "a good command of R or SAS, regression models and survival analysis",
            ),
        ),
        (
            "ingénieur de recherche en spectrométrie de masse",
            "research engineer in mass spectrometry",
            "IR",
            (
                "une expérience de la protéomique ou de la métabolomique par spectrométrie de masse",
                "experience in mass spectrometry-based proteomics or metabolomics",
            ),
        ),
        (
            "chef de projet en recherche clinique",
            "clinical research project manager",
            "IE",
            (
                "une connaissance de la réglementation des recherches impliquant la personne humaine et des bonnes pratiques cliniques",
                "knowledge of the regulations on research involving human participants and of good clinical practice",
            ),
        ),
        (
            "ingénieur de recherche en génomique",
            "research engineer in genomics",
            "IR",
            (
                "une expérience de la préparation de banques et du séquençage à haut débit, y compris en cellule unique",
                "experience with library preparation and high-throughput sequencing, including single-cell",
            ),
        ),
        (
            "ingénieur d’études en développement logiciel",
            "software development engineer",
            "IE",
            (
                "une expérience du développement web (Python, Django ou équivalent) et des bonnes pratiques du génie logiciel",
                "experience in web development (Python, Django or similar) and software engineering good practice",
            ),
        ),
    ],
    "technician": [
        (
            "technicien de laboratoire en biologie moléculaire",
            "molecular biology laboratory technician",
            "TCH",
            (
                "la pratique de la biologie moléculaire : extraction d’acides nucléiques, PCR quantitative, clonage",
                "hands-on molecular biology: nucleic acid extraction, quantitative PCR, cloning",
            ),
        ),
        (
            "technicien en expérimentation animale",
            "animal research technician",
            "TCH",
            (
                "une formation réglementaire à l’expérimentation animale et une expérience de l’hébergement des rongeurs",
                "regulatory training in animal experimentation and experience of rodent husbandry",
            ),
        ),
        (
            "assistant ingénieur en histologie",
            "histology assistant engineer",
            "AI",
            (
                "la pratique de l’histologie, de l’immunohistochimie et de la préparation de coupes",
                "hands-on histology, immunohistochemistry and section preparation",
            ),
        ),
        (
            "assistant ingénieur en culture cellulaire",
            "cell culture assistant engineer",
            "AI",
            (
                "une expérience de la culture de cellules primaires et de lignées en conditions stériles",
                "experience culturing primary cells and cell lines in sterile conditions",
            ),
        ),
        (
            "technicien de recherche clinique",
            "clinical research technician",
            "TCH",
            (
                "une connaissance des bonnes pratiques cliniques et de la gestion des échantillons biologiques",
                "knowledge of good clinical practice and of biological sample handling",
            ),
        ),
        (
            "assistant ingénieur en microscopie",
            "microscopy assistant engineer",
            "AI",
            (
                "la pratique de la microscopie confocale et de l’entretien des équipements optiques",
                "hands-on confocal microscopy and the upkeep of optical equipment",
            ),
        ),
    ],
    "support": [
        (
            "gestionnaire administratif et financier",
            "administrative and financial officer",
            "TCH",
            (
                "une connaissance des règles de la gestion budgétaire et comptable publique",
                "knowledge of public-sector budget and accounting rules",
            ),
        ),
        (
            "chargé de projets européens",
            "EU grants officer",
            "IE",
            (
                "une expérience du montage et du suivi de projets Horizon Europe ou ERC",
                "experience preparing and managing Horizon Europe or ERC projects",
            ),
        ),
        (
            "gestionnaire des ressources humaines",
            "human resources officer",
            "TCH",
            (
                "une connaissance du statut de la fonction publique et de la gestion des agents contractuels",
                "knowledge of civil service rules and of the management of contract staff",
            ),
        ),
        (
            "assistant de direction d’unité",
            "assistant to the unit director",
            "AI",
            (
                "un excellent sens de l’organisation et la maîtrise des outils bureautiques",
                "excellent organisational skills and a command of office software",
            ),
        ),
        (
            "chargé de communication scientifique",
            "science communication officer",
            "IE",
            (
                "une expérience de la communication scientifique, de la rédaction web et des réseaux sociaux",
                "experience in science communication, web writing and social media",
            ),
        ),
        (
            "gestionnaire de contrats de recherche",
            "research contracts administrator",
            "AI",
            (
                "une connaissance des contrats de recherche et des financements de l’ANR et des fondations",
                "knowledge of research contracts and of funding from the ANR and foundations",
            ),
        ),
        (
            "chargé de valorisation",
            "technology transfer officer",
            "IE",
            (
                "une connaissance de la propriété intellectuelle et des partenariats industriels",
                "knowledge of intellectual property and industrial partnerships",
            ),
        ),
    ],
}

# --- Shared sentences ---------------------------------------------------------------------

# Closing paragraph of most descriptions: the working environment.
ENVIRONMENT = [
    (
        "L’équipe réunit une quinzaine de chercheurs, ingénieurs et doctorants et collabore avec "
        "des partenaires en France et à l’étranger. L’Inserm est titulaire du label HR Excellence "
        "in Research depuis 2016.",
        "The team brings together about fifteen researchers, engineers and PhD students and works "
        "with partners in France and abroad. Inserm has held the HR Excellence in Research label "
        "since 2016.",
    ),
    (
        "Vous bénéficierez de l’environnement scientifique de l’Inserm, le seul organisme public "
        "de recherche français entièrement dédié à la santé humaine, et d’un accompagnement pour "
        "votre installation si vous arrivez de l’étranger.",
        "You will benefit from the scientific environment of Inserm, the only French public "
        "research organisation entirely dedicated to human health, and from help with settling "
        "in if you are coming from abroad.",
    ),
    (
        "À temps plein, les agents de l’Inserm disposent de jusqu’à 32 jours de congés et 13 jours "
        "de réduction du temps de travail (RTT) par an, ainsi que de prestations sociales pour la "
        "famille, le logement et les vacances.",
        "Full-time Inserm staff have up to 32 days of leave and up to 13 days off for reduced "
        "working time (RTT) a year, as well as social benefits for families, housing and "
        "holidays.",
    ),
]

# Appended to the description when remote work is possible.
REMOTE_WORK = (
    "Le télétravail est possible certains jours de la semaine, choisis chaque année avec votre "
    "responsable, avec des jours flottants pour plus de souplesse.",
    "Remote work is possible on some days of the week, chosen each year with your manager, with "
    "floating days for more flexibility.",
)

# Last bullet of a candidate profile, by working languages.
LANGUAGE_BULLETS = {
    "permanent": (
        "la maîtrise du français, indispensable pour un poste permanent : l’audition devant le "
        "jury se déroule en français",
        "a good command of French, essential for a permanent post: the audition before the jury "
        "is held in French",
    ),
    "permanent+en": (
        "la maîtrise du français, indispensable pour un poste permanent et pour l’audition, et "
        "un bon niveau d’anglais, langue de travail scientifique de l’équipe",
        "a good command of French, essential for a permanent post and for the audition, and good "
        "English, the team’s scientific working language",
    ),
    "fr": (
        "la maîtrise du français, langue de travail de l’équipe",
        "fluent French, the team’s working language",
    ),
    "en": (
        "un bon niveau d’anglais, langue de travail de l’équipe (le français n’est pas requis)",
        "good English, the team’s working language (French is not required)",
    ),
    "fr+en": (
        "la capacité à travailler en français et en anglais",
        "the ability to work in French and in English",
    ),
}

# Application paragraphs for the non-permanent posts published on emploi.inserm.fr.
APPLY_ONLINE = (
    "Candidatez en ligne sur emploi.inserm.fr avant le {deadline}, en joignant :",
    "Apply online on emploi.inserm.fr before {deadline}, attaching:",
)
APPLY_BY_EMAIL = (
    "Vous pouvez aussi adresser votre dossier par courriel à {apply_email}.",
    "You may also send your application by e-mail to {apply_email}.",
)
INTERVIEWS = (
    "Les candidatures retenues donneront lieu à un ou deux entretiens, sur place ou en "
    "visioconférence pour les candidats à l’étranger.",
    "Shortlisted candidates will be invited to one or two interviews, on site or by video call "
    "for candidates abroad.",
)
CONTACT = (
    "Pour toute question sur le poste, contactez {contact_name} ({contact_email}).",
    "For any question about the post, contact {contact_name} ({contact_email}).",
)
EURAXESS = (
    "Cette offre est également publiée sur EURAXESS, le portail européen des carrières de la "
    "recherche.",
    "This offer is also published on EURAXESS, the European research careers portal.",
)
DISABILITY = (
    "Les postes de l’Inserm sont ouverts aux personnes en situation de handicap.",
    "Inserm posts are open to people with disabilities.",
)
# Application paragraphs for competitions (permanent posts).
COMPETITION_REGISTRATION = (
    "Les inscriptions se font uniquement sur le portail des concours de l’Inserm, du "
    "{registration_opens} au {deadline}. Aucun dossier n’est accepté après l’heure limite : "
    "déposez le vôtre au moins 48 heures à l’avance. Le dossier comprend :",
    "Registration is only through Inserm’s competition portal, from {registration_opens} to "
    "{deadline}. No application is accepted after the closing time: submit yours at least 48 "
    "hours in advance. The application comprises:",
)
# The calendar paragraph: researcher competitions are judged by the CSS jury.
COMPETITION_CALENDAR = {
    "researcher": (
        "Calendrier : auditions devant le jury de la {section} entre le {auditions_start} et le "
        "{auditions_end}, résultats publiés le {results_date}. Les lauréats effectuent une année "
        "de stage avant leur titularisation.",
        "Calendar: auditions before the {section} jury between {auditions_start} and "
        "{auditions_end}, results published on {results_date}. Successful candidates serve a "
        "one-year probation before tenure.",
    ),
    "staff": (
        "Calendrier : auditions devant le jury du concours entre le {auditions_start} et le "
        "{auditions_end}, résultats publiés le {results_date}. Les lauréats sont nommés "
        "fonctionnaires stagiaires pour un an avant leur titularisation.",
        "Calendar: auditions before the competition jury between {auditions_start} and "
        "{auditions_end}, results published on {results_date}. Successful candidates are "
        "appointed as probationary civil servants for one year before tenure.",
    ),
}
COMPETITION_CONTACT = (
    "Avant de déposer votre dossier, prenez contact avec {contact_name} ({contact_email}) pour "
    "préparer votre projet avec l’unité d’accueil. Les candidats en situation de handicap "
    "peuvent demander des aménagements des épreuves.",
    "Before submitting your application, contact {contact_name} ({contact_email}) to prepare "
    "your project with the host unit. Candidates with disabilities may request adjustments to "
    "the tests.",
)

# --- Kinds of offer -----------------------------------------------------------------------

# Candidate-profile bullets shared by the staff kinds, per category.
_STAFF_PROFILE = {
    "engineer": {
        "intro": [
            (
                "Vous êtes titulaire d’un diplôme d’ingénieur, d’un master ou d’un doctorat et "
                "avez une première expérience sur un poste comparable. Nous attendons :",
                "You hold an engineering degree, a master’s degree or a PhD and have some "
                "experience in a similar post. We are looking for:",
            ),
        ],
        "bullets": [
            ("de la rigueur et le sens de l’organisation", "rigour and good organisational skills"),
            (
                "le goût de la formation et de l’accompagnement des utilisateurs",
                "enjoyment of training and supporting users",
            ),
            (
                "l’aptitude à rédiger une documentation claire et à partager les bonnes pratiques",
                "the ability to write clear documentation and share good practice",
            ),
            (
                "la capacité à travailler avec des chercheurs de disciplines variées",
                "the ability to work with researchers from various disciplines",
            ),
            (
                "une veille technologique active dans votre domaine",
                "an active interest in technical developments in your field",
            ),
        ],
    },
    "technician": {
        "intro": [
            (
                "Vous êtes titulaire d’un BTS, d’un BUT ou d’une licence professionnelle dans le "
                "domaine, ou justifiez d’une expérience équivalente. Nous attendons :",
                "You hold a two- or three-year technical degree in the field (BTS, BUT or "
                "professional bachelor’s degree) or have equivalent experience. We are looking "
                "for:",
            ),
        ],
        "bullets": [
            (
                "de la rigueur dans l’application des protocoles et la traçabilité des expériences",
                "rigour in following protocols and keeping experiments traceable",
            ),
            (
                "le respect des règles d’hygiène et de sécurité au laboratoire",
                "compliance with laboratory health and safety rules",
            ),
            ("le sens du travail en équipe", "team spirit"),
            (
                "une capacité d’adaptation à de nouvelles techniques",
                "the ability to adapt to new techniques",
            ),
        ],
    },
    "support": {
        "intro": [
            (
                "Vous êtes titulaire d’un diplôme de niveau bac+2 à bac+5 selon le poste et avez "
                "une expérience de la gestion dans un établissement public ou de recherche. Nous "
                "attendons :",
                "You hold a degree requiring two to five years of higher education, depending on "
                "the post, and have administrative experience in a public or research "
                "organisation. We are looking for:",
            ),
        ],
        "bullets": [
            ("le sens du service et de la discrétion", "a sense of service and discretion"),
            (
                "une bonne capacité d’organisation et de gestion des priorités",
                "good organisational skills and the ability to manage priorities",
            ),
            (
                "de l’aisance avec les systèmes d’information de gestion",
                "ease with management information systems",
            ),
            (
                "des qualités relationnelles et rédactionnelles",
                "good interpersonal and writing skills",
            ),
        ],
    },
}

# The missions of staff posts, per category (second paragraph of their description).
_STAFF_MISSIONS = {
    "engineer": [
        (
            "Vous prendrez en charge le développement et la mise en œuvre des méthodes du projet, "
            "veillerez à la qualité des données et formerez les utilisateurs de l’équipe. Vous "
            "rédigerez la documentation des procédures.",
            "You will develop and implement the project’s methods, look after data quality and "
            "train the team’s users. You will write up the documentation of procedures.",
        ),
        (
            "Vous travaillerez en lien étroit avec les chercheurs de l’unité, dont les travaux "
            "portent notamment sur {topic}, et avec les plateformes technologiques du site.",
            "You will work closely with the unit’s researchers, whose work includes {topic}, and "
            "with the site’s technology platforms.",
        ),
    ],
    "technician": [
        (
            "Vous réaliserez les manipulations courantes de l’équipe, préparerez les échantillons "
            "et les réactifs, assurerez la traçabilité des expériences et la gestion des stocks, "
            "dans le respect des règles d’hygiène et de sécurité.",
            "You will carry out the team’s routine procedures, prepare samples and reagents, keep "
            "experiments traceable and manage stocks, following health and safety rules.",
        ),
        (
            "Au sein d’une équipe qui travaille sur {topic}, vous apporterez un appui technique aux "
            "chercheurs et aux doctorants et participerez à la maintenance des équipements.",
            "In a team working on {topic}, you will provide technical support to researchers and "
            "PhD students and help to maintain the equipment.",
        ),
    ],
    "support": [
        (
            "Sous l’autorité du responsable administratif de l’unité, vous gérerez les dossiers qui "
            "vous seront confiés, en lien avec la délégation régionale {region} de l’Inserm.",
            "Reporting to the unit’s administrative manager, you will handle the files entrusted "
            "to you, working with Inserm’s {region} regional delegation.",
        ),
        (
            "Vous serez l’interlocuteur des équipes de recherche de l’unité, qui comptent plus de "
            "cent personnes, et contribuerez à simplifier leurs démarches administratives.",
            "You will be the contact person for the unit’s research teams, which number more than "
            "a hundred people, and will help to simplify their administrative procedures.",
        ),
    ],
}

_RESEARCH_DOCUMENTS = [
    (
        "un CV détaillé, avec la liste de vos publications",
        "a detailed CV, with your list of publications",
    ),
    ("une lettre de motivation, en français ou en anglais", "a cover letter, in French or English"),
    (
        "deux ou trois lettres de recommandation, ou les coordonnées de vos référents",
        "two or three reference letters, or your referees’ contact details",
    ),
]
_STAFF_DOCUMENTS = [
    ("un CV détaillé", "a detailed CV"),
    ("une lettre de motivation", "a cover letter"),
    (
        "deux ou trois lettres de recommandation, ou les coordonnées de vos référents",
        "two or three reference letters, or your referees’ contact details",
    ),
]

# Each kind: how its offers look. Keys:
# - abbreviation: in references (2026-POSTDOC-00042);
# - categories, profiles: weights of the codes drawn (profiles only for researchers);
# - durations: months to choose from (None: permanent post);
# - salary: (min, max) gross monthly euros, or None when the role's grade decides (GRADES);
# - salary_details: (fr, en) with {min}, {max}, {grade_name};
# - titles, summaries: per category, (fr, en) patterns; summaries longest first;
# - description: per category, paragraph slots, each a list of (fr, en) alternatives;
# - profile: per category, intro alternatives and a pool of bullets;
# - documents: (fr, en) bullets of what to send;
# - remote_work, english, english_only: probabilities, per category;
#   english_only is the share of English-speaking posts where French is not needed.
KINDS = {
    "fixed-term-researcher": {
        "abbreviation": "CDDR",
        "categories": {"researcher": 1},
        "profiles": {"R2": 3, "R3": 1},
        "durations": [12, 18, 24, 24, 36],
        "salary": (3100, 4600),
        "salary_details": (
            "Selon l’expérience, sur la grille des chercheurs contractuels de l’Inserm : de {min} "
            "à {max} bruts mensuels.",
            "According to experience, on Inserm’s pay scale for contract researchers: {min} to "
            "{max} gross per month.",
        ),
        "titles": {
            "researcher": [
                (
                    "Chercheur contractuel (H/F) sur {topic}",
                    "Contract researcher on {topic}",
                ),
                (
                    "Chercheur en CDD (H/F) – projet sur {topic}",
                    "Fixed-term researcher – project on {topic}",
                ),
                (
                    "Poste de chercheur de {duration} sur {topic}",
                    "{duration_adj} research post on {topic}",
                ),
            ],
        },
        "summaries": {
            "researcher": [
                (
                    "Poste de chercheur contractuel de {duration} sur {topic}, {at_lab}.",
                    "{duration_adj} fixed-term research post on {topic}, {at_lab}.",
                ),
                (
                    "Poste de chercheur contractuel de {duration} {a_city} sur {topic}.",
                    "{duration_adj} fixed-term research post in {city} on {topic}.",
                ),
            ],
        },
        "description": {
            "researcher": [
                [
                    (
                        "Un poste de chercheur contractuel de {duration} est ouvert {at_lab}, pour "
                        "développer un programme de recherche sur {topic}.",
                        "{A_duration_adj} fixed-term research post is open {at_lab} to develop a "
                        "research programme on {topic}.",
                    ),
                    (
                        "Dans le cadre d’un projet Horizon Europe, l’équipe de {contact_name} "
                        "propose un poste de chercheur contractuel de {duration} sur {topic}, "
                        "{at_lab}.",
                        "As part of a Horizon Europe project, {contact_name}’s team is offering a "
                        "{duration_adj} fixed-term research post on {topic}, {at_lab}.",
                    ),
                ],
                [
                    (
                        "Vous animerez un axe de recherche de l’équipe : définition des objectifs, "
                        "conduite des travaux, encadrement de doctorants et d’ingénieurs, "
                        "valorisation des résultats. Vous contribuerez aussi à la recherche de "
                        "financements.",
                        "You will lead one of the team’s lines of research: setting objectives, "
                        "conducting the work, supervising PhD students and engineers, and "
                        "disseminating the results. You will also help to secure funding.",
                    ),
                    (
                        "Le poste offre une large autonomie scientifique. Vous coordonnerez les "
                        "collaborations du projet avec les services cliniques et les plateformes "
                        "partenaires, et présenterez les résultats dans les congrès de la "
                        "discipline.",
                        "The post offers broad scientific independence. You will coordinate the "
                        "project’s collaborations with clinical departments and partner "
                        "platforms, and present the results at the field’s conferences.",
                    ),
                ],
                ENVIRONMENT,
            ],
        },
        "profile": {
            "researcher": {
                "intro": [
                    (
                        "Vous êtes titulaire d’un doctorat et justifiez d’au moins trois ans "
                        "d’expérience de recherche après la thèse. Nous attendons :",
                        "You hold a PhD and have at least three years of research experience "
                        "after it. We are looking for:",
                    ),
                ],
                "bullets": [
                    ("un solide dossier de publications", "a strong publication record"),
                    (
                        "une expérience de la rédaction de demandes de financement (ANR, ERC, "
                        "Horizon Europe)",
                        "experience writing grant applications (ANR, ERC, Horizon Europe)",
                    ),
                    (
                        "une expérience de l’encadrement de doctorants ou d’ingénieurs",
                        "experience supervising PhD students or engineers",
                    ),
                    (
                        "la capacité à conduire un axe de recherche en autonomie",
                        "the ability to lead a line of research independently",
                    ),
                    (
                        "un réseau de collaborations internationales",
                        "a network of international collaborations",
                    ),
                ],
            },
        },
        "documents": _RESEARCH_DOCUMENTS,
        "remote_work": {"researcher": 0.25},
        "english": {"researcher": 0.7},
        "english_only": {"researcher": 0.25},
    },
    "postdoc": {
        "abbreviation": "POSTDOC",
        "categories": {"researcher": 1},
        "profiles": {"R2": 1},
        "durations": [12, 18, 24, 24, 24, 36],
        "salary": (2900, 4000),
        "salary_details": (
            "Selon l’expérience postdoctorale : de {min} à {max} bruts mensuels, sur la grille des "
            "contractuels de l’Inserm.",
            "According to postdoctoral experience: {min} to {max} gross per month, on Inserm’s pay "
            "scale for contract staff.",
        ),
        "titles": {
            "researcher": [
                ("Contrat postdoctoral sur {topic}", "Postdoctoral position on {topic}"),
                ("Chercheur postdoctoral (H/F) sur {topic}", "Postdoctoral researcher on {topic}"),
                (
                    "Post-doctorat de {duration} sur {topic}",
                    "{duration_adj} postdoctoral fellowship on {topic}",
                ),
            ],
        },
        "summaries": {
            "researcher": [
                (
                    "Contrat postdoctoral de {duration} sur {topic}, {at_lab}.",
                    "{duration_adj} postdoctoral contract on {topic}, {at_lab}.",
                ),
                (
                    "Contrat postdoctoral de {duration} {a_city} sur {topic}.",
                    "{duration_adj} postdoctoral contract in {city} on {topic}.",
                ),
            ],
        },
        "description": {
            "researcher": [
                [
                    (
                        "L’équipe de {contact_name} recrute un chercheur postdoctoral pour "
                        "{duration} afin de travailler sur {topic}. Le poste est basé {at_lab}.",
                        "{contact_name}’s team is recruiting a postdoctoral researcher for "
                        "{duration} to work on {topic}. The post is based {at_lab}.",
                    ),
                    (
                        "Dans le cadre d’un projet financé par l’Agence nationale de la recherche "
                        "(ANR), nous proposons un contrat postdoctoral de {duration} sur {topic}. "
                        "Le poste est basé {at_lab}.",
                        "As part of a project funded by the French National Research Agency (ANR), "
                        "we are offering {a_duration_adj} postdoctoral contract on {topic}. The "
                        "post is based {at_lab}.",
                    ),
                    (
                        "Financé par une bourse du Conseil européen de la recherche (ERC), ce "
                        "contrat postdoctoral de {duration} porte sur {topic}. Vous rejoindrez "
                        "l’équipe de {contact_name} {at_lab}.",
                        "Funded by a European Research Council (ERC) grant, this {duration_adj} "
                        "postdoctoral contract focuses on {topic}. You will join {contact_name}’s "
                        "team {at_lab}.",
                    ),
                ],
                [
                    (
                        "Vous concevrez et conduirez les travaux du projet, analyserez les "
                        "résultats et les présenterez dans des congrès internationaux. Vous "
                        "participerez à la rédaction des articles et à l’encadrement d’étudiants "
                        "de master.",
                        "You will design and conduct the project’s work, analyse the results and "
                        "present them at international conferences. You will contribute to "
                        "writing papers and to supervising master’s students.",
                    ),
                    (
                        "Le projet associe des approches expérimentales et computationnelles et "
                        "s’appuie sur les plateformes technologiques du site. Vous serez "
                        "responsable d’un volet du projet, de sa conception à la publication des "
                        "résultats.",
                        "The project combines experimental and computational approaches and "
                        "relies on the site’s technology platforms. You will be responsible for "
                        "one strand of the project, from its design to the publication of the "
                        "results.",
                    ),
                ],
                ENVIRONMENT,
            ],
        },
        "profile": {
            "researcher": {
                "intro": [
                    (
                        "Vous êtes titulaire d’un doctorat en sciences de la vie, en médecine ou "
                        "dans une discipline proche, soutenu depuis moins de cinq ans. Nous "
                        "attendons :",
                        "You hold a PhD in life sciences, medicine or a related discipline, "
                        "awarded less than five years ago. We are looking for:",
                    ),
                    (
                        "Vous avez soutenu votre thèse récemment ou la soutiendrez avant la prise "
                        "de poste. Nous attendons :",
                        "You have recently defended your PhD thesis or will do so before starting. "
                        "We are looking for:",
                    ),
                ],
                "bullets": [
                    (
                        "des publications en premier auteur dans des revues à comité de lecture",
                        "first-author publications in peer-reviewed journals",
                    ),
                    (
                        "la capacité à conduire un projet de façon autonome et à proposer des "
                        "idées nouvelles",
                        "the ability to lead a project independently and to put forward new ideas",
                    ),
                    (
                        "le goût du travail en équipe et des collaborations interdisciplinaires",
                        "enjoyment of teamwork and interdisciplinary collaboration",
                    ),
                    (
                        "de bonnes qualités de communication écrite et orale",
                        "good written and oral communication skills",
                    ),
                    (
                        "une expérience postdoctorale à l’étranger, appréciée mais non exigée",
                        "postdoctoral experience abroad, welcome but not required",
                    ),
                ],
            },
        },
        "documents": _RESEARCH_DOCUMENTS,
        "remote_work": {"researcher": 0.25},
        "english": {"researcher": 0.75},
        "english_only": {"researcher": 0.35},
    },
    "phd": {
        "abbreviation": "PHD",
        "categories": {"researcher": 1},
        "profiles": {"R1": 1},
        "durations": [36],
        "salary": (2200, 2200),
        "salary_details": (
            "Contrat doctoral de trois ans, rémunéré selon le barème national : environ {min} "
            "bruts mensuels.",
            "Three-year doctoral contract, paid on the national scale: about {min} gross per "
            "month.",
        ),
        "titles": {
            "researcher": [
                ("Contrat doctoral sur {topic}", "PhD position on {topic}"),
                ("Thèse de doctorat sur {topic}", "Doctoral thesis on {topic}"),
                (
                    "Doctorant (H/F) – projet de thèse sur {topic}",
                    "PhD student – thesis project on {topic}",
                ),
            ],
        },
        "summaries": {
            "researcher": [
                (
                    "Thèse de trois ans sur {topic}, {at_lab}.",
                    "Three-year PhD on {topic}, {at_lab}.",
                ),
                (
                    "Thèse de trois ans {a_city} sur {topic}.",
                    "Three-year PhD in {city} on {topic}.",
                ),
            ],
        },
        "description": {
            "researcher": [
                [
                    (
                        "Nous proposons un contrat doctoral de trois ans sur {topic}, {at_lab}. La "
                        "thèse sera dirigée par {contact_name}.",
                        "We are offering a three-year doctoral contract on {topic}, {at_lab}. The "
                        "thesis will be supervised by {contact_name}.",
                    ),
                    (
                        "L’équipe de {contact_name} recrute un doctorant pour une thèse de trois "
                        "ans sur {topic}, {at_lab}. Le doctorant sera inscrit dans l’école "
                        "doctorale du site.",
                        "{contact_name}’s team is recruiting a PhD student for a three-year thesis "
                        "on {topic}, {at_lab}. The student will be enrolled in the local doctoral "
                        "school.",
                    ),
                ],
                [
                    (
                        "Vous vous formerez aux méthodes de l’équipe, mènerez vos propres travaux "
                        "et présenterez vos résultats dans des congrès. Le projet prévoit un "
                        "séjour dans un laboratoire partenaire à l’étranger.",
                        "You will be trained in the team’s methods, carry out your own work and "
                        "present your results at conferences. The project includes a stay in a "
                        "partner laboratory abroad.",
                    ),
                    (
                        "La thèse s’inscrit dans un projet collaboratif financé par l’ANR. Vous "
                        "bénéficierez d’un encadrement rapproché et des formations de l’école "
                        "doctorale, notamment en éthique et intégrité scientifique.",
                        "The thesis is part of a collaborative project funded by the ANR. You will "
                        "receive close supervision and the doctoral school’s training, including "
                        "in research ethics and integrity.",
                    ),
                ],
                ENVIRONMENT,
            ],
        },
        "profile": {
            "researcher": {
                "intro": [
                    (
                        "Vous êtes titulaire, ou le serez avant la prise de poste, d’un master ou "
                        "d’un diplôme d’ingénieur en sciences de la vie, en santé ou dans une "
                        "discipline proche. Nous attendons :",
                        "You hold, or will hold before starting, a master’s degree or an "
                        "engineering degree in life sciences, health or a related discipline. We "
                        "are looking for:",
                    ),
                ],
                "bullets": [
                    (
                        "une forte motivation pour la recherche et de la curiosité scientifique",
                        "strong motivation for research and scientific curiosity",
                    ),
                    (
                        "une première expérience de recherche lors d’un stage",
                        "initial research experience from an internship",
                    ),
                    (
                        "de la rigueur et de l’autonomie dans l’organisation du travail",
                        "rigour and independence in organising your work",
                    ),
                    (
                        "de bonnes bases en statistiques et en analyse de données",
                        "a good grounding in statistics and data analysis",
                    ),
                    (
                        "de bonnes qualités de communication écrite et orale",
                        "good written and oral communication skills",
                    ),
                ],
            },
        },
        "documents": [
            ("un CV détaillé", "a detailed CV"),
            (
                "une lettre de motivation, en français ou en anglais",
                "a cover letter, in French or English",
            ),
            ("vos relevés de notes de master", "your master’s transcripts"),
            (
                "deux ou trois lettres de recommandation, ou les coordonnées de vos référents",
                "two or three reference letters, or your referees’ contact details",
            ),
        ],
        "remote_work": {"researcher": 0.1},
        "english": {"researcher": 0.6},
        "english_only": {"researcher": 0.3},
    },
    "fixed-term-engineer": {
        "abbreviation": "CDDIT",
        "categories": {"engineer": 5, "technician": 3, "support": 2},
        "profiles": {},
        "durations": [6, 12, 12, 18, 24, 36],
        "salary": None,
        "salary_details": (
            "Selon le diplôme et l’expérience, au niveau {grade_name} ({grade}) : de {min} à {max} "
            "bruts mensuels.",
            "According to qualifications and experience, at {grade_name} ({grade}) level: {min} to "
            "{max} gross per month.",
        ),
        "titles": {
            "engineer": [
                ("{Role} (H/F) – {city}", "{Role} – {city}"),
                ("{Role} (H/F) – CDD de {duration}", "{Role} – {duration_adj} fixed-term contract"),
                ("{Role} (H/F) pour un projet sur {topic}", "{Role} for a project on {topic}"),
            ],
            "technician": [
                ("{Role} (H/F) – {city}", "{Role} – {city}"),
                ("{Role} (H/F) – CDD de {duration}", "{Role} – {duration_adj} fixed-term contract"),
                ("{Role} (H/F) pour un projet sur {topic}", "{Role} for a project on {topic}"),
            ],
            "support": [
                ("{Role} (H/F) – {city}", "{Role} – {city}"),
                ("{Role} (H/F) – CDD de {duration}", "{Role} – {duration_adj} fixed-term contract"),
            ],
        },
        "summaries": {
            category: [
                (
                    "CDD de {duration} pour un {role}, {at_lab}.",
                    "{duration_adj} fixed-term contract for {a_role}, {at_lab}.",
                ),
                (
                    "CDD de {duration} {a_city} pour un {role}.",
                    "{duration_adj} fixed-term contract in {city} for {a_role}.",
                ),
            ]
            for category in ("engineer", "technician", "support")
        },
        "description": {
            category: [
                [
                    (
                        "Un poste en contrat à durée déterminée de {duration} est ouvert "
                        "{at_lab} : nous recrutons un {role}.",
                        "{A_duration_adj} fixed-term post is open {at_lab}: we are recruiting "
                        "{a_role}.",
                    ),
                    (
                        "Pour renforcer ses équipes, {lab_le} recrute un {role} pour {duration}.",
                        "To strengthen its teams, the {laboratory} is recruiting {a_role} for "
                        "{duration}.",
                    )
                    if category == "support"
                    else (
                        "Pour accompagner un projet sur {topic}, l’équipe de {contact_name} "
                        "recrute un {role} pour {duration}, {at_lab}.",
                        "To support a project on {topic}, {contact_name}’s team is recruiting "
                        "{a_role} for {duration}, {at_lab}.",
                    ),
                ],
                _STAFF_MISSIONS[category],
                ENVIRONMENT,
            ]
            for category in ("engineer", "technician", "support")
        },
        "profile": _STAFF_PROFILE,
        "documents": _STAFF_DOCUMENTS,
        "remote_work": {"engineer": 0.45, "technician": 0.05, "support": 0.6},
        "english": {"engineer": 0.4, "technician": 0.2, "support": 0.15},
        "english_only": {"engineer": 0.15, "technician": 0.0, "support": 0.0},
    },
    "competition-cr": {
        "abbreviation": "CR",
        "categories": {"researcher": 1},
        "profiles": {"R2": 4, "R3": 1},
        "durations": [None],
        "salary": (2900, 4600),
        "salary_details": (
            "Traitement de chargé de recherche de classe normale, selon la grille de la fonction "
            "publique et l’expérience reprise : de {min} à {max} bruts mensuels.",
            "Normal-class research officer pay, on the civil service scale and according to "
            "prior experience: {min} to {max} gross per month.",
        ),
        "titles": {
            "researcher": [
                (
                    "Concours CRCN {year} – {section} : {topic}",
                    "{year} CRCN competition – {section}: {topic}",
                ),
                (
                    "Chargé de recherche (H/F), concours {year} – {section} : {topic}",
                    "Research officer, {year} competition – {section}: {topic}",
                ),
            ],
        },
        "summaries": {
            "researcher": [
                (
                    "Concours CRCN {year}, {section} : poste de chargé de recherche sur {topic}, "
                    "{at_lab}.",
                    "{year} CRCN competition, {section}: research officer post on {topic}, "
                    "{at_lab}.",
                ),
                (
                    "Concours CRCN {year}, {section} : poste de chargé de recherche {a_city} sur "
                    "{topic}.",
                    "{year} CRCN competition, {section}: research officer post in {city} on "
                    "{topic}.",
                ),
            ],
        },
        "description": {
            "researcher": [
                [
                    (
                        "{Lab_le} soutient une candidature au concours {year} de chargé de "
                        "recherche de classe normale (CRCN), ouvert dans la {section} – "
                        "{section_name}. Le projet proposé portera sur {topic}.",
                        "The {laboratory} is supporting an application to the {year} "
                        "normal-class research officer (CRCN) competition, open in {section} – "
                        "{section_name}. The proposed project will focus on {topic}.",
                    ),
                    (
                        "Pour le concours CRCN {year} ({section} – {section_name}), l’équipe de "
                        "{contact_name} souhaite accueillir {at_lab} un chercheur qui développera "
                        "un projet sur {topic}.",
                        "For the {year} CRCN competition ({section} – {section_name}), "
                        "{contact_name}’s team wishes to host a researcher {at_lab} to develop a "
                        "project on {topic}.",
                    ),
                ],
                [
                    (
                        "Les chargés de recherche sont des fonctionnaires recrutés pour conduire "
                        "des recherches de haut niveau : la personne recrutée occupera un poste "
                        "permanent {a_city} et aura toute latitude pour construire son programme.",
                        "Research officers are civil servants recruited to carry out high-level "
                        "research: the successful candidate will hold a permanent post in {city} "
                        "with full scope to build their own programme.",
                    ),
                    (
                        "Le concours est ouvert à toutes les nationalités. Une candidature sans "
                        "unité d’accueil clairement identifiée a très peu de chances d’aboutir : "
                        "prenez contact avec {contact_name} pour construire votre projet avec "
                        "l’équipe.",
                        "The competition is open to all nationalities. An application without a "
                        "clearly identified host unit has very little chance of success: contact "
                        "{contact_name} to build your project with the team.",
                    ),
                ],
                [
                    (
                        "L’unité offre un environnement propice à la prise d’indépendance : accès "
                        "aux plateformes technologiques, aide à la préparation des demandes de "
                        "financement ANR et ERC, et accompagnement des chercheurs qui arrivent de "
                        "l’étranger.",
                        "The unit offers an environment that fosters independence: access to "
                        "technology platforms, help with preparing ANR and ERC grant "
                        "applications, and support for researchers arriving from abroad.",
                    ),
                    (
                        "Lors des campagnes 2021 et 2022, 33 à 35 % des candidats aux concours "
                        "chercheurs venaient de l’étranger, et ils représentent 25 à 28 % des "
                        "chercheurs recrutés.",
                        "In the 2021 and 2022 campaigns, 33% to 35% of applicants to the "
                        "researcher competitions came from abroad, and they account for 25% to "
                        "28% of the researchers recruited.",
                    ),
                ],
            ],
        },
        "profile": {
            "researcher": {
                "intro": [
                    (
                        "Le concours est ouvert aux titulaires d’un doctorat ou d’un diplôme "
                        "équivalent, sans condition de nationalité. Le jury attend :",
                        "The competition is open to holders of a PhD or an equivalent degree, "
                        "whatever their nationality. The jury expects:",
                    ),
                ],
                "bullets": [
                    (
                        "un dossier de publications qui montre votre contribution propre",
                        "a publication record that shows your own contribution",
                    ),
                    (
                        "une expérience de mobilité internationale, par exemple un post-doctorat "
                        "à l’étranger",
                        "international mobility, for example a postdoc abroad",
                    ),
                    (
                        "un projet de recherche original, ambitieux et réalisable, qui s’appuie "
                        "sur les forces de l’unité d’accueil",
                        "an original, ambitious and feasible research project that builds on the "
                        "host unit’s strengths",
                    ),
                    (
                        "la capacité à obtenir des financements compétitifs (ANR, ERC, Marie "
                        "Skłodowska-Curie)",
                        "the ability to win competitive funding (ANR, ERC, Marie Skłodowska-Curie)",
                    ),
                    (
                        "une expérience de l’encadrement d’étudiants",
                        "experience supervising students",
                    ),
                ],
            },
        },
        "documents": [
            (
                "un CV détaillé, avec vos publications et votre position d’auteur dans chacune",
                "a detailed CV, with your publications and your authorship position in each",
            ),
            (
                "un projet de recherche de 8 à 15 pages, lié à l’unité d’accueil",
                "a research project of 8 to 15 pages, linked to the host unit",
            ),
            ("un résumé de vos travaux antérieurs", "a summary of your past work"),
            (
                "le nom de l’unité, de l’équipe et du directeur d’unité qui vous accueilleront",
                "the names of the host unit, team and unit director",
            ),
        ],
        "remote_work": {"researcher": 0.15},
        "english": {"researcher": 0.5},
        "english_only": {"researcher": 0.0},
    },
    "competition-dr": {
        "abbreviation": "DR",
        "categories": {"researcher": 1},
        "profiles": {"R3": 2, "R4": 1},
        "durations": [None],
        "salary": (4500, 7000),
        "salary_details": (
            "Traitement de directeur de recherche de 2e classe, selon la grille de la fonction "
            "publique et l’ancienneté : de {min} à {max} bruts mensuels.",
            "Second-class research director pay, on the civil service scale and according to "
            "seniority: {min} to {max} gross per month.",
        ),
        "titles": {
            "researcher": [
                (
                    "Concours DR2 {year} – {section} : {topic}",
                    "{year} DR2 competition – {section}: {topic}",
                ),
                (
                    "Directeur de recherche (H/F), concours {year} – {section} : {topic}",
                    "Research director, {year} competition – {section}: {topic}",
                ),
            ],
        },
        "summaries": {
            "researcher": [
                (
                    "Concours DR2 {year}, {section} : poste de directeur de recherche sur "
                    "{topic}, {at_lab}.",
                    "{year} DR2 competition, {section}: research director post on {topic}, "
                    "{at_lab}.",
                ),
                (
                    "Concours DR2 {year}, {section} : poste de directeur de recherche {a_city} "
                    "sur {topic}.",
                    "{year} DR2 competition, {section}: research director post in {city} on "
                    "{topic}.",
                ),
            ],
        },
        "description": {
            "researcher": [
                [
                    (
                        "{Lab_le} soutient une candidature au concours {year} de directeur de "
                        "recherche de 2e classe (DR2), dans la {section} – {section_name}. Le "
                        "projet portera sur {topic}.",
                        "The {laboratory} is supporting an application to the {year} "
                        "second-class research director (DR2) competition in {section} – "
                        "{section_name}. The project will focus on {topic}.",
                    ),
                    (
                        "Pour le concours DR2 {year} ({section} – {section_name}), {lab_le} "
                        "souhaite accueillir un chercheur confirmé capable de diriger une équipe "
                        "sur {topic}.",
                        "For the {year} DR2 competition ({section} – {section_name}), the "
                        "{laboratory} wishes to host an experienced researcher able to lead a "
                        "team working on {topic}.",
                    ),
                ],
                [
                    (
                        "Le concours de directeur de recherche s’adresse aux chercheurs qui "
                        "justifient de plus de huit ans d’expérience après le doctorat. La "
                        "personne recrutée prendra la responsabilité d’une équipe ou d’un "
                        "programme {at_lab}.",
                        "The research director competition is for researchers with more than "
                        "eight years’ experience after their PhD. The successful candidate will "
                        "take charge of a team or programme {at_lab}.",
                    ),
                    (
                        "Vous définirez les orientations scientifiques de votre équipe, "
                        "encadrerez doctorants et postdoctorants, et porterez des demandes de "
                        "financement nationales et européennes, {at_lab}.",
                        "You will set your team’s scientific direction, supervise PhD students "
                        "and postdocs, and lead national and European funding applications, "
                        "{at_lab}.",
                    ),
                ],
                [
                    (
                        "L’Inserm, seul organisme public de recherche français entièrement dédié à "
                        "la santé humaine, est titulaire du label HR Excellence in Research depuis "
                        "2016.",
                        "Inserm, the only French public research organisation entirely dedicated "
                        "to human health, has held the HR Excellence in Research label since "
                        "2016.",
                    ),
                    (
                        "L’unité offre l’accès à ses plateformes technologiques et à ses "
                        "collaborations cliniques, ainsi qu’un accompagnement des chercheurs qui "
                        "arrivent de l’étranger.",
                        "The unit offers access to its technology platforms and clinical "
                        "collaborations, and support for researchers arriving from abroad.",
                    ),
                ],
            ],
        },
        "profile": {
            "researcher": {
                "intro": [
                    (
                        "Le concours est ouvert aux chercheurs qui justifient de plus de huit ans "
                        "d’expérience après le doctorat. Le jury attend :",
                        "The competition is open to researchers with more than eight years’ "
                        "experience after their PhD. The jury expects:",
                    ),
                ],
                "bullets": [
                    (
                        "une reconnaissance internationale dans votre domaine",
                        "international recognition in your field",
                    ),
                    (
                        "une expérience confirmée de la direction d’équipe et de l’encadrement de "
                        "doctorants",
                        "proven experience of leading a team and supervising PhD students",
                    ),
                    (
                        "des financements obtenus en tant que porteur de projet",
                        "funding won as principal investigator",
                    ),
                    (
                        "un engagement dans la vie scientifique collective : évaluation, sociétés "
                        "savantes, enseignement",
                        "involvement in the wider scientific community: peer review, learned "
                        "societies, teaching",
                    ),
                    (
                        "une vision stratégique du développement de votre thématique",
                        "a strategic vision for the development of your research area",
                    ),
                ],
            },
        },
        "documents": [
            (
                "un CV détaillé, avec vos publications et votre position d’auteur dans chacune",
                "a detailed CV, with your publications and your authorship position in each",
            ),
            (
                "un projet de recherche lié à l’unité d’accueil",
                "a research project linked to the host unit",
            ),
            (
                "un bilan de vos travaux, de vos financements et de vos encadrements",
                "a report on your work, funding and supervision",
            ),
        ],
        "remote_work": {"researcher": 0.15},
        "english": {"researcher": 0.6},
        "english_only": {"researcher": 0.0},
    },
    "competition-it": {
        "abbreviation": "IT",
        "categories": {"engineer": 5, "technician": 3, "support": 2},
        "profiles": {},
        "durations": [None],
        "salary": None,
        "salary_details": (
            "Traitement d’un {grade_name} titulaire ({grade}), selon la grille de la fonction "
            "publique et l’expérience reprise : de {min} à {max} bruts mensuels.",
            "Tenured {grade_name} pay ({grade}), on the civil service scale and according to prior "
            "experience: {min} to {max} gross per month.",
        ),
        "titles": {
            category: [
                (
                    "Concours externe {grade} {year} : {role} (H/F) – {city}",
                    "{year} external {grade} competition: {role} – {city}",
                ),
                (
                    "{Role} (H/F) – concours externe {year}, {city}",
                    "{Role} – {year} external competition, {city}",
                ),
            ]
            for category in ("engineer", "technician", "support")
        },
        "summaries": {
            category: [
                (
                    "Concours externe {grade} {year} pour le recrutement d’un {role}, {at_lab}.",
                    "{year} external {grade} competition to recruit {a_role}, {at_lab}.",
                ),
                (
                    "Concours externe {grade} {year} pour le recrutement d’un {role} {a_city}.",
                    "{year} external {grade} competition to recruit {a_role} in {city}.",
                ),
            ]
            for category in ("engineer", "technician", "support")
        },
        "description": {
            category: [
                [
                    (
                        "L’Inserm organise en {year} un concours externe pour recruter un {role} "
                        "({grade}), affecté {at_lab}.",
                        "In {year}, Inserm is holding an external competition to recruit {a_role} "
                        "({grade}), working {at_lab}.",
                    ),
                    (
                        "Ce poste permanent est ouvert au concours externe {year} des {grade_plural} "
                        "({grade}). La personne recrutée travaillera {at_lab}.",
                        "This permanent post is open through the {year} external competition for "
                        "{grade_plural} ({grade}). The successful candidate will work {at_lab}.",
                    ),
                ],
                _STAFF_MISSIONS[category],
                [
                    (
                        "Le concours est ouvert aux titulaires du diplôme requis pour le corps ou "
                        "d’une qualification jugée équivalente. L’Inserm est titulaire du label HR "
                        "Excellence in Research depuis 2016.",
                        "The competition is open to holders of the degree required for the grade "
                        "or of a qualification deemed equivalent. Inserm has held the HR "
                        "Excellence in Research label since 2016.",
                    ),
                ],
            ]
            for category in ("engineer", "technician", "support")
        },
        "profile": _STAFF_PROFILE,
        "documents": [
            ("un CV détaillé", "a detailed CV"),
            ("une lettre de motivation", "a cover letter"),
            (
                "un rapport d’activité qui présente vos compétences techniques",
                "an activity report describing your technical skills",
            ),
        ],
        "remote_work": {"engineer": 0.4, "technician": 0.05, "support": 0.5},
        "english": {"engineer": 0.3, "technician": 0.1, "support": 0.1},
        "english_only": {"engineer": 0.0, "technician": 0.0, "support": 0.0},
    },
    "internship": {
        "abbreviation": "STAGE",
        "categories": {"researcher": 3, "engineer": 1},
        "profiles": {"R1": 1},
        "durations": [2, 4, 5, 6, 6],
        "salary": (660, 660),
        "salary_details": (
            "Gratification légale de stage : 4,35 € par heure de stage, soit environ {min} par "
            "mois à temps plein.",
            "Statutory internship stipend: €4.35 per hour, about {min} a month full time.",
        ),
        "titles": {
            "researcher": [
                ("Stage de master 2 sur {topic}", "Master’s (M2) internship on {topic}"),
                (
                    "Stage de recherche de {duration} sur {topic}",
                    "{duration_adj} research internship on {topic}",
                ),
            ],
            "engineer": [
                (
                    "Stage de fin d’études d’ingénieur sur {topic}",
                    "Final-year engineering internship on {topic}",
                ),
                ("Stage en analyse de données sur {topic}", "Data analysis internship on {topic}"),
            ],
        },
        "summaries": {
            category: [
                (
                    "Stage de {duration} sur {topic}, {at_lab}.",
                    "{duration_adj} internship on {topic}, {at_lab}.",
                ),
                (
                    "Stage de {duration} {a_city} sur {topic}.",
                    "{duration_adj} internship in {city} on {topic}.",
                ),
            ]
            for category in ("researcher", "engineer")
        },
        "description": {
            category: [
                [
                    (
                        "{Lab_le} accueille un stagiaire pour {duration} sur {topic}. Le stage sera "
                        "encadré par {contact_name}.",
                        "The {laboratory} is hosting an intern for {duration} on {topic}. The "
                        "internship will be supervised by {contact_name}.",
                    ),
                    (
                        "Nous proposons un stage de {duration} sur {topic}, dans l’équipe de "
                        "{contact_name}, {at_lab}.",
                        "We are offering {a_duration_adj} internship on {topic} in "
                        "{contact_name}’s team, {at_lab}.",
                    ),
                ],
                [
                    (
                        "Vous participerez à la conception des expériences ou des analyses, à leur "
                        "réalisation et à l’interprétation des résultats, que vous présenterez à "
                        "l’équipe en fin de stage.",
                        "You will take part in designing the experiments or analyses, carrying "
                        "them out and interpreting the results, which you will present to the "
                        "team at the end of the internship.",
                    ),
                    (
                        "Ce stage est une porte d’entrée vers la recherche : il pourra déboucher "
                        "sur une candidature à un contrat doctoral dans l’équipe.",
                        "This internship is a way into research: it may lead to an application for "
                        "a doctoral contract in the team.",
                    ),
                ],
                [
                    (
                        "La gratification et les conditions du stage sont fixées par une "
                        "convention entre vous, votre établissement d’enseignement et l’Inserm.",
                        "The stipend and conditions of the internship are set by an agreement "
                        "between you, your university or school and Inserm.",
                    ),
                    (
                        "Vous aurez accès au restaurant du site et à la prise en charge de la "
                        "moitié de votre abonnement de transports en commun.",
                        "You will have access to the site’s canteen, and half of your public "
                        "transport pass will be reimbursed.",
                    ),
                ],
            ]
            for category in ("researcher", "engineer")
        },
        "profile": {
            category: {
                "intro": [
                    (
                        "Vous êtes en master 2 ou en dernière année d’école d’ingénieurs et "
                        "cherchez un stage de {duration}. Nous attendons :",
                        "You are in the second year of a master’s degree or the final year of an "
                        "engineering school and are looking for {a_duration_adj} internship. We "
                        "are looking for:",
                    ),
                ],
                "bullets": [
                    (
                        "une réelle motivation pour la recherche en santé",
                        "real motivation for health research",
                    ),
                    (
                        "des bases solides dans la discipline du stage",
                        "a solid grounding in the discipline",
                    ),
                    (
                        "de la rigueur et le goût du travail en équipe",
                        "rigour and enjoyment of teamwork",
                    ),
                    (
                        "des notions de programmation (R ou Python), appréciées",
                        "some programming (R or Python), a plus",
                    ),
                ],
            }
            for category in ("researcher", "engineer")
        },
        "documents": [
            ("un CV", "a CV"),
            ("une lettre de motivation", "a cover letter"),
            ("vos relevés de notes", "your transcripts"),
            (
                "une lettre de recommandation d’un enseignant ou d’un ancien encadrant",
                "a reference letter from a teacher or former supervisor",
            ),
        ],
        "remote_work": {"researcher": 0.05, "engineer": 0.15},
        "english": {"researcher": 0.5, "engineer": 0.4},
        "english_only": {"researcher": 0.3, "engineer": 0.2},
    },
}
