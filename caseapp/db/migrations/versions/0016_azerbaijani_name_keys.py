"""Names as an Azerbaijani court writes them meet the Russian and the English spellings: the
search keys fold ю after a consonant to u (Şükürov / Шукюров), ç to ch (Mkrtçyan / Мкртчян)
and the patronymic particles (oğlu / оглы, qızı / кызы), the sound keys unvoice j (Cəfərov /
Джафаров) and read an ə or ö each way the Russian convention writes it (Məmmədov / Мамедов),
and an е of an Azerbaijani name as the ə the press writes a (Мамедов / Mammadov); a short
word keeps its velars (Gagik is not Hayk) and is searched by its whole sound (Vahe / Ваге);
sh is kept apart from s (Qasımov is not Hashimov); format characters (a zero-width joiner)
are read as nothing; a velar that begins a word is kept (Karen is not Aren), a Russian Г
before о is never read as h (Гор is not Hor), and a Russified Armenian surname has the sound
of the one in -ян it stands for (Петросов / Petrosyan) and is not read as Azerbaijani. See
:func:`caseapp.domain.names.name_keys`. The keys a file holds were made by the rules before:
every record is indexed again. (Amended before its release, with the keys of sessions 21
and 22: a file already at 0016 by a development build is not indexed again.)

The index is rebuilt in one pass (on SQLite its FTS5 mirror is dropped and filled once at the
end): a file of 100,000 captives (500,000 index rows) took 40 s to a minute on the 2-core
machine under load (``benchmarks/reindex.py``, docs/performance-history.md).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""

from collections.abc import Sequence

from alembic import context, op

from caseapp.db import search

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Who opens the file hears how far the rebuild is (caseapp.db.migrate.upgrade).
    search.rebuild(op.get_bind(), progress=context.config.attributes.get("progress"))


def downgrade() -> None:
    """Nothing to undo in the schema: the keys stay as this version makes them (the earlier
    rules cannot be run again from here); an earlier CaseApp still finds every spelling it
    found before, except the few whose keys changed, until its next rebuild."""
