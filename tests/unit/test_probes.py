"""`tests.probes.each`: many cases checked by one item, or by a few when there are many."""

from __future__ import annotations

import pytest

from tests.probes import SHARD, each


def test_a_long_list_is_checked_by_a_few_items_that_cover_every_case_once() -> None:
    seen: list[int] = []

    def check(n: int) -> None:
        seen.append(n)

    test = each("n", range(2 * SHARD + 1))(check)
    [mark] = test.pytestmark  # type: ignore[attr-defined]
    assert mark.name == "parametrize" and mark.args == ("shard", range(3))
    for shard in range(3):
        test(shard)
    assert sorted(seen) == list(range(2 * SHARD + 1))


def test_a_short_list_is_one_item_and_every_failing_case_is_told() -> None:
    def check(n: int) -> None:
        assert n % 2 == 0, n

    test = each("n", [1, 2, 3])(check)
    assert not hasattr(test, "pytestmark") and test.__name__ == "check"
    with pytest.raises(pytest.fail.Exception, match=r"(?s)2 of 3 cases failed:\n- 1\n.*\n- 3\n"):
        test()
