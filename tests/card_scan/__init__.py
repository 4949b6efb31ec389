"""card_scan tests: generated business cards through real Tesseract."""
