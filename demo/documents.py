"""Demo documents: the institute's own texts (demo/data/documents/) as PDF files.

The strategic documents the HR Excellence page lists are real: the HRS4R action plan of 2022
and the objectives contract 2016–2020, from their published text. The PDF is plain text
(Helvetica, A4) written here in a few lines, because the demo needs no layout and a PDF
library would be a dependency for a demo only.
"""

import textwrap
from pathlib import Path

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from editorial.readiness import PLACEHOLDER_TAG

SOURCES = Path(__file__).resolve().parent / "data" / "documents"

DOCUMENTS = {
    "action-plan-2022": {
        "file": "hrs4r_action_plan_2022.txt",
        "title": "Plan d’action HRS4R 2022 – évaluation interne en vue du renouvellement du label",
    },
    "objectives-contract-2016-2020": {
        "file": "objectives_contract_2016_2020.txt",
        "title": "Contrat d’objectifs et de performance État–Inserm 2016–2020",
    },
}

PAGE_WIDTH, PAGE_HEIGHT, MARGIN = 595, 842, 56
FONT_SIZE, LEADING, WRAP = 10, 13, 92
LINES_PER_PAGE = (PAGE_HEIGHT - 2 * MARGIN) // LEADING


def source_documents():
    """The institute's documents: {key: (title, text)}."""
    return {
        key: (spec["title"], (SOURCES / spec["file"]).read_text(encoding="utf-8"))
        for key, spec in DOCUMENTS.items()
    }


def ensure_documents(sources, placeholders=(), log=print):
    """Wagtail documents made once from {key: (title, text)}: {key: document}. Those whose key
    is in `placeholders` stand in for a document the institute has not given: they carry the
    tag the content readiness report lists, so editors see them until replaced."""
    Document = get_document_model()
    documents = {}
    created = 0
    for key, (title, text) in sources.items():
        document = Document.objects.filter(title=title).first()
        if document is None:
            document = Document(title=title)
            document.file.save(f"{key}.pdf", ContentFile(text_pdf(title, text)))
            created += 1
        if key in placeholders:
            document.tags.add(PLACEHOLDER_TAG)
        documents[key] = document
    log(f"Documents: {created} created.")
    return documents


def text_pdf(title, text):
    """A PDF of `text` (wrapped, paginated) whose document title is `title`."""
    lines = []
    for paragraph in text.replace("**", "").splitlines():  # the source's bold markers
        lines.extend(textwrap.wrap(paragraph.replace("\t", "  "), WRAP) or [""])
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)] or [[]]

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        None,  # the page tree, once the pages are numbered
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + _string(title) + b" /Producer (Careers portal demo content) >>",
    ]
    page_ids = []
    for page_lines in pages:
        stream = [f"BT /F1 {FONT_SIZE} Tf {LEADING} TL {MARGIN} {PAGE_HEIGHT - MARGIN} Td".encode()]
        stream += [_string(line) + b" '" for line in page_lines]
        stream.append(b"ET")
        content = b"\n".join(stream)
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % (PAGE_WIDTH, PAGE_HEIGHT, len(objects))
        )
        page_ids.append(len(objects))
    kids = b" ".join(b"%d 0 R" % page_id for page_id in page_ids)
    objects[1] = b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(page_ids)

    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\n" % (len(objects) + 1)
    pdf += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(pdf)


def _string(text):
    """A PDF literal string in the WinAnsi encoding of the standard fonts."""
    encoded = text.replace("’", "'").replace("–", "-").encode("cp1252", errors="replace")
    escaped = encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + escaped + b")"
