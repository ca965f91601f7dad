"""Property tests (hypothesis) over what faces the open web: the readers, the importer, the
extractor, and export → import round trips. Never a crash, never an offset outside the text,
and what goes out comes back the same.
"""

from __future__ import annotations

import io
import json
import os

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from extract import bundled_registry, extract
from store import export as exporting
from store.db import open_db
from store.importers import import_file
from store.readers import MAX_SENTENCE_CHARS, InputError, read_records
from store.sources import save_sources

EXAMPLES = int(os.environ.get("TRUST_FUZZ_EXAMPLES", "120"))  # raise it for a long soak
FUZZ = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
REGISTRY = bundled_registry()

# Bytes that look like our formats, with hostile pieces mixed in.
PIECES = [
    b"\n", b"\r\n", b"\r", b"\x00", b"\xef\xbb\xbf", b"\xff", b"\xc3", b"\xe2\x80\xa8", b",", b'"',
    b"text", b"id,text,document,published\n", b'{"text": "', b'"}', b'{"text": 1}', b"[1]",
    b'\\ud800', b'\\u0000', b'"meta": {"document": "', b"said the NIS", b"according to",
    b"\x1b[31m", b"[bold]", b"2024-13-45", b'"published": "', b"}", b"{", b" ",
]
raw_files = st.lists(
    st.one_of(st.sampled_from(PIECES), st.binary(max_size=12),
              st.text(max_size=20).map(lambda t: t.encode("utf-8", "surrogatepass"))),
    max_size=40,
).map(b"".join)


def check_record(record) -> None:
    assert record.text and record.text == record.text.strip()
    assert "\x00" not in record.text and len(record.text) <= MAX_SENTENCE_CHARS
    record.text.encode("utf-8")  # storable: no lone surrogates
    json.dumps(record.meta, ensure_ascii=False).encode("utf-8")
    assert record.line >= 1


@FUZZ
@given(data=raw_files, fmt=st.sampled_from(["txt", "jsonl", "csv"]))
def test_readers_never_crash(tmp_path_factory, data: bytes, fmt: str):
    path = tmp_path_factory.mktemp("r") / f"fuzz.{fmt}"
    path.write_bytes(data)
    try:
        for record in read_records(path):
            check_record(record)
    except InputError as exc:
        assert str(exc).startswith(str(path))
    skipped: list[InputError] = []
    try:
        records = list(read_records(path, on_skip=skipped.append))
    except InputError as exc:  # only whole-file problems remain
        assert exc.line in (None, 1)
        return
    for record in records:
        check_record(record)
    for error in skipped:
        assert error.line is None or error.line >= 1


@FUZZ
@given(data=raw_files, fmt=st.sampled_from(["txt", "jsonl", "csv"]))
def test_import_is_all_or_nothing(tmp_path_factory, data: bytes, fmt: str):
    path = tmp_path_factory.mktemp("i") / f"fuzz.{fmt}"
    path.write_bytes(data)
    db = open_db(":memory:")
    try:
        try:
            result = import_file(db, path, REGISTRY, workers=0) if _has_workers() else import_file(
                db, path, REGISTRY)
        except InputError:
            assert db.execute("SELECT count(*) FROM sentences").fetchone()[0] == 0
            assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
            return
        stored = db.execute("SELECT count(*) FROM sentences").fetchone()[0]
        assert stored == result.added > 0 or result.duplicates
        for seq, text in db.execute("SELECT seq, text FROM sentences"):
            for row in db.execute(
                'SELECT start, "end", cue_start, cue_end FROM candidates WHERE sentence_seq = ?',
                [seq],
            ):
                start, end, cue_start, cue_end = row
                assert 0 <= start <= end <= len(text) and 0 <= cue_start <= cue_end <= len(text)
    finally:
        db.close()


def _has_workers() -> bool:
    import inspect

    return "workers" in inspect.signature(import_file).parameters


CUE_WORDS = ["said", "says", "according to", "told", "the NIS", "Zelenskyy", "ISW", "he", "she",
             "\"", "“", "”", ",", ".", "on Friday", "last week", "officials", "a spokesman"]
texts = st.lists(
    st.one_of(st.sampled_from(CUE_WORDS), st.text(max_size=15)), max_size=25
).map(" ".join)


@settings(max_examples=EXAMPLES * 3, deadline=None)
@given(text=texts, context=st.lists(texts, max_size=3))
def test_extractor_never_crashes_and_offsets_stay_inside(text: str, context: list[str]):
    for a in extract(text, REGISTRY, context=context):
        assert 0 <= a.start <= a.end <= len(text)
        assert 0 <= a.cue_start <= a.cue_end <= len(text)
        assert text[a.start:a.end] == a.source


storable = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1, max_size=60,
).filter(lambda t: t.strip() != "")


@FUZZ
@given(sentences=st.lists(storable, min_size=1, max_size=12, unique_by=str.strip),
       document=storable)
def test_export_then_import_gives_the_same_texts(tmp_path_factory, sentences, document):
    folder = tmp_path_factory.mktemp("rt")
    source = folder / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"text": t, "document": document}, ensure_ascii=False) + "\n"
                for t in sentences),
        encoding="utf-8",
    )
    first = open_db(":memory:")
    save_sources(first, REGISTRY)
    try:
        import_file(first, source, REGISTRY)
    except InputError as exc:  # a document name that date-parses badly etc. is refused whole
        assume(False)
        raise AssertionError from exc
    out = io.StringIO()
    exporting.write_jsonl(exporting.records(first), out)
    exported = out.getvalue()
    assert exported.count("\n") == len(sentences)
    (folder / "out.jsonl").write_text(exported, encoding="utf-8")

    second = open_db(":memory:")
    import_file(second, folder / "out.jsonl", REGISTRY)
    again = io.StringIO()
    exporting.write_jsonl(exporting.records(second), again)
    one = [json.loads(line) for line in exported.split("\n") if line]
    two = [json.loads(line) for line in again.getvalue().split("\n") if line]
    assert [r["text"] for r in one] == [t.strip() for t in sentences]
    assert [r["text"] for r in two] == [r["text"] for r in one]
    assert [r["document"] for r in two] == [r["document"] for r in one] == [document] * len(one)
    assert [r["attributions"] for r in two] == [r["attributions"] for r in one]
    first.close()
    second.close()
