"""Offline machine translation (Argos Translate packages, CTranslate2 inference)."""
