"""The S3 media storage: django-storages' backend, made to fail fast and gently in an outage.

Two things go wrong with the stock backend when the S3 server stops answering:
- boto's defaults wait 60 s to connect and 60 s to read, and retry: a page that renders an
  image for the first time hangs a worker for minutes. Short timeouts and one retry here.
- botocore's connection errors are not `OSError`s. Wagtail turns an `OSError` raised while
  opening an image into a "missing image" placeholder (`SourceImageIOError`), but lets any
  other exception through: the page would be a 500. Opening a file here raises `OSError`
  instead, so the page is served with the placeholder, and the page cache is told not to keep
  that page, which would otherwise show the placeholder after S3 is back.

Uploads ask `is_reachable()` first (core/uploads.py), so that an editor gets the form back with
a message instead of an error page that loses what they typed.
"""

from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from storages.backends.s3 import S3Storage


class MediaStorage(S3Storage):
    def get_default_settings(self):
        return {
            **super().get_default_settings(),
            "connect_timeout": 2,
            "read_timeout": 5,
            # Total attempts, the first included.
            "max_attempts": 2,
        }

    def __init__(self, **settings):
        super().__init__(**settings)
        self.client_config = self.client_config.merge(
            Config(
                connect_timeout=self.connect_timeout,
                read_timeout=self.read_timeout,
                retries={"max_attempts": self.max_attempts, "mode": "standard"},
            )
        )

    def _open(self, name, mode="rb"):
        try:
            return super()._open(name, mode)
        except (BotoCoreError, ClientError) as error:
            # A missing object is already a FileNotFoundError (an OSError) and is not caught.
            # Imported here: this storage is built while Wagtail's image models are defined,
            # before the page cache's own imports (home's models) can be.
            from core import page_cache

            page_cache.do_not_store()
            raise OSError(f"Media storage unavailable while opening {name}: {error}") from error

    def is_reachable(self):
        """Whether the S3 server answers at all, within the short timeouts above.

        Any answer counts, an error included: credentials limited to objects (no ListBucket,
        as least privilege has it) get 403 here and can still write.
        """
        try:
            self.connection.meta.client.head_bucket(Bucket=self.bucket_name)
        except ClientError:
            return True
        except BotoCoreError:
            return False
        return True
