"""Back/Forward history and the reading position (Qt-free)."""

from __future__ import annotations

from reader.core.navigation import History, Position, pair_key, project_key


def test_back_returns_where_jumps_left_and_forward_goes_again():
    history: History[int] = History()
    assert history.back(5) is None and not history.can_go_back()
    history.jumped(1)  # at 1, jumped to 10
    history.jumped(10)  # at 10, jumped to 20
    assert history.back(20) == 10 and history.can_go_forward()
    assert history.back(10) == 1 and not history.can_go_back()
    assert history.forward(1) == 10 and history.forward(10) == 20
    assert history.forward(20) is None


def test_a_new_jump_forgets_forward_and_a_repeated_place_is_kept_once():
    history: History[int] = History()
    history.jumped(1)
    history.jumped(2)
    assert history.back(3) == 2
    history.jumped(2)  # jumped again from the same place
    assert not history.can_go_forward()
    history.jumped(2)
    assert history.back(9) == 2 and history.back(2) == 1 and history.back(1) is None


def test_history_keeps_the_newest_places():
    history: History[int] = History(limit=3)
    for place in range(10):
        history.jumped(place)
    assert [history.back(0), history.back(0), history.back(0), history.back(0)] == [9, 8, 7, None]


def test_position_round_trip_and_foreign_values():
    position = Position(12, 10, ("en", 14))
    assert position.to_dict() == {"ru": 12, "en": 10, "side": "en", "paragraph": 14}
    assert Position.from_dict(position.to_dict()) == position
    assert Position.from_dict({"ru": 3, "en": 4}) == Position(3, 4, None)
    for bad in (None, [], {"ru": 1}, {"ru": -1, "en": 0}, {"ru": True, "en": 0}, {"ru": "3", "en": 0}):
        assert Position.from_dict(bad) is None
    assert Position.from_dict({"ru": 1, "en": 2, "side": "fr", "paragraph": 3}) == Position(1, 2, None)


def test_position_clamped_to_shorter_documents():
    assert Position(50, 7, ("ru", 40)).clamped({"ru": 30, "en": 10}) == Position(29, 7, None)
    assert Position(5, 5, ("en", 2)).clamped({"ru": 30, "en": 10}) == Position(5, 5, ("en", 2))


def test_pair_key_uses_absolute_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert pair_key(("a.txt", "b.txt")) == f"{tmp_path / 'a.txt'}\n{tmp_path / 'b.txt'}"
    assert project_key("book.preader") == f"project\n{tmp_path / 'book.preader'}"  # never a pair's key
