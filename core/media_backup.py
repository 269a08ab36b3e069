"""Copy the media bucket into a backup bucket, or back: `python -m core.media_backup
SOURCE_BUCKET DESTINATION_BUCKET` (scripts/backup.sh and scripts/restore.sh call it).

An additive mirror, like `aws s3 sync` without `--delete`: objects missing from the destination
or of another size are copied (server-side, nothing passes through this machine); nothing is
ever deleted there. The media storage never overwrites a file (a new upload gets a new name),
so the backup bucket ends up holding every file ever uploaded, and a restore copies back
whatever the media bucket lost. Both buckets live on the same S3 service (AWS_S3_ENDPOINT_URL,
AWS_S3_REGION_NAME, AWS_S3_ADDRESSING_STYLE, credentials as boto3 reads them); turn versioning
(and object lock, if the store has it) on in the backup bucket.

No Django here: the scripts run it without settings.
"""

import argparse
import os
import sys

import boto3
from botocore.config import Config


def client():
    style = os.environ.get("AWS_S3_ADDRESSING_STYLE") or None
    return boto3.client(
        "s3",
        endpoint_url=os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        region_name=os.environ.get("AWS_S3_REGION_NAME") or None,
        config=Config(s3={"addressing_style": style} if style else {}),
    )


def sizes(s3, bucket):
    """{key: size} of every object in the bucket."""
    found = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
        for item in page.get("Contents", []):
            found[item["Key"]] = item["Size"]
    return found


def mirror(source, destination, s3=None):
    """Copy what `destination` lacks from `source`; (copied, already there)."""
    s3 = s3 or client()
    present = sizes(s3, destination)
    copied = kept = 0
    for key, size in sizes(s3, source).items():
        if present.get(key) == size:
            kept += 1
            continue
        # Managed copy: multipart above 8 MB, server-side in both cases.
        s3.copy({"Bucket": source, "Key": key}, destination, key)
        copied += 1
    return copied, kept


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m core.media_backup")
    parser.add_argument("source", help="bucket to copy from")
    parser.add_argument("destination", help="bucket to copy into (nothing is deleted there)")
    args = parser.parse_args(argv)
    copied, kept = mirror(args.source, args.destination)
    sys.stdout.write(
        f"media: {copied} object(s) copied from s3://{args.source} to "
        f"s3://{args.destination}, {kept} already there\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
