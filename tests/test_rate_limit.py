"""core/rate_limit.py on its own, without a database: the per-value limit (an e-mail address
asked for), scopes kept apart, the window's length given to the cache, and the fail-open
answer when the shared cache is down. Added for the mutants the mutation check left alive
(docs/mutation.md)."""

from unittest import mock

import pytest
from django.test import RequestFactory

from core import rate_limit


def test_the_limit_per_value_counts_each_value_apart():
    attempts = [rate_limit.allow_value("reset", "ada@example.org", 2, 3600) for _ in range(3)]
    assert attempts == [True, True, False]
    assert rate_limit.allow_value("reset", "grace@example.org", 2, 3600)
    # Another scope has its own count for the same value.
    assert rate_limit.allow_value("alerts", "ada@example.org", 2, 3600)


def test_no_value_is_kept_in_the_key():
    key = rate_limit._key("reset", 3600, "ada@example.org")
    assert "ada" not in key and key.startswith("rate:reset:")
    assert key != rate_limit._key("reset", 3600, "grace@example.org")
    assert key != rate_limit._key("alerts", 3600, "ada@example.org")


def test_the_count_lives_as_long_as_the_window():
    with mock.patch.object(rate_limit, "cache") as fake:
        fake.add.return_value = True
        assert rate_limit.allow_value("reset", "ada@example.org", 2, 900)
    fake.add.assert_called_once_with(mock.ANY, 1, timeout=900)


def test_a_count_that_expired_between_add_and_incr_starts_again():
    with mock.patch.object(rate_limit, "cache") as fake:
        fake.add.side_effect = [False, True]
        fake.incr.side_effect = ValueError("gone")
        assert rate_limit.allow_value("reset", "ada@example.org", 2, 900)
    first, again = fake.add.call_args_list
    assert again == first == mock.call(first.args[0], 1, timeout=900)


@pytest.mark.parametrize(("count", "allowed"), [(None, True), (2, True), (3, False)])
def test_at_the_limit_and_when_the_shared_cache_is_down(count, allowed):
    """None: Redis unreachable (it fails open): visitors are let through, not refused."""
    with mock.patch.object(rate_limit, "cache") as fake:
        fake.add.return_value = False
        fake.incr.return_value = count
        assert rate_limit.allow_value("reset", "ada@example.org", 2, 900) is allowed


def test_the_window_is_the_clock_divided_by_its_length():
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.7")
    with mock.patch("core.rate_limit.time.time", return_value=3600 * 10 + 5):
        first = rate_limit.client_key(request, "suggestions", 3600)
    with mock.patch("core.rate_limit.time.time", return_value=3600 * 10 + 3599):
        assert rate_limit.client_key(request, "suggestions", 3600) == first
    with mock.patch("core.rate_limit.time.time", return_value=3600 * 11):
        assert rate_limit.client_key(request, "suggestions", 3600) != first


def test_each_scope_counts_a_client_apart_for_the_length_of_its_window():
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.7")
    assert [rate_limit.allow(request, "suggestions", 1, 60) for _ in range(2)] == [True, False]
    assert rate_limit.allow(request, "alerts", 1, 60)
    with mock.patch.object(rate_limit, "cache") as fake:
        fake.add.return_value = True
        rate_limit.allow(request, "suggestions", 1, 60)
    fake.add.assert_called_once_with(mock.ANY, 1, timeout=60)
