import pytest

from newsgraph.errors import BINARY, EMPTY, InputError
from newsgraph.ingest.decode import decode, looks_binary

SENTENCE = "Militants attacked a checkpoint near Mosul on Tuesday, police said."


def test_utf8_with_bom_and_crlf_becomes_plain_newlines():
    text, warnings = decode(("\ufeff" + SENTENCE + "\r\n\r\nSecond paragraph.").encode("utf-8"), "x")
    assert text == SENTENCE + "\n\nSecond paragraph."
    assert warnings == []


@pytest.mark.parametrize("raw", [b"", b"   \n\t\n"])
def test_empty_input_is_rejected(raw):
    with pytest.raises(InputError) as exc:
        decode(raw, "empty.txt")
    assert exc.value.reason == EMPTY


def test_binary_input_is_rejected():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert looks_binary(png)
    with pytest.raises(InputError) as exc:
        decode(png, "photo.txt")
    assert exc.value.reason == BINARY


def test_latin1_is_decoded_and_flagged():
    raw = "Le président a dit que l'armée était prête à défendre Bamako.".encode("latin-1")
    text, warnings = decode(raw, "x")
    assert "président" in text
    assert [w.code for w in warnings] == ["encoding_repaired"]


def test_invalid_utf8_bytes_keep_the_rest_of_the_text():
    raw = SENTENCE.encode("utf-8") + b" \xff\xfe\xfa " + SENTENCE.encode("utf-8")
    text, warnings = decode(raw, "x")
    assert text.count("Militants attacked a checkpoint") == 2
    assert warnings and warnings[0].code == "encoding_repaired"


def test_utf16_with_bom_is_text():
    text, _ = decode(SENTENCE.encode("utf-16"), "x")
    assert text == SENTENCE
