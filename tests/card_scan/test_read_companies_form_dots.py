"""A legal form whose dots Tesseract read as letters or marks, put back as printed and not taken
for a rarer form. Hand-made OCR lines as Tesseract gave them on tuning photos; each failed
before its fix."""

from __future__ import annotations

from ocr_lines import company_read as _company


def test_s_l_with_its_first_dot_read_as_an_i_is_no_s_l_l():
    # Own seed 19 photo 16: "Díaz y Asociados S.L." read "Diaz y Asociados Sil;"; the I-for-L
    # slip made it "Sll" (S.L.L., a rare Spanish form) and the domain accepted it, wrong.
    rows = (
        ("Diaz y Asociados Sil;", 46, 0.83),
        ("Dr. Miguel Sanz Ortiz", 42, 0.95),
        ("Corporate Strategy Office", 30, 0.96),
        ("Teléfono | 966124274", 32, 0.97),
        ("miguel.sanz@diazasociados.es", 38, 0.91),
        ("Web www.diazasociados.es", 32, 0.91),
    )
    assert _company(*rows, region="ES")[0] == "Diaz y Asociados S.L."
    # Printed in capitals, "SIL" stays the I-for-L slip of SLL.
    capitals = (("Diaz y Asociados SIL", 46, 0.83), *rows[1:])
    assert _company(*capitals, region="ES")[0] == "Diaz y Asociados SLL"
