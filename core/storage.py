"""Where media (images, renditions, documents) are stored: local files or S3-compatible storage.

`media_storage(env)` builds `STORAGES["default"]` from the environment, so the rule is written
once and tested without touching the settings module.
"""

from urllib.parse import urlsplit

LOCAL_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
# django-storages' S3 backend with short timeouts, and outages reported as OSError.
S3_BACKEND = "core.s3_storage.MediaStorage"


def media_storage(env):
    """`STORAGES["default"]`: S3 when `AWS_STORAGE_BUCKET_NAME` is set, local files otherwise.

    `env` is a django-environ `Env`. Credentials are not copied into the settings: django-storages
    and boto3 read `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` (or `AWS_SESSION_TOKEN`, an
    instance role…) from the environment themselves, so a secret never appears in Django's
    settings (or on a debug page).
    """
    bucket = env.str("AWS_STORAGE_BUCKET_NAME", default="")
    if not bucket:
        return dict(LOCAL_STORAGE)
    options = {
        "bucket_name": bucket,
        # Any S3-compatible store (MinIO, Ceph, OVH, Scaleway, Outscale…); empty means AWS.
        "endpoint_url": env.str("AWS_S3_ENDPOINT_URL", default="") or None,
        "region_name": env.str("AWS_S3_REGION_NAME", default="") or None,
        # "path" for stores that have no per-bucket host names; empty lets boto3 choose.
        "addressing_style": env.str("AWS_S3_ADDRESSING_STYLE", default="") or None,
        # The bucket stays private: every URL is signed and expires, so a private document's
        # address, once handed out by Wagtail's serve view, stops working after this delay.
        "querystring_auth": env.bool("AWS_QUERYSTRING_AUTH", default=True),
        "querystring_expire": env.int("AWS_QUERYSTRING_EXPIRE", default=3600),
        # Never replace an existing object: two uploads called "cv.pdf" get two names.
        "file_overwrite": False,
        # No ACL header: access is the bucket policy's business (and many S3-compatible stores
        # and buckets with "object ownership: bucket owner enforced" refuse ACLs).
        "default_acl": None,
        # Seconds, and total attempts: an unreachable S3 delays a page by seconds, not minutes.
        "connect_timeout": env.float("AWS_S3_CONNECT_TIMEOUT", default=2),
        "read_timeout": env.float("AWS_S3_READ_TIMEOUT", default=5),
        "max_attempts": env.int("AWS_S3_MAX_ATTEMPTS", default=2),
    }
    return {"BACKEND": S3_BACKEND, "OPTIONS": options}


def document_serve_method(storage_settings):
    """WAGTAILDOCS_SERVE_METHOD for this storage (the reasons are in settings/base.py)."""
    return "redirect" if storage_settings["BACKEND"] == S3_BACKEND else "serve_view"


def media_origins(env):
    """The origins media URLs point at, for the Content-Security-Policy's img-src.

    Local media are served by this site. S3 URLs are signed URLs of the storage: its endpoint
    (path-style addressing) or the bucket's own host name (virtual-hosted style), or AWS's
    when no endpoint is set. MEDIA_ORIGIN adds one more (a CDN in front of the bucket).
    """
    origins = [env.str("MEDIA_ORIGIN", default="")]
    bucket = env.str("AWS_STORAGE_BUCKET_NAME", default="")
    if bucket:
        endpoint = urlsplit(env.str("AWS_S3_ENDPOINT_URL", default=""))
        region = env.str("AWS_S3_REGION_NAME", default="")
        if endpoint.netloc:
            origins.append(f"{endpoint.scheme}://{endpoint.netloc}")
            if env.str("AWS_S3_ADDRESSING_STYLE", default="") != "path":
                origins.append(f"{endpoint.scheme}://{bucket}.{endpoint.netloc}")
        else:
            # boto3 signs URLs on the global host even when a region is set
            # (https://<bucket>.s3.amazonaws.com/…), and on the regional one in other set-ups.
            hosts = [f"s3.{region}.amazonaws.com", "s3.amazonaws.com"] if region else []
            for aws_host in hosts or ["s3.amazonaws.com"]:
                origins += [f"https://{bucket}.{aws_host}", f"https://{aws_host}"]
    return [origin.rstrip("/") for origin in origins if origin]
