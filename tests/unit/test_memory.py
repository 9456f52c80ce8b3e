from pathlib import Path

from telegram import Update

from app.build import build_application
from app.memory import CoachApplication
from tests.conftest import TOKEN, make_settings


def test_no_per_user_bookkeeping_without_a_persistence(tmp_path: Path) -> None:
    app = build_application(make_settings(tmp_path), token=TOKEN, base_url="http://127.0.0.1:9/")
    assert isinstance(app, CoachApplication) and app.persistence is None
    for user_id in (1, 2, 3):
        data = {
            "update_id": user_id,
            "message": {
                "message_id": 1,
                "date": 0,
                "chat": {"id": user_id, "type": "private", "first_name": "A"},
                "from": {"id": user_id, "is_bot": False, "first_name": "A"},
                "text": "hi",
            },
        }
        app._mark_for_persistence_update(update=Update.de_json(data, app.bot))
    assert not app._chat_ids_to_be_updated_in_persistence
    assert not app._user_ids_to_be_updated_in_persistence
