"""PostgreSQL: the whole-text GIN index takes its entries at once, without a pending list.

By default a GIN index queues new entries in an unsorted pending list, moved into the index
proper only by VACUUM, autoanalyze, or once the list passes 4 MB. Until then every search reads
the whole list, and the planner, counting its pages, gives up the index: after the demo content
was indexed (450 entries, 340 pending pages), a search for `recherche` was planned as a
sequential scan evaluating `careers_entry_vector` on every entry. Autoanalyze comes only once
50 rows plus a tenth of the table have changed (2,050 entries at 10,000 offers), and then within
its next round: until then, publishes pile up in the list. A careers portal is read far more often
than written, so reads come first, as PostgreSQL's documentation advises when steady response
times matter more than update speed. Turning the option off does not move what is already
queued, so the list is emptied here.
"""

from django.db import migrations

VECTOR_INDEX = "careers_entry_vector_gin"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER INDEX {VECTOR_INDEX} SET (fastupdate = off)")
    schema_editor.execute(f"SELECT gin_clean_pending_list('{VECTOR_INDEX}'::regclass)")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER INDEX {VECTOR_INDEX} RESET (fastupdate)")


class Migration(migrations.Migration):
    dependencies = [("site_search", "0007_ranking_reads")]

    operations = [migrations.RunPython(forwards, backwards)]
