import json

from django.core.management.base import BaseCommand

from demo.fingerprint import fingerprint, indexes


class Command(BaseCommand):
    help = (
        "Print the content's counts and a SHA-256 over a canonical dump of it (no ids, "
        "timestamps or tree paths): two loads of the same demo content print the same."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--exclude",
            action="append",
            default=[],
            choices=["actions"],
            help="Leave a part out (the HRS4R actions, when their model changed shape).",
        )
        parser.add_argument("--dump", help="Also write the canonical dump to this JSON file.")

    def handle(self, *args, exclude, dump, **options):
        counts, digest, content = fingerprint(exclude)
        for label, number in counts.items():
            self.stdout.write(f"{label}: {number}")
        for label, number in indexes().items():
            self.stdout.write(f"({label}: {number}, not in the hash)")
        self.stdout.write(f"sha256: {digest}")
        if dump:
            with open(dump, "w", encoding="utf-8") as handle:
                json.dump(
                    content, handle, sort_keys=True, ensure_ascii=False, indent=1, default=str
                )
