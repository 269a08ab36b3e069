"""The demo vocabulary's laboratories and topics agree, as a domain expert would expect.

Issue 22: generated offers paired topics with unrelated laboratories (microfluidics at a
neuroscience laboratory), because a topic was drawn from any topic of one of the laboratory's
fields. Each laboratory now names its own topics (offers.demo_vocabulary). Pure data: no database.
"""

from offers import demo_vocabulary as vocab

TOPIC_FIELDS = {key: field for field, topics in vocab.TOPICS.items() for key in topics}
UNIT = {lab["en"].rsplit("(", 1)[1].rstrip(")"): lab for lab in vocab.LABORATORIES}
# Engineering topics the issue saw at neuroscience laboratories.
BENCH_ENGINEERING = {"microfluidics", "skin-tissue-engineering", "bone-biomaterials"}


def test_a_topic_key_names_one_topic_of_one_field():
    assert len(TOPIC_FIELDS) == sum(len(topics) for topics in vocab.TOPICS.values())
    assert set(vocab.TOPICS) == {field["slug"] for field in vocab.RESEARCH_FIELDS}
    texts = [text for topics in vocab.TOPICS.values() for pair in topics.values() for text in pair]
    assert len(set(texts)) == len(texts)  # each topic written once


def test_every_laboratory_works_on_three_to_six_topics_of_its_own_fields():
    assert len(vocab.LABORATORIES) == 58
    for lab in vocab.LABORATORIES:
        topics = lab["topics"]
        assert 3 <= len(topics) <= 6, lab["en"]
        assert len(set(topics)) == len(topics), lab["en"]
        for key in topics:
            assert key in TOPIC_FIELDS, (lab["en"], key)
            assert TOPIC_FIELDS[key] in lab["fields"], (lab["en"], key, TOPIC_FIELDS[key])


def test_every_topic_belongs_to_some_laboratory():
    used = {key for lab in vocab.LABORATORIES for key in lab["topics"]}
    assert used == set(TOPIC_FIELDS)


def test_neuroscience_laboratories_do_not_work_on_bench_engineering():
    neuroscience = [lab for lab in vocab.LABORATORIES if "neuro" in lab["en"].lower()]
    assert len(neuroscience) >= 5
    for lab in neuroscience:
        assert not BENCH_ENGINEERING & set(lab["topics"]), lab["en"]
    # The examples, by name.
    assert not {"skin-tissue-engineering", "image-guided-radiotherapy"} & set(
        UNIT["U1425"]["topics"]
    )  # Bordeaux Integrative Neuroscience Laboratory
    assert "bone-biomaterials" not in UNIT["U1417"]["topics"]  # Tours Imaging and Neuroscience
    assert "aortic-aneurysms" not in UNIT["U1458"]["topics"]  # Kremlin-Bicêtre Lung and Liver
